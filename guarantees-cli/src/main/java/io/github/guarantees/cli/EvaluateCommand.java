package io.github.guarantees.cli;

import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.io.ScenarioFile;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.scenario.Scenario;
import java.time.Instant;
import java.util.HashSet;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evaluate}: the assessment of one scenario against an agreement. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluate a scenario against an agreement: the status of every pledge and contribution,"
          + " with a one-line reason and the clause it comes from.",
      "",
      "AGREEMENT and SCENARIO are files (YAML, or JSON if named .json) or built-in names:"
          + " builtin:paris-2026, builtin:paris-2026/request-withdrawn."
    })
final class EvaluateCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  @Option(
      names = {"-a", "--agreement"},
      paramLabel = "AGREEMENT",
      description = "The agreement; default: the one the scenario file names.")
  @Nullable String agreement;

  @Option(
      names = {"-s", "--scenario"},
      paramLabel = "SCENARIO",
      required = true,
      description = "The scenario file.")
  String scenario = "";

  @Option(
      names = "--as-of",
      paramLabel = "INSTANT",
      converter = Inputs.InstantConverter.class,
      description =
          "Evaluate as of this instant instead of the scenario's (e.g. 2026-05-01T00:00:00Z or"
              + " 2026-05-01).")
  @Nullable Instant asOf;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, markdown or json (default: ${DEFAULT-VALUE}).")
  Reports.Format format = Reports.Format.TEXT;

  @Option(
      names = "--explain",
      description =
          "Add the explanation of every status: each condition's truth, the events behind it and"
              + " what is missing.")
  boolean explain;

  @Override
  public Integer call() {
    ScenarioFile file = Inputs.scenario(scenario);
    Agreement a = Inputs.agreementFor(file, scenario, agreement);
    file.validate(a);
    Inputs.warn(a, spec.commandLine().getErr(), new HashSet<>());
    Scenario s = asOf == null ? file.scenario() : file.scenario().asOf(asOf);
    Assessment assessment = Evaluator.compile(a).evaluate(s);
    spec.commandLine().getOut().print(Reports.render(assessment, format, explain));
    return Main.OK;
  }
}
