package io.github.guarantees.cli;

import io.github.guarantees.analysis.Analysis;
import io.github.guarantees.analysis.Budget;
import io.github.guarantees.analysis.Property;
import io.github.guarantees.analysis.Selector;
import io.github.guarantees.analysis.Survey;
import io.github.guarantees.io.AgreementFile;
import io.github.guarantees.io.FileFormat;
import io.github.guarantees.io.FileProblem;
import io.github.guarantees.io.LoadException;
import io.github.guarantees.io.NamedProperty;
import io.github.guarantees.io.PropertyFile;
import io.github.guarantees.io.References;
import io.github.guarantees.io.ScenarioFile;
import io.github.guarantees.io.Syntax;
import io.github.guarantees.model.Agreement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code analyse}: properties over every scenario of an agreement, or the built-in survey. */
@Command(
    name = "analyse",
    aliases = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Check properties over every scenario of an agreement (within a budget of events): each is"
          + " PROVED (with the method and the number of scenarios), refuted by a COUNTEREXAMPLE"
          + " with the fewest events (its events, the failing instant, the pledges and"
          + " contributions that break it and why each has its status), UNREACHABLE (canFire"
          + " with no scenario reaching it), or SELECTS NOTHING of the agreement. Exits 1 if any"
          + " property does not hold.",
      "",
      "--survey answers the built-in questions instead: dead pledges and contributions,"
          + " unconditional ones, contributions blocked in every scenario and pairs of pledges"
          + " never active together. See docs/ANALYSIS.md."
    })
