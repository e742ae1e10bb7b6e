package dev.sourcecheck.engine;

import dev.sourcecheck.budget.BudgetExceeded;
import dev.sourcecheck.budget.Deadline;
import dev.sourcecheck.fact.Boilerplate;
import dev.sourcecheck.fact.Flag;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.kie.api.runtime.KieSession;

/**
 * Runs one session over a batch of facts and collects what the rules derived. The session obeys
 * this thread's {@link Deadline}: it fires at most {@link Deadline#maxFirings()} rules, and it halts
 * at the first firing after the time is up; either ends the run with a {@link BudgetExceeded}.
 */
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
    Deadline deadline = Deadline.current();
    KieSession session = rules.newSession(pass(facts, kinds));
    boolean done = false;
    try {
      for (Object f : facts) {
        deadline.tick();
        // a fact no pattern can match is left out (its kind of collected result excepted): fewer
        // handles to make, store and reset; the rules derive the same
        if (rules.reaches(f.getClass()) || collected(f, kinds)) {
          session.insert(f);
        }
      }
      fire(session, deadline);
      List<Object> out = new ArrayList<>();
      for (Object o : session.getObjects()) {
        for (Class<?> k : kinds) {
          if (k.isInstance(o)) {
            out.add(o);
            break;
          }
        }
      }
      done = true;
      return out;
    } finally {
      if (done) {
        session.dispose(); // back to the pool, reset
      } else {
        RuleBase.discard(session);
      }
    }
  }

  private static boolean collected(Object f, Class<?>[] kinds) {
    for (Class<?> k : kinds) {
      if (k.isInstance(f)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The pass a run belongs to, for its session pool: what it collects and the type of its first
   * fact (an article's facts open with its {@code ArticleFact}, a story's with its own kind).
   */
  private static List<Object> pass(Collection<?> facts, Class<?>[] kinds) {
    Object first = facts.isEmpty() ? null : facts.iterator().next();
    return List.of(List.of(kinds), first == null ? Void.class : first.getClass());
  }

  /** Fires the session's rules within the deadline's firing limit and time. */
  private static void fire(KieSession session, Deadline deadline) {
    boolean[] late = {false};
    // the filter sees every activation before it fires: the cheap place to stop a runaway session
    int max = (int) Math.min(Integer.MAX_VALUE, deadline.maxFirings() + 1);
    int fired = session.fireAllRules(match -> {
      if (late[0] || deadline.expired()) {
        late[0] = true;
        session.halt();
        return false;
      }
      return true;
    }, max);
    if (late[0]) {
      throw deadline.timedOut();
    }
    if (fired > deadline.maxFirings()) {
      throw new BudgetExceeded("stopped: the rules fired more than " + deadline.maxFirings()
          + " times on this article (a rule that keeps triggering itself?)");
    }
  }
}
