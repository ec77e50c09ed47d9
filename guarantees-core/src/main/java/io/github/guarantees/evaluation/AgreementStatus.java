package io.github.guarantees.evaluation;

import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.Power;
import java.util.List;
import java.util.Objects;

/**
 * Where the agreement itself stands at an instant, read from its pledges' statuses (so the kernel
 * and any evaluator that agrees on the statuses agree on it): Symboleo's "in effect", "successful
 * termination" and "unsuccessful termination".
 */
public enum AgreementStatus {
  /** Neither completed, terminated by a power, nor ended by its term. */
  IN_EFFECT,
  /**
   * Terminated successfully: every obligation with a deadline that does not survive termination and
   * has been created (is not {@code DORMANT}) is {@code FULFILLED} (there is at least one), no
   * pledge that does not survive is {@code VIOLATED}, and no power terminated the agreement.
   * Surviving pledges go on.
   */
  COMPLETED,
  /**
   * Terminated unsuccessfully: a power to terminate the agreement was exercised ({@link
   * Power#terminateAgreement}); the pledges that do not survive have expired, or stay as decided.
   */
  TERMINATED,
  /**
   * Ended by its own term ({@code Agreement.term()}): its fixed end or its duration passed, or its
   * ending condition held (a peace settlement), with no power having terminated it before; the
   * pledges that do not survive have expired, or stay as decided.
   */
  EXPIRED;

  /**
   * Returns the agreement's status given every pledge's, in the agreement's order of instances, and
   * whether its own term has ended: {@code TERMINATED} if a power to terminate it was exercised (no
   * power can be once the term has ended, so this order is the order in time), else {@code EXPIRED}
   * if its term has ended, else {@code COMPLETED} or {@code IN_EFFECT}.
   *
   * @param pledges the assessments of the agreement's pledges (instances), not null
   * @param termEnded whether the agreement's own term has ended
   * @return the agreement's status
   * @throws NullPointerException if pledges or one of them is null
   */
  public static AgreementStatus of(List<PledgeAssessment> pledges, boolean termEnded) {
    Objects.requireNonNull(pledges, "pledges");
    int obligations = 0;
    boolean open = false;
    for (PledgeAssessment a : pledges) {
      Pledge p = a.pledge();
      boolean terminatesAll =
          p.power()
              .filter(w -> w.action() == Power.Action.TERMINATE && w.target().isEmpty())
              .isPresent();
      if (terminatesAll && a.status() == Status.FULFILLED) {
        return TERMINATED;
      }
      if (p.survivesTermination()) {
        continue;
      }
      if (a.status() == Status.VIOLATED) {
        open = true;
      }
      // An obligation never created (its trigger never held: late payment when payment was made
      // on time) is not owed, so it neither counts nor keeps the agreement open.
      if (p.deadline().isPresent() && a.status() != Status.DORMANT) {
        obligations++;
        open |= a.status() != Status.FULFILLED;
      }
    }
    if (termEnded) {
      return EXPIRED;
    }
    return obligations > 0 && !open ? COMPLETED : IN_EFFECT;
  }
}
