package io.github.guarantees.atop;

import java.util.EnumSet;
import java.util.Set;

/**
 * A rule the importer follows where the data cannot decide a condition. Each is recorded on the
 * pledges it shapes (as a tag {@code assumes.<name>}), listed in reports, and can be switched off
 * to see how much a decision depends on it. Every one is chosen from the codebooks' definitions,
 * not fitted to the coders' labels; {@code docs/ATOP.md} reports what switching each off does.
 */
public enum Assumption {
  /**
   * A location clause is met when the attacker and the attacked partner lie in one world region.
   */
  LOCATION_HOME_REGION(
      "ATOP says that a location clause exists, not where: an attack is placed in the world region"
          + " (by Correlates of War codes) its two states share, and the clause is met when that is"
          + " the partner's region (the fighting presumed on the partner's home ground); an attack"
          + " between regions has no presumed place (see TRANSCONTINENTAL_STATES for the states"
          + " that lie in two); switched off, any attack meets the clause."),
  /** Russia and Turkey each lie in two world regions. */
  TRANSCONTINENTAL_STATES(
      "The Correlates of War codes put each state in one world region, but two states of the"
          + " data lie in two throughout its years: Russia (code 365) in Europe and in Asia"
          + " (Siberia), Turkey (code 640) in the Middle East and in Europe (the Ottoman Balkans,"
          + " then Thrace); for the location clause each lies in both, so an attack between it and"
          + " a state of either region is placed there and either is its home ground; switched"
          + " off, each lies in its code's region only."),
  /** An alliance formed in wartime answers the war under way. */
  WARTIME_ALLIANCE_ANSWERS_WAR_UNDER_WAY(
      "An alliance ATOP codes as formed during a war (wartime) answers the war under way: a pledge"
          + " owed if a partner is attacked also fires while the partner fights, in either role, in"
          + " fighting it began no later than the day the pledging member entered (the data give"
          + " days, and the wartime code says the war was under way when the alliance was made;"
          + " the war file's initiator of a war the alliance was made for is not taken as its"
          + " aggressor); switched off, a wartime alliance is read like any other."),
  /** A specific-adversary clause naming no state is met by any attacker. */
  UNNAMED_ADVERSARY_ANY_STATE(
      "A specific-adversary clause with no state in statthr1 or statthr2 (the adversary is a group"
          + " or not a state) is taken as met by any attacker; switched off, by none."),
  /** A number-of-attackers clause asks for two or more attackers. */
  TWO_OR_MORE_ATTACKERS(
      "ATOP says that a number-of-attackers clause exists, not the number: it is read as an attack"
          + " by two or more distinct states (counted with atLeastParties); switched off, the clause"
          + " is taken as met by any attack."),
  /** A demands clause is met. */
  DEMANDS_MET(
      "A demands clause is taken as met: the war data do not record demands; switched off, it is"
          + " met by none."),
  /** The war file's initiator provoked the war; its target did not. */
  INITIATOR_PROVOKES(
      "The war file's initiator of a dyad is taken as the side that provoked it, so a"
          + " non-provocation clause is met when the partner is the target; switched off, it is met"
          + " by none."),
  /** A partner at war is taken to request consultation. */
  REQUEST_MADE(
      "A consultation-on-request clause is taken as met when the partner is at war (a request is"
          + " presumed); switched off, it is met by none."),
  /** Consultation pledges do not decide the casus foederis. */
  CONSULTATION_NOT_CASUS_FOEDERIS(
      "An active consultation pledge does not make the casus foederis met: both coding schemes"
          + " leave consultation out of the question; switched off, it does."),
  /** A breached non-aggression pledge makes the casus foederis met. */
  NON_AGGRESSION_BREACH_IS_CASUS_FOEDERIS(
      "A non-aggression pledge breached by a member's attack on a partner (an attack begun while"
          + " both are members, or one still being waged when the attacker or the state attacked"
          + " enters) makes the casus foederis met, the situation the pledge is about having arisen"
          + " (the schemes code it violated); switched off, non-aggression pledges never make it"
          + " met.");

  private final String sentence;

  Assumption(String sentence) {
    this.sentence = sentence;
  }

  /**
   * Returns the assumption in one sentence, with what switching it off does.
   *
   * @return the sentence
   */
  public String sentence() {
    return sentence;
  }

  /** The tag that records the assumption on a pledge, e.g. {@code assumes.location-home-region}. */
  String tag() {
    return "assumes." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /**
   * Returns every assumption: the importer's default.
   *
   * @return a new mutable set of all assumptions
   */
  public static Set<Assumption> all() {
    return EnumSet.allOf(Assumption.class);
  }
}
