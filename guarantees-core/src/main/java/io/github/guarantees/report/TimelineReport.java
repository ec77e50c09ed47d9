package io.github.guarantees.report;

import static com.google.common.base.Preconditions.checkNotNull;
import static io.github.guarantees.report.Layout.pad;
import static io.github.guarantees.report.Layout.words;

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
 * it). Lines fit the width ({@value Layout#DEFAULT_WIDTH} characters unless told otherwise): a long
 * cause wraps under itself, or, where the width leaves it fewer than 20 columns, goes on the lines
 * below its change.
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
  private static final int CHANGE = "suspended → fulfilled".length();

  /**
   * The narrowest column a cause is wrapped in beside its change; at narrower widths it goes on the
   * lines below.
   */
  static final int MIN_CAUSE = 20;

  private TimelineReport() {}

  /**
   * Renders the timeline of every pledge.
   *
   * @param timeline the timeline, not null
   * @return the report, ending with a newline
   * @throws NullPointerException if timeline is null
   */
  public static String render(Timeline timeline) {
    return render(timeline, p -> true, Layout.DEFAULT_WIDTH);
  }

  /**
   * Renders the timeline of the pledges a predicate selects, under a heading naming the scenario
   * and the agreement.
   *
   * @param timeline the timeline, not null
   * @param which selects the pledges to show, not null
   * @return the report, ending with a newline
   * @throws NullPointerException if an argument is null
   */
  public static String render(Timeline timeline, Predicate<? super Pledge> which) {
    return render(timeline, which, Layout.DEFAULT_WIDTH);
  }

  /**
   * Renders the timeline of the pledges a predicate selects with no line wider than {@code width}.
   *
   * @param timeline the timeline, not null
   * @param which selects the pledges to show, not null
   * @param width the width; narrower than {@value Layout#MIN_WIDTH} counts as that
   * @return the report, ending with a newline
   * @throws NullPointerException if an argument is null
   */
  public static String render(Timeline timeline, Predicate<? super Pledge> which, int width) {
    checkNotNull(timeline, "timeline");
    checkNotNull(which, "which");
    int w = Layout.usable(width);
    StringBuilder out = new StringBuilder();
    out.append(
        Layout.wrap(
            "timeline: "
                + timeline.scenario().name()
                + " — "
                + timeline.agreement().title()
                + ", up to "
                + timeline.asOf(),
            "-- ",
            "   ",
            w));
    Scenario s = timeline.scenario();
    if (!s.eventsAfterAsOf().isEmpty()) {
      out.append(
          Layout.wrap(
              "stopped at " + s.asOf() + ": " + Marks.ignoredHeading(s), "   ", "     ", w));
      for (Event e : s.eventsAfterAsOf()) {
        String first = "     " + Marks.instant(e);
        out.append(Layout.wrap(Marks.what(e), first, " ".repeat(first.length()), w));
      }
    }
    for (PledgeTimeline p : timeline.pledges()) {
      if (which.test(p.pledge())) {
        out.append(renderPledge(p, "   ", w));
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
   * @throws NullPointerException if an argument is null
   */
  public static String renderPledge(PledgeTimeline pledge, String indent) {
    return renderPledge(pledge, indent, Layout.DEFAULT_WIDTH);
  }

  /**
   * Renders one pledge's lifecycle and its contributions' with no line wider than {@code width}.
   *
   * @param pledge the pledge timeline, not null
   * @param indent the indent, e.g. three spaces
   * @param width the width; narrower than {@value Layout#MIN_WIDTH} counts as that
   * @return the lines, each ending with a newline
   * @throws NullPointerException if an argument is null
   */
  public static String renderPledge(PledgeTimeline pledge, String indent, int width) {
    checkNotNull(pledge, "pledge");
    checkNotNull(indent, "indent");
    int w = Layout.usable(width);
    StringBuilder out = new StringBuilder();
    Pledge p = pledge.pledge();
    out.append(
        Layout.wrap(
            p.title() + " (" + p.id() + ") — " + Marks.source(p), indent, indent + "    ", w));
    lines(out, indent + "  ", pledge.initial(), pledge.changes(), w);
    for (ContributionTimeline c : pledge.contributions()) {
      StringBuilder head = new StringBuilder("· ").append(c.party());
      p.contribution(c.party())
          .flatMap(Contribution::illustrative)
          .ifPresent(why -> head.append(" [illustrative: ").append(why).append(']'));
      boolean same = sameLifecycle(pledge, c);
      if (same) {
        head.append(": as the pledge");
      }
      out.append(Layout.wrap(head.toString(), indent + "  ", indent + "    ", w));
      if (!same) {
        lines(out, indent + "    ", c.initial(), c.changes(), w);
      }
    }
    return out.toString();
  }

  static boolean sameLifecycle(PledgeTimeline p, ContributionTimeline c) {
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
      StringBuilder out, String indent, Status initial, List<StatusChange> changes, int width) {
    out.append(indent)
        .append(pad("from the start", WHEN))
        .append("  ")
        .append(words(initial))
        .append('\n');
    String under = " ".repeat(Layout.length(indent) + WHEN + 2 + CHANGE + 2);
    // Too narrow a column for the cause: it goes on the lines below the change, indented.
    boolean below = width - under.length() < MIN_CAUSE;
    String causeIndent = indent + "    ";
    for (StatusChange c : changes) {
      String change = words(c.from()) + " → " + words(c.to());
      if (below) {
        out.append(indent).append(pad(when(c.at()), WHEN)).append("  ").append(change);
        out.append('\n').append(Layout.wrap(c.cause(), causeIndent, causeIndent, width));
      } else {
        String first = indent + pad(when(c.at()), WHEN) + "  " + pad(change, CHANGE) + "  ";
        out.append(Layout.wrap(c.cause(), first, under, width));
      }
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
}
