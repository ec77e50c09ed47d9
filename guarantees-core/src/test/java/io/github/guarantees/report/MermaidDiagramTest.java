package io.github.guarantees.report;

import static io.github.guarantees.Fixtures.h;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.Treaty;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.evaluation.ContributionTimeline;
import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.evaluation.PledgeTimeline;
import io.github.guarantees.evaluation.RandomAgreements;
import io.github.guarantees.evaluation.StatusChange;
import io.github.guarantees.evaluation.Timeline;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.Source;
import io.github.guarantees.model.Term;
import io.github.guarantees.model.Trigger;
import io.github.guarantees.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Mermaid diagrams: what the flowchart and the Gantt chart show, held to the grammar of the
 * Mermaid subset the library writes ({@link MermaidSubset}), on a small treaty and on seeded random
 * agreements whose titles, descriptions, clauses and ids are hostile.
 */
class MermaidDiagramTest {
  /** Texts that break a diagram unless escaped. */
  static final List<String> HOSTILE =
      List.of(
          "say \"yes\"",
          "[bracket]",
          "#hash",
          "a;b",
          "x|y",
          "{brace}",
          "(paren)",
          "<script>alert(1)</script>",
          "&amp;",
          "`tick`",
          "50%",
          "%% comment",
          "end",
          "a --> b",
          "-. x .->",
          "Art. 5: attack",
          "#quot;",
          "<br/>",
          "Україна",
          "Ελληνικά",
          "日本語",
          "🇺🇦 flag",
          "subgraph",
          "classDef x fill:red");

  private static final Agreement TREATY = Treaty.agreement();
  private static final String FLOW = MermaidDiagram.flowchart(TREATY);

  private static String node(String diagram, String labelStart) {
    return MermaidSubset.nodeLabels(diagram).entrySet().stream()
        .filter(e -> e.getValue().startsWith(labelStart))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no node labelled " + labelStart + " in\n" + diagram));
  }

  private static List<String> lines(String diagram) {
    return diagram.lines().map(String::strip).toList();
  }

  @Test
  void theTreatysFlowchartIsInTheSubset() {
    MermaidSubset.check(FLOW);
    assertThat(FLOW).startsWith("flowchart LR\n");
  }

  @Test
  void triggersFeedConditionsThatFeedThePledgeWithTheirRoles() {
    String request = node(FLOW, "request\n");
    String withdrawn = node(FLOW, "request-withdrawn\n");
    String cessation = node(FLOW, "credible-cessation\n");
    String ceasefire = node(FLOW, "ceasefire\n");
    String collapsed = node(FLOW, "ceasefire-collapsed\n");
    String force = node(FLOW, "Multinational force\n");
    Map<String, String> labels = MermaidSubset.nodeLabels(FLOW);
    String inForce =
        lines(FLOW).stream()
            .filter(l -> l.startsWith(request + " -- \"starts\" --> "))
            .map(l -> l.substring(l.lastIndexOf(' ') + 1))
            .findFirst()
            .orElseThrow();
    assertThat(labels.get(inForce)).isEqualTo("in force");
    assertThat(lines(FLOW)).contains(withdrawn + " -. \"revokes\" .-> " + inForce);
    String allOf =
        lines(FLOW).stream()
            .filter(l -> l.startsWith(inForce + " --> "))
            .map(l -> l.substring(l.lastIndexOf(' ') + 1))
            .findFirst()
            .orElseThrow();
    assertThat(labels.get(allOf)).isEqualTo("all of");
    assertThat(lines(FLOW))
        .contains(
            cessation + " --> " + allOf,
            allOf + " -- \"activation\" --> " + force,
            collapsed + " -. \"revokes\" .-> " + node(FLOW, "in force"))
        .anyMatch(l -> l.startsWith(ceasefire + " -- \"starts\" --> "))
        .anyMatch(l -> l.endsWith(" -- \"trigger\" --> " + force));
  }

