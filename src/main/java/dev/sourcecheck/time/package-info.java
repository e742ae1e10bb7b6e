/** Relative days (weekday names, yesterday, last/next) resolved against an article's own date. */
package dev.sourcecheck.time;
