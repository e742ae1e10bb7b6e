/**
 * The cross-source stage: groups articles into stories and reads, as neutral facts, what the
 * sources of a story say (quotations, roles, events and their days, figures, aligned sentences).
 * It depends on the audited articles and the attribution model, never on the rule engine: the
 * cross-source rules judge the facts.
 */
package dev.sourcecheck.compare;
