package dev.sourcecheck.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who speaks in one article: its people (and speaking institutions), every mention of them by
 * name, the attribution of every direct quotation (one per quotation, in quotation order) and the
 * attributed statements. Built by {@link AttributionModel}. Immutable and thread-safe.
 */
public record Speakers(
    List<Person> people, List<Mention> mentions, List<Attribution> attributions, List<Statement> statements) {
  public Speakers {
    people = List.copyOf(people);
    mentions = List.copyOf(mentions);
    attributions = List.copyOf(attributions);
    statements = List.copyOf(statements);
  }

  public static final Speakers NONE = new Speakers(List.of(), List.of(), List.of(), List.of());

  /** The person with this key, or null. */
  public Person person(String key) {
    if (key == null) {
      return null;
    }
    for (Person p : people) {
      if (p.key().equals(key)) {
        return p;
      }
    }
    return null;
  }

  /** The attribution of quotation {@code quote} (its {@code Quote.index()}), or null. */
  public Attribution attribution(int quote) {
    for (Attribution a : attributions) {
      if (a.quote() == quote) {
        return a;
      }
    }
    return null;
  }

  /** The speaker of quotation {@code quote}, or null when it has none. */
  public Person speakerOf(int quote) {
    Attribution a = attribution(quote);
    return a == null ? null : person(a.person());
  }

  /** The mentions of one person, in text order. */
  public List<Mention> mentionsOf(String key) {
    return mentions.stream().filter(m -> m.person().equals(key)).toList();
  }

  /** The statements of one sentence. */
  public List<Statement> statementsIn(int sentence) {
    return statements.stream().filter(s -> s.sentence() == sentence).toList();
  }

  /** People by key. */
  public Map<String, Person> byKey() {
    Map<String, Person> m = new HashMap<>();
    people.forEach(p -> m.put(p.key(), p));
    return m;
  }

  /** The role phrases of every person, by key (persons without a role are left out). */
  public Map<String, List<String>> roles() {
    Map<String, List<String>> m = new HashMap<>();
    for (Person p : people) {
      if (!p.roles().isEmpty()) {
        m.put(p.key(), new ArrayList<>(p.roles()));
      }
    }
    return m;
  }
}