  @Test
  void caveatsAndApprovalsAreVisibleOnTheContributions() {
    String force = node(FLOW, "Multinational force\n");
    String italy = node(FLOW, "IT\n");
    String uk = node(FLOW, "UK");
    String approval = node(FLOW, "approval\n");
    assertThat(MermaidSubset.nodeLabels(FLOW).get(italy))
        .isEqualTo("IT\nblocked by caveat no-ground-troops\nNo ground troops in Ukraine");
    assertThat(lines(FLOW))
        .contains(force + " --> " + italy, force + " --> " + uk)
        .anyMatch(l -> l.startsWith("class ") && l.endsWith(" blocked") && l.contains(italy))
        .anyMatch(l -> l.startsWith(approval + " -- \"starts · by UK\" --> "))
        .anyMatch(l -> l.endsWith(" -- \"condition\" --> " + uk));
  }

  @Test
  void theAgreementsOwnTermIsAnEdgeIntoTheAgreementAsAWhole() {
    Agreement a =
        Agreement.builder()
            .from(TREATY)
            .term(Term.endsWhen(Condition.occurred("accession")))
            .build();
    String flow = MermaidDiagram.flowchart(a);
    MermaidSubset.check(flow);
    assertThat(lines(flow))
        .contains(
            node(flow, "accession\n")
                + " -- \"ends when\" --> "
                + node(flow, "the agreement as a whole\n"));
    assertThat(FLOW).doesNotContain("the agreement as a whole");
  }

  @Test
  void theParserRejectsMalformedFlowcharts() {
    String good = "flowchart LR\n    a1[\"x\"]\n    a2(\"y\")\n    a1 --> a2\n";
    assertThat(MermaidSubset.problems(good)).isEmpty();
    Map<String, String> bad =
        Map.ofEntries(
            Map.entry("unescaped quote", "flowchart LR\n    a1[\"say \"yes\"\"]\n"),
            Map.entry("raw hash", "flowchart LR\n    a1[\"#1\"]\n"),
            Map.entry("raw semicolon", "flowchart LR\n    a1[\"a;b\"]\n"),
            Map.entry("raw bracket", "flowchart LR\n    a1[\"a]b\"]\n"),
            Map.entry("raw pipe", "flowchart LR\n    a1[\"a|b\"]\n"),
            Map.entry("raw newline", "flowchart LR\n    a1[\"a\nb\"]\n"),
            Map.entry("unknown entity", "flowchart LR\n    a1[\"#foo;\"]\n"),
            Map.entry("shape mismatch", "flowchart LR\n    a1[\"x\")\n"),
            Map.entry("keyword id", "flowchart LR\n    end[\"x\"]\n"),
            Map.entry("undeclared node", good + "    a1 --> a3\n"),
            Map.entry("declared twice", good + "    a1[\"z\"]\n"),
            Map.entry("unclosed subgraph", "flowchart LR\n    subgraph g1 [\"x\"]\n"),
            Map.entry("stray end", good + "    end\n"),
            Map.entry("undefined class", good + "    class a1 nope\n"),
            Map.entry("bad arrow", "flowchart LR\n    a1[\"x\"]\n    a2[\"y\"]\n    a1 -> a2\n"),
            Map.entry("unquoted edge label", good + "    a1 -- go --> a2\n"),
            Map.entry("no header", "graph TD\n    a1[\"x\"]\n"),
            Map.entry("no final newline", "flowchart LR\n    a1[\"x\"]"));
    bad.forEach((what, text) -> assertThat(MermaidSubset.problems(text)).as(what).isNotEmpty());
  }

