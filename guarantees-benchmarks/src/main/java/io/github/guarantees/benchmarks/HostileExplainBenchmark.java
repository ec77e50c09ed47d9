package io.github.guarantees.benchmarks;

import io.github.guarantees.condition.Condition;
import io.github.guarantees.evaluation.Cause;
import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.evaluation.Explanation;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.BindingForce;
import io.github.guarantees.model.Domain;
import io.github.guarantees.model.Location;
import io.github.guarantees.model.Party;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.PledgeKind;
import io.github.guarantees.model.Role;
import io.github.guarantees.model.Source;
import io.github.guarantees.scenario.Scenario;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The explanations whose search for what is missing once blew up: a pledge that fires when 32 of 64
 * events have occurred, beside a {@code not} that the scenario broke (the event {@code x}
 * occurred). Each case is one {@code evaluate} and one {@code explain}, whose time the search's
 * work bound ({@link Explanation#MAX_MISSING_WORK}) keeps under 100 ms:
 *
 * <ul>
 *   <li>{@code notOccurred}: {@code not(occurred(x))}, which no added event can mend (proven at
 *       once);
 *   <li>{@code notInForce}: {@code not(inForce(x, revokedBy y))}, mended by a {@code y}: the search
 *       verifies sets of 33 events until its bound stops it;
 *   <li>{@code both}: the same and {@code not(occurred(y))}, which the revocation breaks: nothing
 *       verifies, and the bound stops the search.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class HostileExplainBenchmark {
  /** Which {@code not} stands beside the threshold. */
  @Param({"notOccurred", "notInForce", "both"})
  public String broken = "notOccurred";

  private Evaluator evaluator;
  private Scenario scenario;

  /** Builds the agreement and the scenario, and checks that the pledge does not fire. */
  @Setup(Level.Trial)
  @Initializer
  public void setUp() {
    Condition[] events = new Condition[64];
    Agreement.Builder b =
        Agreement.builder()
            .id("hostile")
            .title("A threshold of 32 of 64 beside a broken not")
            .addParty(Party.builder().id("P").name("Party P").build(), Role.SIGNATORY);
    for (int i = 0; i < 64; i++) {
      b.addTrigger("t" + i, "event t" + i);
      events[i] = Condition.occurred("t" + i);
    }
    b.addTrigger("x", "event x").addTrigger("y", "event y");
    Condition threshold = Condition.atLeast(32, events);
    Condition activation =
        switch (broken) {
          case "notOccurred" -> Condition.allOf(Condition.not(Condition.occurred("x")), threshold);
          case "notInForce" ->
              Condition.allOf(Condition.not(Condition.inForce("x", "y")), threshold);
          case "both" ->
              Condition.allOf(
                  Condition.not(Condition.inForce("x", "y")),
                  threshold,
                  Condition.not(Condition.occurred("y")));
          default -> throw new IllegalArgumentException("unknown case " + broken);
        };
    b.addPledges(
        Pledge.builder()
            .id("p")
            .title("Pledge p")
            .kind(PledgeKind.MONITORING)
            .addDomains(Domain.LAND)
            .location(Location.AT_HOME)
            .bindingForce(BindingForce.DISCRETIONARY_ASSISTANCE)
            .source(
                Source.builder()
                    .document("Benchmark")
                    .clause("p")
                    .quote("illustrative: a pledge no source holds")
                    .build())
            .trigger(Condition.always())
            .activation(activation)
            .build());
    evaluator = Evaluator.compile(b.build());
    Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
    scenario =
        Scenario.builder()
            .name("x occurred")
            .addEvent("x", t0.plusSeconds(3_600))
            .asOf(t0.plusSeconds(7_200))
            .build();
    Explanation why = explain();
    if (why.status() != Status.PENDING || why.causes().get(0) instanceof Cause.Fires) {
      throw new IllegalStateException("the pledge should not fire: " + why);
    }
  }

  /**
   * Evaluates the scenario and explains the pledge.
   *
   * @return the explanation
   */
  @Benchmark
  public Explanation explain() {
    return evaluator.evaluate(scenario).explain("p");
  }
}
