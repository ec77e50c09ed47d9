package io.github.guarantees.benchmarks;

import com.google.common.collect.ImmutableList;
import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.Decisions;
import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.evaluation.PledgeAssessment;
import io.github.guarantees.evaluation.ReferenceEvaluator;
import io.github.guarantees.evaluation.Status;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The differential check run before anything is timed: every engine must return the same fired set
 * (the pledges {@code ACTIVE} at the as-of instant) in every scenario of a workload.
 *
 * <pre>{@code
 * FiredSets.requireSame(workload, Map.of(
 *     "generated Java", FiredSets.generatedJava(workload),
 *     "evaluate", FiredSets.evaluate(workload)));
 * }</pre>
 */
public final class FiredSets {
  private FiredSets() {}

  /**
   * An engine under comparison.
   *
   * <p>Implementations need not be thread-safe.
   */
  @FunctionalInterface
  public interface Engine {
    /**
     * Decides the fired set of one scenario of the workload.
     *
     * @param scenario the scenario's index in the workload
     * @param fired set to whether each pledge, in the agreement's order, is ACTIVE at as-of
     */
    void decide(int scenario, boolean[] fired);
  }

  /**
   * One pledge of one scenario where an engine disagrees with the reference engine.
   *
   * @param engine the engine that disagrees
   * @param scenario the scenario's name
   * @param pledge the pledge's id
   * @param expected whether the reference engine fires it
   */
  public record Mismatch(String engine, String scenario, String pledge, boolean expected) {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public Mismatch {
      Objects.requireNonNull(engine, "engine");
      Objects.requireNonNull(scenario, "scenario");
      Objects.requireNonNull(pledge, "pledge");
    }

    @Override
    public String toString() {
      return engine
          + " in "
          + scenario
          + ": "
          + pledge
          + (expected ? " should fire and does not" : " fires and should not");
    }
  }

  /**
   * Returns every pledge of every scenario where an engine's fired set differs from the first
   * engine's.
   *
   * @param workload the workload, not null
   * @param engines the engines by name, the reference first (iteration order), not null
   * @return the mismatches, empty if every engine agrees
   * @throws NullPointerException if an argument is null
   */
  public static ImmutableList<Mismatch> mismatches(Workload workload, Map<String, Engine> engines) {
    Objects.requireNonNull(workload, "workload");
    Objects.requireNonNull(engines, "engines");
    ImmutableList.Builder<Mismatch> out = ImmutableList.builder();
    if (engines.isEmpty()) {
      return out.build();
    }
    int n = workload.pledgeCount();
    Engine reference = engines.values().iterator().next();
    boolean[] expected = new boolean[n];
    boolean[] actual = new boolean[n];
    for (int s = 0; s < workload.scenarios().size(); s++) {
      reference.decide(s, expected);
      for (Map.Entry<String, Engine> e : engines.entrySet()) {
        Arrays.fill(actual, false);
        e.getValue().decide(s, actual);
        for (int p = 0; p < n; p++) {
          if (actual[p] != expected[p]) {
            out.add(
                new Mismatch(
                    e.getKey(),
                    workload.scenario(s).name(),
                    workload.agreement().pledges().get(p).id(),
                    expected[p]));
          }
        }
      }
    }
    return out.build();
  }

  /**
   * Fails unless every engine returns the same fired set in every scenario.
   *
   * @param workload the workload, not null
   * @param engines the engines by name, the reference first (iteration order), not null
   * @throws IllegalStateException if an engine disagrees: the message names the workload, counts
   *     the mismatches and lists the first 20 (engine, scenario, pledge)
   * @throws NullPointerException if an argument is null
   */
  public static void requireSame(Workload workload, Map<String, Engine> engines) {
    List<Mismatch> mismatches = mismatches(workload, engines);
    if (!mismatches.isEmpty()) {
      throw new IllegalStateException(
          "the engines disagree on "
              + workload
              + ", "
              + mismatches.size()
              + " mismatches against "
              + engines.keySet().iterator().next()
              + ":\n  "
              + String.join(
                  "\n  ", mismatches.stream().limit(20).map(Mismatch::toString).toList()));
    }
  }

  /**
   * Returns the fired set count of every engine.
   *
   * @param workload the workload
   * @param engine the engine
   * @return how many (scenario, pledge) pairs fire
   */
  static long firedCount(Workload workload, Engine engine) {
    boolean[] fired = new boolean[workload.pledgeCount()];
    long n = 0;
    for (int s = 0; s < workload.scenarios().size(); s++) {
      Arrays.fill(fired, false);
      engine.decide(s, fired);
      for (boolean f : fired) {
        n += f ? 1 : 0;
      }
    }
    return n;
  }

  /**
   * The library's {@link Evaluator#evaluate} as an engine: a pledge fires when its status is {@link
   * Status#ACTIVE}.
   *
   * @param workload the workload, not null
   * @return the engine
   */
  public static Engine evaluate(Workload workload) {
    Evaluator evaluator = Evaluator.compile(workload.agreement());
    return (s, fired) -> {
      Assessment a = evaluator.evaluate(workload.scenario(s));
      for (int p = 0; p < fired.length; p++) {
        fired[p] = a.pledges().get(p).status() == Status.ACTIVE;
      }
    };
  }

  /**
   * The library's decision-only {@link Evaluator#decide} as an engine.
   *
   * @param workload the workload, not null
   * @return the engine
   */
  public static Engine decide(Workload workload) {
    Evaluator evaluator = Evaluator.compile(workload.agreement());
    return (s, fired) -> {
      Decisions d = evaluator.decide(workload.scenario(s));
      for (int p = 0; p < fired.length; p++) {
        fired[p] = d.pledgeStatus(p) == Status.ACTIVE;
      }
    };
  }

  /**
   * The reference evaluator (the test oracle of the library's kernel) as an engine.
   *
   * @param workload the workload, not null
   * @return the engine
   */
  public static Engine reference(Workload workload) {
    ReferenceEvaluator reference = ReferenceEvaluator.of(workload.agreement());
    return (s, fired) -> {
      List<PledgeAssessment> a = reference.assess(workload.scenario(s));
      for (int p = 0; p < fired.length; p++) {
        fired[p] = a.get(p).status() == Status.ACTIVE;
      }
    };
  }

  /**
   * The generated-Java baseline as an engine.
   *
   * @param workload the workload, not null
   * @return the engine
   */
  public static Engine generatedJava(Workload workload) {
    GeneratedJava rules = GeneratedJava.compile(workload.agreement(), workload.triggerIndex());
    return (s, fired) -> rules.decide(workload.times(s), fired);
  }

  /**
   * Easy Rules as an engine.
   *
   * @param workload the workload, not null
   * @return the engine
   */
  public static Engine easyRules(Workload workload) {
    EasyRules rules = EasyRules.of(workload.agreement(), workload.triggerIndex());
    return (s, fired) -> rules.decide(workload.times(s), fired);
  }

  /**
   * Drools as an engine.
   *
   * @param workload the workload, not null
   * @return the engine
   */
  public static Engine drools(Workload workload) {
    Drools rules = Drools.of(workload.agreement(), workload.triggerIndex());
    return (s, fired) -> rules.decide(Drools.facts(workload.times(s)), fired);
  }
}
