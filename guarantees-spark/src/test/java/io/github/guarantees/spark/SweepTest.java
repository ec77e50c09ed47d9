package io.github.guarantees.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.HashBasedTable;
import com.google.common.collect.Table;
import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.examples.Paris2026;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.BindingForce;
import io.github.guarantees.model.PledgeKind;
import io.github.guarantees.model.Problem;
import io.github.guarantees.model.ValidationException;
import io.github.guarantees.scenario.Scenario;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sweep in Spark {@code local[2]} against the plain evaluator. */
class SweepTest {
  static final long SEED = Long.getLong("sweep.seed", 20260106L);
  static final int N = 10_000;

  static final Agreement PARIS = Paris2026.agreement();
  static final SamplerSpec SPEC =
      SamplerSpec.resource("/io/github/guarantees/spark/paris-2026-sampler.yaml");

  /**
   * The military response at any binding force: every Paris pledge is graded a political
   * declaration, so a "binding" threshold would select nothing.
   */
  static final Response MILITARY =
      Response.select(
          "military response",
          PARIS,
          Paris2026.ARMED_ATTACK,
          Paris2026.RU,
          BindingForce.POLITICAL_DECLARATION,
          Set.of(PledgeKind.MILITARY_SUPPORT, PledgeKind.FORCE_DEPLOYMENT));

  static final SparkSession spark = SparkSessions.local2();
  static final Sweep sweep = Sweep.of(PARIS, MILITARY);
  static final List<ScenarioResult> expected = new ArrayList<>();

  @BeforeAll
  static void setUp() {
    System.out.println("SweepTest seed " + SEED + " (replay with -Dsweep.seed=" + SEED + ")");
    Evaluator plain = Evaluator.compile(PARIS);
    for (long i = 0; i < N; i++) {
      expected.add(Oracle.expected(plain, MILITARY, SPEC.sample(SEED, i)));
    }
  }

  static List<ScenarioResult> sorted(List<ScenarioResult> results) {
    List<ScenarioResult> out = new ArrayList<>(results);
    out.sort(Comparator.comparing(ScenarioResult::getScenario));
    return out;
  }

  /** The 10^4 sweep on four partitions, cached: the two tests that compare with a loop share it. */
  static final class Cached {
    static final SweepResults RESULTS = cached();

    private static SweepResults cached() {
      SweepResults r = sweep.run(spark, ScenarioSource.sampled(SPEC, N, SEED, 4));
      r.results().cache();
      return r;
    }
  }

  static List<ScenarioResult> sweepSampled(int n, int partitions) {
    return sweep
        .run(spark, ScenarioSource.sampled(SPEC, n, SEED, partitions))
        .results()
        .collectAsList();
  }

  @Test
  void perScenarioResultsEqualThePlainEvaluators() {
    List<ScenarioResult> actual = sorted(Cached.RESULTS.results().collectAsList());
    assertThat(actual).hasSize(N);
    assertThat(actual).isEqualTo(sorted(expected));
    // The sample exercises what is compared: attacks with and without a military response in
    // effect, and scenarios where the force never deploys.
    assertThat(expected.stream().map(ScenarioResult::bucket).distinct())
        .contains(GapBucket.NO_ATTACK, GapBucket.AT_ONCE);
    assertThat(expected.stream().filter(r -> r.getFirstActive().containsKey("multinational-force")))
        .hasSizeBetween(N / 10, N - N / 10);
  }

  @Test
  void aggregatesEqualAPlainJavaLoop() {
    SweepAggregates spark4 =
        sweep.run(spark, ScenarioSource.sampled(SPEC, N, SEED, 4)).aggregates();

    Table<String, Status, Long> statuses = HashBasedTable.create();
    Map<String, Long> ever = new TreeMap<>();
    Map<GapBucket, Long> gaps = new EnumMap<>(GapBucket.class);
    for (GapBucket b : GapBucket.values()) {
      gaps.put(b, 0L);
    }
    for (ScenarioResult r : expected) {
      r.getStatuses()
          .forEach(
              (pledge, status) -> {
                Long c = statuses.get(pledge, Status.valueOf(status));
                statuses.put(pledge, Status.valueOf(status), c == null ? 1 : c + 1);
              });
      r.getFirstActive().keySet().forEach(p -> ever.merge(p, 1L, Long::sum));
      gaps.merge(r.bucket(), 1L, Long::sum);
    }

    assertThat(spark4.scenarios()).isEqualTo(N);
    assertThat(spark4.statuses()).isEqualTo(statuses);
    assertThat(spark4.everActive()).isEqualTo(ever);
    assertThat(spark4.gaps()).isEqualTo(gaps);
    assertThat(spark4).isEqualTo(SweepAggregates.of(expected));
    long attacked = expected.stream().filter(r -> r.getAttack() != null).count();
    assertThat(spark4.attacks()).isEqualTo(attacked);
    assertThat(spark4.longerThan(72))
        .isEqualTo(
            expected.stream()
                .filter(r -> r.getAttack() != null)
                .filter(r -> r.getGapSeconds() == null || r.getGapSeconds() > 72 * 3600)
                .count());
  }

