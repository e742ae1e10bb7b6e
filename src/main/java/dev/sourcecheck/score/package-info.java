/**
 * The explained score: the facts the {@code score.*} rules (rules/score/) judge, what they derive
 * (points with a reason, a value), and the pass that runs them per article after every finding,
 * cross-source ones included, exists, then once over the outlets.
 */
package dev.sourcecheck.score;
