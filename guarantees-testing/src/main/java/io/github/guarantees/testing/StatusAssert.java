package io.github.guarantees.testing;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.guarantees.condition.Occurred;
import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.Explanation;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.model.Caveat;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on the status of one pledge, or of one party's contribution to it, in an assessment.
 * Each returns this assertion, so checks chain; a failure shows the explanation of the actual
 * status, with the quoted clause.
 *
 * <p>Obtained from {@link AssessmentAssert#pledge} or {@link AssessmentAssert#contribution}.
 */
public final class StatusAssert {
  private final @Nullable Assessment assessment;
  private final String pledge;
  private final @Nullable String party;
  private final Checks checks;

  StatusAssert(
      @Nullable Assessment assessment, String pledge, @Nullable String party, Checks checks) {
    this.assessment = assessment;
    this.pledge = pledge;
    this.party = party;
    this.checks = checks;
  }

  /**
   * Asserts the status.
   *
   * @param expected the status expected, not null
   * @return this assertion
   * @throws AssertionError if the status differs (unless soft)
   * @throws NullPointerException if expected is null
   */
  public StatusAssert hasStatus(Status expected) {
    checkNotNull(expected, "expected");
    Explanation e = explanation();
    if (e != null) {
      checks.check(
          e.status() == expected,
          "expected "
              + subject()
              + " to be "
              + expected
              + " but it is "
              + e.status()
              + ":\n"
              + Checks.indent(e.toString()));
    }
    return this;
  }

  /**
   * Asserts {@link Status#DORMANT}: nothing has brought it into play.
   *
   * @return this assertion
   */
  public StatusAssert isDormant() {
    return hasStatus(Status.DORMANT);
  }

  /**
   * Asserts {@link Status#PENDING}: in play, not yet in effect.
   *
   * @return this assertion
   */
  public StatusAssert isPending() {
    return hasStatus(Status.PENDING);
  }

  /**
   * Asserts {@link Status#ACTIVE}: it fires.
   *
   * @return this assertion
   */
  public StatusAssert isActive() {
    return hasStatus(Status.ACTIVE);
  }

  /**
   * Asserts {@link Status#SUSPENDED}.
   *
   * @return this assertion
   */
  public StatusAssert isSuspended() {
    return hasStatus(Status.SUSPENDED);
  }

  /**
   * Asserts {@link Status#BLOCKED} (contributions only).
   *
   * @return this assertion
   */
  public StatusAssert isBlocked() {
    return hasStatus(Status.BLOCKED);
  }

  /**
   * Asserts {@link Status#EXPIRED}.
   *
   * @return this assertion
   */
  public StatusAssert isExpired() {
    return hasStatus(Status.EXPIRED);
  }

  /**
   * Asserts {@link Status#FULFILLED}.
   *
   * @return this assertion
   */
  public StatusAssert isFulfilled() {
    return hasStatus(Status.FULFILLED);
  }

  /**
   * Asserts {@link Status#VIOLATED}.
   *
   * @return this assertion
   */
  public StatusAssert isViolated() {
    return hasStatus(Status.VIOLATED);
  }

  /**
   * Asserts that one smallest set of further events that would make it fire holds every given
   * trigger (and perhaps others): {@code isMissing("credible-cessation")}.
   *
   * @param triggers the trigger ids, at least one; not null
   * @return this assertion
   * @throws IllegalArgumentException if no trigger is given
   * @throws NullPointerException if triggers or one of them is null
   */
  public StatusAssert isMissing(String... triggers) {
    checkNotNull(triggers, "triggers");
    if (triggers.length == 0) {
      throw new IllegalArgumentException("name at least one trigger");
    }
    List<String> wanted = Arrays.asList(triggers);
    wanted.forEach(t -> checkNotNull(t, "triggers[i]"));
    Explanation e = explanation();
    if (e != null) {
      boolean found =
          e.missing().stream()
              .map(set -> set.stream().map(Occurred::trigger).collect(Collectors.toSet()))
              .anyMatch((Set<String> set) -> set.containsAll(wanted));
      checks.check(
          found,
          "expected "
              + subject()
              + " to be missing "
              + String.join(" + ", wanted)
              + " but "
              + (e.missing().isEmpty() ? "it misses no events" : "it is not")
              + ":\n"
              + Checks.indent(e.toString()));
    }
    return this;
  }

  /**
   * Asserts that the contribution is {@link Status#BLOCKED} by the party's caveat with this id.
   *
   * @param caveatId the caveat's id, not null
   * @return this assertion
   * @throws NullPointerException if caveatId is null
   */
  public StatusAssert isBlockedBy(String caveatId) {
    checkNotNull(caveatId, "caveatId");
    Explanation e = explanation();
    if (e != null) {
      Optional<String> by = e.blockedBy().map(Caveat::id);
      checks.check(
          e.status() == Status.BLOCKED && by.equals(Optional.of(caveatId)),
          "expected "
              + subject()
              + " to be BLOCKED by caveat '"
              + caveatId
              + "' but it is "
              + e.status()
              + by.map(c -> " (blocked by caveat '" + c + "')").orElse("")
              + ":\n"
              + Checks.indent(e.toString()));
    }
    return this;
  }

  private String subject() {
    return Checks.subject(pledge, party);
  }

  /** The explanation of the subject, or null after failing because there is none. */
  private @Nullable Explanation explanation() {
    Assessment a = assessment;
    if (a == null) {
      checks.check(false, "expected an assessment but it is null");
      return null;
    }
    String p = party;
    try {
      return p == null ? a.explain(pledge) : a.explain(pledge, p);
    } catch (IllegalArgumentException e) {
      checks.check(false, "expected " + subject() + " in the assessment: " + e.getMessage());
      return null;
    }
  }
}
