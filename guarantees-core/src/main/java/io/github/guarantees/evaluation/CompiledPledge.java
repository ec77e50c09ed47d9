package io.github.guarantees.evaluation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Caveat;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Pledge;
import java.util.Optional;

/**
 * A pledge's parts as explanations name them: its effective trigger resolved, each contribution's
 * caveat decided once. Pure data: what they mean is the kernel's ({@link Kernel}, {@link Sweep}).
 */
final class CompiledPledge {
  final Pledge pledge;
  final Condition trigger;
  final Condition activation;
  final ImmutableList<CompiledContribution> contributions;

  /** The patterns of the trigger and activation: the events a change of status can be due to. */
  final ImmutableSet<Occurred> relevant;

  CompiledPledge(Agreement agreement, Pledge pledge) {
    this.pledge = pledge;
    this.trigger = agreement.triggerOf(pledge);
    this.activation = pledge.activation();
    this.relevant =
        ImmutableSet.<Occurred>builder()
            .addAll(trigger.patterns())
            .addAll(activation.patterns())
            .build();
    ImmutableList.Builder<CompiledContribution> cs = ImmutableList.builder();
    for (Contribution c : pledge.contributions()) {
      cs.add(
          new CompiledContribution(
              c,
              agreement.blockingCaveat(pledge, c),
              ImmutableSet.<Occurred>builder()
                  .addAll(relevant)
                  .addAll(c.condition().patterns())
                  .build()));
    }
    this.contributions = cs.build();
  }

  /** A contribution with its standing caveat decided at compile time. */
  static final class CompiledContribution {
    final Contribution contribution;
    final Optional<Caveat> blockedBy;

    /** The pledge's relevant patterns and the contribution's condition's. */
    final ImmutableSet<Occurred> relevant;

    CompiledContribution(
        Contribution contribution, Optional<Caveat> blockedBy, ImmutableSet<Occurred> relevant) {
      this.contribution = contribution;
      this.blockedBy = blockedBy;
      this.relevant = relevant;
    }
  }
}
