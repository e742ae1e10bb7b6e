package dev.sourcecheck.report.html;

import dev.sourcecheck.finding.Finding;

/** A finding with the id the page gives it ({@code f0}, {@code f1}, ... in report order). */
record Numbered(String id, Finding finding) {
  /** The mark's classes: the severity's and the category's. */
  String classes() {
    return "sev-" + finding.severity().label() + " cat-" + finding.category().label();
  }
}
