package dev.sourcecheck.attribution;

/**
 * One mention of a person by name: {@code person} is the {@link Person#key()}, {@code [start,
 * end)} the name as written ({@code surface}). {@code role} is the role phrase at this mention (a
 * title before the name or an appositive), with its span, or null and -1. {@code quoted} is true
 * for a mention inside a direct quotation (the speaker's words, not the outlet's). Immutable.
 */
public record Mention(
    String person, int start, int end, String surface, String role, int roleStart, int roleEnd, boolean quoted) {}
