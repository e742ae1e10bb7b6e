package dev.sourcecheck.score;

/** One outlet in the outlet pass: its name and how many of the run's articles name it. */
public record ScoredOutlet(String outlet, int articles) {}
