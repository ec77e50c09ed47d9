package io.github.guarantees.cli;

import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.Evaluator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin ScenarioInput input = new ScenarioInput();

  @Mixin WidthOption width = new WidthOption();

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
    ScenarioInput.Loaded in = input.load(spec.commandLine().getErr());
    Assessment assessment = Evaluator.compile(in.agreement()).evaluate(in.scenario());
    spec.commandLine().getOut().print(Reports.render(assessment, format, explain, width.width));
    return Main.OK;
  }
}
