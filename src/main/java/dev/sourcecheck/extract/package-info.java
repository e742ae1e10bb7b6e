/** Main-text extraction as a product of its own ({@code sourcecheck extract}): the same readers as the audit, metadata and main text out. */
package dev.sourcecheck.extract;
