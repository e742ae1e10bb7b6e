/**
 * What the cross-source rules see: neutral facts about one story's articles, one per source or per
 * aligned pair, each carrying its story id and {@code ==} join keys (a speaker, a person, an event,
 * what a figure counts). They measure and never judge: whether two quotations, roles, days or
 * figures disagree is decided in {@code rules/contradiction} and {@code rules/derived}.
 */
package dev.sourcecheck.fact.story;
