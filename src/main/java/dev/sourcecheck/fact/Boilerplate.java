package dev.sourcecheck.fact;

/**
 * A span that a boilerplate rule decided is not article text. Derived by rules and excluded by
 * every other rule: a fact whose span overlaps it is not audited.
 */
public record Boilerplate(String article, int start, int end) {
  public boolean overlaps(int s, int e) {
    return start < e && s < end;
  }
}
