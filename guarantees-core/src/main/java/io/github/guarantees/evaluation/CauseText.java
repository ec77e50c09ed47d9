package io.github.guarantees.evaluation;

import io.github.guarantees.condition.Occurred;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;

/** Causes in English: the one place their wording lives. */
final class CauseText implements Cause.Visitor<String> {
  static final CauseText INSTANCE = new CauseText();

  private CauseText() {}

  @Override
  public String fires(Cause.Fires c) {
    return "fires";
  }

  @Override
  public String needsEvents(Cause.NeedsEvents c) {
    return "needs: " + Explanation.formatMissing(c);
  }

  @Override
  public String brokenNot(Cause.BrokenNot c) {
    return c.condition() + " is broken: " + c.negated().why();
  }

  @Override
  public String noFurtherEvents(Cause.NoFurtherEvents c) {
    return c.searchCut()
        ? "no further events found make it fire (the search stopped after "
            + Explanation.MAX_MISSING_WORK
            + " evaluations)"
        : "no further events make it fire";
  }

  @Override
  public String blockedByCaveat(Cause.BlockedByCaveat c) {
    return "blocked by caveat '" + c.caveat().id() + "' of " + c.party();
  }

  @Override
  public String termEnded(Cause.TermEnded t) {
    return switch (t.ending()) {
      case FIXED_END -> "the term ended at " + t.at().orElseThrow();
      case ENDING_CONDITION ->
          "the term ended when "
              + t.endsWhen().orElseThrow()
              + " held"
              + t.at()
                  .map(i -> ", at " + (i.equals(Instant.MIN) ? "the start" : i.toString()))
                  .orElse("");
      case DURATION ->
          "the term of "
              + t.lastsFor().orElseThrow()
              + " from first activation at "
              + t.firstActive().orElseThrow()
              + " ended";
    };
  }

  @Override
  public String deadlineAhead(Cause.DeadlineAhead d) {
    return "once active: " + pattern(d.fulfilledBy()) + " due within " + words(d.within());
  }

  @Override
  public String deadlineOpen(Cause.DeadlineOpen d) {
    return "due: " + pattern(d.fulfilledBy()) + " by " + d.due() + clock(d.within(), d.start());
  }

  @Override
  public String deadlinePassed(Cause.DeadlinePassed d) {
    return "deadline passed: "
        + pattern(d.fulfilledBy())
        + " was due by "
        + d.due()
        + clock(d.within(), d.start())
        + d.cameLate().map(e -> "; it came late at " + e.at()).orElse("; it has not come");
  }

  @Override
  public String fulfilled(Cause.Fulfilled f) {
    return "fulfilled: " + f.event() + ", due by " + f.due() + clock(f.within(), f.start());
  }

  @Override
  public String restraint(Cause.Restraint r) {
    return "restraint: refrains from "
        + r.forbidden().stream().map(CauseText::pattern).collect(Collectors.joining(", "));
  }

  @Override
  public String breached(Cause.Breached b) {
    return "breached: " + b.event() + ", after the restraint took effect";
  }

  /**
   * How many operands of a composite condition hold, against how many it needs: {@code all of 2
   * must hold; 1 does}, {@code any of 3 must hold; none does}, {@code at least 2 of 3 must hold; 2
   * do}.
   *
   * @param needed what the condition asks for: {@code "all"}, {@code "any"} or {@code "at least k"}
   * @param operands how many operands it has
   * @param holding how many of them hold
   */
  static String counted(String needed, int operands, int holding) {
    String does = holding == 0 ? "none does" : holding == 1 ? "1 does" : holding + " do";
    return needed + " of " + operands + " must hold; " + does;
  }

  private static String clock(Duration within, Instant start) {
    return " (within " + words(within) + " of first activation at " + start + ")";
  }

  static String pattern(Occurred o) {
    return PatternText.of(o);
  }

  /** A duration in words: {@code 24 hours}, {@code 72 hours}, {@code 30 days}, {@code 10 years}. */
  static String words(Duration d) {
    boolean wholeHours = d.toMinutesPart() == 0 && d.toSecondsPart() == 0 && d.toNanosPart() == 0;
    if (wholeHours && d.toDays() < 7) {
      return plural(d.toHours(), "hour");
    }
    if (wholeHours && d.toHoursPart() == 0) {
      long days = d.toDays();
      return days % 365 == 0 ? plural(days / 365, "year") : plural(days, "day");
    }
    return d.toString();
  }

  private static String plural(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }
}
