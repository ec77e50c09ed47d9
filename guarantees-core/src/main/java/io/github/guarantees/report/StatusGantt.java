package io.github.guarantees.report;

import io.github.guarantees.evaluation.ContributionTimeline;
import io.github.guarantees.evaluation.PledgeTimeline;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.evaluation.StatusChange;
import io.github.guarantees.evaluation.Timeline;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.scenario.Event;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Writes the Mermaid Gantt chart of a timeline (see {@link MermaidDiagram#gantt(Timeline,
 * Predicate)}): a section per pledge, a bar per status interval.
 */
final class StatusGantt {
  /** The date format of the chart, in Mermaid's (dayjs) notation and in Java's. */
  static final String DATE_FORMAT = "YYYY-MM-DD HH:mm:ss";

  private static final DateTimeFormatter DATES =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private static final String INDENT = "    ";

  private final StringBuilder out = new StringBuilder();
  private final Instant start;
  private final Instant end;
  private int tasks;

  private StatusGantt(Instant start, Instant end) {
    this.start = start;
    this.end = end;
  }

  static String render(Timeline timeline, Predicate<? super Pledge> which) {
    Instant end = timeline.asOf().truncatedTo(ChronoUnit.SECONDS);
    Instant start = end;
    for (Event e : timeline.scenario().eventsAsOf()) {
      start = min(start, e.at());
    }
    for (PledgeTimeline p : timeline.pledges()) {
      for (StatusChange c : p.changes()) {
        start = min(start, c.at());
      }
      for (ContributionTimeline c : p.contributions()) {
        for (StatusChange s : c.changes()) {
          start = min(start, s.at());
        }
      }
    }
    StatusGantt g = new StatusGantt(start.truncatedTo(ChronoUnit.SECONDS), end);
    g.out.append("gantt\n");
    g.line(
        "title "
            + MermaidText.escape(
                timeline.scenario().name() + " — " + timeline.agreement().title()));
    g.line("dateFormat " + DATE_FORMAT);
    g.line("axisFormat %Y-%m-%d");
    g.line("todayMarker off");
    for (PledgeTimeline p : timeline.pledges()) {
      if (!which.test(p.pledge())) {
        continue;
      }
      g.line("section " + MermaidText.escape(p.pledge().title() + " (" + p.id() + ")"));
      g.bars("", p.initial(), p.changes());
      for (ContributionTimeline c : p.contributions()) {
        if (!TimelineReport.sameLifecycle(p, c)) {
          g.bars("↳ " + c.party() + " · ", c.initial(), c.changes()); // never a keyword first
        }
      }
    }
    return g.out.toString();
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private void line(String text) {
    out.append(INDENT).append(text).append('\n');
  }

  /** The bars of one lifecycle: the initial status from the start, then each change's. */
  private void bars(String prefix, Status initial, List<StatusChange> changes) {
    Instant from = start;
    Status status = initial;
    boolean first = true;
    for (StatusChange c : changes) {
      Instant to = c.at().truncatedTo(ChronoUnit.SECONDS);
      if (!first
          || to.isAfter(from)) { // a status held for no time before the first change is left out
        bar(prefix, status, from, to);
      }
      first = false;
      from = to;
      status = c.to();
    }
    bar(prefix, status, from, end);
  }

  private void bar(String prefix, Status status, Instant from, Instant to) {
    String id = "s" + ++tasks;
    String name = MermaidText.escape(prefix + Layout.words(status));
    String tag =
        switch (status) {
          case ACTIVE -> "active, ";
          case FULFILLED -> "done, ";
          case VIOLATED, BLOCKED -> "crit, ";
          case DORMANT, PENDING, SUSPENDED, EXPIRED -> "";
        };
    if (to.isAfter(from)) {
      line(name + " :" + tag + id + ", " + DATES.format(from) + ", " + DATES.format(to));
    } else {
      line(name + " :" + tag + "milestone, " + id + ", " + DATES.format(from) + ", 0d");
    }
  }
}
