/** Cross-source comparison: groups articles into stories and finds where sources disagree. */
package dev.sourcecheck.compare;
