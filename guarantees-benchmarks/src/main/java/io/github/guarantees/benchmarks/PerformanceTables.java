package io.github.guarantees.benchmarks;

import com.google.common.collect.ImmutableList;
import io.github.guarantees.benchmarks.Measurements.Score;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The tables of {@code docs/PERFORMANCE.md} from one run: each engine's time as a ratio to
 * generated Java in the same run, how the time grows with events, and each target of the issue as
 * data ({@link Target}) before it is rendered.
 */
final class PerformanceTables {
  private PerformanceTables() {}

  /** The columns of the decision table: benchmark name and heading. */
  private static final String[][] ENGINES = {
    {"DecisionBenchmark.generatedJavaIndexing", "generated Java, indexing the events"},
    {"DecisionBenchmark.decide", "guarantees `decide`"},
    {"DecisionBenchmark.evaluate", "guarantees `evaluate`"},
    {"DecisionBenchmark.evaluateAndExplainFired", "guarantees, the pledges that fire explained"},
    {"DecisionBenchmark.evaluateAndExplain", "guarantees, every pledge explained"},
    {"DecisionBenchmark.referenceInterpreter", "reference interpreter"},
    {"DecisionBenchmark.easyRules", "Easy Rules 4.1"},
    {"DroolsBenchmark.drools", "Drools 10.2"},
  };

  private static final String BASELINE = "DecisionBenchmark.generatedJava";

  /** The cases of {@link HostileExplainBenchmark}: its parameter and what it explains. */
  private static final String[][] HOSTILE = {
    {"notOccurred", "32 of 64 events beside a `not(occurred)` broken for good"},
    {"notInForce", "32 of 64 events beside a `not(inForce)` a revocation mends"},
    {"both", "32 of 64 events beside both, the revocation breaking a third `not`"},
  };

  /**
   * The rows of the analysis table: benchmark name and what it checks. The first is the deployment
   * invariant (target: under 1 s), the first {@link #PROPERTIES} are properties (target: under 100
   * ms each, the issue's), then the survey and the baselines of the same run.
   */
  private static final String[][] ANALYSES = {
    {"AnalysisBenchmark.deploymentInvariant", "Paris deployment invariant (`NeverActiveUnless`)"},
    {"AnalysisBenchmark.respondsWithin", "`RespondsWithin`: component 4 within 72 h of an attack"},
    {
      "AnalysisBenchmark.neverTogether", "`NeverTogether`: breach remedies, US support of the force"
    },
    {"AnalysisBenchmark.canFire", "`CanFire`: the UK's share of the hubs"},
    {"AnalysisBenchmark.always", "`Always`: Germany's part of the force `BLOCKED`"},
    {"AnalysisBenchmark.survey", "`Analysis.survey` (the built-in questions)"},
    {"AnalysisBenchmark.timelineOneScenario", "baseline: `timeline` of one named Paris scenario"},
    {"AnalysisBenchmark.evaluateOneScenario", "baseline: `evaluate` of one named Paris scenario"},
  };

  /** How many rows of {@link #ANALYSES}, from the first, are properties (the survey follows). */
  private static final int PROPERTIES = 5;

  private static final String ANALYSIS_BASELINE = "AnalysisBenchmark.timelineOneScenario";
  private static final double PROPERTY_LIMIT_MS = 100;
  private static final double INVARIANT_LIMIT_MS = 1_000;
  private static final String[] PLEDGES = {"25", "200", "2000"};
  private static final String[] EVENTS = {"10", "100", "1000", "10000"};

  /**
   * One target of the issue, measured.
   *
   * @param what what is measured, e.g. "decision-only / generated Java, N = 200"
   * @param value the measured ratio or quantity, empty if not measured in this run
   * @param limit the largest value that meets the target, or the smallest if {@code atLeast}
   * @param unit the unit of value and limit ("×" for a ratio, "ms")
   * @param atLeast whether the value must be at least the limit (e.g. how many times slower another
   *     engine is), not at most
   */
  record Target(String what, Optional<Double> value, double limit, String unit, boolean atLeast) {
    /** A target the value meets at or below the limit. */
    Target(String what, Optional<Double> value, double limit, String unit) {
      this(what, value, limit, unit, false);
    }

