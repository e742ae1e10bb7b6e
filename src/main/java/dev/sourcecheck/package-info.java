/** sourcecheck: a rule-based source-reliability checker for news. Start at {@link dev.sourcecheck.Sourcecheck}. */
package dev.sourcecheck;
