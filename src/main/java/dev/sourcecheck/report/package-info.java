/** Writers that render an {@link dev.sourcecheck.finding.AuditReport}: text for people, JSON for scripts. */
package dev.sourcecheck.report;