    /** Met, missed, or not measured. */
    Verdict verdict() {
      return value
          .map(v -> (atLeast ? v >= limit : v <= limit) ? Verdict.MET : Verdict.MISSED)
          .orElse(Verdict.NOT_MEASURED);
    }
  }

  /** Whether a target is met. */
  enum Verdict {
    MET,
    MISSED,
    NOT_MEASURED
  }

  /**
   * The name of the decision-only benchmark: {@code decide} once it exists (in the decision or the
   * event-scaling benchmark: a run may hold either alone), else {@code evaluate}.
   */
  static String decisionOnly(Measurements m) {
    for (String n : PLEDGES) {
      if (m.get("DecisionBenchmark.decide", n).isPresent()) {
        return "decide";
      }
    }
    for (String n : EVENTS) {
      if (m.get("EventScalingBenchmark.decide", n).isPresent()) {
        return "decide";
      }
    }
    return "evaluate";
  }

  static ImmutableList<Target> targets(Measurements m) {
    String decide = decisionOnly(m);
    ImmutableList.Builder<Target> out = ImmutableList.builder();
    for (String n : new String[] {"200", "2000"}) {
      out.add(
          new Target(
              "`" + decide + "` / generated Java, N = " + n,
              ratio(m, "DecisionBenchmark." + decide, n, BASELINE, n),
              1.0,
              "×"));
    }
    // Drools runs in its own benchmark (its rules take long to build), over the same workload.
    String[][] slower = {
      {"Easy Rules", "DecisionBenchmark.easyRules", "20"},
      {"Drools", "DroolsBenchmark.drools", "50"}
    };
    for (String[] engine : slower) {
      for (String n : new String[] {"200", "2000"}) {
        out.add(
            new Target(
                engine[0] + " / `" + decide + "`, N = " + n,
                ratio(m, engine[1], n, "DecisionBenchmark." + decide, n),
                Double.parseDouble(engine[2]),
                "×",
                true));
      }
    }
    for (String n : new String[] {"200", "2000"}) {
      out.add(
          new Target(
              "every pledge explained / `" + decide + "`, N = " + n,
              ratio(m, "DecisionBenchmark.evaluateAndExplain", n, "DecisionBenchmark." + decide, n),
              10.0,
              "×"));
    }
    String scaling = "EventScalingBenchmark." + decide;
    out.add(
        new Target(
            "bytes allocated per `" + decide + "`, 10,000 events / 10 events (N = 200)",
            m.get(scaling, "10000")
                .flatMap(
                    a ->
                        m.get(scaling, "10")
                            .filter(b -> a.allocatedBytes() >= 0 && b.allocatedBytes() > 0)
                            .map(b -> a.allocatedBytes() / b.allocatedBytes())),
            1.05,
            "×"));
    for (int i = 1; i < EVENTS.length; i++) {
      out.add(
          new Target(
              "time of `" + decide + "`, " + EVENTS[i] + " events / " + EVENTS[i - 1] + " events",
              ratio(m, scaling, EVENTS[i], scaling, EVENTS[i - 1]),
              12.0,
              "×"));
    }
    out.add(
        new Target(
            "`timeline` of 10,000 events (N = 200)",
            m.get("TimelineBenchmark.timeline", "10000").map(s -> s.nanos() / 1e6),
            100.0,
            "ms"));
    out.add(
        new Target(
            "`Evaluator.compile` of 2,000 pledges",
            m.get("CompileBenchmark.compile", "2000").map(s -> s.nanos() / 1e6),
            10.0,
            "ms"));
    for (String[] c : HOSTILE) {
      out.add(
          new Target(
              "one explanation: " + c[1],
              m.get("HostileExplainBenchmark.explain", c[0]).map(s -> s.nanos() / 1e6),
              100.0,
              "ms"));
    }
    out.add(
        new Target(
            "Paris deployment invariant over every scenario",
            millis(m, ANALYSES[0][0]),
            INVARIANT_LIMIT_MS,
            "ms"));
    for (int i = 0; i < PROPERTIES; i++) {
      out.add(
          new Target(
              "one property on Paris: " + ANALYSES[i][1],
              millis(m, ANALYSES[i][0]),
              PROPERTY_LIMIT_MS,
              "ms"));
    }
    return out.build();
  }

