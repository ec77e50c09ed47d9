package io.github.guarantees.model;

import com.google.common.collect.ImmutableList;
import io.github.guarantees.condition.After;
import io.github.guarantees.condition.AllOf;
import io.github.guarantees.condition.Always;
import io.github.guarantees.condition.AnyOf;
import io.github.guarantees.condition.AtLeast;
import io.github.guarantees.condition.AtLeastParties;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.ConditionVisitor;
import io.github.guarantees.condition.InForce;
import io.github.guarantees.condition.Not;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.condition.PartyPattern;
import io.github.guarantees.condition.PartyPatternVisitor;
import io.github.guarantees.condition.StatusIs;
import io.github.guarantees.condition.Within;
import java.util.IdentityHashMap;
import java.util.Optional;

/**
 * The instance of a pledge owed to one party: every {@link PartyPattern#owed()} in its conditions
 * becomes "that party, while it belongs to the pledge's set" ({@code both(named(X), set)}), so that
 * the instance is an ordinary pledge. A condition shared by several operands is rewritten once and
 * stays shared; a condition without {@code owed()} is kept as it is.
 */
final class Binding implements ConditionVisitor<Condition> {
  private final PartyPattern bound;
  private final IdentityHashMap<Condition, Condition> done = new IdentityHashMap<>();

  Binding(String party, PartyPattern set) {
    this.bound = PartyPattern.both(PartyPattern.named(party), set);
  }

  Condition bind(Condition c) {
    Condition known = done.get(c);
    if (known == null) {
      known = c.accept(this);
      done.put(c, known);
    }
    return known;
  }

  Occurred pattern(Occurred o) {
    return (Occurred) bind(o);
  }

  private Optional<PartyPattern> party(Optional<PartyPattern> p) {
    return p.map(x -> x.accept(parties));
  }

  private final PartyPatternVisitor<PartyPattern> parties =
      new PartyPatternVisitor<>() {
        @Override
        public PartyPattern visitNamed(PartyPattern.Named p) {
          return p;
        }

        @Override
        public PartyPattern visitMember(PartyPattern.Member p) {
          return p;
        }

        @Override
        public PartyPattern visitNonMember(PartyPattern.NonMember p) {
          return p;
        }

        @Override
        public PartyPattern visitHasRole(PartyPattern.HasRole p) {
          return p;
        }

        @Override
        public PartyPattern visitHasAttribute(PartyPattern.HasAttribute p) {
          return p;
        }

        @Override
        public PartyPattern visitOwed(PartyPattern.Owed p) {
          return bound;
        }

        @Override
        public PartyPattern visitBoth(PartyPattern.Both p) {
          return PartyPattern.both(
              p.patterns().stream().map(x -> x.accept(this)).toArray(PartyPattern[]::new));
        }
      };

  private ImmutableList<Condition> all(ImmutableList<Condition> cs) {
    ImmutableList.Builder<Condition> out = ImmutableList.builder();
    boolean same = true;
    for (Condition c : cs) {
      Condition b = bind(c);
      same &= b.equals(c);
      out.add(b);
    }
    return same ? cs : out.build();
  }

  @Override
  public Condition visitAlways(Always c) {
    return c;
  }

  @Override
  public Condition visitOccurred(Occurred c) {
    Optional<PartyPattern> actor = party(c.actor());
    Optional<PartyPattern> target = party(c.target());
    if (actor.equals(c.actor()) && target.equals(c.target())) {
      return c;
    }
    Occurred out = Condition.occurred(c.trigger());
    if (actor.isPresent()) {
      out = out.by(actor.get());
    }
    if (target.isPresent()) {
      out = out.against(target.get());
    }
    if (c.place().isPresent()) {
      out = out.in(c.place().get());
    }
    return out;
  }

  @Override
  public Condition visitAllOf(AllOf c) {
    ImmutableList<Condition> ops = all(c.operands());
    return ops.equals(c.operands()) ? c : Condition.allOf(ops);
  }

  @Override
  public Condition visitAnyOf(AnyOf c) {
    ImmutableList<Condition> ops = all(c.operands());
    return ops.equals(c.operands()) ? c : Condition.anyOf(ops);
  }

  @Override
  public Condition visitNot(Not c) {
    Condition op = bind(c.operand());
    return op.equals(c.operand()) ? c : Condition.not(op);
  }

  @Override
  public Condition visitAtLeast(AtLeast c) {
    ImmutableList<Condition> ops = all(c.operands());
    return ops.equals(c.operands()) ? c : Condition.atLeast(c.k(), ops.toArray(new Condition[0]));
  }

  @Override
  public Condition visitInForce(InForce c) {
    return Condition.inForce(pattern(c.trigger()), pattern(c.revokedBy()));
  }

  @Override
  public Condition visitAfter(After c) {
    return Condition.after(pattern(c.later()), pattern(c.earlier()));
  }

  @Override
  public Condition visitWithin(Within c) {
    return Condition.within(pattern(c.event()), c.window(), pattern(c.anchor()));
  }

  @Override
  public Condition visitAtLeastParties(AtLeastParties c) {
    return Condition.atLeastParties(c.k(), pattern(c.pattern()), c.role());
  }

  @Override
  public Condition visitStatusIs(StatusIs c) {
    return c;
  }
}
