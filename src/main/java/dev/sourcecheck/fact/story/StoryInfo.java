package dev.sourcecheck.fact.story;

/**
 * One story of the audit: how many articles it has, and whether the user asserted that they cover
 * one story ({@code --story all}: {@code asserted}) rather than the stage grouping them by shared
 * names (which may join coverage of related events). Rules that compare what "the" event is (a
 * figure, a day) ask for evidence of one event only in a grouped story. Immutable.
 */
public record StoryInfo(String story, int articles, boolean asserted) {}
