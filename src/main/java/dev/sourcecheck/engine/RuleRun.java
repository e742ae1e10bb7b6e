package dev.sourcecheck.engine;

import dev.sourcecheck.fact.Boilerplate;
import dev.sourcecheck.fact.Flag;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.kie.api.runtime.KieSession;

/** Runs one session over a batch of facts and collects what the rules derived. */
public final class RuleRun {
  private RuleRun() {}

  /** What a session derived: the flags and boilerplate spans standing when the rules were done. */
  public record Result(List<Flag> flags, List<Boilerplate> boilerplate) {
    public Result {
      flags = List.copyOf(flags);
      boilerplate = List.copyOf(boilerplate);
    }
  }

  public static Result run(RuleBase rules, Collection<?> facts) {
    List<Flag> flags = new ArrayList<>();
    List<Boilerplate> boilerplate = new ArrayList<>();
    for (Object o : derive(rules, facts, Flag.class, Boilerplate.class)) {
      if (o instanceof Flag f) {
        flags.add(f);
      } else {
        boilerplate.add((Boilerplate) o);
      }
    }
    return new Result(flags, boilerplate);
  }

  /** Runs one session over {@code facts} and returns what stands at the end of the given types, in no set order. */
  public static List<Object> derive(RuleBase rules, Collection<?> facts, Class<?>... kinds) {
    KieSession session = rules.newSession();
    try {
      for (Object f : facts) {
        session.insert(f);
      }
      session.fireAllRules();
      List<Object> out = new ArrayList<>();
      for (Object o : session.getObjects()) {
        for (Class<?> k : kinds) {
          if (k.isInstance(o)) {
            out.add(o);
            break;
          }
        }
      }
      return out;
    } finally {
      session.dispose();
    }
  }
}
