package io.github.guarantees.atop;

/**
 * The trigger and party ids that an imported alliance declares and a war's scenario uses: one
 * place, so that the importer and the war projection cannot drift apart.
 */
final class Vocabulary {
  private Vocabulary() {}

  /** A state attacks another: the event's actor is the initiator, its target the state attacked. */
  static final String ARMED_ATTACK = "armed-attack";

  /** The fighting between an initiator (actor) and its target ends. */
  static final String FIGHTING_ENDS = "fighting-ends";

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
