package io.github.guarantees.cli;

import io.github.guarantees.examples.RunExamples;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code run}: prints the assessment of every built-in example scenario. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Print the assessment of every built-in example scenario (Paris 2026).")
final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  @Mixin WidthOption width = new WidthOption();

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(RunExamples.render(width.width));
    return Main.OK;
  }
}