  @Test
  void resultsDoNotDependOnTheNumberOfPartitions() {
    int n = 3_000;
    List<ScenarioResult> one = sorted(sweepSampled(n, 1));
    assertThat(one).isEqualTo(sorted(expected.subList(0, n)));
    assertThat(sorted(sweepSampled(n, 7))).isEqualTo(one);
    SweepAggregates a1 = sweep.run(spark, ScenarioSource.sampled(SPEC, n, SEED, 1)).aggregates();
    SweepAggregates a5 = sweep.run(spark, ScenarioSource.sampled(SPEC, n, SEED, 5)).aggregates();
    assertThat(a5).isEqualTo(a1).isEqualTo(SweepAggregates.of(one));
  }

  @Test
  void jsonLinesAndParquetDatasetsGiveTheSameResultsAsSampling(@TempDir Path dir) {
    int n = 500;
    String json = dir.resolve("scenarios.jsonl").toString();
    String parquet = dir.resolve("scenarios.parquet").toString();
    sweep.sample(spark, SPEC, n, SEED, 3).write().json(json);
    sweep.sample(spark, SPEC, n, SEED, 2).write().parquet(parquet);

    List<ScenarioResult> fromJson =
        sweep.run(spark, ScenarioSource.jsonLines(spark, json)).results().collectAsList();
    List<ScenarioResult> fromParquet =
        sweep.run(spark, ScenarioSource.parquet(spark, parquet)).results().collectAsList();

    List<ScenarioResult> want = sorted(expected.subList(0, n));
    assertThat(sorted(fromJson)).isEqualTo(want);
    assertThat(sorted(fromParquet)).isEqualTo(want);
  }

  @Test
  void inMemoryScenariosAreMeasuredAsThePlainFunctionDoes() {
    List<Scenario> scenarios = new ArrayList<>();
    for (long i = 0; i < 200; i++) {
      scenarios.add(SPEC.sample(SEED + 1, i));
    }
    List<ScenarioResult> actual =
        sweep.run(spark, ScenarioSource.of(spark, scenarios, 3)).results().collectAsList();
    assertThat(sorted(actual)).isEqualTo(sorted(scenarios.stream().map(sweep::measure).toList()));
  }

  @Test
  void aSpecThatDoesNotFitTheAgreementIsRejectedBeforeAnyJobWithEveryProblem() {
    SamplerSpec bad =
        SamplerSpec.parse(
            "bad.yaml",
            """
            asOf: 2027-01-01T00:00:00Z
            events:
              - {trigger: cease-fire, between: [2026-02-01T00:00:00Z, 2026-03-01T00:00:00Z]}
              - {trigger: armed-attack, party: RUS, after: cease-fire, delay: {fixed: P1D}}
            """);
    assertThatThrownBy(() -> sweep.run(spark, ScenarioSource.sampled(bad, 10, 1, 1)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::where)
                    .containsExactly("events[0].trigger", "events[1].party"));
  }

  @Test
  void aResponseNamingUnknownIdsIsRejectedWithEveryProblem() {
    Response r = Response.of("r", "armed-atack", "RUS", List.of("multinational-forces"));
    assertThatThrownBy(() -> Sweep.of(PARIS, r))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::where)
                    .containsExactly(
                        "response.attackTrigger", "response.attackParty", "response.pledges"));
  }

  @Test
  void aBindingResponseSelectsNoParisPledge() {
    Response binding =
        Response.select(
            "binding response",
            PARIS,
            Paris2026.ARMED_ATTACK,
            Paris2026.RU,
            BindingForce.LEGALLY_BINDING_ASSISTANCE,
            Set.of());
    assertThat(binding.pledges()).isEmpty();
    ScenarioResult r =
        Sweep.of(PARIS, binding)
            .measure(
                Scenario.builder()
                    .name("attack")
                    .addEvent(Paris2026.CEASEFIRE, Instant.parse("2026-03-01T00:00:00Z"))
                    .addEvent(Paris2026.ARMED_ATTACK, "RU", Instant.parse("2026-05-01T00:00:00Z"))
                    .asOf(Instant.parse("2026-06-01T00:00:00Z"))
                    .build());
    assertThat(r.bucket()).isEqualTo(GapBucket.NONE_BY_AS_OF);
    assertThat(r.getAttack()).isEqualTo(Instant.parse("2026-05-01T00:00:00Z"));
    assertThat(r.getResponse()).isNull();
  }
}
