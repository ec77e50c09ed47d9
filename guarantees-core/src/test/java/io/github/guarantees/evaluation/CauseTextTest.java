package io.github.guarantees.evaluation;

import static io.github.guarantees.Fixtures.h;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.evaluation.Cause.TermEnded.Ending;
import io.github.guarantees.model.Deadline;
import io.github.guarantees.model.Power;
import io.github.guarantees.scenario.Event;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The English of causes, which lives in one place ({@link CauseText}): each rendering whole, so
 * that a word lost or changed is seen. What a cause is stays data; these tests check only its
 * words.
 */
class CauseTextTest {
  private static final Occurred DONE = Condition.occurred("done");

  @Test
  void durationsAreInHoursUnderAWeekThenInDaysOrYears() {
    assertThat(CauseText.words(Duration.ofHours(1))).isEqualTo("1 hour");
    assertThat(CauseText.words(Duration.ofHours(24))).isEqualTo("24 hours");
    assertThat(CauseText.words(Duration.ofDays(7).minusHours(1))).isEqualTo("167 hours");
    assertThat(CauseText.words(Duration.ofDays(7))).isEqualTo("7 days");
    assertThat(CauseText.words(Duration.ofDays(1))).isEqualTo("24 hours");
    assertThat(CauseText.words(Duration.ofDays(30))).isEqualTo("30 days");
    assertThat(CauseText.words(Duration.ofDays(364))).isEqualTo("364 days");
    assertThat(CauseText.words(Duration.ofDays(365))).isEqualTo("1 year");
    assertThat(CauseText.words(Duration.ofDays(3650))).isEqualTo("10 years");
    assertThat(CauseText.words(Duration.ofDays(366))).isEqualTo("366 days");
    // Not whole hours, or whole hours past a week that are not whole days: ISO-8601.
    assertThat(CauseText.words(Duration.ofMinutes(90))).isEqualTo("PT1H30M");
    assertThat(CauseText.words(Duration.ofSeconds(3601))).isEqualTo("PT1H1S");
    assertThat(CauseText.words(Duration.ofHours(1).plusNanos(1))).isEqualTo("PT1H0.000000001S");
    assertThat(CauseText.words(Duration.ofDays(8).plusHours(1))).isEqualTo("PT193H");
  }

  @Test
  void countedOperandsAgreeInNumber() {
    assertThat(CauseText.counted("all", 2, 0)).isEqualTo("all of 2 must hold; none does");
    assertThat(CauseText.counted("any", 3, 1)).isEqualTo("any of 3 must hold; 1 does");
    assertThat(CauseText.counted("at least 2", 3, 2)).isEqualTo("at least 2 of 3 must hold; 2 do");
  }

  @Test
  void whatIsMissingAndWhatCannotBe() {
    assertThat(Explanation.render(new Cause.Fires())).isEqualTo("fires");
    ImmutableList<ImmutableSet<Occurred>> sets =
        ImmutableList.of(
            ImmutableSet.of(Condition.occurred("a")),
            ImmutableSet.of(Condition.occurred("b", "P"), Condition.occurred("c")));
    assertThat(Explanation.render(new Cause.NeedsEvents(sets, 0, false)))
        .isEqualTo("needs: a, or b by P + c");
    assertThat(Explanation.render(new Cause.NeedsEvents(sets, 3, true)))
        .isEqualTo(
            "needs: a, or b by P + c, and 3 more (the search stopped after "
                + Explanation.MAX_MISSING_WORK
                + " evaluations)");
    assertThat(Explanation.render(new Cause.NoFurtherEvents(true, false)))
        .isEqualTo("no further events make it fire");
    assertThat(Explanation.render(new Cause.NoFurtherEvents(false, false)))
        .isEqualTo(
            "no further events found make it fire (sets of up to 4 events, one of each kind, tried)");
    assertThat(Explanation.render(new Cause.NoFurtherEvents(false, true)))
        .isEqualTo(
            "no further events found make it fire (the search stopped after "
                + Explanation.MAX_MISSING_WORK
                + " evaluations)");
  }

  @Test
  void termsEndAtAnInstantOnAConditionOrAfterADuration() {
    Optional<Condition> none = Optional.empty();
    Optional<Condition> peace = Optional.of(Condition.occurred("peace"));
    assertThat(
            Explanation.render(
                new Cause.TermEnded(
                    Ending.FIXED_END,
                    Optional.of(h(10)),
                    none,
                    Optional.empty(),
                    Optional.empty(),
                    none)))
        .isEqualTo("the term ended at 2026-01-01T10:00:00Z");
    assertThat(
            Explanation.render(
                new Cause.TermEnded(
                    Ending.ENDING_CONDITION,
                    Optional.of(Instant.MIN),
                    peace,
                    Optional.empty(),
                    Optional.empty(),
                    none)))
        .isEqualTo("the term ended when occurred(peace) held, at the start");
    assertThat(
            Explanation.render(
                new Cause.TermEnded(
                    Ending.ENDING_CONDITION,
                    Optional.of(h(3)),
                    peace,
                    Optional.empty(),
                    Optional.empty(),
                    none)))
        .isEqualTo("the term ended when occurred(peace) held, at 2026-01-01T03:00:00Z");
    assertThat(
            Explanation.render(
                new Cause.TermEnded(
                    Ending.ENDING_CONDITION,
                    Optional.empty(),
                    peace,
                    Optional.empty(),
                    Optional.empty(),
                    none)))
        .isEqualTo("the term ended when occurred(peace) held");
    Cause.TermEnded lasted =
        new Cause.TermEnded(
            Ending.DURATION,
            Optional.of(h(25)),
            none,
            Optional.of(Duration.ofHours(24)),
            Optional.of(h(1)),
            none);
    assertThat(Explanation.render(lasted))
        .isEqualTo("the term of PT24H from first activation at 2026-01-01T01:00:00Z ended");
    assertThat(
            Explanation.render(
                new Cause.TermEnded(
                    Ending.DURATION,
                    Optional.of(h(25)),
                    none,
                    Optional.of(Duration.ofHours(24)),
                    Optional.of(h(1)),
                    peace)))
        .isEqualTo(
            "the term of PT24H from when occurred(peace) first held, at 2026-01-01T01:00:00Z"
                + " ended");
    assertThat(Explanation.render(new Cause.AgreementEnded(lasted)))
        .isEqualTo(
            "the agreement ended: the term of PT24H from first activation at"
                + " 2026-01-01T01:00:00Z ended");
  }

