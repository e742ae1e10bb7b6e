/** The Markdown report: a compact summary and per-article tables, for a pull-request or CMS comment. */
package dev.sourcecheck.report.markdown;
