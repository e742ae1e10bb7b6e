/** The SARIF 2.1.0 report, for code-scanning views: rule descriptors, one result per finding, written as it goes. */
package dev.sourcecheck.report.sarif;
