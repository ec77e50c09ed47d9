package io.github.guarantees.atop;

import java.util.Optional;

/**
 * Something an ATOP row says that the library's model cannot represent as data, each with the named
 * {@link Assumption} that decides the condition instead (if any). The importer lists, per alliance,
 * every limitation it met.
 */
public enum Limitation {
  /** A location clause's place is not in the data. */
  LOCATION_NOT_IN_DATA(
      "a location clause names no place in the data", Assumption.LOCATION_HOME_REGION),
  /** A specific-adversary clause names no state. */
  ADVERSARY_NOT_NAMED(
      "a specific-adversary clause names no state code", Assumption.UNNAMED_ADVERSARY_ANY_STATE),
  /** The number in a number-of-attackers clause is not in the data. */
  NUMBER_NOT_IN_DATA(
      "a number-of-attackers clause gives no number in the data", Assumption.TWO_OR_MORE_ATTACKERS),
  /** Demands are not in the war data. */
  DEMANDS_NOT_IN_DATA(
      "a demands clause refers to demands the war data do not record", Assumption.DEMANDS_MET),
  /** Provocation is read from the war file's initiator. */
  PROVOCATION_NOT_IN_DATA(
      "a non-provocation clause refers to provocation, which the war data do not record",
      Assumption.INITIATOR_PROVOKES),
  /** Requests for consultation are not in the war data. */
  REQUEST_NOT_IN_DATA(
      "a consultation-on-request clause refers to requests the war data do not" + " record",
      Assumption.REQUEST_MADE),
  /** The alliance-level member list differs from the member-level rows. */
  MEMBER_LISTS_DIFFER(
      "the alliance-level member list differs from the member-level rows; the member-level rows"
          + " are imported",
      null);

  private final String sentence;
  private final Optional<Assumption> decidedBy;

  Limitation(String sentence, @org.jspecify.annotations.Nullable Assumption decidedBy) {
    this.sentence = sentence;
    this.decidedBy = Optional.ofNullable(decidedBy);
  }

  /**
   * Returns the limitation in words.
   *
   * @return the sentence
   */
  public String sentence() {
    return sentence;
  }

  /**
   * Returns the assumption that decides the condition instead, if any.
   *
   * @return the assumption, or empty
   */
  public Optional<Assumption> decidedBy() {
    return decidedBy;
  }
}
