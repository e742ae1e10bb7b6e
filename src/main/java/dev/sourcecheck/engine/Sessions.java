package dev.sourcecheck.engine;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.base.base.ClassObjectType;
import org.drools.base.base.ObjectType;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.EntryPointNode;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * The pool of idle sessions of one {@link KieBase}. A new Drools session is cheap to open but builds
 * its node and segment memories lazily, on the first facts it sees, which cost about a quarter of
 * the rule stage of a short article; a pooled session is reset when disposed and keeps those
 * memories, emptied, for the next audit. A reset session starts exactly as a new one (no facts, fact
 * handle ids from zero, empty agenda), so the rules derive the same. Thread-safe: each session is
 * lent to one thread at a time; the pool grows to the number of sessions in use at once.
 *
 * <p>Each pass (the article rules, the story rules, the score) has its own pool, named by the
 * caller: a session keeps memories only for the nodes its pass's facts reach, and its reset clears
 * only those (one pool for all passes reset every node of every pass after each article).
 */
final class Sessions {
  /** Sessions kept ready from the start; more are made (and kept) when more threads audit at once. */
  private static final int INITIAL = 2;

  private final KieBase kieBase;
  private final Map<Object, KieSessionsPool> pools = new ConcurrentHashMap<>();

  Sessions(KieBase kieBase) {
    this.kieBase = kieBase;
    Set<Class<?>> m = matched(kieBase);
    this.matched = m == null ? Set.of(Object.class) : m;
  }

  /** The classes some pattern of the rule base can match: those with an object type node. */
  private final Set<Class<?>> matched;
  /** Whether a fact of a class reaches any rule, by class (see {@link #reaches}). */
  private final Map<Class<?>, Boolean> reach = new ConcurrentHashMap<>();

  /**
   * Whether a fact of class {@code c} can reach any rule: some pattern of the rule base is of its
   * class or of a supertype (an object type node of the default entry point). A fact that reaches
   * none is only stored by the session, never matched, so inserting it cannot change what the
   * rules derive.
   */
  boolean reaches(Class<?> c) {
    return reach.computeIfAbsent(c, k -> matched.stream().anyMatch(t -> t.isAssignableFrom(k)));
  }

  private static Set<Class<?>> matched(KieBase kieBase) {
    Set<Class<?>> out = new HashSet<>();
    for (EntryPointNode ep : ((InternalRuleBase) kieBase).getRete().getEntryPointNodes().values()) {
      for (ObjectType t : ep.getObjectTypeNodes().keySet()) {
        if (!(t instanceof ClassObjectType c)) {
          return null; // a pattern on something else than a class: insert everything
        }
        out.add(c.getClassType());
      }
    }
    return Set.copyOf(out);
  }

  /** An empty session of the pool of {@code pass}; {@code dispose()} gives it back. */
  KieSession take(Object pass) {
    return pools.computeIfAbsent(pass, k -> kieBase.newKieSessionsPool(INITIAL)).newKieSession();
  }

  /**
   * Lets go of {@code session} without giving it back: a session a run left part-way (timed out,
   * over its firing limit, an exception inside a rule) is not trusted to reset cleanly. A session
   * holds no thread or outside resource (the rules use no timers), and neither the pool nor the
   * rule base keeps a lent one, so it is garbage once dropped; a pooled session cannot be disposed
   * any other way than back into its pool.
   */
  static void discard(KieSession session) {
    // nothing to do: see above
  }
}
