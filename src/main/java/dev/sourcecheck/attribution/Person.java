package dev.sourcecheck.attribution;

import java.util.List;
import java.util.Objects;

/**
 * A person (or a speaking institution: "the White House", "the Kremlin") in one article.
 * {@code key} is the lower-case canonical full name ("karoline leavitt"), the same for every
 * mention of them in the article, surname-only ones included; {@code name} is the fullest form
 * seen; {@code roles} the role phrases attached to them in this article, in order of first
 * appearance (titles, offices, functions: "White House Press Secretary", "Ukrainian negotiator",
 * "Defence Minister"). {@code institution} is true for a speaker that is not a person (a
 * government, an office, a country). Immutable and thread-safe.
 */
public record Person(String key, String name, List<String> roles, boolean institution) {
  public Person {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    roles = List.copyOf(roles);
  }

  /** The first role seen, or null. */
  public String role() {
    return roles.isEmpty() ? null : roles.get(0);
  }
}
