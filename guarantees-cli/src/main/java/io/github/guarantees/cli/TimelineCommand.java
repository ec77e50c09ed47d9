package io.github.guarantees.cli;

import com.google.common.collect.ImmutableSet;
import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.evaluation.Timeline;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Suggestions;
import io.github.guarantees.report.TimelineReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code timeline}: every status change of every pledge and contribution, with its cause. */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description = {
      "Show the lifecycle of each pledge and contribution over a scenario: its status before any"
          + " event, then every change with its instant and the event or deadline that caused it.",
      "",
      "AGREEMENT and SCENARIO are files or built-in names, as for evaluate."
    })
final class TimelineCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  @Mixin ScenarioInput input = new ScenarioInput();

  @Mixin WidthOption width = new WidthOption();

  @Option(
      names = {"-p", "--pledge"},
      paramLabel = "PLEDGE",
      description = "Show only these pledges (repeatable).")
  List<String> pledges = new ArrayList<>();

  @Override
  public Integer call() {
    ScenarioInput.Loaded in = input.load(spec.commandLine().getErr());
    Agreement a = in.agreement();
    Set<String> known = a.pledgesById().keySet();
    for (String p : pledges) {
      if (!known.contains(p)) {
        throw new IllegalArgumentException(
            "agreement '" + a.id() + "' has no pledge '" + p + "'" + Suggestions.hint(p, known));
      }
    }
    Timeline timeline = Evaluator.compile(a).timeline(in.scenario());
    Set<String> wanted = ImmutableSet.copyOf(pledges);
    spec.commandLine()
        .getOut()
        .print(
            TimelineReport.render(
                timeline, p -> wanted.isEmpty() || wanted.contains(p.id()), width.width));
    return Main.OK;
  }
}
