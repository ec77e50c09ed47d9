package io.github.guarantees.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.evaluation.Cause;
import io.github.guarantees.evaluation.Explanation;
import io.github.guarantees.evaluation.Status;
import org.junit.jupiter.api.Test;

/**
 * Runs each case of {@link HostileExplainBenchmark} once and checks that it times what it claims: a
 * search proven hopeless at once, and two searches that run until the work bound stops them.
 */
class HostileExplainBenchmarkTest {
  private static Explanation explain(String broken) {
    HostileExplainBenchmark b = new HostileExplainBenchmark();
    b.broken = broken;
    b.setUp();
    Explanation why = b.explain();
    assertThat(why.status()).isEqualTo(Status.PENDING);
    return why;
  }

  @Test
  void aNotThatNoEventCanMendIsProvenHopeless() {
    assertThat(explain("notOccurred").causes()).endsWith(new Cause.NoFurtherEvents(true, false));
  }

  @Test
  void aNotThatARevocationMendsIsSearchedUntilTheBound() {
    Cause first = explain("notInForce").causes().get(0);
    assertThat(first).isInstanceOf(Cause.NeedsEvents.class);
    assertThat(((Cause.NeedsEvents) first).searchCut()).isTrue();
  }

  @Test
  void whereTheRevocationBreaksAnotherNotNothingIsFoundBeforeTheBound() {
    assertThat(explain("both").causes()).endsWith(new Cause.NoFurtherEvents(false, true));
  }
}
