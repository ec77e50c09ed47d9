package io.github.guarantees.examples.alliances;

import static io.github.guarantees.condition.Condition.inForce;
import static io.github.guarantees.condition.Condition.occurred;

import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.condition.PartyPattern;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.BindingForce;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Domain;
import io.github.guarantees.model.Fidelity;
import io.github.guarantees.model.Membership;
import io.github.guarantees.model.MembershipChange;
import io.github.guarantees.model.Party;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.PledgeKind;
import io.github.guarantees.model.Region;
import io.github.guarantees.model.Role;
import io.github.guarantees.model.Source;
import java.time.LocalDate;
import java.util.List;

/**
 * The North Atlantic Treaty of 4 April 1949 as an alliance: Article 5 owed to whichever member is
 * attacked ("an armed attack against one or more of them"), Article 6's territory as the place of
 * the attack, Article 4's consultations owed to the member that asks, and accession over time
 * (Greece and Turkey in 1952, the Federal Republic of Germany in 1955).
 *
 * <p>Illustrative, and marked so in the agreement's description: eight of the parties stand for the
 * whole membership; Article 6 is reduced to regions (Europe, North America, Turkey, the islands of
 * the North Atlantic area north of the Tropic of Cancer) and to attacks on a party's territory (its
 * second limb, on forces, vessels or aircraft, is not modelled); a party joins when it deposits its
 * instrument of accession (Article 10), an event of the scenario, and a joined party's own
 * assistance is conditioned on that deposit.
 */
public final class NorthAtlanticAlliance {
  /** The agreement's id. */
  public static final String ID = "north-atlantic-alliance";

  /** Article 5, owed to each member: {@code art5@<member>} is the pledge owed to that member. */
  public static final String ARTICLE_5 = "art5";

  /** Article 4, owed to each member that asks for consultations. */
  public static final String ARTICLE_4 = "art4";

  /** An armed attack: actor the attacker, target the party attacked, place where. */
  public static final String ARMED_ATTACK = "armed-attack";

  /** A party asks for consultations under Article 4 (actor: the party asking). */
  public static final String CONSULTATION_REQUEST = "consultation-request";

  /** The Security Council has taken the measures necessary (Article 5, second paragraph). */
  public static final String UNSC_MEASURES = "unsc-measures";

  /** A state deposits its instrument of accession (Article 10; actor: the acceding state). */
  public static final String ACCESSION = "accession";

  /** The region of Article 6 (i), as modelled here. */
  public static final String TREATY_AREA = "article-6-area";

  private static final String DOCUMENT = "North Atlantic Treaty, 4 April 1949";

  /** The founding members modelled, and the states that joined later. */
  static final List<String> FOUNDERS = List.of("US", "CA", "GB", "FR", "NO");

  static final List<String> JOINERS = List.of("GR", "TR", "DE");

  private NorthAtlanticAlliance() {}

  private static Party state(String id, String name) {
    return Party.builder().id(id).name(name).build();
  }

  /** An armed attack against the member the pledge is owed to, in the Article 6 area. */
  static Occurred attackOnOwed() {
    return occurred(ARMED_ATTACK).against(PartyPattern.owed()).in(TREATY_AREA);
  }

