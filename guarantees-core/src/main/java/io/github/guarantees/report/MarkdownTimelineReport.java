package io.github.guarantees.report;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.guarantees.evaluation.ContributionTimeline;
import io.github.guarantees.evaluation.PledgeTimeline;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.evaluation.StatusChange;
import io.github.guarantees.evaluation.Timeline;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.util.List;
import java.util.function.Predicate;

/**
 * A Markdown timeline, to paste into a briefing: the same lifecycles as {@link TimelineReport}, one
 * table per pledge with a row for its status from the start and one per change (instant, old and
 * new status, cause), then the same for each contribution, or one row saying it changes as the
 * pledge does.
 *
 * <pre>{@code
 * String md = MarkdownTimelineReport.render(evaluator.timeline(scenario), p -> true);
 * }</pre>
 */
public final class MarkdownTimelineReport {
  private MarkdownTimelineReport() {}

  /**
   * Renders the timeline of the pledges a predicate selects.
   *
   * @param timeline the timeline, not null
   * @param which selects the pledges to show, not null
   * @return the Markdown text
   * @throws NullPointerException if an argument is null
   */
  public static String render(Timeline timeline, Predicate<? super Pledge> which) {
    checkNotNull(timeline, "timeline");
    checkNotNull(which, "which");
    Scenario s = timeline.scenario();
    StringBuilder out = new StringBuilder();
    out.append("## timeline: ")
        .append(MarkdownReport.cell(s.name()))
        .append(" — ")
        .append(MarkdownReport.cell(timeline.agreement().title()))
        .append(", up to ")
        .append(timeline.asOf())
        .append("\n\n");
    if (!s.eventsAfterAsOf().isEmpty()) {
      out.append("**").append(Marks.ignoredHeading(s)).append(":**\n\n");
      for (Event e : s.eventsAfterAsOf()) {
        out.append("- ").append(MarkdownReport.cell(Marks.line(e))).append('\n');
      }
      out.append('\n');
    }
    for (PledgeTimeline p : timeline.pledges()) {
      if (!which.test(p.pledge())) {
        continue;
      }
      Pledge pledge = p.pledge();
      out.append("### ")
          .append(MarkdownReport.cell(pledge.title()))
          .append(" (")
          .append(MarkdownReport.cell(p.id()))
          .append(")\n\n")
          .append(MarkdownReport.cell(Marks.source(pledge)))
          .append("\n\n| pledge / contribution | from | status | cause |\n|---|---|---|---|\n");
      rows(out, MarkdownReport.cell(p.id()), p.initial(), p.changes());
      for (ContributionTimeline c : p.contributions()) {
        String who =
            "↳ "
                + MarkdownReport.cell(c.party())
                + pledge
                    .contribution(c.party())
                    .flatMap(Contribution::illustrative)
                    .map(why -> " (illustrative: " + MarkdownReport.cell(why) + ")")
                    .orElse("");
        if (TimelineReport.sameLifecycle(p, c)) {
          out.append("| ").append(who).append(" | | as the pledge | |\n");
        } else {
          rows(out, who, c.initial(), c.changes());
        }
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static void rows(
      StringBuilder out, String who, Status initial, List<StatusChange> changes) {
    out.append("| ")
        .append(who)
        .append(" | the start | ")
        .append(Layout.words(initial))
        .append(" | |\n");
    for (StatusChange c : changes) {
      out.append("| ")
          .append(who)
          .append(" | ")
          .append(TimelineReport.when(c.at()))
          .append(" | ")
          .append(Layout.words(c.from()))
          .append(" → **")
          .append(Layout.words(c.to()))
          .append("** | ")
          .append(MarkdownReport.cell(c.cause()))
          .append(" |\n");
    }
  }
}
