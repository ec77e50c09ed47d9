package io.github.guarantees.condition;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Renders conditions in the notation of their factories, e.g. {@code allOf(occurred(a), ...)}.
 *
 * <p>A composite condition that occurs more than once is printed in full once, named ({@code
 * #1=anyOf(...)}), and by its name ({@code #1}) after that, so that the text of a condition whose
 * sub-conditions are shared grows with its distinct sub-conditions, not with its paths.
 */
final class ConditionFormat implements ConditionVisitor<String> {
  private final Set<Condition> shared;
  private final Map<Condition, String> names = new HashMap<>();

  private ConditionFormat(Set<Condition> shared) {
    this.shared = shared;
  }

  static String format(Condition c) {
    return c.accept(new ConditionFormat(new HashSet<>(Condition.shared(List.of(c)))));
  }

  /** The name of a shared condition printed before, or null after naming it for this printing. */
  private @Nullable String seen(Condition c, StringBuilder prefix) {
    if (!shared.contains(c)) {
      return null;
    }
    @Nullable String name = names.get(c);
    if (name != null) {
      return name;
    }
    String fresh = "#" + (names.size() + 1);
    names.put(c, fresh);
    prefix.append(fresh).append('=');
    return null;
  }

  private String print(Condition c) {
    StringBuilder prefix = new StringBuilder();
    @Nullable String name = seen(c, prefix);
    return name != null ? name : prefix + c.accept(this);
  }

  private static String pattern(Occurred o) {
    return o.trigger()
        + o.actor().map(p -> " by " + p).orElse("")
        + o.target().map(p -> " against " + p).orElse("")
        + o.place().map(p -> " in " + p).orElse("");
  }

  private String list(Iterable<Condition> operands) {
    StringBuilder out = new StringBuilder();
    for (Condition c : operands) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(print(c));
    }
    return out.toString();
  }

  @Override
  public String visitAlways(Always c) {
    return "always";
  }

  @Override
  public String visitOccurred(Occurred c) {
    return "occurred(" + pattern(c) + ")";
  }

  @Override
  public String visitAllOf(AllOf c) {
    return "allOf(" + list(c.operands()) + ")";
  }

  @Override
  public String visitAnyOf(AnyOf c) {
    return "anyOf(" + list(c.operands()) + ")";
  }

  @Override
  public String visitNot(Not c) {
    return "not(" + print(c.operand()) + ")";
  }

  @Override
  public String visitAtLeast(AtLeast c) {
    return "atLeast(" + c.k() + ", " + list(c.operands()) + ")";
  }

  @Override
  public String visitInForce(InForce c) {
    return "inForce(" + pattern(c.trigger()) + ", revokedBy " + pattern(c.revokedBy()) + ")";
  }

  @Override
  public String visitAfter(After c) {
    return "after(" + pattern(c.later()) + ", " + pattern(c.earlier()) + ")";
  }

  @Override
  public String visitWithin(Within c) {
    return "within("
        + pattern(c.event())
        + ", "
        + c.window().toString().substring(2).toLowerCase(java.util.Locale.ROOT)
        + ", "
        + pattern(c.anchor())
        + ")";
  }

  @Override
  public String visitAtLeastParties(AtLeastParties c) {
    return "atLeastParties("
        + c.k()
        + ", "
        + pattern(c.pattern())
        + ", "
        + c.role().name().toLowerCase(java.util.Locale.ROOT)
        + ")";
  }

  @Override
  public String visitStatusIs(StatusIs c) {
    return c.standing().keyword()
        + "("
        + c.pledge()
        + c.party().map(p -> ", " + p).orElse("")
        + ")";
  }
}
