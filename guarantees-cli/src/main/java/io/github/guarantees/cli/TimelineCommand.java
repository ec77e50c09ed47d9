package io.github.guarantees.cli;

import com.google.common.collect.ImmutableSet;
import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.evaluation.Timeline;
import io.github.guarantees.io.ScenarioFile;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Suggestions;
import io.github.guarantees.report.TimelineReport;
import io.github.guarantees.scenario.Scenario;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
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
      description = "Follow the scenario up to this instant instead of its own as-of instant.")
  @Nullable Instant asOf;

  @Option(
      names = {"-p", "--pledge"},
      paramLabel = "PLEDGE",
      description = "Show only these pledges (repeatable).")
  List<String> pledges = new ArrayList<>();

  @Override
  public Integer call() {
    ScenarioFile file = Inputs.scenario(scenario);
    Agreement a = Inputs.agreementFor(file, scenario, agreement);
    file.validate(a);
    Inputs.warn(a, spec.commandLine().getErr(), new HashSet<>());
    Set<String> known = a.pledgesById().keySet();
    for (String p : pledges) {
      if (!known.contains(p)) {
        throw new IllegalArgumentException(
            "agreement '" + a.id() + "' has no pledge '" + p + "'" + Suggestions.hint(p, known));
      }
    }
    Scenario s = asOf == null ? file.scenario() : file.scenario().asOf(asOf);
    Timeline timeline = Evaluator.compile(a).timeline(s);
    Set<String> wanted = ImmutableSet.copyOf(pledges);
    spec.commandLine()
        .getOut()
        .print(TimelineReport.render(timeline, p -> wanted.isEmpty() || wanted.contains(p.id())));
    return Main.OK;
  }
}
