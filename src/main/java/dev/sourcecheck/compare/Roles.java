package dev.sourcecheck.compare;

import dev.sourcecheck.fact.Cue;
import dev.sourcecheck.fact.Place;
import dev.sourcecheck.fact.XRoles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The roles each person is given across a story's sources: a role is a lexicon {@code roles}
 * entry right before the person's name ("Ukrainian Defence Minister Rustem Umerov"), its tag
 * {@code office:NAME} or {@code function:NAME}. A person's roles form a set; for each role named
 * by fewer sources than another, a fact pairs it with the places naming the other. Not thread-safe.
 */
final class Roles {
  record RoleAt(Doc doc, int start, int end, String written, String kind, String tag) {
    Place place(String role) {
      return new Place(doc.id, start, end, role);
    }
  }

  final List<Object> facts = new ArrayList<>();
  private final Map<String, Map<String, List<RoleAt>>> byPerson = new LinkedHashMap<>();

  void collect(Doc d, List<People.Mention> mentions) {
    for (People.Mention m : mentions) {
      Cue c = People.roleBefore(d, m);
      if (c == null || c.tag() == null || !c.tag().contains(":")) {
        continue;
      }
      String kind = c.tag().substring(0, c.tag().indexOf(':'));
      String tag = c.tag().substring(c.tag().indexOf(':') + 1);
      Map<String, List<RoleAt>> roles = byPerson.computeIfAbsent(m.key(), k -> new LinkedHashMap<>());
      List<RoleAt> at = roles.computeIfAbsent(tag, k -> new ArrayList<>());
      if (at.stream().noneMatch(r -> r.doc == d)) {
        at.add(new RoleAt(d, c.start(), m.end(), d.text.substring(c.start(), c.end()), kind, tag));
      }
    }
  }

  void compare(String story) {
    for (var e : byPerson.entrySet()) {
      List<List<RoleAt>> roles = new ArrayList<>(e.getValue().values());
      if (roles.size() < 2) {
        continue;
      }
      for (List<RoleAt> mine : roles) {
        for (List<RoleAt> other : roles) {
          if (mine == other || mine.size() > other.size() || mine.size() == other.size()
              && roles.indexOf(mine) < roles.indexOf(other)) {
            continue;
          }
          // a role named by no more sources than another: report it once, against the other
          RoleAt r = mine.get(0);
          RoleAt o = other.get(0);
          if (mine.stream().anyMatch(x -> other.stream().anyMatch(y -> y.doc == x.doc))) {
            continue; // one source gives both roles: it says both hold
          }
          List<Place> related = new ArrayList<>();
          for (RoleAt x : other) {
            if (related.size() < 5) {
              related.add(x.place(other.size() > 1 ? "agrees" : null));
            }
          }
          facts.add(new XRoles(story, Quotes.display(e.getKey()), r.doc.id, r.start, r.end, r.written, r.kind, r.tag,
              o.written, o.kind, o.tag, other.size(), related));
        }
      }
    }
  }
}