  @Test
  void deadlinesSayWhatIsDueByWhenAndSinceWhen() {
    Deadline within = Deadline.of(DONE, Duration.ofHours(2));
    Deadline strictly = within.exclusive();
    Deadline at = Deadline.by(DONE, h(9));
    Deadline open = Deadline.noLimit(DONE);
    assertThat(Explanation.render(new Cause.DeadlineAhead(DONE, within)))
        .isEqualTo("once active: done due within 2 hours");
    assertThat(Explanation.render(new Cause.DeadlineAhead(DONE, strictly)))
        .isEqualTo("once active: done due strictly within 2 hours");
    assertThat(Explanation.render(new Cause.DeadlineAhead(DONE, at)))
        .isEqualTo("once active: done due by 2026-01-01T09:00:00Z");
    assertThat(Explanation.render(new Cause.DeadlineAhead(DONE, at.exclusive())))
        .isEqualTo("once active: done due strictly before 2026-01-01T09:00:00Z");
    assertThat(Explanation.render(new Cause.DeadlineAhead(DONE, open)))
        .isEqualTo("once active: done due with no time limit");
    assertThat(Explanation.render(new Cause.DeadlineOpen(DONE, strictly, h(1), Optional.of(h(3)))))
        .isEqualTo(
            "due: done strictly before 2026-01-01T03:00:00Z (within 2 hours of first activation at"
                + " 2026-01-01T01:00:00Z)");
    assertThat(Explanation.render(new Cause.DeadlineOpen(DONE, at, h(1), Optional.of(h(9)))))
        .isEqualTo("due: done by 2026-01-01T09:00:00Z (in effect from 2026-01-01T01:00:00Z)");
    assertThat(Explanation.render(new Cause.DeadlineOpen(DONE, open, h(1), Optional.empty())))
        .isEqualTo("due: done, with no time limit, since 2026-01-01T01:00:00Z");
    Event late = Event.of("done", h(4));
    assertThat(
            Explanation.render(
                new Cause.DeadlinePassed(DONE, within, h(1), h(3), Optional.of(late))))
        .isEqualTo(
            "deadline passed: done was due by 2026-01-01T03:00:00Z (within 2 hours of first"
                + " activation at 2026-01-01T01:00:00Z); it came late at 2026-01-01T04:00:00Z");
    assertThat(
            Explanation.render(
                new Cause.DeadlinePassed(DONE, within, h(1), h(3), Optional.empty())))
        .endsWith("; it has not come");
    assertThat(
            Explanation.render(
                new Cause.Fulfilled(Event.of("done", h(2)), within, h(1), Optional.of(h(3)))))
        .isEqualTo(
            "fulfilled: done @ 2026-01-01T02:00:00Z, due by 2026-01-01T03:00:00Z (within 2 hours"
                + " of first activation at 2026-01-01T01:00:00Z)");
    assertThat(
            Explanation.render(
                new Cause.Fulfilled(Event.of("done", h(2)), open, h(1), Optional.empty())))
        .isEqualTo(
            "fulfilled: done @ 2026-01-01T02:00:00Z, with no time limit (in effect from"
                + " 2026-01-01T01:00:00Z)");
  }

  @Test
  void restraintsPowersAndIgnoredExercises() {
    assertThat(
            Explanation.render(
                new Cause.Restraint(
                    ImmutableList.of(
                        Condition.occurred("strike"), Condition.occurred("mine", "P")))))
        .isEqualTo("restraint: refrains from strike, mine by P");
    assertThat(Explanation.render(new Cause.Breached(Event.of("strike", "P", h(2)))))
        .isEqualTo("breached: strike by P @ 2026-01-01T02:00:00Z, after the restraint took effect");
    Event exercise = Event.of("vote", "P", h(2));
    assertThat(
            Explanation.render(
                new Cause.PowerExercised(
                    "halt", Power.Action.SUSPEND, Optional.of("aid"), exercise)))
        .isEqualTo("power halt exercised by vote by P @ 2026-01-01T02:00:00Z: suspended aid");
    assertThat(
            Explanation.render(
                new Cause.PowerExercised("go", Power.Action.RESUME, Optional.of("aid"), exercise)))
        .isEqualTo("power go exercised by vote by P @ 2026-01-01T02:00:00Z: resumed aid");
    assertThat(
            Explanation.render(
                new Cause.PowerExercised(
                    "end", Power.Action.TERMINATE, Optional.empty(), exercise)))
        .isEqualTo(
            "power end exercised by vote by P @ 2026-01-01T02:00:00Z: terminated the agreement");
    assertThat(Explanation.render(new Cause.ExerciseIgnored(exercise, Status.PENDING)))
        .isEqualTo(
            "no effect: vote by P @ 2026-01-01T02:00:00Z came while the power was PENDING, not"
                + " ACTIVE");
  }
}
