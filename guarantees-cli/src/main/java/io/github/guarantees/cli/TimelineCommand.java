package io.github.guarantees.cli;

import com.google.common.collect.ImmutableSet;
import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.evaluation.Timeline;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.Suggestions;
import io.github.guarantees.report.MarkdownTimelineReport;
import io.github.guarantees.report.MermaidDiagram;
import io.github.guarantees.report.TimelineReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
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
      "AGREEMENT and SCENARIO are files or built-in names, as for evaluate. --format mermaid"
          + " writes a Mermaid Gantt chart (a bar per status interval) to paste into Markdown."
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

  /** The output formats of {@code timeline}. */
  enum Format {
    TEXT,
    MARKDOWN,
    JSON,
    MERMAID
  }

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description =
          "text, markdown, json or mermaid (a Gantt chart of the statuses over time)"
              + " (default: ${DEFAULT-VALUE}).")
  Format format = Format.TEXT;

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
    Predicate<Pledge> which = p -> wanted.isEmpty() || wanted.contains(p.id());
    spec.commandLine()
        .getOut()
        .print(
            switch (format) {
              case TEXT -> TimelineReport.render(timeline, which, width.width);
              case MARKDOWN -> MarkdownTimelineReport.render(timeline, which);
              case JSON -> TimelineJson.render(timeline, which);
              case MERMAID -> MermaidDiagram.gantt(timeline, which);
            });
    return Main.OK;
  }
}