  @Test
  void theParserRejectsMalformedGantts() {
    String head =
        "gantt\n    title t\n    dateFormat YYYY-MM-DD HH:mm:ss\n    axisFormat %Y-%m-%d\n"
            + "    todayMarker off\n";
    String good =
        head + "    section s\n    active :active, s1, 2026-01-01 00:00:00, 2026-01-02 00:00:00\n";
    assertThat(MermaidSubset.problems(good)).isEmpty();
    assertThat(
            MermaidSubset.problems(good + "    v :crit, milestone, s2, 2026-01-02 00:00:00, 0d\n"))
        .isEmpty();
    Map<String, String> bad =
        Map.ofEntries(
            Map.entry(
                "task before section",
                head + "    a :s1, 2026-01-01 00:00:00, 2026-01-02 00:00:00\n"),
            Map.entry(
                "colon in name", good + "    a: b :s2, 2026-01-01 00:00:00, 2026-01-02 00:00:00\n"),
            Map.entry("hash in section", good + "    section #1\n"),
            Map.entry(
                "ends before start",
                good + "    a :s2, 2026-01-02 00:00:00, 2026-01-01 00:00:00\n"),
            Map.entry(
                "no such date", good + "    a :s2, 2026-02-30 00:00:00, 2026-03-01 00:00:00\n"),
            Map.entry(
                "duplicate id", good + "    a :s1, 2026-01-01 00:00:00, 2026-01-02 00:00:00\n"),
            Map.entry(
                "zero-length task", good + "    a :s2, 2026-01-01 00:00:00, 2026-01-01 00:00:00\n"),
            Map.entry(
                "unknown tag",
                good + "    a :late, s2, 2026-01-01 00:00:00, 2026-01-02 00:00:00\n"),
            Map.entry(
                "keyword first",
                good + "    click · active :s2, 2026-01-01 00:00:00, 2026-01-02 00:00:00\n"),
            Map.entry("missing dateFormat", "gantt\n    title t\n    section s\n"));
    bad.forEach((what, text) -> assertThat(MermaidSubset.problems(text)).as(what).isNotEmpty());
  }

  @Test
  void everyHostileTextIsEscapedAndReadsBackTheSame() {
    for (String text : HOSTILE) {
      String label = MermaidText.escape(text);
      assertThat(MermaidSubset.problems("flowchart LR\n    a1[\"" + label + "\"]\n"))
          .as(text)
          .isEmpty();
      assertThat(MermaidSubset.decode(label)).isEqualTo(text);
    }
    assertThat(MermaidSubset.decode(MermaidText.escape("a\r\nb\nc\u2028d")))
        .isEqualTo("a\nb\nc\nd");
    assertThat(MermaidText.escape("a\"b")).isEqualTo("a#quot;b");
    assertThat(MermaidText.escape("#;")).isEqualTo("#35;#59;");
  }

  @Test
  void aQuoteLeftRawInATitleFailsTheGrammar() {
    Agreement a =
        Treaty.base()
            .pledges(
                List.of(
                    Pledge.builder().from(Treaty.force().build()).title("The \"force\"").build()))
            .build();
    String flow = MermaidDiagram.flowchart(a);
    MermaidSubset.check(flow);
    assertThat(flow).contains("The #quot;force#quot;");
    assertThat(MermaidSubset.problems(flow.replace("#quot;", "\""))).isNotEmpty();
  }

  @Test
  void theGanttShowsEachStatusIntervalOfTheTimeline() {
    Timeline t = Evaluator.compile(TREATY).timeline(Treaty.firing(h(4)).asOf(h(10)).build());
    String gantt = MermaidDiagram.gantt(t);
    MermaidSubset.check(gantt);
    PledgeTimeline force = t.pledge("force");
    assertThat(bars(gantt, "Multinational force (force)")).isEqualTo(expectedBars(force, t));
  }

  /** The bar names of one section, decoded. */
  private static List<String> bars(String gantt, String section) {
    List<String> out = new ArrayList<>();
    boolean in = false;
    for (String line : lines(gantt)) {
      if (line.startsWith("section ")) {
        in = MermaidSubset.decode(line.substring(8)).equals(section);
      } else if (in) {
        out.add(MermaidSubset.decode(line.substring(0, line.indexOf(" :"))));
      }
    }
    return out;
  }

  /** What the bars of a pledge's section must say: its statuses, then its contributions'. */
  private static List<String> expectedBars(PledgeTimeline p, Timeline t) {
    List<String> out = new ArrayList<>();
    statuses(out, "", p.initial(), p.changes(), t);
    for (ContributionTimeline c : p.contributions()) {
      if (!TimelineReport.sameLifecycle(p, c)) {
        statuses(out, "↳ " + c.party() + " · ", c.initial(), c.changes(), t);
      }
    }
    return out;
  }

