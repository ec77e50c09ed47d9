package io.github.guarantees.atop;

/**
 * Why the library's decision on a pair differs from the coders', found from the data (never from
 * the pair's ids): the first cause that applies, in this order.
 */
public enum DisagreementCause {
  /** Switching one named assumption off gives the coders' answer. */
  ASSUMPTION("the decision turns on a named assumption: switched off, the library agrees"),
  /** LLM and BF code the pair differently, and the library agrees with BF. */
  SCHEMES_DIFFER(
      "the two coding schemes disagree on the pair (LLM codes it met, BF not met, or the other way)"
          + " and the library agrees with BF"),
  /** No member phase overlaps the war. */
  NOT_IN_FORCE_DURING_WAR(
      "no member was in the alliance on any day of the war (entry and exit dates)"),
  /** The coders excluded the pact; the library found a breach or a neutrality case. */
  EXCLUDED_BY_CODERS(
      "the coders left the pact out (non-aggression or consultation only); the library decided"
          + " it from a non-aggression breach or another pledge"),
  /** The partner fought only as initiator; the coders counted it as attacked. */
  PARTNER_LISTED_AS_INITIATOR(
      "the partner fought only as the war file's initiator of its dyads (the file lists some"
          + " initiators coarsely), so no defence pledge fired; the coders found the casus met"),
  /** No member fought in the war while in the alliance. */
  NO_MEMBER_FOUGHT(
      "no member fought in the war while in the alliance; the coders found the casus met"),
  /** A partner was in the obligation's situation, but the coders found the casus not met. */
  CODERS_STRICTER(
      "a partner was in the situation the pledge is about while in the alliance, and the ATOP"
          + " conditions are met as imported; the coders judged the casus not met"),
  /** Anything else. */
  OTHER("the conditions as imported do not meet the coders' reading");

  private final String sentence;

  DisagreementCause(String sentence) {
    this.sentence = sentence;
  }

  /**
   * Returns the cause in words.
   *
   * @return the sentence
   */
  public String sentence() {
    return sentence;
  }
}
