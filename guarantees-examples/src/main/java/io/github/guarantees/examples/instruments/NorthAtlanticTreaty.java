package io.github.guarantees.examples.instruments;

import static io.github.guarantees.condition.Condition.inForce;
import static io.github.guarantees.condition.Condition.occurred;
import static io.github.guarantees.examples.instruments.Vocabulary.ARMED_ATTACK;
import static io.github.guarantees.examples.instruments.Vocabulary.CONSULTATION_REQUEST;
import static io.github.guarantees.examples.instruments.Vocabulary.UNSC_MEASURES;

import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.BindingForce;
import io.github.guarantees.model.Domain;
import io.github.guarantees.model.Fidelity;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.PledgeKind;
import io.github.guarantees.model.Role;
import io.github.guarantees.model.Source;
import java.time.LocalDate;

/**
 * The North Atlantic Treaty of 4 April 1949, Articles 4 and 5, as the yardstick Ukraine measures
 * guarantees against.
 *
 * <p>Ukraine is not a party: the comparison asks what the treaty would do for an attacked party, so
 * Ukraine stands here as the party attacked (role beneficiary), which is hypothetical. Article 5 is
 * {@link BindingForce#DISCRETIONARY_ASSISTANCE}: each party takes "such action as it deems
 * necessary" — not automatic assistance. Its measures end when the Security Council has acted. Only
 * three of the parties are listed, for illustration.
 */
public final class NorthAtlanticTreaty {
  /** The agreement's id. */
  public static final String ID = "north-atlantic-treaty";

  /** Article 4: consultation. */
  public static final String ARTICLE_4 = "art4-consultation";

  /** Article 5: assistance to a party attacked. */
  public static final String ARTICLE_5 = "art5-assistance";

  private static final String DOCUMENT = "North Atlantic Treaty, 4 April 1949";

  private NorthAtlanticTreaty() {}

  /**
   * Returns the treaty's Articles 4 and 5.
   *
   * @return the agreement
   */
  public static Agreement agreement() {
    Pledge article4 =
        Pledge.builder()
            .id(ARTICLE_4)
            .title("Consult whenever any party's security is threatened")
            .kind(PledgeKind.CONSULTATION)
            .bindingForce(BindingForce.CONSULTATION)
            .trigger(occurred(CONSULTATION_REQUEST))
            .source(
                Source.builder()
                    .document(DOCUMENT)
                    .clause("Article 4")
                    .fidelity(Fidelity.VERBATIM)
                    .quote(
                        "The Parties will consult together whenever, in the opinion of any of"
                            + " them, the territorial integrity, political independence or security"
                            + " of any of the Parties is threatened.")
                    .build())
            .note(
                "A request for consultations stands for 'in the opinion of any of them'; the"
                    + " article sets no deadline.")
            .build();
    Pledge article5 =
        Pledge.builder()
            .id(ARTICLE_5)
            .title("Assist a party attacked with such action as each deems necessary")
            .kind(PledgeKind.MILITARY_SUPPORT)
            .addDomains(Domain.LAND, Domain.SEA, Domain.AIR)
            .bindingForce(BindingForce.DISCRETIONARY_ASSISTANCE)
            .trigger(occurred(ARMED_ATTACK))
            // The Security Council's measures end the measures taken for that attack, not the
            // treaty: assistance lapses (SUSPENDED) and a later attack calls for it again.
            .activation(inForce(ARMED_ATTACK, UNSC_MEASURES))
            .source(
                Source.builder()
                    .document(DOCUMENT)
                    .clause("Article 5")
                    .fidelity(Fidelity.VERBATIM)
                    .quote(
                        "The Parties agree that an armed attack against one or more of them in"
                            + " Europe or North America shall be considered an attack against them"
                            + " all and consequently they agree that, if such an armed attack"
                            + " occurs, each of them … will assist the Party or Parties so attacked"
                            + " by taking forthwith, individually and in concert with the other"
                            + " Parties, such action as it deems necessary, including the use of"
                            + " armed force, to restore and maintain the security of the North"
                            + " Atlantic area. … Such measures shall be terminated when the"
                            + " Security Council has taken the measures necessary to restore and"
                            + " maintain international peace and security.")
                    .build())
            .note(
                "'such action as it deems necessary': each party decides what it does, so the"
                    + " pledge is discretionary, not automatic collective defence.")
            .build();
    return Vocabulary.declare(
            Agreement.builder()
                .id(ID)
                .title("North Atlantic Treaty, Arts 4-5 (Ukraine as if a party)")
                .date(LocalDate.of(1949, 4, 4))
                .description(
                    "Hypothetical for Ukraine, which is not a party: what the treaty would do for"
                        + " a party attacked. Parties listed for illustration only.")
                .addParty(Vocabulary.unitedStates(), Role.SIGNATORY)
                .addParty(Vocabulary.unitedKingdom(), Role.SIGNATORY)
                .addParty(Vocabulary.france(), Role.SIGNATORY)
                .addParty(Vocabulary.ukraine(), Role.BENEFICIARY)
                .addParty(Vocabulary.russia(), Role.THIRD_PARTY),
            ARMED_ATTACK,
            CONSULTATION_REQUEST,
            UNSC_MEASURES)
        .addPledges(article4, article5)
        .build();
  }
}
