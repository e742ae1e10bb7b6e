package dev.sourcecheck.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Makes the ids of a run's inputs unique ({@link InputCollector}). Stateless. */
final class InputIds {
  private InputIds() {}

  /** The name of the folder holding a path as the user wrote it ({@code a/b/c.txt} → {@code b}), or null. */
  private static String parentName(String path) {
    String p = path.replace('\\', '/');
    int last = p.lastIndexOf('/');
    if (last <= 0) {
      return null;
    }
    int before = p.lastIndexOf('/', last - 1);
    String name = p.substring(before + 1, last);
    return name.isEmpty() || name.equals(".") || name.equals("..") ? null : name;
  }

  /** Ids are file names without extension; where two collide, the parent folder's name is prefixed. */
  static List<Input> unique(List<Input> in) {
    Map<String, Integer> counts = new HashMap<>();
    for (Input i : in) {
      counts.merge(i.id(), 1, Integer::sum);
    }
    Set<String> used = new HashSet<>();
    List<Input> out = new ArrayList<>();
    for (Input i : in) {
      String id = i.id();
      if (counts.get(id) > 1) {
        String parent = parentName(i.path());
        if (parent != null) {
          id = parent + "_" + id;
        }
      }
      String unique = id;
      for (int n = 2; !used.add(unique); n++) {
        unique = id + "-" + n;
      }
      out.add(i.withId(unique));
    }
    return out;
  }
}
