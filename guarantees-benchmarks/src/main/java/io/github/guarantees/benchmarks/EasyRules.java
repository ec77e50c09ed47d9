package io.github.guarantees.benchmarks;

import com.google.common.collect.ImmutableMap;
import io.github.guarantees.condition.After;
import io.github.guarantees.condition.AllOf;
import io.github.guarantees.condition.Always;
import io.github.guarantees.condition.AnyOf;
import io.github.guarantees.condition.AtLeast;
import io.github.guarantees.condition.AtLeastParties;
import io.github.guarantees.condition.ConditionVisitor;
import io.github.guarantees.condition.InForce;
import io.github.guarantees.condition.Not;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.condition.StatusIs;
import io.github.guarantees.condition.Within;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Pledge;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jeasy.rules.api.Condition;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;

/**
 * The agreement's rules run by Easy Rules 4.1: one rule per pledge, its condition a tree of Easy
 * Rules {@link Condition}s mirroring the pledge's trigger and activation, reading the scenario's
 * {@link TriggerTimes} from the facts; its action marks the pledge fired.
 *
 * <pre>{@code
 * EasyRules engine = EasyRules.of(workload.agreement(), workload.triggerIndex());
 * engine.decide(workload.times(0), fired);
 * }</pre>
 *
 * <p>Not thread-safe: one engine per thread.
 */
public final class EasyRules {
  private static final String TIMES = "times";
  private static final String FIRED = "fired";

  private final Rules rules;
  private final RulesEngine engine = new DefaultRulesEngine();

  private EasyRules(Rules rules) {
    this.rules = rules;
  }

  /**
   * Builds the rules of an agreement whose patterns name no party.
   *
   * @param agreement the agreement, not null
   * @param triggerIndex the index of every trigger id in the {@link TriggerTimes} arrays, not null
   * @return the engine
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a pattern names a party
   */
  public static EasyRules of(Agreement agreement, Map<String, Integer> triggerIndex) {
    Objects.requireNonNull(agreement, "agreement");
    Translation translation = new Translation(ImmutableMap.copyOf(triggerIndex));
    Set<Rule> rules = new HashSet<>();
    List<Pledge> pledges = agreement.pledges();
    for (int p = 0; p < pledges.size(); p++) {
      Pledge pledge = pledges.get(p);
      Condition trigger = agreement.triggerOf(pledge).accept(translation);
      Condition activation = pledge.activation().accept(translation);
      int position = p;
      rules.add(
          new RuleBuilder()
              .name(pledge.id())
              .when(facts -> trigger.evaluate(facts) && activation.evaluate(facts))
              .then(facts -> facts.<boolean[]>get(FIRED)[position] = true)
              .build());
    }
    return new EasyRules(new Rules(rules));
  }

  /**
   * Decides which pledges fire in one scenario: fires the rules over the scenario's facts.
   *
   * @param times the scenario's events by trigger, as {@link Workload#times(int)} gives them
   * @param fired set to whether each pledge, in the agreement's order, is ACTIVE at as-of
   */
  public void decide(long[][] times, boolean[] fired) {
    Arrays.fill(fired, false);
    Facts facts = new Facts();
    facts.put(TIMES, times);
    facts.put(FIRED, fired);
    engine.fire(rules, facts);
  }

  /** A condition as an Easy Rules condition over the facts. */
  private static final class Translation implements ConditionVisitor<Condition> {
    private final ImmutableMap<String, Integer> triggerIndex;

    Translation(ImmutableMap<String, Integer> triggerIndex) {
      this.triggerIndex = triggerIndex;
    }

    private int row(Occurred pattern) {
      return Patterns.index(pattern, triggerIndex);
    }

    private Condition[] operands(List<io.github.guarantees.condition.Condition> operands) {
      Condition[] out = new Condition[operands.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = operands.get(i).accept(this);
      }
      return out;
    }

    private static long[] times(Facts facts, int row) {
      return facts.<long[][]>get(TIMES)[row];
    }

    @Override
    public Condition visitAlways(Always c) {
      return Condition.TRUE;
    }

    @Override
    public Condition visitOccurred(Occurred c) {
      int t = row(c);
      return facts -> times(facts, t).length != 0;
    }

    @Override
    public Condition visitAllOf(AllOf c) {
      Condition[] ops = operands(c.operands());
      return facts -> {
        for (Condition o : ops) {
          if (!o.evaluate(facts)) {
            return false;
          }
        }
        return true;
      };
    }

    @Override
    public Condition visitAnyOf(AnyOf c) {
      Condition[] ops = operands(c.operands());
      return facts -> {
        for (Condition o : ops) {
          if (o.evaluate(facts)) {
            return true;
          }
        }
        return false;
      };
    }

    @Override
    public Condition visitNot(Not c) {
      Condition op = c.operand().accept(this);
      return facts -> !op.evaluate(facts);
    }

    @Override
    public Condition visitAtLeast(AtLeast c) {
      Condition[] ops = operands(c.operands());
      int k = c.k();
      return facts -> {
        int n = 0;
        for (Condition o : ops) {
          if (o.evaluate(facts) && ++n >= k) {
            return true;
          }
        }
        return false;
      };
    }

    @Override
    public Condition visitInForce(InForce c) {
      int put = row(c.trigger());
      int revoke = row(c.revokedBy());
      return facts -> {
        long[] p = times(facts, put);
        long[] r = times(facts, revoke);
        return p.length != 0 && (r.length == 0 || r[r.length - 1] < p[p.length - 1]);
      };
    }

    @Override
    public Condition visitAfter(After c) {
      int later = row(c.later());
      int earlier = row(c.earlier());
      return facts -> {
        long[] l = times(facts, later);
        long[] e = times(facts, earlier);
        return l.length != 0 && e.length != 0 && l[l.length - 1] > e[0];
      };
    }

    @Override
    public Condition visitAtLeastParties(AtLeastParties c) {
      throw new IllegalArgumentException(
          c + ": the peer engines do not count distinct parties (the kernel's language only)");
    }

    @Override
    public Condition visitStatusIs(StatusIs c) {
      throw new IllegalArgumentException(
          c + ": the peer engines do not read pledges' statuses (the kernel's language only)");
    }

    @Override
    public Condition visitWithin(Within c) {
      int event = row(c.event());
      int anchor = row(c.anchor());
      long window = Patterns.windowSeconds(c);
      return facts -> {
        long[] xs = times(facts, event);
        int j = 0;
        for (long a : times(facts, anchor)) {
          while (j < xs.length && xs[j] < a) {
            j++;
          }
          if (j == xs.length) {
            return false;
          }
          if (xs[j] <= a + window) {
            return true;
          }
        }
        return false;
      };
    }
  }
}
