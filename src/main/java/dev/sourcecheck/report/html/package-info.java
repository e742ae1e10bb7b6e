/**
 * The HTML report: one self-contained file (inline style and script, nothing fetched) showing each
 * article's text with its findings marked, a summary table, cross-source findings side by side,
 * and filters that work without a server. Article text is always escaped.
 */
package dev.sourcecheck.report.html;
