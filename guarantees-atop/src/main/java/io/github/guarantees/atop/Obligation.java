package io.github.guarantees.atop;

import io.github.guarantees.model.BindingForce;
import io.github.guarantees.model.PledgeKind;

/**
 * An ATOP obligation type: what a member promises. Each maps to the ATOP column that codes it, to
 * the prefix of its condition columns, and to the library's {@link PledgeKind} that carries it
 * until the model has kinds of its own for neutrality, non-aggression and offensive support.
 */
public enum Obligation {
  /** {@code defense}: active military support if a partner is attacked. */
  DEFENSE("defense", "defco", PledgeKind.MILITARY_SUPPORT, BindingForce.LEGALLY_BINDING_ASSISTANCE),
  /** {@code offense}: active military support in a war a partner starts. */
  OFFENSE("offense", "offco", PledgeKind.MILITARY_SUPPORT, BindingForce.LEGALLY_BINDING_ASSISTANCE),
  /** {@code neutral}: to stay out of a partner's war and give its adversary no aid. */
  NEUTRALITY("neutral", "neuco", PledgeKind.RESTRAINT, BindingForce.LEGALLY_BINDING_ASSISTANCE),
  /** {@code nonagg}: not to use force against a partner. */
  NON_AGGRESSION("nonagg", "", PledgeKind.RESTRAINT, BindingForce.LEGALLY_BINDING_ASSISTANCE),
  /** {@code consul}: to consult in a crisis. */
  CONSULTATION("consul", "conco", PledgeKind.CONSULTATION, BindingForce.CONSULTATION);

  private final String column;
  private final String conditionPrefix;
  private final PledgeKind kind;
  private final BindingForce bindingForce;

  Obligation(String column, String conditionPrefix, PledgeKind kind, BindingForce bindingForce) {
    this.column = column;
    this.conditionPrefix = conditionPrefix;
    this.kind = kind;
    this.bindingForce = bindingForce;
  }

  /**
   * Returns the ATOP column that codes the obligation, e.g. {@code defense}.
   *
   * @return the column name
   */
  public String column() {
    return column;
  }

  /**
   * Returns the pledge kind the obligation is imported as.
   *
   * @return the kind
   */
  public PledgeKind kind() {
    return kind;
  }

  /**
   * Returns the binding force the obligation is imported with: ATOP codes written agreements, so
   * every obligation is legally binding, and consultation binds to consult.
   *
   * @return the binding force
   */
  public BindingForce bindingForce() {
    return bindingForce;
  }

  /** The tag and id prefix of the obligation's pledges, e.g. {@code defense}. */
  String tag() {
    return column;
  }

  /** The ATOP column of one of the obligation's conditions, or empty if it has none. */
  String conditionColumn(ConditionFlag flag) {
    if (conditionPrefix.isEmpty()) {
      return "";
    }
    return flag.appliesTo(this) ? conditionPrefix + flag.suffix() : "";
  }
}
