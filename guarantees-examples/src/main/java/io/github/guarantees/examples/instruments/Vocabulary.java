package io.github.guarantees.examples.instruments;

import com.google.common.collect.ImmutableMap;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Party;
import io.github.guarantees.model.PartyAttribute;
import io.github.guarantees.model.PartyKind;
import io.github.guarantees.model.Trigger;

/**
 * The shared vocabulary of the comparison: every trigger any instrument uses, with one meaning
 * across all of them, and the parties they name.
 *
 * <p>An event's party is the actor: the attacker of an {@link #ARMED_ATTACK}, the requester of a
 * {@link #CONSULTATION_REQUEST}. Every armed attack, threat, coercion and nuclear use is against
 * Ukraine. Each instrument declares the subset it uses with {@link #declare(Agreement.Builder,
 * String...)}; {@link Comparison} passes it only the events of those triggers.
 */
public final class Vocabulary {
  /** A ceasefire enters into force. */
  public static final String CEASEFIRE = "ceasefire";

  /** An armed attack against Ukraine; the party is the attacker. */
  public static final String ARMED_ATTACK = "armed-attack";

  /** A threat of force against Ukraine; the party is the one who threatens. */
  public static final String THREAT_OF_FORCE = "threat-of-force";

  /** Economic coercion against Ukraine; the party is the coercer. */
  public static final String ECONOMIC_COERCION = "economic-coercion";

  /** Nuclear weapons are used in an act of aggression against Ukraine; the party is the user. */
  public static final String NUCLEAR_USE = "nuclear-use";

  /** A request for consultations; the party is the requester. */
  public static final String CONSULTATION_REQUEST = "consultation-request";

  /** Consultations are held among the parties concerned. */
  public static final String CONSULTATIONS_HELD = "consultations-held";

  /** The UN Security Council has taken the measures necessary to restore peace and security. */
  public static final String UNSC_MEASURES = "unsc-measures";

  /** Ukraine accedes to NATO; the party is Ukraine. */
  public static final String NATO_ACCESSION = "nato-accession";

  /** The Special Commission attributes a breach of the ceasefire; the party is the one to blame. */
  public static final String BREACH_ATTRIBUTED = "breach-attributed";

  /** The Coalition of the Willing responds to a ceasefire breach. */
  public static final String COALITION_RESPONSE = "coalition-response";

  /** A coordinated response to a ceasefire breach, including the US military. */
  public static final String COORDINATED_RESPONSE = "coordinated-response";

  /** Ukraine. */
  public static final String UA = "UA";

  /** Russia. */
  public static final String RU = "RU";

  /** The United Kingdom. */
  public static final String UK = "UK";

  /** The United States. */
  public static final String US = "US";

  /** France. */
  public static final String FR = "FR";

  /** The Coalition of the Willing, as one organisation. */
  public static final String COALITION = "COALITION";

  private static final ImmutableMap<String, String> TRIGGERS =
      ImmutableMap.<String, String>builder()
          .put(CEASEFIRE, "A ceasefire enters into force")
          .put(ARMED_ATTACK, "An armed attack against Ukraine by the party named")
          .put(THREAT_OF_FORCE, "A threat of force against Ukraine by the party named")
          .put(ECONOMIC_COERCION, "Economic coercion against Ukraine by the party named")
          .put(
              NUCLEAR_USE,
              "Nuclear weapons are used in aggression against Ukraine by the party named")
          .put(CONSULTATION_REQUEST, "The party named requests consultations")
          .put(
              BREACH_ATTRIBUTED,
              "The Special Commission attributes a breach of the ceasefire to the party named")
          .put(CONSULTATIONS_HELD, "Consultations are held")
          .put(
              UNSC_MEASURES,
              "The UN Security Council has taken the measures necessary to restore and maintain"
                  + " international peace and security")
          .put(NATO_ACCESSION, "Ukraine accedes to the North Atlantic Treaty")
          .put(COALITION_RESPONSE, "The Coalition of the Willing responds to a ceasefire breach")
          .put(
              COORDINATED_RESPONSE,
              "A coordinated response to a ceasefire breach, including the US military")
          .buildOrThrow();

  private Vocabulary() {}

  /**
   * Returns every trigger of the vocabulary, by id.
   *
   * @return the trigger ids with their descriptions
   */
  public static ImmutableMap<String, String> triggers() {
    return TRIGGERS;
  }

  /**
   * Returns one trigger of the vocabulary.
   *
   * @param id the trigger id
   * @return the trigger
   * @throws IllegalArgumentException if the vocabulary has no such trigger
   */
  public static Trigger trigger(String id) {
    String description = TRIGGERS.get(id);
    if (description == null) {
      throw new IllegalArgumentException("the comparison vocabulary has no trigger '" + id + "'");
    }
    return Trigger.of(id, description);
  }

  /**
   * Declares triggers of the vocabulary in an agreement.
   *
   * @param builder the agreement builder
   * @param ids the trigger ids
   * @return the builder
   * @throws IllegalArgumentException if the vocabulary has no such trigger
   */
  public static Agreement.Builder declare(Agreement.Builder builder, String... ids) {
    for (String id : ids) {
      builder.addTriggers(trigger(id));
    }
    return builder;
  }

  static Party ukraine() {
    return Party.builder().id(UA).name("Ukraine").build();
  }

  static Party russia() {
    return Party.builder()
        .id(RU)
        .name("Russia")
        .addAttributes(PartyAttribute.NUCLEAR_POWER)
        .build();
  }

  static Party unitedKingdom() {
    return Party.builder()
        .id(UK)
        .name("United Kingdom")
        .addAttributes(PartyAttribute.NATO_MEMBER, PartyAttribute.NUCLEAR_POWER)
        .build();
  }

  static Party unitedStates() {
    return Party.builder()
        .id(US)
        .name("United States")
        .addAttributes(PartyAttribute.NATO_MEMBER, PartyAttribute.NUCLEAR_POWER)
        .build();
  }

  static Party france() {
    return Party.builder()
        .id(FR)
        .name("France")
        .addAttributes(
            PartyAttribute.NATO_MEMBER, PartyAttribute.EU_MEMBER, PartyAttribute.NUCLEAR_POWER)
        .build();
  }

  static Party coalition() {
    return Party.builder()
        .id(COALITION)
        .name("Coalition of the Willing")
        .kind(PartyKind.ORGANISATION)
        .build();
  }
}
