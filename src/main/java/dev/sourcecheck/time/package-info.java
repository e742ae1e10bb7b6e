/** Days in any wording (calendar days, weekdays, yesterday, spans) resolved against an article's own date. */
package dev.sourcecheck.time;
