/**
 * Facts the framing rules need beyond the shared ones: the headline and deck with the outcomes
 * and verdicts they state and the body sentences that report the same (subject, polarity,
 * figure), and the shape of each quoted phrase. Java measures, the DRL in {@code rules/framing}
 * judges.
 */
package dev.sourcecheck.framing;
