package io.github.guarantees.evaluation;

import com.google.common.collect.ImmutableList;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Caveat;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.Term;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A pledge prepared for evaluation: its effective trigger resolved, caveats decided once. */
final class CompiledPledge {
  final Pledge pledge;
  final Condition trigger;
  final Condition activation;
  final @Nullable Term term;
  final ImmutableList<CompiledContribution> contributions;

  CompiledPledge(Agreement agreement, Pledge pledge) {
    this.pledge = pledge;
    this.trigger = agreement.triggerOf(pledge);
    this.activation = pledge.activation();
    this.term = pledge.term().orElse(null);
    ImmutableList.Builder<CompiledContribution> cs = ImmutableList.builder();
    for (Contribution c : pledge.contributions()) {
      cs.add(new CompiledContribution(c, agreement.blockingCaveat(pledge, c)));
    }
    this.contributions = cs.build();
  }

  /** A contribution with its standing caveat decided at compile time. */
  static final class CompiledContribution {
    final Contribution contribution;
    final Optional<Caveat> blockedBy;

    CompiledContribution(Contribution contribution, Optional<Caveat> blockedBy) {
      this.contribution = contribution;
      this.blockedBy = blockedBy;
    }
  }

  boolean active(EventIndex index, Instant t) {
    return Interpreter.holds(trigger, index, t) && Interpreter.holds(activation, index, t);
  }

  /** The first event instant at or before {@code t} at which the pledge fired. */
  @Nullable Instant firstActive(EventIndex index, Instant t) {
    for (Instant i : index.instants().headSet(t, true)) {
      if (active(index, i)) {
        return i;
      }
    }
    return null;
  }

  /** Whether the pledge fired at some event instant strictly before {@code t}. */
  boolean activeBefore(EventIndex index, Instant t) {
    for (Instant i : index.instants().headSet(t, false)) {
      if (active(index, i)) {
        return true;
      }
    }
    return false;
  }

  /** Why the term has ended at {@code t}, or null if it has not. */
  @Nullable String termEnded(EventIndex index, Instant t) {
    Term term = this.term;
    if (term == null) {
      return null;
    }
    if (term.endsAt().isPresent() && !term.endsAt().get().isAfter(t)) {
      return "the term ended at " + term.endsAt().get();
    }
    if (term.endsWhen().isPresent() && Interpreter.holds(term.endsWhen().get(), index, t)) {
      return "the term ended when " + term.endsWhen().get() + " held";
    }
    if (term.lastsFor().isPresent()) {
      Duration d = term.lastsFor().get();
      Instant first = firstActive(index, t);
      if (first != null && !first.plus(d).isAfter(t)) {
        return "the term of " + d + " from first activation at " + first + " ended";
      }
    }
    return null;
  }

  Status status(EventIndex index, Instant t) {
    if (termEnded(index, t) != null) {
      return Status.EXPIRED;
    }
    boolean triggered = Interpreter.holds(trigger, index, t);
    if (triggered && Interpreter.holds(activation, index, t)) {
      return Status.ACTIVE;
    }
    if (activeBefore(index, t)) {
      return Status.SUSPENDED;
    }
    return triggered ? Status.PENDING : Status.DORMANT;
  }

  Status contributionStatus(
      CompiledContribution c, Status pledgeStatus, EventIndex index, Instant t) {
    if (pledgeStatus == Status.EXPIRED) {
      return Status.EXPIRED;
    }
    if (c.blockedBy.isPresent()) {
      return Status.BLOCKED;
    }
    if (pledgeStatus != Status.ACTIVE) {
      return pledgeStatus;
    }
    Condition own = c.contribution.condition();
    if (Interpreter.holds(own, index, t)) {
      return Status.ACTIVE;
    }
    for (Instant i : index.instants().headSet(t, false)) {
      if (active(index, i) && Interpreter.holds(own, index, i)) {
        return Status.SUSPENDED;
      }
    }
    return Status.PENDING;
  }
}
