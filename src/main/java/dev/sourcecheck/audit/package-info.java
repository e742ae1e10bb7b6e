/**
 * One article after its own rules ran ({@link dev.sourcecheck.audit.AuditedArticle}): what every later
 * stage (the cross-source stage, the report, scoring) reads instead of working the article out again.
 */
package dev.sourcecheck.audit;
