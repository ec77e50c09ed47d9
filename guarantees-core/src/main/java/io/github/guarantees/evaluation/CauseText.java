package io.github.guarantees.evaluation;

import io.github.guarantees.condition.Occurred;
import io.github.guarantees.model.Deadline;
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
    if (c.proven()) {
      return "no further events make it fire";
    }
    return c.searchCut()
        ? "no further events found make it fire (the search stopped after "
            + Explanation.MAX_MISSING_WORK
            + " evaluations)"
        : "no further events found make it fire (sets of up to "
            + MissingEvents.MAX_ADDED_EVENTS
            + " events, one of each kind, tried)";
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
              + t.since()
                  .map(c -> " from when " + c + " first held, at ")
                  .orElse(" from first activation at ")
              + t.firstActive().orElseThrow()
              + " ended";
    };
  }

  @Override
  public String agreementEnded(Cause.AgreementEnded c) {
    return "the agreement ended: " + termEnded(c.term());
  }

  @Override
  public String deadlineAhead(Cause.DeadlineAhead d) {
    return "once active: " + pattern(d.fulfilledBy()) + " due " + bound(d.deadline());
  }

  @Override
  public String deadlineOpen(Cause.DeadlineOpen d) {
    return d.due().isEmpty()
        ? "due: " + pattern(d.fulfilledBy()) + ", with no time limit, since " + d.start()
        : "due: "
            + pattern(d.fulfilledBy())
            + by(d.deadline())
            + d.due().get()
            + clock(d.deadline(), d.start());
  }

  @Override
  public String deadlinePassed(Cause.DeadlinePassed d) {
    return "deadline passed: "
        + pattern(d.fulfilledBy())
        + " was due"
        + by(d.deadline())
        + d.due()
        + clock(d.deadline(), d.start())
        + d.cameLate().map(e -> "; it came late at " + e.at()).orElse("; it has not come");
  }

  @Override
  public String fulfilled(Cause.Fulfilled f) {
    return "fulfilled: "
        + f.event()
        + f.due().map(due -> ", due" + by(f.deadline()) + due).orElse(", with no time limit")
        + clock(f.deadline(), f.start());
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

  private static String clock(Deadline d, Instant start) {
    return d.within().isPresent()
        ? " (within " + words(d.within().get()) + " of first activation at " + start + ")"
        : " (in effect from " + start + ")";
  }

  /** " by " or " strictly before ", as the deadline's bound is included or not. */
  private static String by(Deadline d) {
    return d.excludesDue() ? " strictly before " : " by ";
  }

  /** How the deadline bounds the obligation, in words, before it starts. */
  private static String bound(Deadline d) {
    if (d.within().isPresent()) {
      return (d.excludesDue() ? "strictly within " : "within ") + words(d.within().get());
    }
    return d.dueAt().map(at -> by(d).strip() + " " + at).orElse("with no time limit");
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

  @Override
  public String powerExercised(Cause.PowerExercised c) {
    String what =
        switch (c.action()) {
          case SUSPEND -> "suspended ";
          case RESUME -> "resumed ";
          case TERMINATE -> "terminated ";
        };
    return "power "
        + c.power()
        + " exercised by "
        + c.event()
        + ": "
        + what
        + c.target().orElse("the agreement");
  }

  @Override
  public String exerciseIgnored(Cause.ExerciseIgnored c) {
    return "no effect: "
        + c.event()
        + " came while the power was "
        + c.powerStatus()
        + ", not ACTIVE";
  }
}