  private static void statuses(
      List<String> out,
      String prefix,
      io.github.guarantees.evaluation.Status initial,
      List<StatusChange> changes,
      Timeline t) {
    Scenario s = t.scenario();
    java.time.Instant start = s.asOf();
    for (var e : s.eventsAsOf()) {
      start = e.at().isBefore(start) ? e.at() : start;
    }
    for (PledgeTimeline q : t.pledges()) {
      for (StatusChange c : q.changes()) {
        start = c.at().isBefore(start) ? c.at() : start;
      }
      for (ContributionTimeline c : q.contributions()) {
        for (StatusChange x : c.changes()) {
          start = x.at().isBefore(start) ? x.at() : start;
        }
      }
    }
    java.time.Instant first = start.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    if (changes.isEmpty()
        || changes.get(0).at().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).isAfter(first)) {
      out.add(prefix + Layout.words(initial));
    }
    for (StatusChange c : changes) {
      out.add(prefix + Layout.words(c.to()));
    }
  }

  @Test
  void randomAgreementsWithHostileTextsGiveDiagramsInTheSubset() {
    long seed = Long.getLong("mermaid.seed", new Random().nextLong());
    System.out.println(
        "MermaidDiagramTest seed: " + seed + " (replay with -Dmermaid.seed=" + seed + ")");
    Random random = new Random(seed);
    Map<String, String> keywords =
        Map.of(
            "P",
            "section",
            "Q",
            "dateFormat",
            "R",
            "end",
            "X",
            "title",
            "a",
            "subgraph",
            "b",
            "click",
            "p0",
            "style",
            "p1",
            "classDef",
            "north",
            "graph");
    UnaryOperator<String> odd = id -> "end_" + id + "--subgraph.class";
    UnaryOperator<String> mermaidWords = id -> keywords.getOrDefault(id, "x." + id);
    for (int i = 0; i < 150; i++) {
      long s = random.nextLong();
      RandomAgreements gen =
          (i % 2 == 0
                  ? RandomAgreements.withAlliances(s, i % 4 == 0 ? odd : mermaidWords)
                  : new RandomAgreements(s, i % 4 == 1 ? odd : mermaidWords))
              .withStatuses();
      Agreement a = hostile(gen.agreement(), random);
      String flow = MermaidDiagram.flowchart(a);
      List<String> problems = MermaidSubset.problems(flow);
      assertThat(problems).as("seed %s, agreement %s:\n%s", seed, i, flow).isEmpty();
      Map<String, String> labels = MermaidSubset.nodeLabels(flow);
      for (Pledge p : a.pledges()) {
        assertThat(labels.values())
            .as("seed %s, agreement %s: pledge %s", seed, i, p.id())
            .anyMatch(l -> l.startsWith(p.title() + "\n" + p.id() + " · "));
      }
      for (Trigger tr : a.triggers()) {
        assertThat(labels.values()).contains(tr.id() + "\n" + tr.description());
      }
      Timeline t = Evaluator.compile(a).timeline(gen.scenario(8));
      String gantt = MermaidDiagram.gantt(t);
      assertThat(MermaidSubset.problems(gantt))
          .as("seed %s, agreement %s:\n%s", seed, i, gantt)
          .isEmpty();
      for (PledgeTimeline p : t.pledges()) {
        assertThat(bars(gantt, p.pledge().title() + " (" + p.id() + ")"))
            .as("seed %s, agreement %s, pledge %s", seed, i, p.id())
            .isEqualTo(expectedBars(p, t));
      }
    }
  }

  /**
   * The agreement with hostile titles, trigger descriptions and clauses (shared by some pledges).
   */
  static Agreement hostile(Agreement a, Random random) {
    List<Pledge> pledges =
        a.pledges().stream()
            .map(
                p ->
                    Pledge.builder()
                        .from(p)
                        .title(pick(random) + " " + p.title() + " " + pick(random))
                        .source(Source.builder().from(p.source()).clause(pick(random)).build())
                        .build())
            .collect(Collectors.toList());
    List<Trigger> triggers =
        a.triggers().stream()
            .map(t -> Trigger.of(t.id(), pick(random) + " " + t.description()))
            .collect(Collectors.toList());
    return Agreement.builder()
        .from(a)
        .title(pick(random))
        .pledges(pledges)
        .triggers(triggers)
        .build();
  }

  private static String pick(Random random) {
    return HOSTILE.get(random.nextInt(HOSTILE.size()));
  }
}
