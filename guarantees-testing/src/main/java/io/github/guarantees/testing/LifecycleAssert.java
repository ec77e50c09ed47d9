package io.github.guarantees.testing;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.guarantees.evaluation.PledgeTimeline;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.evaluation.StatusChange;
import io.github.guarantees.evaluation.Timeline;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on the status changes of one pledge, or of one party's contribution to it, in a
 * timeline. A failure lists every change the subject went through.
 *
 * <p>Obtained from {@link TimelineAssert#pledge} or {@link TimelineAssert#contribution}.
 */
public final class LifecycleAssert {
  private final @Nullable Timeline timeline;
  private final String pledge;
  private final @Nullable String party;
  private final Checks checks;

  LifecycleAssert(
      @Nullable Timeline timeline, String pledge, @Nullable String party, Checks checks) {
    this.timeline = timeline;
    this.pledge = pledge;
    this.party = party;
    this.checks = checks;
  }

  /**
   * Asserts that the status changed to the given one at least once; {@link ChangeAssert#at} then
   * says when.
   *
   * @param status the status changed to, not null
   * @return assertions on those changes
   * @throws NullPointerException if status is null
   */
  public ChangeAssert changedTo(Status status) {
    checkNotNull(status, "status");
    Optional<ImmutableList<StatusChange>> all = changes();
    ImmutableList<StatusChange> to =
        all.orElse(ImmutableList.of()).stream()
            .filter(c -> c.to() == status)
            .collect(ImmutableList.toImmutableList());
    if (all.isPresent()) {
      checks.check(
          !to.isEmpty(),
          "expected " + subject() + " to change to " + status + " but it never did;" + listed());
    }
    return new ChangeAssert(this, status, to, checks);
  }

  /**
   * Asserts that the status never changed to the given one.
   *
   * @param status the status, not null
   * @return this assertion
   * @throws NullPointerException if status is null
   */
  public LifecycleAssert neverChangedTo(Status status) {
    checkNotNull(status, "status");
    changes()
        .ifPresent(
            all ->
                checks.check(
                    all.stream().noneMatch(c -> c.to() == status),
                    "expected " + subject() + " never to change to " + status + ";" + listed()));
    return this;
  }

  /**
   * Asserts the status at an instant.
   *
   * @param t the instant, at or before the timeline's as-of instant; not null
   * @param expected the status expected then, not null
   * @return this assertion
   * @throws NullPointerException if an argument is null
   */
  public LifecycleAssert hasStatusAt(Instant t, Status expected) {
    checkNotNull(t, "t");
    checkNotNull(expected, "expected");
    Status actual = statusAt(t);
    if (actual != null) {
      checks.check(
          actual == expected,
          "expected "
              + subject()
              + " to be "
              + expected
              + " at "
              + t
              + " but it is "
              + actual
              + ";"
              + listed());
    }
    return this;
  }

  String subject() {
    return Checks.subject(pledge, party);
  }

  /** The subject's initial status and changes, one a line, for a failure message. */
  String listed() {
    Optional<Life> life = find();
    if (life.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("\n  initially ").append(life.get().initial());
    for (StatusChange c : life.get().changes()) {
      out.append("\n  ").append(c);
    }
    return out.toString();
  }

  /** A pledge's or contribution's lifecycle, whichever was selected. */
  private record Life(Status initial, ImmutableList<StatusChange> changes, Instant asOf) {
    Status at(Instant t) {
      Status status = initial;
      for (StatusChange c : changes) {
        if (c.at().isAfter(t)) {
          break;
        }
        status = c.to();
      }
      return status;
    }
  }

  private @Nullable Status statusAt(Instant t) {
    Optional<Life> life = lifecycle();
    if (life.isEmpty()) {
      return null;
    }
    if (t.isAfter(life.get().asOf())) {
      checks.check(
          false,
          "cannot ask "
              + subject()
              + " about "
              + t
              + ": after the timeline's as-of instant "
              + life.get().asOf());
      return null;
    }
    return life.get().at(t);
  }

  private Optional<ImmutableList<StatusChange>> changes() {
    return lifecycle().map(Life::changes);
  }

  /** The lifecycle, or empty after failing because there is none. */
  private Optional<Life> lifecycle() {
    Timeline t = timeline;
    if (t == null) {
      checks.check(false, "expected a timeline but it is null");
      return Optional.empty();
    }
    Optional<Life> life;
    try {
      life = find();
    } catch (IllegalArgumentException e) {
      checks.check(false, "expected " + subject() + " in the timeline: " + e.getMessage());
      return Optional.empty();
    }
    if (life.isEmpty()) {
      checks.check(false, "expected " + subject() + " in the timeline, but it has no such party");
    }
    return life;
  }

  /** The lifecycle; empty for no timeline or no such party; throws for no such pledge. */
  private Optional<Life> find() {
    Timeline t = timeline;
    if (t == null) {
      return Optional.empty();
    }
    PledgeTimeline p = t.pledge(pledge);
    String who = party;
    if (who == null) {
      return Optional.of(new Life(p.initial(), p.changes(), t.asOf()));
    }
    return p.contribution(who).map(c -> new Life(c.initial(), c.changes(), t.asOf()));
  }
}
