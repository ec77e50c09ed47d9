package io.github.guarantees.evaluation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.model.Caveat;
import io.github.guarantees.model.Deadline;
import io.github.guarantees.model.Power;
import io.github.guarantees.scenario.Event;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a pledge or contribution has its status, as data: the closed set of causes an {@link
 * Explanation} reports ({@link Explanation#causes()}). {@link Explanation#reason()} and {@link
 * Explanation#toString()} render them in English; programs and tests read these records instead.
 * Adding a cause is a compile error in every {@code switch} that must render or handle it.
 */
public sealed interface Cause {
  /**
   * Applies a visitor: one method per kind of cause, so that adding a cause is a compile error
   * wherever causes are handled.
   *
   * @param visitor the visitor, not null
   * @param <R> the result type
   * @return the visitor's result
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * An operation over the closed set of causes.
   *
   * @param <R> the result type
   */
  interface Visitor<R> {
    /**
     * Visits a {@link Fires}.
     *
     * @param c the cause
     * @return the result
     */
    R fires(Fires c);

    /**
     * Visits a {@link NeedsEvents}.
     *
     * @param c the cause
     * @return the result
     */
    R needsEvents(NeedsEvents c);

    /**
     * Visits a {@link BrokenNot}.
     *
     * @param c the cause
     * @return the result
     */
    R brokenNot(BrokenNot c);

    /**
     * Visits a {@link NoFurtherEvents}.
     *
     * @param c the cause
     * @return the result
     */
    R noFurtherEvents(NoFurtherEvents c);

    /**
     * Visits a {@link BlockedByCaveat}.
     *
     * @param c the cause
     * @return the result
     */
    R blockedByCaveat(BlockedByCaveat c);

    /**
     * Visits a {@link TermEnded}.
     *
     * @param c the cause
     * @return the result
     */
    R termEnded(TermEnded c);

    /**
     * Visits an {@link AgreementEnded}.
     *
     * @param c the cause
     * @return the result
     */
    R agreementEnded(AgreementEnded c);

    /**
     * Visits a {@link DeadlineAhead}.
     *
     * @param c the cause
     * @return the result
     */
    R deadlineAhead(DeadlineAhead c);

    /**
     * Visits a {@link DeadlineOpen}.
     *
     * @param c the cause
     * @return the result
     */
    R deadlineOpen(DeadlineOpen c);

    /**
     * Visits a {@link DeadlinePassed}.
     *
     * @param c the cause
     * @return the result
     */
    R deadlinePassed(DeadlinePassed c);

    /**
     * Visits a {@link Fulfilled}.
     *
     * @param c the cause
     * @return the result
     */
    R fulfilled(Fulfilled c);

    /**
     * Visits a {@link Restraint}.
     *
     * @param c the cause
     * @return the result
     */
    R restraint(Restraint c);

    /**
     * Visits a {@link Breached}.
     *
     * @param c the cause
     * @return the result
     */
    R breached(Breached c);

    /**
     * Visits a {@link PowerExercised}.
     *
     * @param c the cause
     * @return the result
     */
    R powerExercised(PowerExercised c);

    /**
     * Visits an {@link ExerciseIgnored}.
     *
     * @param c the cause
     * @return the result
     */
    R exerciseIgnored(ExerciseIgnored c);
  }

  /**
   * An event that would exercise the power came while the power was not in effect, so it changed
   * nothing (the last such event).
   *
   * @param event the event
   * @param powerStatus the power's status just before it
   */
  record ExerciseIgnored(Event event, Status powerStatus) implements Cause {
    /**
     * Creates the cause.
     *
     * @param event the component of that name, not null
     * @param powerStatus the component of that name, not null
     * @throws NullPointerException if event or powerStatus is null
     */
    public ExerciseIgnored {
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(powerStatus, "powerStatus");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.exerciseIgnored(this);
    }
  }

  /**
   * A power was exercised and took effect: the power itself is spent ({@code FULFILLED}), or the
   * pledge explained is suspended ({@code SUSPENDED}) or terminated ({@code EXPIRED}) by it.
   *
   * @param power the id of the power's pledge
   * @param action what the exercise did
   * @param target the pledge acted on, or empty for the agreement as a whole
   * @param event the event that exercised it
   */
  record PowerExercised(String power, Power.Action action, Optional<String> target, Event event)
      implements Cause {
    /**
     * Creates the cause.
     *
     * @param power the component of that name, not null
     * @param action the component of that name, not null
     * @param target the component of that name, not null
     * @param event the component of that name, not null
     * @throws NullPointerException if power, action, target or event is null
     */
    public PowerExercised {
      Objects.requireNonNull(power, "power");
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(event, "event");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.powerExercised(this);
    }
  }

  /** It fires: trigger and activation hold (and, for a contribution, its own condition). */
  record Fires() implements Cause {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.fires(this);
    }
  }

  /**
   * Further events that would make it fire: each set is one way, smallest first.
   *
   * @param eventSets the first sets found, at most {@link Explanation#MAX_MISSING_SETS}
   * @param more how many further sets were found and not listed
   * @param searchCut whether the search stopped at its work limit ({@link
   *     Explanation#MAX_MISSING_WORK} evaluations), so that other ways may exist
   */
  record NeedsEvents(ImmutableList<ImmutableSet<Occurred>> eventSets, int more, boolean searchCut)
      implements Cause {
    /**
     * Creates the cause.
     *
     * @param eventSets the component of that name, not null
     * @param more the component of that name
     * @param searchCut the component of that name
     * @throws NullPointerException if eventSets is null
     */
    public NeedsEvents {
      Objects.requireNonNull(eventSets, "eventSets");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.needsEvents(this);
    }
  }

  /**
   * A {@code not} that holds no longer: the condition it negates holds.
   *
   * @param condition the broken {@code not}
   * @param negated the trace of the condition it negates
   */
  record BrokenNot(Condition condition, ConditionTrace negated) implements Cause {
    /**
     * Creates the cause.
     *
     * @param condition the component of that name, not null
     * @param negated the component of that name, not null
     * @throws NullPointerException if condition or negated is null
     */
    public BrokenNot {
      Objects.requireNonNull(condition, "condition");
      Objects.requireNonNull(negated, "negated");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.brokenNot(this);
    }
  }

  /**
   * No further events found make it fire: proven (no events added after the as-of instant can make
   * its conditions hold, whatever they are), or not found by the search for what is missing, which
   * tries sets of at most 4 events, one of each pattern (so a condition that needs two events of
   * one pattern, such as {@code after(x, x)}, is not found).
   *
   * @param proven whether it is proven that no further events can make it fire
   * @param searchCut whether the search stopped at its work limit before trying every way
   */
  record NoFurtherEvents(boolean proven, boolean searchCut) implements Cause {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.noFurtherEvents(this);
    }
  }

  /**
   * A standing caveat of the contributing party forbids the contribution.
   *
   * @param party the contributing party's id
   * @param caveat the caveat
   */
  record BlockedByCaveat(String party, Caveat caveat) implements Cause {
    /**
     * Creates the cause.
     *
     * @param party the component of that name, not null
     * @param caveat the component of that name, not null
     * @throws NullPointerException if party or caveat is null
     */
    public BlockedByCaveat {
      Objects.requireNonNull(party, "party");
      Objects.requireNonNull(caveat, "caveat");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.blockedByCaveat(this);
    }
  }

  /**
   * The agreement's own term ({@code Agreement.term()}) has ended, and with it every pledge that
   * does not survive termination: what was decided by then stays, anything else has expired.
   *
   * @param term how the agreement's term ended: at its fixed end, when its ending condition held (a
   *     peace settlement), or when its duration ran out (from its date, or from its {@code since})
   */
  record AgreementEnded(TermEnded term) implements Cause {
    /**
     * Creates the cause.
     *
     * @param term the component of that name, not null
     * @throws NullPointerException if term is null
     */
    public AgreementEnded {
      Objects.requireNonNull(term, "term");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.agreementEnded(this);
    }
  }

  /**
   * The pledge's term has ended.
   *
   * @param ending how it ended
   * @param at when, where the term says: the fixed end, the first instant the ending condition held
   *     (empty if it held before any event or holds now), or the end of the duration
   * @param endsWhen the ending condition, for {@link Ending#ENDING_CONDITION}
   * @param lastsFor the duration, for {@link Ending#DURATION}
   * @param firstActive the instant the duration counts from, for {@link Ending#DURATION}: the
   *     pledge's first activation, or the first instant {@code since} held
   * @param since the term's {@code since} condition, for a {@link Ending#DURATION} counted from it
   */
  record TermEnded(
      Ending ending,
      Optional<Instant> at,
      Optional<Condition> endsWhen,
      Optional<Duration> lastsFor,
      Optional<Instant> firstActive,
      Optional<Condition> since)
      implements Cause {
    /**
     * Creates the cause.
     *
     * @param ending the component of that name, not null
     * @param at the component of that name, not null
     * @param endsWhen the component of that name, not null
     * @param lastsFor the component of that name, not null
     * @param firstActive the component of that name, not null
     * @param since the component of that name, not null
     * @throws NullPointerException if ending, at, endsWhen, lastsFor, firstActive or since is null
     */
    public TermEnded {
      Objects.requireNonNull(ending, "ending");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(endsWhen, "endsWhen");
      Objects.requireNonNull(lastsFor, "lastsFor");
      Objects.requireNonNull(firstActive, "firstActive");
      Objects.requireNonNull(since, "since");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.termEnded(this);
    }

    /** How a term ends. */
    public enum Ending {
      /** A fixed instant passed. */
      FIXED_END,
      /** The ending condition held (now, or at some earlier moment: an ended term stays ended). */
      ENDING_CONDITION,
      /** Its duration, from first activation or from when its {@code since} held, ran out. */
      DURATION
    }
  }

  /**
   * An obligation with a deadline that has not yet fired: what fulfils it once active, and by when.
   *
   * @param fulfilledBy the fulfilling event's pattern
   * @param deadline the deadline: a duration from first activation, a fixed instant, or none
   */
  record DeadlineAhead(Occurred fulfilledBy, Deadline deadline) implements Cause {
    /**
     * Creates the cause.
     *
     * @param fulfilledBy the component of that name, not null
     * @param deadline the component of that name, not null
     * @throws NullPointerException if fulfilledBy or deadline is null
     */
    public DeadlineAhead {
      Objects.requireNonNull(fulfilledBy, "fulfilledBy");
      Objects.requireNonNull(deadline, "deadline");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.deadlineAhead(this);
    }
  }

  /**
   * An open deadline: the clock runs.
   *
   * @param fulfilledBy the fulfilling event's pattern
   * @param deadline the deadline
   * @param start the first activation, when the clock started
   * @param due the due instant, empty for an obligation with no time limit
   */
  record DeadlineOpen(Occurred fulfilledBy, Deadline deadline, Instant start, Optional<Instant> due)
      implements Cause {
    /**
     * Creates the cause.
     *
     * @param fulfilledBy the component of that name, not null
     * @param deadline the component of that name, not null
     * @param start the component of that name, not null
     * @param due the component of that name, not null
     * @throws NullPointerException if fulfilledBy, deadline, start or due is null
     */
    public DeadlineOpen {
      Objects.requireNonNull(fulfilledBy, "fulfilledBy");
      Objects.requireNonNull(deadline, "deadline");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(due, "due");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.deadlineOpen(this);
    }
  }

  /**
   * A deadline that passed without its fulfilling event.
   *
   * @param fulfilledBy the fulfilling event's pattern
   * @param deadline the deadline
   * @param start the first activation
   * @param due the due instant
   * @param cameLate the late fulfilling event, if one came after the deadline
   */
  record DeadlinePassed(
      Occurred fulfilledBy, Deadline deadline, Instant start, Instant due, Optional<Event> cameLate)
      implements Cause {
    /**
     * Creates the cause.
     *
     * @param fulfilledBy the component of that name, not null
     * @param deadline the component of that name, not null
     * @param start the component of that name, not null
     * @param due the component of that name, not null
     * @param cameLate the component of that name, not null
     * @throws NullPointerException if fulfilledBy, deadline, start, due or cameLate is null
     */
    public DeadlinePassed {
      Objects.requireNonNull(fulfilledBy, "fulfilledBy");
      Objects.requireNonNull(deadline, "deadline");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(due, "due");
      Objects.requireNonNull(cameLate, "cameLate");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.deadlinePassed(this);
    }
  }

  /**
   * A deadline met.
   *
   * @param event the fulfilling event
   * @param deadline the deadline
   * @param start the first activation
   * @param due the due instant, empty for an obligation with no time limit
   */
  record Fulfilled(Event event, Deadline deadline, Instant start, Optional<Instant> due)
      implements Cause {
    /**
     * Creates the cause.
     *
     * @param event the component of that name, not null
     * @param deadline the component of that name, not null
     * @param start the component of that name, not null
     * @param due the component of that name, not null
     * @throws NullPointerException if event, deadline, start or due is null
     */
    public Fulfilled {
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(deadline, "deadline");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(due, "due");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.fulfilled(this);
    }
  }

  /**
   * A restraint in effect and not breached.
   *
   * @param forbidden the events it refrains from
   */
  record Restraint(ImmutableList<Occurred> forbidden) implements Cause {
    /**
     * Creates the cause.
     *
     * @param forbidden the component of that name, not null
     * @throws NullPointerException if forbidden is null
     */
    public Restraint {
      Objects.requireNonNull(forbidden, "forbidden");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.restraint(this);
    }
  }

  /**
   * A restraint breached after it took effect.
   *
   * @param event the breaching event
   */
  record Breached(Event event) implements Cause {
    /**
     * Creates the cause.
     *
     * @param event the component of that name, not null
     * @throws NullPointerException if event is null
     */
    public Breached {
      Objects.requireNonNull(event, "event");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.breached(this);
    }
  }
}
