package io.github.guarantees.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Splitter;
import io.github.guarantees.examples.Paris2026;
import io.github.guarantees.model.BindingForce;
import io.github.guarantees.model.PledgeKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SweepReportTest {
  static final long SEED = Long.getLong("sweep.seed", 20260106L);

  @Test
  void theHistogramHasARowPerBucketWithItsCountAndABarProportionalToIt() {
    System.out.println("SweepReportTest seed " + SEED);
    Sweep sweep =
        Sweep.of(
            Paris2026.agreement(),
            Response.select(
                "force deployment",
                Paris2026.agreement(),
                Paris2026.ARMED_ATTACK,
                Paris2026.RU,
                BindingForce.POLITICAL_DECLARATION,
                Set.of(PledgeKind.FORCE_DEPLOYMENT)));
    SamplerSpec spec = SamplerSpec.resource("/io/github/guarantees/spark/paris-2026-sampler.yaml");
    List<ScenarioResult> results =
        LongStream.range(0, 2_000).mapToObj(i -> sweep.measure(spec.sample(SEED, i))).toList();
    SweepAggregates a = SweepAggregates.of(results);
    String md = SweepReport.markdown(sweep, a, "test");

    long max = 0;
    for (Map.Entry<GapBucket, Long> e : a.gaps().entrySet()) {
      if (e.getKey() != GapBucket.NO_ATTACK) {
        max = Math.max(max, e.getValue());
      }
    }
    for (Map.Entry<GapBucket, Long> e : a.gaps().entrySet()) {
      List<String> rows =
          md.lines().filter(l -> l.startsWith("| " + e.getKey().label() + " |")).toList();
      if (e.getKey() == GapBucket.NO_ATTACK) {
        assertThat(rows).isEmpty();
        continue;
      }
      assertThat(rows).hasSize(1);
      List<String> cells = Splitter.on('|').splitToList(rows.get(0));
      assertThat(Long.parseLong(cells.get(2).trim())).isEqualTo(e.getValue());
      long bar = cells.get(4).chars().filter(c -> c == '#').count();
      assertThat(bar).isEqualTo(Math.round(e.getValue() * 40.0 / max));
    }
    // Force deployments rest on the ceasefire: some attacks find the force already deployed,
    // others wait for it, so more than one bar is non-empty.
    assertThat(a.gaps().values().stream().filter(n -> n > 0).count()).isGreaterThan(2);
    // One status row per pledge.
    for (String id : Paris2026.agreement().pledgesById().keySet()) {
      assertThat(md.lines().filter(l -> l.startsWith("| `" + id + "` |"))).hasSize(1);
    }
  }
}
