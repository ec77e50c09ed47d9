package io.github.guarantees.report;

import com.google.common.base.Strings;
import io.github.guarantees.evaluation.ContributionTimeline;
import io.github.guarantees.evaluation.PledgeTimeline;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.evaluation.StatusChange;
import io.github.guarantees.evaluation.Timeline;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Predicate;

/**
 * A plain-text timeline: for each pledge, its status before any event and every change with its
 * instant and cause, then the same for each contribution (or "as the pledge" when it changes with
 * it).
 *
 * <pre>{@code
 * System.out.println(TimelineReport.render(evaluator.timeline(scenario)));
 * }</pre>
 *
 * <p>A change caused by a deadline that passed is shown at the deadline as {@code after
 * 2026-09-02T06:00:00Z}: it takes effect one nanosecond later, so that an event exactly at the
 * deadline still counts.
 */
public final class TimelineReport {
  private static final int WHEN = "after 2026-09-02T06:00:00Z".length();
  private static final int CHANGE = "SUSPENDED -> ACTIVE".length();

  private TimelineReport() {}

  /**
   * Renders the timeline of every pledge.
   *
   * @param timeline the timeline, not null
   * @return the report, ending with a newline
   */
  public static String render(Timeline timeline) {
    return render(timeline, p -> true);
  }

  /**
   * Renders the timeline of the pledges a predicate selects, under a heading naming the scenario
   * and the agreement.
   *
   * @param timeline the timeline, not null
   * @param which selects the pledges to show, not null
   * @return the report, ending with a newline
   */
  public static String render(Timeline timeline, Predicate<? super Pledge> which) {
    StringBuilder out = new StringBuilder();
    out.append("-- timeline: ")
        .append(timeline.scenario().name())
        .append(" — ")
        .append(timeline.agreement().title())
        .append(", up to ")
        .append(timeline.asOf())
        .append('\n');
    Scenario s = timeline.scenario();
    if (!s.eventsAfterAsOf().isEmpty()) {
      out.append("   stopped at ").append(s.asOf()).append(": ");
      out.append(Marks.ignoredHeading(s)).append('\n');
      for (Event e : s.eventsAfterAsOf()) {
        out.append("     ").append(Marks.line(e)).append('\n');
      }
    }
    for (PledgeTimeline p : timeline.pledges()) {
      if (which.test(p.pledge())) {
        out.append(renderPledge(p, "   "));
      }
    }
    return out.toString();
  }

  /**
   * Renders one pledge's lifecycle and its contributions', each line starting with an indent.
   *
   * @param pledge the pledge timeline, not null
   * @param indent the indent, e.g. three spaces
   * @return the lines, each ending with a newline
   */
  public static String renderPledge(PledgeTimeline pledge, String indent) {
    StringBuilder out = new StringBuilder();
    Pledge p = pledge.pledge();
    out.append(indent)
        .append(p.id())
        .append(" — ")
        .append(p.title())
        .append("  [")
        .append(Marks.source(p))
        .append("]\n");
    lines(out, indent + "  ", pledge.initial(), pledge.changes());
    for (ContributionTimeline c : pledge.contributions()) {
      out.append(indent).append("  · ").append(c.party());
      p.contribution(c.party())
          .flatMap(Contribution::illustrative)
          .ifPresent(why -> out.append(" [illustrative: ").append(why).append(']'));
      if (sameLifecycle(pledge, c)) {
        out.append(": as the pledge\n");
      } else {
        out.append('\n');
        lines(out, indent + "    ", c.initial(), c.changes());
      }
    }
    return out.toString();
  }

  private static boolean sameLifecycle(PledgeTimeline p, ContributionTimeline c) {
    if (p.initial() != c.initial() || p.changes().size() != c.changes().size()) {
      return false;
    }
    for (int i = 0; i < p.changes().size(); i++) {
      StatusChange a = p.changes().get(i);
      StatusChange b = c.changes().get(i);
      if (!a.at().equals(b.at()) || a.to() != b.to()) {
        return false;
      }
    }
    return true;
  }

  private static void lines(
      StringBuilder out, String indent, Status initial, List<StatusChange> changes) {
    out.append(indent)
        .append(pad("from the start", WHEN))
        .append("  ")
        .append(initial.name())
        .append('\n');
    for (StatusChange c : changes) {
      out.append(indent)
          .append(pad(when(c.at()), WHEN))
          .append("  ")
          .append(pad(c.from() + " -> " + c.to(), CHANGE))
          .append("  ")
          .append(c.cause())
          .append('\n');
    }
  }

  /** An instant; one a nanosecond after a whole second (a passed deadline) reads "after ...". */
  static String when(Instant at) {
    Instant before = at.minusNanos(1);
    if (before.truncatedTo(ChronoUnit.SECONDS).equals(before)) {
      return "after " + before;
    }
    return at.toString();
  }

  private static String pad(String s, int width) {
    return Strings.padEnd(s, width, ' ');
  }
}