  private static Optional<Double> millis(Measurements m, String benchmark) {
    return m.get(benchmark, "").map(s -> s.nanos() / 1e6);
  }

  private static Optional<Double> ratio(
      Measurements m, String benchmark, String param, String base, String baseParam) {
    return m.get(benchmark, param)
        .flatMap(a -> m.get(base, baseParam).map(b -> a.nanos() / b.nanos()));
  }

  static String render(Measurements m) {
    StringBuilder out = new StringBuilder();
    out.append("### Decisions: one scenario of 10 events, N pledges\n\n");
    List<String[]> columns = new ArrayList<>();
    for (String[] e : ENGINES) {
      for (String n : PLEDGES) {
        if (m.get(e[0], n).isPresent()) {
          columns.add(e);
          break;
        }
      }
    }
    out.append("| N pledges | generated Java |");
    for (String[] c : columns) {
      out.append(' ').append(c[1]).append(" |");
    }
    String decide = decisionOnly(m);
    out.append(" allocated per `").append(decide).append("` |\n|");
    out.append(" --- |".repeat(columns.size() + 3)).append('\n');
    for (String n : PLEDGES) {
      Optional<Score> base = m.get(BASELINE, n);
      out.append("| ").append(n).append(" | ");
      out.append(base.map(b -> "1.0× (" + time(b.nanos()) + ")").orElse("—")).append(" |");
      for (String[] c : columns) {
        out.append(' ')
            .append(
                m.get(c[0], n)
                    .map(
                        s ->
                            base.map(
                                    b ->
                                        ratio(s.nanos() / b.nanos()) + " (" + time(s.nanos()) + ")")
                                .orElse(time(s.nanos())))
                    .orElse("—"))
            .append(" |");
      }
      out.append(' ').append(bytes(m.get("DecisionBenchmark." + decide, n))).append(" |\n");
    }
    String scaling = "EventScalingBenchmark." + decide;
    out.append("\n### Events per scenario, N = 200\n\n");
    out.append("| events | generated Java, indexing | `")
        .append(decide)
        .append("` | ratio | × previous row | allocated per `")
        .append(decide)
        .append("` |\n| --- | --- | --- | --- | --- | --- |\n");
    for (int i = 0; i < EVENTS.length; i++) {
      Optional<Score> base = m.get("EventScalingBenchmark.generatedJavaIndexing", EVENTS[i]);
      Optional<Score> lib = m.get(scaling, EVENTS[i]);
      out.append("| ").append(EVENTS[i]).append(" | ");
      out.append(base.map(s -> time(s.nanos())).orElse("—")).append(" | ");
      out.append(lib.map(s -> time(s.nanos())).orElse("—")).append(" | ");
      out.append(
          ratio(m, scaling, EVENTS[i], "EventScalingBenchmark.generatedJavaIndexing", EVENTS[i])
              .map(PerformanceTables::ratio)
              .orElse("—"));
      out.append(" | ");
      out.append(
          i == 0
              ? ""
              : ratio(m, scaling, EVENTS[i], scaling, EVENTS[i - 1])
                  .map(PerformanceTables::ratio)
                  .orElse("—"));
      out.append(" | ").append(bytes(lib)).append(" |\n");
    }
    out.append(
        "\n### Timeline, compile and the Paris agreement\n\n| benchmark | time |\n| --- | --- |\n");
    row(out, m, "TimelineBenchmark.timeline", "1000", "`timeline`, 1,000 events, N = 200");
    row(out, m, "TimelineBenchmark.timeline", "10000", "`timeline`, 10,000 events, N = 200");
    row(out, m, "CompileBenchmark.compile", "200", "`Evaluator.compile`, 200 pledges");
    row(out, m, "CompileBenchmark.compile", "2000", "`Evaluator.compile`, 2,000 pledges");
    for (String[] c : HOSTILE) {
      row(out, m, "HostileExplainBenchmark.explain", c[0], "one explanation: " + c[1]);
    }
    row(out, m, "ParisBenchmark.evaluate", "", "Paris 2026, `evaluate` of every named scenario");
    row(
        out,
        m,
        "ParisBenchmark.evaluateAndExplain",
        "",
        "Paris 2026, every pledge explained in every named scenario");
    row(out, m, "ParisBenchmark.timeline", "", "Paris 2026, `timeline` of every named scenario");
    out.append("\n### Analysis of Paris 2026, `Budget.DEFAULT`\n\n");
    out.append("| question | time | × one `timeline` | × one `evaluate` |\n");
    out.append("| --- | --- | --- | --- |\n");
    for (String[] a : ANALYSES) {
      out.append("| ")
          .append(a[1])
          .append(" | ")
          .append(m.get(a[0], "").map(s -> time(s.nanos())).orElse("not measured"))
          .append(" | ")
          .append(
              ratio(m, a[0], "", ANALYSIS_BASELINE, "").map(PerformanceTables::ratio).orElse("—"))
          .append(" | ")
          .append(
              ratio(m, a[0], "", "AnalysisBenchmark.evaluateOneScenario", "")
                  .map(PerformanceTables::ratio)
                  .orElse("—"))
          .append(" |\n");
    }
    out.append(
        "\n### Targets\n\n| target | measured | limit | verdict |\n| --- | --- | --- | --- |\n");
    for (Target t : targets(m)) {
      out.append("| ")
          .append(t.what())
          .append(" | ")
          .append(t.value().map(v -> quantity(v, t.unit())).orElse("not measured"))
          .append(t.atLeast() ? " | ≥ " : " | ≤ ")
          .append(quantity(t.limit(), t.unit()))
          .append(" | ")
          .append(t.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' '))
          .append(" |\n");
    }
    return out.toString();
  }

  private static void row(
      StringBuilder out, Measurements m, String benchmark, String param, String what) {
    out.append("| ")
        .append(what)
        .append(" | ")
        .append(m.get(benchmark, param).map(s -> time(s.nanos())).orElse("not measured"))
        .append(" |\n");
  }

  private static String quantity(double v, String unit) {
    return unit.equals("×") ? ratio(v) : number(v) + " " + unit;
  }

  private static String ratio(double r) {
    return number(r) + "×";
  }

  private static String number(double v) {
    return v >= 100
        ? String.format(Locale.ROOT, "%,.0f", v)
        : String.format(Locale.ROOT, "%.2g", v);
  }

  private static String bytes(Optional<Score> score) {
    return score
        .filter(s -> s.allocatedBytes() >= 0)
        .map(s -> String.format(Locale.ROOT, "%,.0f B", s.allocatedBytes()))
        .orElse("—");
  }

  static String time(double nanos) {
    if (nanos < 1e3) {
      return String.format(Locale.ROOT, "%.0f ns", nanos);
    }
    if (nanos < 1e6) {
      return String.format(Locale.ROOT, "%.3g µs", nanos / 1e3);
    }
    if (nanos < 1e9) {
      return String.format(Locale.ROOT, "%.3g ms", nanos / 1e6);
    }
    return String.format(Locale.ROOT, "%.3g s", nanos / 1e9);
  }
}
