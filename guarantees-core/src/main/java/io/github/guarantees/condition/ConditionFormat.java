package io.github.guarantees.condition;

/** Renders conditions in the notation of their factories, e.g. {@code allOf(occurred(a), ...)}. */
final class ConditionFormat implements ConditionVisitor<String> {
  private static final ConditionFormat INSTANCE = new ConditionFormat();

  private ConditionFormat() {}

  static String format(Condition c) {
    return c.accept(INSTANCE);
  }

  private static String pattern(Occurred o) {
    return o.party().map(p -> o.trigger() + " by " + p).orElse(o.trigger());
  }

  private String list(Iterable<Condition> operands) {
    StringBuilder out = new StringBuilder();
    for (Condition c : operands) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(c.accept(this));
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
    return "not(" + c.operand().accept(this) + ")";
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
}