final class AnalyseCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  @Option(
      names = {"-a", "--agreement"},
      paramLabel = "AGREEMENT",
      required = true,
      description = "The agreement: a file or a built-in one such as builtin:paris-2026.")
  String agreement = "";

  @Option(
      names = {"-p", "--properties"},
      paramLabel = "FILE",
      description = "A property file, or a built-in one such as builtin:paris-2026/properties.")
  @Nullable String properties;

  @Option(
      names = "--property",
      paramLabel = "NAME",
      description = "Check only this property of the file (repeat the option); default: all.")
  List<String> names = new ArrayList<>();

  @Option(names = "--survey", description = "Answer the built-in questions instead.")
  boolean survey;

  @Option(
      names = "--readings",
      description =
          "Where the agreement's readings of vague clauses matter: for each reading, a scenario"
              + " with the fewest events in which it changes a status (a counterexample to"
              + " readingsAgree over every pledge and contribution), or PROVED if it changes none.")
  boolean readings;

  @Mixin BudgetOptions bounds = new BudgetOptions();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, markdown or json (default: ${DEFAULT-VALUE}).")
  AnalysisReports.Format format = AnalysisReports.Format.TEXT;

  @Option(
      names = "--write-counterexamples",
      paramLabel = "DIR",
      description =
          "Write each counterexample as a scenario file DIR/<property>.yaml that names the"
              + " agreement and holds the property, so that 'guarantees check' on it fails until"
              + " the agreement is fixed.")
  @Nullable Path counterexamples;

  @Mixin WidthOption width = new WidthOption();

  @Override
  public Integer call() {
    if ((survey ? 1 : 0) + (readings ? 1 : 0) + (properties != null ? 1 : 0) != 1) {
      throw usage("give one of --properties FILE, --survey or --readings");
    }
    if (survey && (!names.isEmpty() || counterexamples != null)) {
      throw usage("--property and --write-counterexamples go with --properties, not --survey");
    }
    if (readings && !names.isEmpty()) {
      throw usage("--property goes with --properties, not --readings");
    }
    AgreementFile af = References.agreementFile(agreement, (Path) null);
    Inputs.warn(af, spec.commandLine().getErr(), new HashSet<>());
    Agreement a = af.agreement();
    PropertyFile file = properties == null ? null : References.properties(properties);
    Budget budget = budget(file == null ? Optional.empty() : file.budget());
    String out;
    int code = Main.OK;
    if (file == null && survey) {
      Survey s = Analysis.survey(a, budget);
      out =
          switch (format) {
            case TEXT -> AnalysisReports.surveyText(a, s, width.width);
            case MARKDOWN -> AnalysisReports.surveyMarkdown(a, s);
            case JSON -> AnalysisReports.surveyJson(a, s);
          };
    } else {
      List<NamedProperty> asked = file == null ? readings(a) : select(file, a);
      List<AnalysisReports.Finding> findings = new ArrayList<>();
      for (NamedProperty p : asked) {
        findings.add(PropertyRuns.run(a, p, budget));
      }
      if (counterexamples != null) {
        findings = write(findings, counterexamples);
      }
      if (findings.stream().anyMatch(f -> f.outcome() != AnalysisReports.Outcome.PROVED)) {
        code = Main.NOT_MET;
      }
      out =
          switch (format) {
            case TEXT -> AnalysisReports.text(a, budget, findings, width.width);
            case MARKDOWN -> AnalysisReports.markdown(a, budget, findings);
            case JSON -> AnalysisReports.json(a, budget, findings);
          };
    }
    spec.commandLine().getOut().print(out);
    return code;
  }

  /** One property per reading of the agreement: every item has the same status under it. */
  private List<NamedProperty> readings(Agreement a) {
    if (a.readingNames().isEmpty()) {
      throw usage("agreement " + a.id() + " has no readings");
    }
    Selector all = Selector.builder().withContributions().build();
    List<NamedProperty> out = new ArrayList<>();
    for (String reading : a.readingNames()) {
      out.add(
          new NamedProperty(
              reading,
              Optional.of("every status is the same under the reading " + reading),
              new Property.ReadingsAgree(reading, all)));
    }
    return out;
  }

  /** The properties asked, every name checked against the file and the agreement first. */
  private List<NamedProperty> select(PropertyFile file, Agreement a) {
    List<NamedProperty> asked = new ArrayList<>();
    List<FileProblem> problems = new ArrayList<>();
    if (names.isEmpty()) {
      asked.addAll(file.properties());
    }
    for (String name : names) {
      try {
        asked.add(file.property(name));
      } catch (LoadException e) {
        problems.addAll(e.problems());
      }
    }
    for (NamedProperty p : asked) {
      try {
        file.validate(a, p.name());
      } catch (LoadException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new LoadException(problems);
    }
    return asked;
  }

  private Budget budget(Optional<Budget> fromFile) {
    try {
      return bounds.budget(fromFile);
    } catch (IllegalArgumentException e) {
      throw usage(String.valueOf(e.getMessage()));
    }
  }

  /** Writes each counterexample as a scenario file; returns the findings with where each went. */
  private List<AnalysisReports.Finding> write(List<AnalysisReports.Finding> findings, Path dir) {
    List<AnalysisReports.Finding> out = new ArrayList<>();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new IllegalArgumentException(dir + ": cannot create the directory: " + e.getMessage());
    }
    for (AnalysisReports.Finding f : findings) {
      if (f.counterexample().isEmpty()) {
        out.add(f);
        continue;
      }
      Path target = dir.resolve(f.property().name() + ".yaml");
      ScenarioFile file =
          Counterexamples.file(f.property(), f.counterexample().get(), reference(dir));
      try {
        Files.writeString(target, FileFormat.write(file, Syntax.YAML), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(target.toString(), e);
      }
      out.add(
          new AnalysisReports.Finding(
              f.property(),
              f.agreement(),
              f.verdict(),
              f.ignoredTriggers(),
              Optional.of(target.toString())));
    }
    return out;
  }

  /** How a file in the directory names the agreement: built-in, or a path relative to it. */
  private String reference(Path dir) {
    if (agreement.startsWith(References.BUILTIN)) {
      return agreement;
    }
    return dir.toAbsolutePath()
        .normalize()
        .relativize(Path.of(agreement).toAbsolutePath().normalize())
        .toString()
        .replace('\\', '/');
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
