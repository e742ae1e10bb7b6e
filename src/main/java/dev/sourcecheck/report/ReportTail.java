package dev.sourcecheck.report;

import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.finding.BaselineStatus;
import dev.sourcecheck.finding.InputError;
import dev.sourcecheck.finding.OutletScore;
import dev.sourcecheck.finding.Skipped;
import java.util.List;

/**
 * What a report says after its findings: the inputs that failed, the files passed over, the
 * outlets' scores and the baseline status ({@code null} without a baseline). Immutable.
 */
public record ReportTail(List<InputError> errors, List<Skipped> skipped, List<OutletScore> outlets,
    BaselineStatus baseline) {
  public ReportTail {
    errors = List.copyOf(errors);
    skipped = List.copyOf(skipped);
    outlets = List.copyOf(outlets);
  }

  public static ReportTail of(AuditReport r) {
    return new ReportTail(r.errors(), r.skipped(), r.outlets(), r.baseline());
  }
}
