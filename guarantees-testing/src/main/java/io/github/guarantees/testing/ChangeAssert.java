package io.github.guarantees.testing;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.evaluation.StatusChange;
import java.time.Instant;

/**
 * Assertions on when a pledge or contribution changed to one status.
 *
 * <p>Obtained from {@link LifecycleAssert#changedTo(Status)}.
 */
public final class ChangeAssert {
  private final LifecycleAssert lifecycle;
  private final Status status;
  private final ImmutableList<StatusChange> changes;
  private final Checks checks;

  ChangeAssert(
      LifecycleAssert lifecycle,
      Status status,
      ImmutableList<StatusChange> changes,
      Checks checks) {
    this.lifecycle = lifecycle;
    this.status = status;
    this.changes = changes;
    this.checks = checks;
  }

  /**
   * Asserts that one of the changes to the status came at this instant.
   *
   * @param instant the instant, not null
   * @return this assertion
   * @throws NullPointerException if instant is null
   */
  public ChangeAssert at(Instant instant) {
    checkNotNull(instant, "instant");
    if (!changes.isEmpty()) {
      checks.check(
          changes.stream().anyMatch(c -> c.at().equals(instant)),
          "expected "
              + lifecycle.subject()
              + " to change to "
              + status
              + " at "
              + instant
              + " but it did not;"
              + lifecycle.listed());
    }
    return this;
  }

  /**
   * Asserts that the status changed to this one exactly this many times.
   *
   * @param times the number of changes, at least 1
   * @return this assertion
   * @throws IllegalArgumentException if times is less than 1
   */
  public ChangeAssert times(int times) {
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1; use neverChangedTo for 0");
    }
    if (!changes.isEmpty()) {
      checks.check(
          changes.size() == times,
          "expected "
              + lifecycle.subject()
              + " to change to "
              + status
              + " "
              + times
              + (times == 1 ? " time" : " times")
              + " but it did "
              + changes.size()
              + ";"
              + lifecycle.listed());
    }
    return this;
  }

  /**
   * Returns to the lifecycle's assertions, to chain another check.
   *
   * @return the lifecycle's assertions
   */
  public LifecycleAssert and() {
    return lifecycle;
  }
}
