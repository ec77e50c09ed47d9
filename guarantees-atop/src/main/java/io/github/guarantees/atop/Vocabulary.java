package io.github.guarantees.atop;

/**
 * The trigger and party ids that an imported alliance declares and a war's scenario uses: one
 * place, so that the importer and the war projection cannot drift apart.
 */
final class Vocabulary {
  private Vocabulary() {}

  /** A state attacks another: the event's actor is the initiator, its target the state attacked. */
  static final String ARMED_ATTACK = "armed-attack";

  /**
   * The fighting between an initiator (actor) and its target goes on as one of the two enters the
   * alliance: the attack began before, and is still being waged at the entry.
   */
  static final String FIGHTING_CONTINUES = "fighting-continues";

  /** The fighting between an initiator (actor) and its target ends. */
  static final String FIGHTING_ENDS = "fighting-ends";

  /**
   * A state's attacks all end: the day after the last day of a span in which it fought, as the
   * initiator, at least one state (the actor is the state).
   */
  static final String ATTACKS_END = "attacks-end";

  /**
   * The attacks on a state all end: the day after the last day of a span in which at least one
   * state fought it, as the target (the target is the state).
   */
  static final String ATTACKED_END = "attacked-end";

  static String party(int code) {
    return "cow" + code;
  }

  /** The member enters one of its phases of the alliance. */
  static String enters(int member, int sequence) {
    return "enters." + member + ".p" + sequence;
  }

  /** The member leaves one of its phases of the alliance. */
  static String exits(int member, int sequence) {
    return "exits." + member + ".p" + sequence;
  }

  static String pledge(Obligation obligation, int member, int sequence) {
    return obligation.tag() + "." + member + ".p" + sequence;
  }
}
