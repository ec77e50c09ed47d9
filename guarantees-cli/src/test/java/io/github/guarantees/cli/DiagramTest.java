package io.github.guarantees.cli;

import static io.github.guarantees.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.evaluation.Timeline;
import io.github.guarantees.io.References;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Fidelity;
import io.github.guarantees.report.Layout;
import io.github.guarantees.report.MermaidSubset;
import io.github.guarantees.report.TimelineReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code diagram} and {@code timeline --format}: the Mermaid output of every built-in agreement
 * (the Paris agreement, the comparison instruments, the sale-of-goods contract) and every built-in
 * scenario is in the grammar of the Mermaid subset the library writes; the timeline's JSON
 * validates against {@code docs/timeline.schema.json}; text stays the default.
 */
class DiagramTest {
  static final Path TIMELINE_SCHEMA = Path.of("..", "docs", "timeline.schema.json");

  static List<String> builtinAgreements() {
    return References.builtinAgreements();
  }

  /** The built-in scenarios that name their agreement (the comparison scenarios name none). */
  static List<String> builtinScenarios() {
    return JsonSchemaTest.builtinScenarios();
  }

  @ParameterizedTest
  @MethodSource("builtinAgreements")
  void everyBuiltinAgreementsFlowchartIsInTheSubset(String name) {
    CliTest.Result r = run("diagram", "--agreement", "builtin:" + name);
    assertThat(r.code()).as(r.err()).isZero();
    MermaidSubset.check(r.out());
    Agreement a = References.agreement("builtin:" + name, (Path) null);
    Map<String, String> labels = MermaidSubset.nodeLabels(r.out());
    for (var p : a.pledges()) {
      String label =
          labels.values().stream()
              .filter(l -> l.startsWith(p.title() + "\n" + p.id() + " · "))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no node for pledge " + p.id()));
      String mark = "\nsource: " + Layout.words(p.source().fidelity());
      if (p.source().fidelity() == Fidelity.VERBATIM) {
        assertThat(label).as(p.id()).doesNotContain("\nsource: ");
      } else {
        assertThat(label).as(p.id()).contains(mark);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("builtinScenarios")
  void everyBuiltinScenariosGanttIsInTheSubset(String name) {
    CliTest.Result r = run("timeline", "--scenario", "builtin:" + name, "--format", "mermaid");
    assertThat(r.code()).as(r.err()).isZero();
    MermaidSubset.check(r.out());
  }

  @ParameterizedTest
  @MethodSource("builtinScenarios")
  void timelineJsonValidatesAgainstTheDocumentedSchema(String name) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode schema = mapper.readTree(TIMELINE_SCHEMA.toFile());
    CliTest.Result r = run("timeline", "--scenario", "builtin:" + name, "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode out = mapper.readTree(r.out());
    List<String> problems = new ArrayList<>();
    JsonSchemaTest.validate(out, schema, schema, "$", problems);
    assertThat(problems).as(name).isEmpty();
    assertThat(out.get("pledges")).isNotEmpty();
  }

  @Test
  void theTimelineJsonHoldsEveryChangeOfTheTimeline() throws IOException {
    String scenario = "builtin:paris-2026/request-withdrawn-then-renewed";
    CliTest.Result r =
        run("timeline", "-s", scenario, "--format", "json", "-p", "multinational-force");
    JsonNode force = new ObjectMapper().readTree(r.out()).get("pledges");
    assertThat(force).hasSize(1);
    Timeline t =
        Evaluator.compile(References.agreement("builtin:paris-2026", (Path) null))
            .timeline(References.scenario(scenario).scenario());
    var expected = t.pledge("multinational-force");
    JsonNode changes = force.get(0).get("changes");
    assertThat(force.get(0).get("initial").asText()).isEqualTo(expected.initial().name());
    assertThat(changes).hasSize(expected.changes().size());
    for (int i = 0; i < changes.size(); i++) {
      assertThat(changes.get(i).get("to").asText())
          .isEqualTo(expected.changes().get(i).to().name());
      assertThat(changes.get(i).get("at").asText())
          .isEqualTo(expected.changes().get(i).at().toString());
    }
  }

  @Test
  void textStaysTheDefaultTimelineFormat() {
    String scenario = "builtin:paris-2026/request-withdrawn-then-renewed";
    CliTest.Result plain = run("timeline", "-s", scenario);
    CliTest.Result text = run("timeline", "-s", scenario, "--format", "text");
    Timeline t =
        Evaluator.compile(References.agreement("builtin:paris-2026", (Path) null))
            .timeline(References.scenario(scenario).scenario());
    assertThat(plain.out()).isEqualTo(text.out()).isEqualTo(TimelineReport.render(t));
  }

  @Test
  void timelineMarkdownHasATablePerPledge() {
    CliTest.Result r =
        run(
            "timeline",
            "-s",
            "builtin:paris-2026/request-withdrawn-then-renewed",
            "--format",
            "markdown",
            "-p",
            "multinational-force");
    assertThat(r.code()).isZero();
    List<String> rows =
        r.out().lines().filter(l -> l.startsWith("| multinational-force |")).toList();
    assertThat(rows.get(0)).isEqualTo("| multinational-force | the start | dormant | |");
    assertThat(rows).anyMatch(l -> l.contains(" | active → **suspended** | "));
    assertThat(r.out())
        .startsWith("## timeline: request-withdrawn-then-renewed")
        .doesNotContain("### US-led");
  }

  @Test
  void saleOfGoodsShowsPowersAndStatusConditionsAsDottedEdgesBetweenPledges() {
    String flow = run("diagram", "-a", "builtin:sale-of-goods").out();
    Agreement a = References.agreement("builtin:sale-of-goods", (Path) null);
    Map<String, String> labels = MermaidSubset.nodeLabels(flow);
    List<String> lines = flow.lines().map(String::strip).toList();
    int powers = 0;
    for (var p : a.pledges()) {
      if (p.power().isEmpty() || p.power().get().target().isEmpty()) {
        continue;
      }
      String verb =
          switch (p.power().get().action()) {
            case SUSPEND -> "suspends";
            case RESUME -> "resumes";
            case TERMINATE -> "terminates";
          };
      String from = idOf(labels, a.pledge(p.id()).title());
      String to = idOf(labels, a.pledge(p.power().get().target().get()).title());
      assertThat(lines).contains(from + " -. \"" + verb + "\" .-> " + to);
      powers++;
    }
    assertThat(powers).isPositive();
    int statuses = 0;
    for (var p : a.pledges()) {
      for (var s : a.statusConditionsOf(p)) {
        String from = idOf(labels, a.pledge(s.getValue().pledge()).title());
        assertThat(lines)
            .anyMatch(
                l ->
                    l.startsWith(from + " -. \"") && l.contains(s.getValue().standing().keyword()));
        statuses++;
      }
    }
    assertThat(statuses).isPositive();
  }

  private static String idOf(Map<String, String> labels, String title) {
    return labels.entrySet().stream()
        .filter(e -> e.getValue().startsWith(title + "\n"))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no node for " + title));
  }

  @Test
  void diagramWritesTheOutputFileAndMarkdownWrapsItInAMermaidBlock(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("paris.md");
    CliTest.Result r =
        run(
            "diagram",
            "-a",
            "builtin:paris-2026",
            "--format",
            "markdown",
            "--output",
            file.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("wrote " + file + "\n");
    String md = Files.readString(file, StandardCharsets.UTF_8);
    String mermaid = run("diagram", "-a", "builtin:paris-2026").out();
    assertThat(md)
        .isEqualTo("## Paris security guarantees for Ukraine\n\n```mermaid\n" + mermaid + "```\n");
    CliTest.Result bad =
        run("diagram", "-a", "builtin:paris-2026", "-o", dir.resolve("no/such/dir/x").toString());
    assertThat(bad.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(bad.err()).contains("cannot write");
  }

  @Test
  void anUnknownAgreementIsAUsageError() {
    CliTest.Result r = run("diagram", "-a", "builtin:paris-2025");
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("did you mean 'paris-2026'?");
  }
}
