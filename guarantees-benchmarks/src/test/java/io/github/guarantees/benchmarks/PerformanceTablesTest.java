package io.github.guarantees.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.benchmarks.Measurements.Score;
import io.github.guarantees.benchmarks.PerformanceTables.Target;
import io.github.guarantees.benchmarks.PerformanceTables.Verdict;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PerformanceTablesTest {
  private static void put(
      Map<String, Score> m, String benchmark, String param, double nanos, double bytes) {
    m.put(Measurements.key(benchmark, param), new Score(nanos, bytes));
  }

  /** Every target's verdict on these measurements, by what it measures. */
  private static Map<String, Verdict> verdicts(Map<String, Score> m) {
    Map<String, Verdict> out = new HashMap<>();
    for (Target t : PerformanceTables.targets(Measurements.of(m))) {
      out.put(t.what(), t.verdict());
    }
    return out;
  }

  @Test
  void targetsCompareWithinOneRun() {
    Map<String, Score> m = new HashMap<>();
    put(m, "DecisionBenchmark.generatedJava", "200", 1_000, 0);
    put(m, "DecisionBenchmark.evaluate", "200", 900, 500);
    put(m, "DecisionBenchmark.evaluateAndExplain", "200", 20_000, 9_000);
    put(m, "EventScalingBenchmark.evaluate", "10", 1_000, 500);
    put(m, "EventScalingBenchmark.evaluate", "100", 11_000, 500);
    put(m, "EventScalingBenchmark.evaluate", "1000", 140_000, 500);
    put(m, "EventScalingBenchmark.evaluate", "10000", 1_300_000, 2_000);
    put(m, "TimelineBenchmark.timeline", "10000", 99e6, -1);
    put(m, "CompileBenchmark.compile", "2000", 11e6, -1);
    put(m, "HostileExplainBenchmark.explain", "notOccurred", 0.3e6, -1);
    put(m, "HostileExplainBenchmark.explain", "both", 101e6, -1);
    assertThat(verdicts(m))
        .containsEntry(
            "one explanation: 32 of 64 events beside a `not(occurred)` broken for good",
            Verdict.MET)
        .containsEntry(
            "one explanation: 32 of 64 events beside a `not(inForce)` a revocation mends",
            Verdict.NOT_MEASURED)
        .containsEntry(
            "one explanation: 32 of 64 events beside both, the revocation breaking a third `not`",
            Verdict.MISSED)
        .containsEntry("`evaluate` / generated Java, N = 200", Verdict.MET)
        .containsEntry("`evaluate` / generated Java, N = 2000", Verdict.NOT_MEASURED)
        .containsEntry("every pledge explained / `evaluate`, N = 200", Verdict.MISSED)
        .containsEntry(
            "bytes allocated per `evaluate`, 10,000 events / 10 events (N = 200)", Verdict.MISSED)
        .containsEntry("time of `evaluate`, 100 events / 10 events", Verdict.MET)
        .containsEntry("time of `evaluate`, 1000 events / 100 events", Verdict.MISSED)
        .containsEntry("time of `evaluate`, 10000 events / 1000 events", Verdict.MET)
        .containsEntry("`timeline` of 10,000 events (N = 200)", Verdict.MET)
        .containsEntry("`Evaluator.compile` of 2,000 pledges", Verdict.MISSED);
  }

  @Test
  void theDecisionOnlyPathIsPreferredOnceMeasured() {
    Map<String, Score> m = new HashMap<>();
    put(m, "DecisionBenchmark.generatedJava", "2000", 1_000, 0);
    put(m, "DecisionBenchmark.evaluate", "2000", 5_000, 500);
    put(m, "DecisionBenchmark.decide", "2000", 800, 16);
    Target first =
        PerformanceTables.targets(Measurements.of(m)).stream()
            .filter(t -> t.what().endsWith("generated Java, N = 2000"))
            .findFirst()
            .orElseThrow();
    assertThat(first.value().orElseThrow())
        .isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(first.verdict()).isEqualTo(Verdict.MET);
  }

  @Test
  void otherEnginesMustBeAtLeastSoManyTimesSlower() {
    Map<String, Score> m = new HashMap<>();
    put(m, "DecisionBenchmark.decide", "200", 3_000, 240);
    put(m, "DecisionBenchmark.decide", "2000", 20_000, 2_040);
    put(m, "DecisionBenchmark.easyRules", "200", 69_000, 0);
    put(m, "DecisionBenchmark.easyRules", "2000", 300_000, 0);
    put(m, "DroolsBenchmark.drools", "200", 150_000, 0);
    assertThat(verdicts(m))
        .containsEntry("Easy Rules / `decide`, N = 200", Verdict.MET)
        .containsEntry("Easy Rules / `decide`, N = 2000", Verdict.MISSED)
        .containsEntry("Drools / `decide`, N = 200", Verdict.MET)
        .containsEntry("Drools / `decide`, N = 2000", Verdict.NOT_MEASURED);
    assertThat(PerformanceTables.render(Measurements.of(m)))
        .contains("| Easy Rules / `decide`, N = 200 | 23× | ≥ 20× | met |");
  }

  @Test
  void aRunOfTheEventScalingAloneJudgesDecideNotEvaluate() {
    Map<String, Score> m = new HashMap<>();
    put(m, "EventScalingBenchmark.decide", "10", 1_000, 240);
    put(m, "EventScalingBenchmark.decide", "10000", 900_000, 246);
    put(m, "EventScalingBenchmark.evaluate", "10", 3_000, 95_000);
    put(m, "EventScalingBenchmark.evaluate", "10000", 4_000_000, 1_300_000);
    assertThat(verdicts(m))
        .containsEntry(
            "bytes allocated per `decide`, 10,000 events / 10 events (N = 200)", Verdict.MET)
        .doesNotContainKey("bytes allocated per `evaluate`, 10,000 events / 10 events (N = 200)");
  }

  @Test
  void theAnalysisTargetsAreOneSecondForTheInvariantAndOneHundredMillisecondsPerProperty() {
    Map<String, Score> m = new HashMap<>();
    put(m, "AnalysisBenchmark.timelineOneScenario", "", 4_000, -1);
    put(m, "AnalysisBenchmark.deploymentInvariant", "", 150e6, -1);
    put(m, "AnalysisBenchmark.canFire", "", 12e6, -1);
    put(m, "AnalysisBenchmark.survey", "", 1.5e9, -1);
    assertThat(verdicts(m))
        .containsEntry("Paris deployment invariant over every scenario", Verdict.MET)
        .containsEntry(
            "one property on Paris: Paris deployment invariant (`NeverActiveUnless`)",
            Verdict.MISSED)
        .containsEntry("one property on Paris: `CanFire`: the UK's share of the hubs", Verdict.MET)
        .containsEntry(
            "one property on Paris: `Always`: Germany's part of the force `BLOCKED`",
            Verdict.NOT_MEASURED);
    assertThat(verdicts(m).keySet()).noneMatch(k -> k.contains("survey"));
    assertThat(PerformanceTables.render(Measurements.of(m)))
        .contains("| `CanFire`: the UK's share of the hubs | 12.0 ms | 3,000× | — |");
  }
}
