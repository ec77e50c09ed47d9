package io.github.guarantees.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableList;
import io.github.guarantees.analysis.Budget;
import io.github.guarantees.analysis.Coverage;
import io.github.guarantees.analysis.Item;
import io.github.guarantees.analysis.Limitation;
import io.github.guarantees.analysis.Property;
import io.github.guarantees.analysis.PropertyVisitor;
import io.github.guarantees.analysis.Survey;
import io.github.guarantees.analysis.Verdict;
import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.Explanation;
import io.github.guarantees.io.NamedProperty;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.report.Layout;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Renders what {@code analyse} and {@code compare --property} found: each property's verdict, with
 * the method and number of cases of a proof and, for a counterexample, its events, the failing
 * instant and why each offending item has its status (the assessment's explanations); and the
 * built-in survey. Text, Markdown and JSON ({@code docs/analyse.schema.json}).
 */
final class AnalysisReports {
  private AnalysisReports() {}

  /** The output formats of {@code analyse}. */
  enum Format {
    TEXT,
    MARKDOWN,
    JSON
  }

  /** What a verdict says, read in one place. */
  enum Outcome {
    /** The property holds in every scenario of the space (reachability: a witness reaches it). */
    PROVED,
    /** A scenario with the fewest events breaks the property. */
    COUNTEREXAMPLE,
    /** No scenario of the space reaches the item. */
    UNREACHABLE,
    /** The property chooses no pledge or contribution of the agreement: nothing was asked. */
    SELECTS_NOTHING
  }

  /**
   * One property checked against one agreement.
   *
   * @param property the property
   * @param agreement the agreement it was asked of
   * @param verdict the verdict, or empty if the property selects nothing there
   * @param ignoredTriggers triggers the property names that the agreement does not declare (it
   *     reads no such events; {@code compare --property} only)
   * @param written where its counterexample was written as a scenario file, or empty
   */
  record Finding(
      NamedProperty property,
      Agreement agreement,
      Optional<Verdict> verdict,
      List<String> ignoredTriggers,
      Optional<String> written) {
    Outcome outcome() {
      return verdict.map(AnalysisReports::outcome).orElse(Outcome.SELECTS_NOTHING);
    }

    Optional<Verdict.Counterexample> counterexample() {
      return verdict.flatMap(AnalysisReports::counterexample);
    }
  }

  static Outcome outcome(Verdict v) {
    if (counterexample(v).isPresent()) {
      return Outcome.COUNTEREXAMPLE;
    }
    return v.holds() ? Outcome.PROVED : Outcome.UNREACHABLE;
  }

  /** The one place a verdict's kind is told apart (Verdict has no visitor). */
  static Optional<Verdict.Counterexample> counterexample(Verdict v) {
    return v instanceof Verdict.Counterexample c ? Optional.of(c) : Optional.empty();
  }

  /** A property's kind, as its key in a property file ({@code neverActiveUnless}, ...). */
  static String kind(Property p) {
    return p.accept(
        new PropertyVisitor<String>() {
          @Override
          public String neverActiveUnless(Property.NeverActiveUnless x) {
            return "neverActiveUnless";
          }

          @Override
          public String respondsWithin(Property.RespondsWithin x) {
            return "respondsWithin";
          }

          @Override
          public String neverTogether(Property.NeverTogether x) {
            return "neverTogether";
          }

          @Override
          public String canFire(Property.CanFire x) {
            return "canFire";
          }

          @Override
          public String always(Property.Always x) {
            return "always";
          }

          @Override
          public String readingsAgree(Property.ReadingsAgree x) {
            return "readingsAgree";
          }
        });
  }

  // ---------------------------------------------------------------- text

  static String text(Agreement agreement, Budget budget, List<Finding> findings, int width) {
    StringBuilder out = new StringBuilder();
    out.append("Analysis of ")
        .append(agreement.id())
        .append(" (")
        .append(agreement.title())
        .append(")\n");
    out.append("Scenario space: ").append(budget(budget)).append("\n");
    for (Finding f : findings) {
      out.append('\n').append(finding(f));
    }
    out.append('\n').append(summary(findings)).append('\n');
    return Layout.fit(out.toString(), Layout.usable(width));
  }

  static String budget(Budget b) {
    return "every scenario of up to "
        + b.maxEvents()
        + (b.maxEvents() == 1 ? " event" : " events")
        + ", each kind at most "
        + (b.maxRepeats() == 1
            ? "once"
            : b.maxRepeats() == 2 ? "twice" : b.maxRepeats() + " times");
  }

  static String summary(List<Finding> findings) {
    StringBuilder out = new StringBuilder();
    out.append(findings.size()).append(findings.size() == 1 ? " property: " : " properties: ");
    List<String> parts = new java.util.ArrayList<>();
    for (Outcome o : Outcome.values()) {
      long n = findings.stream().filter(f -> f.outcome() == o).count();
      if (n > 0) {
        parts.add(n + " " + Layout.words(o));
      }
    }
    return out.append(String.join(", ", parts)).toString();
  }

  /** One property's verdict, for people: a heading line, then what supports it. */
  static String finding(Finding f) {
    NamedProperty p = f.property();
    return finding(f, p.name() + p.description().map(d -> " — " + d).orElse(""));
  }

  /** A verdict under a heading (the property, or the instrument it was asked of). */
  static String finding(Finding f, String heading) {
    StringBuilder out = new StringBuilder();
    Outcome o = f.outcome();
    out.append(o.name().replace('_', ' ')).append("  ").append(heading).append('\n');
    if (!f.ignoredTriggers().isEmpty()) {
      out.append("  reads no ")
          .append(String.join(", ", f.ignoredTriggers()))
          .append(" events (not among its triggers)\n");
    }
    if (f.verdict().isEmpty()) {
      out.append("  selects no pledge or contribution of ").append(f.agreement().id()).append('\n');
      return out.toString();
    }
    Verdict v = f.verdict().get();
    Coverage c = v.coverage();
    switch (o) {
      case PROVED -> {
        out.append("  ").append(method(c)).append('\n');
        v.found()
            .ifPresent(
                w -> {
                  out.append("  reached with ").append(events(w.events().size())).append(":\n");
                  w.events().forEach(e -> out.append("    ").append(event(e)).append('\n'));
                });
      }
      case UNREACHABLE -> out.append("  no scenario reaches it; ").append(method(c)).append('\n');
      case COUNTEREXAMPLE -> {
        Verdict.Counterexample x = counterexample(v).orElseThrow();
        out.append("  ")
            .append(events(x.events()))
            .append(" (the fewest; ")
            .append(String.format(Locale.ROOT, "%,d", c.cases()))
            .append(" scenarios searched up to it):\n");
        x.scenario().events().forEach(e -> out.append("    ").append(event(e)).append('\n'));
        out.append("  fails at ").append(x.at()).append(":\n");
        for (Item item : x.offending()) {
          out.append(indent(explain(x.assessment(), item).toString(), "    "));
        }
        f.written().ifPresent(w -> out.append("  written to ").append(w).append('\n'));
      }
      case SELECTS_NOTHING -> throw new AssertionError("a verdict selects something");
    }
    limitations(c, out);
    return out.toString();
  }

  private static void limitations(Coverage c, StringBuilder out) {
    if (!c.limitations().isEmpty()) {
      out.append("  not covered exhaustively: ");
      List<String> names = new java.util.ArrayList<>();
      for (Limitation l : c.limitations()) {
        names.add(Layout.words(l));
      }
      out.append(String.join(", ", names)).append(" (see docs/ANALYSIS.md)\n");
    }
  }

  static String method(Coverage c) {
    return Layout.words(c.method())
        + ": "
        + String.format(Locale.ROOT, "%,d", c.cases())
        + " scenarios over "
        + c.letters().size()
        + " kinds of event ("
        + String.join(", ", c.letters().stream().map(AnalysisReports::letter).toList())
        + ")";
  }

  static String events(int n) {
    return n + (n == 1 ? " event" : " events");
  }

  /** An event's kind: {@code armed-attack by RU against UA in UA}. */
  static String letter(Event e) {
    return e.trigger()
        + e.party().map(p -> " by " + p).orElse("")
        + e.target().map(t -> " against " + t).orElse("")
        + e.place().map(t -> " in " + t).orElse("");
  }

  static String event(Event e) {
    return e.at() + "  " + letter(e);
  }

  static Explanation explain(Assessment a, Item item) {
    return item.party().isPresent()
        ? a.explain(item.pledge(), item.party().get())
        : a.explain(item.pledge());
  }

  private static String indent(String text, String prefix) {
    return prefix + text.stripTrailing().replace("\n", "\n" + prefix) + "\n";
  }

  static String surveyText(Agreement agreement, Survey s, int width) {
    StringBuilder out = new StringBuilder();
    out.append("Survey of ")
        .append(agreement.id())
        .append(" (")
        .append(agreement.title())
        .append(")\n");
    out.append("Scenario space: ").append(budget(s.coverage().budget())).append('\n');
    out.append(method(s.coverage())).append('\n');
    list(out, "Dead (active in no scenario within the budget)", s.dead());
    list(out, "Unconditional (active at every instant of every scenario)", s.unconditional());
    list(out, "Blocked in every scenario", s.blocked());
    out.append("\nNever active together (each can fire)").append(": ");
    out.append(s.neverTogether().size()).append('\n');
    for (Survey.Pair p : s.neverTogether()) {
      out.append("  ").append(p.first()).append("  /  ").append(p.second()).append('\n');
    }
    limitations(s.coverage(), out);
    return Layout.fit(out.toString(), Layout.usable(width));
  }

  private static void list(StringBuilder out, String heading, List<Item> items) {
    out.append('\n').append(heading).append(": ").append(items.size()).append('\n');
    for (Item i : items) {
      out.append("  ").append(i).append('\n');
    }
  }

  /** {@code compare --property}: one property across instruments, for people. */
  static String acrossText(NamedProperty p, Budget budget, List<Finding> findings, int width) {
    StringBuilder out = new StringBuilder();
    out.append("Property ").append(p.name());
    p.description().ifPresent(d -> out.append(" — ").append(d));
    out.append('\n');
    out.append("Scenario space: ").append(budget(budget)).append('\n');
    for (Finding f : findings) {
      out.append('\n').append(finding(f, f.agreement().id() + " (" + f.agreement().title() + ")"));
    }
    out.append('\n').append(acrossSummary(findings)).append('\n');
    return Layout.fit(out.toString(), Layout.usable(width));
  }

  static String acrossSummary(List<Finding> findings) {
    List<String> parts = new java.util.ArrayList<>();
    for (Outcome o : Outcome.values()) {
      List<String> ids =
          findings.stream().filter(f -> f.outcome() == o).map(f -> f.agreement().id()).toList();
      if (!ids.isEmpty()) {
        parts.add(Layout.words(o) + ": " + String.join(", ", ids));
      }
    }
    return findings.size()
        + (findings.size() == 1 ? " agreement" : " agreements")
        + "; "
        + String.join("; ", parts);
  }

  static String acrossMarkdown(NamedProperty p, Budget budget, List<Finding> findings) {
    StringBuilder out = new StringBuilder();
    out.append("# `").append(p.name()).append("` across agreements\n\n");
    p.description().ifPresent(d -> out.append(cell(d)).append("\n\n"));
    out.append("Scenario space: ").append(budget(budget)).append(".\n\n");
    out.append("| agreement | verdict | support |\n| --- | --- | --- |\n");
    for (Finding f : findings) {
      out.append("| ")
          .append(cell(f.agreement().title()))
          .append(" | ")
          .append(f.outcome().name())
          .append(" | ")
          .append(cell(support(f)))
          .append(" |\n");
    }
    for (Finding f : findings) {
      if (f.counterexample().isPresent()) {
        out.append("\n## Counterexample in ").append(cell(f.agreement().title())).append("\n\n");
        counterexampleMarkdown(f.counterexample().get(), out);
      }
    }
    out.append('\n').append(acrossSummary(findings)).append(".\n");
    return out.toString();
  }

  static String acrossJson(NamedProperty p, Budget budget, List<Finding> findings) {
    return write(
        g -> {
          g.writeStartObject();
          g.writeStringField("property", p.name());
          if (p.description().isPresent()) {
            g.writeStringField("description", p.description().get());
          }
          budget(g, budget);
          g.writeArrayFieldStart("findings");
          for (Finding f : findings) {
            finding(g, f, true);
          }
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  /** One row per agreement, RFC 4180. */
  static String acrossCsv(List<Finding> findings) {
    StringBuilder out = new StringBuilder();
    csvRow(out, "agreement", "verdict", "cases", "events", "at", "offending", "ignoredTriggers");
    for (Finding f : findings) {
      Optional<Verdict.Counterexample> c = f.counterexample();
      csvRow(
          out,
          f.agreement().id(),
          f.outcome().name(),
          f.verdict().map(v -> String.valueOf(v.coverage().cases())).orElse(""),
          c.map(
                  x ->
                      String.join(
                          " ", x.scenario().events().stream().map(AnalysisReports::event).toList()))
              .orElse(""),
          c.map(x -> x.at().toString()).orElse(""),
          c.map(x -> String.join(" ", x.offending().stream().map(Item::toString).toList()))
              .orElse(""),
          String.join(" ", f.ignoredTriggers()));
    }
    return out.toString();
  }

  private static void csvRow(StringBuilder out, String... cells) {
    List<String> quoted = new java.util.ArrayList<>();
    for (String c : cells) {
      boolean quote = c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r");
      quoted.add(quote ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
    }
    out.append(String.join(",", quoted)).append("\r\n");
  }

  // ---------------------------------------------------------------- markdown

  static String markdown(Agreement agreement, Budget budget, List<Finding> findings) {
    StringBuilder out = new StringBuilder();
    out.append("# Analysis of ").append(cell(agreement.title())).append("\n\n");
    out.append("Scenario space: ").append(budget(budget)).append(".\n\n");
    out.append("| property | verdict | support |\n| --- | --- | --- |\n");
    for (Finding f : findings) {
      out.append("| `")
          .append(f.property().name())
          .append("` | ")
          .append(f.outcome().name())
          .append(" | ")
          .append(cell(support(f)))
          .append(" |\n");
    }
    for (Finding f : findings) {
      if (f.counterexample().isPresent()) {
        out.append("\n## Counterexample to `").append(f.property().name()).append("`\n\n");
        counterexampleMarkdown(f.counterexample().get(), out);
      }
    }
    out.append('\n').append(summary(findings)).append(".\n");
    return out.toString();
  }

  /** A verdict's support in one line: the method and cases, or the counterexample's size. */
  static String support(Finding f) {
    if (f.verdict().isEmpty()) {
      return "selects no pledge or contribution";
    }
    Verdict v = f.verdict().get();
    return switch (f.outcome()) {
      case PROVED ->
          method(v.coverage())
              + v.found().map(w -> "; reached with " + events(w.events().size())).orElse("");
      case UNREACHABLE -> "no scenario reaches it; " + method(v.coverage());
      case COUNTEREXAMPLE -> {
        Verdict.Counterexample c = counterexample(v).orElseThrow();
        yield events(c.events())
            + ": "
            + String.join(
                ", ", c.scenario().events().stream().map(AnalysisReports::letter).toList())
            + "; fails at "
            + c.at()
            + " on "
            + String.join(", ", c.offending().stream().map(Item::toString).toList());
      }
      case SELECTS_NOTHING -> "selects no pledge or contribution";
    };
  }

  static void counterexampleMarkdown(Verdict.Counterexample c, StringBuilder out) {
    out.append("| at | event |\n| --- | --- |\n");
    for (Event e : c.scenario().events()) {
      out.append("| ").append(e.at()).append(" | ").append(cell(letter(e))).append(" |\n");
    }
    out.append("\nFails at ").append(c.at()).append(":\n\n");
    out.append("| item | status | why |\n| --- | --- | --- |\n");
    for (Item item : c.offending()) {
      Explanation why = explain(c.assessment(), item);
      out.append("| `")
          .append(item)
          .append("` | ")
          .append(why.status())
          .append(" | ")
          .append(cell(why.reason()))
          .append(" |\n");
    }
  }

  static String surveyMarkdown(Agreement agreement, Survey s) {
    StringBuilder out = new StringBuilder();
    out.append("# Survey of ").append(cell(agreement.title())).append("\n\n");
    out.append("Scenario space: ")
        .append(budget(s.coverage().budget()))
        .append("; ")
        .append(cell(method(s.coverage())))
        .append(".\n\n");
    out.append("| question | answer |\n| --- | --- |\n");
    out.append("| dead | ").append(items(s.dead())).append(" |\n");
    out.append("| unconditional | ").append(items(s.unconditional())).append(" |\n");
    out.append("| blocked in every scenario | ").append(items(s.blocked())).append(" |\n");
    out.append("| never active together | ")
        .append(
            s.neverTogether().isEmpty()
                ? "none"
                : String.join(
                    ", ",
                    s.neverTogether().stream()
                        .map(p -> "`" + p.first() + "` / `" + p.second() + "`")
                        .toList()))
        .append(" |\n");
    return out.toString();
  }

  private static String items(List<Item> items) {
    return items.isEmpty()
        ? "none"
        : String.join(", ", items.stream().map(i -> "`" + i + "`").toList());
  }

  static String cell(String text) {
    return text.replace("|", "\\|").replace('\n', ' ');
  }

  // ---------------------------------------------------------------- json

  static String json(Agreement agreement, Budget budget, List<Finding> findings) {
    return write(
        g -> {
          g.writeStartObject();
          g.writeStringField("agreement", agreement.id());
          budget(g, budget);
          g.writeArrayFieldStart("properties");
          for (Finding f : findings) {
            finding(g, f);
          }
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  static void finding(JsonGenerator g, Finding f) throws IOException {
    finding(g, f, false);
  }

  static void finding(JsonGenerator g, Finding f, boolean agreement) throws IOException {
    g.writeStartObject();
    if (agreement) {
      g.writeStringField("agreement", f.agreement().id());
      g.writeStringField("title", f.agreement().title());
    }
    g.writeStringField("name", f.property().name());
    if (f.property().description().isPresent()) {
      g.writeStringField("description", f.property().description().get());
    }
    g.writeStringField("kind", kind(f.property().property()));
    g.writeStringField("verdict", f.outcome().name());
    g.writeArrayFieldStart("ignoredTriggers");
    for (String t : f.ignoredTriggers()) {
      g.writeString(t);
    }
    g.writeEndArray();
    if (f.verdict().isPresent()) {
      Verdict v = f.verdict().get();
      coverage(g, v.coverage());
      Optional<Verdict.Counterexample> c = f.counterexample();
      if (c.isPresent()) {
        counterexample(g, c.get());
      } else if (v.found().isPresent()) {
        g.writeObjectFieldStart("witness");
        scenario(g, v.found().get());
        g.writeEndObject();
      }
    }
    if (f.written().isPresent()) {
      g.writeStringField("written", f.written().get());
    }
    g.writeEndObject();
  }

  static void counterexample(JsonGenerator g, Verdict.Counterexample c) throws IOException {
    g.writeObjectFieldStart("counterexample");
    scenario(g, c.scenario());
    g.writeStringField("at", c.at().toString());
    g.writeNumberField("eventCount", c.events());
    g.writeArrayFieldStart("offending");
    for (Item item : c.offending()) {
      Explanation why = explain(c.assessment(), item);
      g.writeStartObject();
      g.writeStringField("pledge", item.pledge());
      if (item.party().isPresent()) {
        g.writeStringField("party", item.party().get());
      }
      g.writeStringField("status", why.status().name());
      g.writeStringField("reason", why.reason());
      ExplanationJson.causes(g, why);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void scenario(JsonGenerator g, Scenario s) throws IOException {
    g.writeStringField("asOf", s.asOf().toString());
    ExplanationJson.events(g, "events", s.events());
  }

  private static void budget(JsonGenerator g, Budget b) throws IOException {
    g.writeObjectFieldStart("budget");
    g.writeNumberField("maxEvents", b.maxEvents());
    g.writeNumberField("maxRepeats", b.maxRepeats());
    g.writeEndObject();
  }

  static void coverage(JsonGenerator g, Coverage c) throws IOException {
    g.writeObjectFieldStart("coverage");
    g.writeStringField("method", c.method().name());
    g.writeNumberField("cases", c.cases());
    budget(g, c.budget());
    ExplanationJson.events(g, "letters", c.letters());
    g.writeStringField("step", c.step().toString());
    g.writeStringField("horizon", c.horizon().toString());
    g.writeArrayFieldStart("limitations");
    for (Limitation l : c.limitations()) {
      g.writeString(l.name());
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static String surveyJson(Agreement agreement, Survey s) {
    return write(
        g -> {
          g.writeStartObject();
          g.writeStringField("agreement", agreement.id());
          budget(g, s.coverage().budget());
          g.writeObjectFieldStart("survey");
          items(g, "dead", s.dead());
          items(g, "unconditional", s.unconditional());
          items(g, "blocked", s.blocked());
          g.writeArrayFieldStart("neverTogether");
          for (Survey.Pair p : s.neverTogether()) {
            g.writeStartObject();
            g.writeFieldName("first");
            item(g, p.first());
            g.writeFieldName("second");
            item(g, p.second());
            g.writeEndObject();
          }
          g.writeEndArray();
          coverage(g, s.coverage());
          g.writeEndObject();
          g.writeEndObject();
        });
  }

  private static void items(JsonGenerator g, String field, ImmutableList<Item> items)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (Item i : items) {
      item(g, i);
    }
    g.writeEndArray();
  }

  private static void item(JsonGenerator g, Item i) throws IOException {
    g.writeStartObject();
    g.writeStringField("pledge", i.pledge());
    if (i.party().isPresent()) {
      g.writeStringField("party", i.party().get());
    }
    g.writeEndObject();
  }

  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  static String write(Body body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }
}
