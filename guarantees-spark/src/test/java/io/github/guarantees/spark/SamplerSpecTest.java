package io.github.guarantees.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.guarantees.examples.Paris2026;
import io.github.guarantees.model.Problem;
import io.github.guarantees.model.ValidationException;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SamplerSpecTest {
  static final long SEED = Long.getLong("sweep.seed", 20260106L);
  static final SamplerSpec PARIS =
      SamplerSpec.resource("/io/github/guarantees/spark/paris-2026-sampler.yaml");

  static Optional<Instant> first(Scenario s, String trigger) {
    return s.events().stream().filter(e -> e.trigger().equals(trigger)).map(Event::at).findFirst();
  }

  @Test
  void theParisSpecFitsTheParisAgreement() {
    assertThat(PARIS.problems(Paris2026.agreement())).isEmpty();
    assertThat(PARIS.name()).isEqualTo("paris-2026-sampled");
    assertThat(PARIS.events()).hasSize(8);
  }

  @Test
  void aScenarioDependsOnlyOnTheSeedAndItsIndex() {
    System.out.println("SamplerSpecTest seed " + SEED);
    for (long i = 0; i < 200; i++) {
      assertThat(PARIS.sample(SEED, i)).isEqualTo(PARIS.sample(SEED, i));
    }
    long differ = 0;
    for (long i = 0; i < 200; i++) {
      if (!PARIS.sample(SEED, i).events().equals(PARIS.sample(SEED + 1, i).events())) {
        differ++;
      }
    }
    assertThat(differ).isGreaterThan(150);
  }

  @Test
  void dependentEventsComeOnlyAfterTheirOriginAndOnlyIfItHappened() {
    System.out.println("SamplerSpecTest seed " + SEED);
    int n = 20_000;
    int ceasefires = 0;
    int attacks = 0;
    for (long i = 0; i < n; i++) {
      Scenario s = PARIS.sample(SEED, i);
      Optional<Instant> ceasefire = first(s, Paris2026.CEASEFIRE);
      Optional<Instant> attack = first(s, Paris2026.ARMED_ATTACK);
      Optional<Instant> collapse = first(s, Paris2026.CEASEFIRE_COLLAPSED);
      ceasefires += ceasefire.isPresent() ? 1 : 0;
      attacks += attack.isPresent() ? 1 : 0;
      if (attack.isPresent()) {
        assertThat(ceasefire).as("an attack only after a ceasefire, in %s", s).isPresent();
        assertThat(attack.get()).isAfterOrEqualTo(ceasefire.get());
      }
      if (collapse.isPresent()) {
        assertThat(attack).isPresent();
        assertThat(Duration.between(attack.get(), collapse.get()))
            .isBetween(Duration.ZERO, Duration.ofDays(2));
      }
      ceasefire.ifPresent(
          c ->
              assertThat(c)
                  .isBetween(
                      Instant.parse("2026-02-01T00:00:00Z"),
                      Instant.parse("2026-10-01T00:00:00Z")));
      for (Event e : s.events()) {
        assertThat(e.at().truncatedTo(ChronoUnit.HOURS)).isEqualTo(e.at());
      }
      assertThat(s.asOf()).isEqualTo(Instant.parse("2027-01-06T00:00:00Z"));
    }
    // Probabilities as specified: 0.8 for a ceasefire, 0.4 of those for an attack (4 sigma).
    assertThat(ceasefires / (double) n).isCloseTo(0.8, within(0.012));
    assertThat(attacks / (double) ceasefires).isCloseTo(0.4, within(0.016));
  }

  @Test
  void delaysAreWholeHoursWithTheRightMeans() {
    SplittableRandom random = new SplittableRandom(SEED);
    Delay exponential = new Delay.Exponential(Duration.ofDays(10));
    Delay uniform = new Delay.Uniform(Duration.ofHours(2), Duration.ofHours(6));
    double sumE = 0;
    int[] seen = new int[7];
    int n = 40_000;
    for (int i = 0; i < n; i++) {
      Duration e = exponential.sample(random);
      assertThat(e.toMinutesPart()).isZero();
      sumE += e.toHours();
      Duration u = uniform.sample(random);
      seen[(int) u.toHours()]++;
    }
    // Rounding down to whole hours lowers the mean by about half an hour.
    assertThat(sumE / n).isCloseTo(240 - 0.5, within(240 * 4 / Math.sqrt(n)));
    assertThat(seen[0] + seen[1]).isZero();
    for (int h = 2; h <= 6; h++) {
      assertThat(seen[h] / (double) n).isCloseTo(0.2, within(0.01));
    }
    assertThat(new Delay.Fixed(Duration.ofHours(24)).sample(random))
        .isEqualTo(Duration.ofHours(24));
  }

  @Test
  void aBadSpecReportsEveryProblemAtItsPath() {
    String yaml =
        """
        asOf: 2027-13-01
        color: blue
        events:
          - {trigger: ceasefire, probability: 1.5, between: [2026-02-01T00:00:00Z]}
          - {trigger: armed-attack, after: cease-fire, delay: {exponentail: P1D}}
          - {trigger: ceasefire, after: ceasefire, delay: {uniform: [P3D, P1D]}}
          - {id: x, trigger: armed-attack, after: ceasefire, between: [2026-01-01T00:00:00Z, 2026-02-01T00:00:00Z]}
          - {trigger: armed-attack, after: ceasefire, delay: {fixed: 3 days}}
        """;
    assertThatThrownBy(() -> SamplerSpec.parse("bad.yaml", yaml))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::where)
                    .containsExactly(
                        "color",
                        "asOf",
                        "events[0].probability",
                        "events[0].between",
                        "events[1].after",
                        "events[1].delay.exponentail",
                        "events[2].delay.uniform",
                        "events[2].id",
                        "events[3]",
                        "events[4].delay.fixed",
                        "events[4].id"));
  }

  @Test
  void theFormShippedToExecutorsReadsBackEqual() {
    SamplerSpec fixedOrigin =
        SamplerSpec.parse(
            "from.yaml",
            """
            name: fixed-origin
            asOf: 2027-01-01T00:00:00Z
            events:
              - {id: talks, trigger: ceasefire, from: 2026-03-01T00:00:00Z, delay: {exponential: P30D}}
              - {trigger: armed-attack, party: RU, after: talks, probability: 0.25, delay: {fixed: PT36H}}
            """);
    for (SamplerSpec spec : List.of(PARIS, fixedOrigin)) {
      SamplerSpec back = SamplerSpec.parse("shipped", spec.json());
      assertThat(back.name()).isEqualTo(spec.name());
      assertThat(back.asOf()).isEqualTo(spec.asOf());
      assertThat(back.events()).isEqualTo(spec.events());
      for (long i = 0; i < 100; i++) {
        assertThat(back.sample(SEED, i)).isEqualTo(spec.sample(SEED, i));
      }
    }
    assertThat(fixedOrigin.events().get(0).from()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
  }

  @Test
  void aDocumentThatIsNotYamlIsOneProblem() {
    assertThatThrownBy(() -> SamplerSpec.parse("x.yaml", "events: [unclosed"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.problems()).extracting(Problem::where).containsExactly("document"));
  }
}