  /**
   * Returns the treaty.
   *
   * @return the agreement
   */
  public static Agreement agreement() {
    Agreement.Builder b =
        Agreement.builder()
            .id(ID)
            .title("North Atlantic Treaty (Arts 4, 5, 6 and 10)")
            .date(LocalDate.of(1949, 4, 4))
            .description(
                "Illustrative: eight parties stand for the membership, Article 6 is reduced to"
                    + " regions and to attacks on territory, and accession is the deposit of an"
                    + " instrument of accession in the scenario.")
            .addParty(state("US", "United States"), Role.SIGNATORY)
            .addParty(state("CA", "Canada"), Role.SIGNATORY)
            .addParty(state("GB", "United Kingdom"), Role.SIGNATORY)
            .addParty(state("FR", "France"), Role.SIGNATORY)
            .addParty(state("NO", "Norway"), Role.SIGNATORY)
            .addParty(state("GR", "Greece"), Role.SIGNATORY)
            .addParty(state("TR", "Turkey"), Role.SIGNATORY)
            .addParty(state("DE", "Federal Republic of Germany"), Role.SIGNATORY)
            .addParty(state("SU", "Soviet Union"), Role.THIRD_PARTY)
            .addTrigger(ARMED_ATTACK, "An armed attack (actor: attacker; target: attacked)")
            .addTrigger(CONSULTATION_REQUEST, "A party asks for consultations (Article 4)")
            .addTrigger(UNSC_MEASURES, "The Security Council takes the measures necessary")
            .addTrigger(ACCESSION, "A state deposits its instrument of accession (Article 10)")
            .addRegions(
                Region.of("north-america", "North America", "US", "CA"),
                Region.of("europe", "Europe", "GB", "FR", "NO", "GR", "DE"),
                Region.of(
                    "north-atlantic-islands",
                    "Islands under the jurisdiction of a party in the North Atlantic area north of"
                        + " the Tropic of Cancer"),
                Region.of(
                    TREATY_AREA,
                    "Article 6 (i): the parties' territory in Europe or North America, Turkey, and"
                        + " the islands of the North Atlantic area north of the Tropic of Cancer",
                    "north-america",
                    "europe",
                    "TR",
                    "north-atlantic-islands"),
                Region.of("pacific", "The Pacific (outside Article 6)"));
    for (String joiner : JOINERS) {
      b.addMemberships(
          Membership.of(joiner).joins(MembershipChange.on(Condition.occurred(ACCESSION, joiner))));
    }
    Pledge.Builder article5 =
        Pledge.builder()
            .id(ARTICLE_5)
            .title("Assist the party attacked with such action as each deems necessary")
            .kind(PledgeKind.MILITARY_SUPPORT)
            .addDomains(Domain.LAND, Domain.SEA, Domain.AIR)
            .bindingForce(BindingForce.DISCRETIONARY_ASSISTANCE)
            .owedTo(PartyPattern.member())
            .trigger(attackOnOwed())
            // The Security Council's measures end the measures taken for the attack: assistance
            // lapses (SUSPENDED) and a later attack calls for it again.
            .activation(inForce(attackOnOwed(), occurred(UNSC_MEASURES)))
            .source(
                Source.builder()
                    .document(DOCUMENT)
                    .clause("Articles 5 and 6")
                    .fidelity(Fidelity.VERBATIM)
                    .quote(
                        "The Parties agree that an armed attack against one or more of them in"
                            + " Europe or North America shall be considered an attack against them"
                            + " all and consequently they agree that, if such an armed attack"
                            + " occurs, each of them … will assist the Party or Parties so attacked"
                            + " … . Article 6: For the purpose of Article 5, an armed attack on one"
                            + " or more of the Parties is deemed to include an armed attack (i) on"
                            + " the territory of any of the Parties in Europe or North America, …"
                            + " on the territory of Turkey or on the Islands under the jurisdiction"
                            + " of any of the Parties in the North Atlantic area north of the"
                            + " Tropic of Cancer; …")
                    .build())
            .note(
                "Owed to each member on its own (art5@GB is owed to the United Kingdom). Article 6"
                    + " as amended by the 1951 protocol on the accession of Greece and Turkey;"
                    + " its second limb (forces, vessels, aircraft) is not modelled.");
    Pledge.Builder article4 =
        Pledge.builder()
            .id(ARTICLE_4)
            .title("Consult whenever a party's security is threatened, at its request")
            .kind(PledgeKind.CONSULTATION)
            .bindingForce(BindingForce.CONSULTATION)
            .owedTo(PartyPattern.member())
            .trigger(occurred(CONSULTATION_REQUEST).by(PartyPattern.owed()))
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
            .note("A request for consultations stands for 'in the opinion of any of them'.");
    for (String founder : FOUNDERS) {
      article5.addContributions(Contribution.of(founder));
      article4.addContributions(Contribution.of(founder));
    }
    for (String joiner : JOINERS) {
      // A state that has not acceded owes nothing yet.
      Condition acceded = occurred(ACCESSION, joiner);
      article5.addContributions(Contribution.builder().party(joiner).condition(acceded).build());
      article4.addContributions(Contribution.builder().party(joiner).condition(acceded).build());
    }
    return b.addPledges(article5.build(), article4.build()).build();
  }
}
