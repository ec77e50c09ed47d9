package io.github.guarantees.atop;

/**
 * The trigger and party ids that an imported alliance declares and a war's scenario uses: one
 * place, so that the importer and the war projection cannot drift apart.
 */
final class Vocabulary {
  private Vocabulary() {}

  static String party(int code) {
    return "cow" + code;
  }

  /** The member is attacked; the event's party is the attacker. */
  static String attacked(int member) {
    return "attacked." + member;
  }

  /** The member is attacked by a state of its own region; the event's party is the attacker. */
  static String attackedHome(int member) {
    return "attacked-home." + member;
  }

  /** The member attacks; the event's party is the state attacked. */
  static String attacks(int member) {
    return "attacks." + member;
  }

  /** The member attacks a state of its own region; the event's party is the state attacked. */
  static String attacksHome(int member) {
    return "attacks-home." + member;
  }

  /** The member's fighting with a state ends; the event's party is that state. */
  static String peace(int member) {
    return "peace." + member;
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
