/** The JSON report: typed records written one at a time with Jackson's streaming generator. */
package dev.sourcecheck.report.json;
