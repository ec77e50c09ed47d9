package io.github.guarantees.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.guarantees.analysis.Budget;
import io.github.guarantees.comparison.Comparison;
import io.github.guarantees.comparison.IgnoredEvent;
import io.github.guarantees.comparison.Outcome;
import io.github.guarantees.evaluation.ContributionAssessment;
import io.github.guarantees.evaluation.PledgeAssessment;
import io.github.guarantees.io.NamedProperty;
import io.github.guarantees.io.PropertyFile;
import io.github.guarantees.io.References;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.report.ComparisonReport;
import io.github.guarantees.report.Layout;
import io.github.guarantees.scenario.Scenario;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code compare}: several agreements against the same scenario, side by side. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Run one scenario against several agreements and show side by side what each would do."
          + " Each agreement reads only the events it can (the triggers it declares, the parties"
          + " and places it knows); the others are listed as ignored, with why.",
      "",
      "Without --agreement, the comparison instruments: NATO Articles 4-5, the Budapest"
          + " Memorandum, the French and British agreements of 2024, the Paris declaration's core"
          + " and its response ladder. Scenarios in their shared vocabulary:"
          + " builtin:comparison/renewed-attack-after-ceasefire and the other"
          + " builtin:comparison/ names.",
      "",
      "--property NAME --properties FILE asks one property of each agreement over every scenario"
          + " instead (builtin:comparison/properties: a binding response within 72 hours of an"
          + " armed attack after a ceasefire, and others); exits 1 unless it is proved in all."
    })
final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  @Option(
      names = {"-s", "--scenario"},
      paramLabel = "SCENARIO",
      description = "The scenario file (the agreement it names, if any, is not used).")
  @Nullable String scenario;

  @Option(
      names = "--property",
      paramLabel = "NAME",
      description =
          "Instead of a scenario, check this property of --properties over every scenario of each"
              + " agreement: its verdict per agreement, with a counterexample for each that fails.")
  @Nullable String property;

  @Option(
      names = {"-p", "--properties"},
      paramLabel = "FILE",
      description =
          "The property file --property is in, e.g. builtin:comparison/properties (questions in"
              + " the instruments' shared vocabulary).")
  @Nullable String properties;

  @Mixin BudgetOptions bounds = new BudgetOptions();

  @Option(
      names = {"-a", "--agreement"},
      paramLabel = "AGREEMENT",
      description = "An agreement to compare (repeat the option); default: the instruments.")
  List<String> agreements = new ArrayList<>();

  @Option(
      names = "--as-of",
      paramLabel = "INSTANT",
      converter = Inputs.InstantConverter.class,
      description = "Use this instant instead of the scenario's own as-of instant.")
  @Nullable Instant asOf;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, markdown, json or csv (default: ${DEFAULT-VALUE}).")
  Format format = Format.TEXT;

  @Mixin WidthOption width = new WidthOption();

  /** The output formats of {@code compare}. */
  enum Format {
    TEXT,
    MARKDOWN,
    JSON,
    CSV
  }

  @Override
  public Integer call() {
    if ((scenario == null) == (property == null)) {
      throw usage("give either --scenario SCENARIO or --property NAME with --properties FILE");
    }
    if (property != null) {
      return property(property);
    }
    if (properties != null || bounds.maxEvents != null || bounds.maxRepeats != null) {
      throw usage("--properties, --max-events and --max-repeats go with --property");
    }
    Scenario s = Inputs.scenario(java.util.Objects.requireNonNull(scenario)).scenario();
    Instant at = asOf;
    if (at != null) {
      s = s.asOf(at);
    }
    List<Outcome> outcomes = Comparison.run(compared(), s);
    String out =
        switch (format) {
          case TEXT ->
              Layout.fit(
                  ComparisonReport.text(s, outcomes, width.width), Layout.usable(width.width));
          case MARKDOWN -> ComparisonReport.markdown(s, outcomes);
          case JSON -> json(s, outcomes);
          case CSV -> ComparisonReport.csv(outcomes);
        };
    spec.commandLine().getOut().print(out);
    return Main.OK;
  }

  /** The agreements compared: those given, or the comparison instruments. */
  private List<Agreement> compared() {
    List<Agreement> compared = new ArrayList<>();
    if (agreements.isEmpty()) {
      compared.addAll(io.github.guarantees.examples.instruments.Comparison.instruments());
    }
    for (String ref : agreements) {
      compared.add(References.agreement(ref, (Path) null));
    }
    return compared;
  }

  /** {@code compare --property}: one property over every scenario of each agreement. */
  private int property(String name) {
    if (properties == null) {
      throw usage("--property needs --properties FILE (e.g. builtin:comparison/properties)");
    }
    if (asOf != null) {
      throw usage("--as-of goes with --scenario");
    }
    PropertyFile file = References.properties(properties);
    NamedProperty p = file.property(name);
    Budget budget;
    try {
      budget = bounds.budget(file.budget());
    } catch (IllegalArgumentException e) {
      throw usage(String.valueOf(e.getMessage()));
    }
    List<AnalysisReports.Finding> findings = new ArrayList<>();
    for (Agreement a : compared()) {
      findings.add(PropertyRuns.across(a, p, budget));
    }
    String out =
        switch (format) {
          case TEXT -> AnalysisReports.acrossText(p, budget, findings, width.width);
          case MARKDOWN -> AnalysisReports.acrossMarkdown(p, budget, findings);
          case JSON -> AnalysisReports.acrossJson(p, budget, findings);
          case CSV -> AnalysisReports.acrossCsv(findings);
        };
    spec.commandLine().getOut().print(out);
    return findings.stream().allMatch(f -> f.outcome() == AnalysisReports.Outcome.PROVED)
        ? Main.OK
        : Main.NOT_MET;
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  static String json(Scenario s, List<Outcome> outcomes) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("scenario", s.name());
      g.writeStringField("asOf", s.asOf().toString());
      g.writeArrayFieldStart("agreements");
      for (Outcome o : outcomes) {
        g.writeStartObject();
        g.writeStringField("id", o.agreement().id());
        g.writeStringField("title", o.agreement().title());
        g.writeStringField("agreementStatus", o.assessment().agreementStatus().name());
        g.writeArrayFieldStart("ignored");
        for (IgnoredEvent e : o.ignored()) {
          g.writeStartObject();
          g.writeStringField("at", e.event().at().toString());
          g.writeStringField("trigger", e.event().trigger());
          if (e.event().party().isPresent()) {
            g.writeStringField("party", e.event().party().get());
          }
          g.writeStringField("field", e.field().name());
          g.writeStringField("reason", e.reason());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("pledges");
        for (PledgeAssessment p : o.assessment().pledges()) {
          g.writeStartObject();
          g.writeStringField("id", p.id());
          g.writeStringField("status", p.status().name());
          g.writeStringField("bindingForce", p.pledge().bindingForce().name());
          g.writeStringField("reason", o.assessment().explain(p.id()).reason());
          g.writeArrayFieldStart("contributions");
          for (ContributionAssessment c : p.contributions()) {
            g.writeStartObject();
            g.writeStringField("party", c.party());
            g.writeStringField("status", c.status().name());
            g.writeStringField("reason", o.assessment().explain(p.id(), c.party()).reason());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }
}
