package dev.sourcecheck.compare;

import dev.sourcecheck.ArticleResult;
import dev.sourcecheck.AuditOptions;
import dev.sourcecheck.lexicon.Lexicon;
import dev.sourcecheck.engine.RuleBase;
import dev.sourcecheck.engine.RuleRun;
import dev.sourcecheck.fact.Boilerplate;
import dev.sourcecheck.fact.Flag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The cross-source stage: articles audited together are grouped into stories ({@link Stories}),
 * and within each story Java aligns what can be compared (one speaker's quotations, one person's
 * roles, one event's days, one quantity's values, aligned sentences) into {@code X*} facts; one
 * Drools session per story judges them with the thresholds in {@code rules/contradiction} and
 * {@code rules/derived}. Stateless and thread-safe: stories run in parallel, each on its own data.
 */
public final class CrossSource {
  private CrossSource() {}

  /** The flags of the cross-source rules over the audited articles. */
  public static List<Flag> compare(RuleBase rules, List<ArticleResult> results, AuditOptions options) {
    if (results.size() < 2) {
      return List.of();
    }
    List<Doc> docs = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      docs.add(new Doc(results.get(i), i));
    }
    Map<String, String> gazetteer = gazetteer(rules);
    List<List<Doc>> stories = Stories.group(docs, options.storyAll());
    List<List<Flag>> flags = stories.parallelStream()
        .filter(s -> s.size() >= 2)
        .map(s -> RuleRun.run(rules, facts("story-" + s.get(0).id, s, gazetteer)).flags())
        .toList();
    List<Flag> out = new ArrayList<>();
    flags.forEach(out::addAll);
    return out;
  }

  /** The facts of one story: what its sources say about the same quotations, people, events and counts. */
  static List<Object> facts(String story, List<Doc> docs, Map<String, String> gazetteer) {
    People people = new People(gazetteer.keySet());
    for (Doc d : docs) {
      for (var s : d.prose) {
        people.learn(d.text, s.span().start(), s.span().end());
      }
    }
    Speakers speakers = new Speakers(people);
    Map<String, Map<Integer, String>> bySpeaker = new HashMap<>();
    Roles roles = new Roles();
    Events events = new Events();
    List<Events.Mention> eventMentions = new ArrayList<>();
    for (Doc d : docs) {
      bySpeaker.put(d.id, speakers.of(d));
      List<People.Mention> ms = people.mentions(d);
      roles.collect(d, ms);
      eventMentions.addAll(events.mentions(d, people, gazetteer));
    }
    Quotes quotes = new Quotes();
    quotes.compare(story, docs, bySpeaker);
    roles.compare(story);
    events.compare(story, eventMentions);
    Numbers numbers = new Numbers();
    numbers.compare(story, docs);
    Claims claims = new Claims();
    claims.compare(story, docs, quotes.deviating);
    List<Object> facts = new ArrayList<>();
    facts.addAll(quotes.facts);
    facts.addAll(roles.facts);
    facts.addAll(events.facts);
    facts.addAll(numbers.facts);
    facts.addAll(claims.facts);
    if (!facts.isEmpty()) {
      for (Doc d : docs) {
        for (int[] b : d.boilerplate) {
          facts.add(new Boilerplate(d.id, b[0], b[1]));
        }
      }
    }
    return facts;
  }

  /** Place names of the gazetteer lexicon (folded) to the country or region they name. */
  static Map<String, String> gazetteer(RuleBase rules) {
    Map<String, String> out = new HashMap<>();
    Lexicon l = rules.rules().lexicons().get("xs-gazetteer");
    if (l != null) {
      for (Lexicon.Entry e : l.entries()) {
        String term = Words.norm(e.term());
        for (String w : term.split("\\s+")) {
          out.put(w, e.tag().isEmpty() ? term : e.tag().toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }

  static Set<String> ids(List<Doc> docs) {
    Set<String> s = new HashSet<>();
    docs.forEach(d -> s.add(d.id));
    return s;
  }
}
