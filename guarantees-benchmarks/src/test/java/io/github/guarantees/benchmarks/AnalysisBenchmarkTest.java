package io.github.guarantees.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.analysis.Item;
import io.github.guarantees.analysis.Survey;
import io.github.guarantees.analysis.Verdict;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.examples.Paris2026;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs every operation of {@link AnalysisBenchmark} once and checks that it answers what the
 * benchmark claims to time: each property proved over the whole space (a counterexample would stop
 * the search early and time less than the space), with the number of scenarios it covers.
 */
class AnalysisBenchmarkTest {
  private static final AnalysisBenchmark BENCHMARK = new AnalysisBenchmark();

  @BeforeAll
  static void setUp() {
    BENCHMARK.setUp();
  }

  private static Verdict proved(Verdict v, long cases) {
    assertThat(v).isInstanceOf(Verdict.Proved.class);
    assertThat(v.coverage().cases()).isEqualTo(cases);
    return v;
  }

  @Test
  void theBaselinesEvaluateTheFirstNamedScenario() {
    assertThat(BENCHMARK.evaluateOneScenario().status(Paris2026.MILITARY_ASSISTANCE))
        .isEqualTo(Status.ACTIVE);
    assertThat(BENCHMARK.timelineOneScenario().pledges()).isNotEmpty();
  }

  @Test
  void theDeploymentInvariantIsProvedOverTheWholeSpace() {
    proved(BENCHMARK.deploymentInvariant(), 3_648);
  }

  @Test
  void everyOtherKindIsProvedOverTheWholeSpace() {
    proved(BENCHMARK.respondsWithin(), 3_724);
    proved(BENCHMARK.neverTogether(), 6_896);
    Verdict uk = proved(BENCHMARK.canFire(), 563);
    assertThat(uk.found().orElseThrow().events()).hasSize(4);
    proved(BENCHMARK.always(), 1_706);
  }

  @Test
  void theSurveyCoversTheWholeAgreement() {
    Survey s = BENCHMARK.survey();
    assertThat(s.coverage().cases()).isEqualTo(29_661);
    assertThat(s.blocked())
        .contains(Item.contribution(Paris2026.MULTINATIONAL_FORCE, Paris2026.DE));
    assertThat(s.neverTogether())
        .containsExactly(
            new Survey.Pair(
                Item.pledge(Paris2026.BREACH_REMEDIES),
                Item.pledge(Paris2026.US_SUPPORT_IF_ATTACKED)));
  }
}
