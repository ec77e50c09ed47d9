package io.github.guarantees.examples;

import static io.github.guarantees.condition.Condition.active;
import static io.github.guarantees.condition.Condition.after;
import static io.github.guarantees.condition.Condition.allOf;
import static io.github.guarantees.condition.Condition.always;
import static io.github.guarantees.condition.Condition.anyOf;
import static io.github.guarantees.condition.Condition.inForce;
import static io.github.guarantees.condition.Condition.occurred;

import com.google.common.collect.ImmutableSet;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.BindingForce;
import io.github.guarantees.model.Caveat;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Domain;
import io.github.guarantees.model.Fidelity;
import io.github.guarantees.model.Location;
import io.github.guarantees.model.Party;
import io.github.guarantees.model.PartyAttribute;
import io.github.guarantees.model.PartyKind;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.PledgeKind;
import io.github.guarantees.model.Reading;
import io.github.guarantees.model.Role;
import io.github.guarantees.model.Size;
import io.github.guarantees.model.Source;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;

/**
 * The Paris security guarantees for Ukraine of 6 January 2026: the joint declaration of the
 * Coalition of the Willing (its five components) and the France–United Kingdom–Ukraine declaration
 * of intent signed the same day, as one agreement.
 *
 * <p>The heart of it: a force deployment, military hub or protected facility in Ukraine fires only
 * when Ukraine's request is in force and a credible cessation of hostilities has been verified. The
 * guarantees are "activated once a ceasefire enters into force" (the agreement's default trigger);
 * military assistance and long-term cooperation continue regardless; the commitments for a future
 * Russian armed attack are triggered by an attack after a ceasefire. No source says that a renewed
 * attack or a collapsed ceasefire ends the presence in Ukraine, the monitoring or the Special
 * Commission, which exist to deter, respond and attribute: once in effect they stay in effect until
 * Ukraine withdraws its request (for the deployments). The trigger {@link #CEASEFIRE_COLLAPSED} is
 * declared so that a scenario can record a collapse; no pledge ends on it.
 *
 * <p>Each pledge is tagged with its component ({@code component-1} to {@code component-5}), {@code
 * declaration-of-intent}, {@code national-position}, {@code us-position} or {@code context}, so
 * that a program can select "all of component 4". A contribution that no source states (a party
 * listed only to show its caveat) is marked {@link Contribution#illustrative() illustrative}, with
 * the reason, and the reports show the mark.
 *
 * <p>Where the sources are vague the model says so: the declaration "stands ready to commit" to
 * binding guarantees, so its pledges are graded {@link BindingForce#POLITICAL_DECLARATION},
 * including the future-attack commitments that a draft called "legally and politically" binding
 * (known only from summaries); clause texts known only from summaries are marked {@link
 * Fidelity#SUMMARY}. No official list of the coalition's 35 members was published: the parties here
 * are those the sources name, an illustrative selection, not the full membership.
 */
public final class Paris2026 {
  /** The agreement's id. */
  public static final String ID = "paris-2026";

  // Parties.
  /** France. */
  public static final String FR = "FR";

  /** The United Kingdom. */
  public static final String UK = "UK";

  /** Ukraine, the beneficiary. */
  public static final String UA = "UA";

  /** The United States, a non-signatory supporter. */
  public static final String US = "US";

  /** Germany. */
  public static final String DE = "DE";

  /** Italy. */
  public static final String IT = "IT";

  /** Poland. */
  public static final String PL = "PL";

  /** The European Union. */
  public static final String EU = "EU";

  /** Russia, named as the potential aggressor. */
  public static final String RU = "RU";

  // Triggers.
  /** A ceasefire enters into force. */
  public static final String CEASEFIRE = "ceasefire";

  /** The ceasefire collapses. */
  public static final String CEASEFIRE_COLLAPSED = "ceasefire-collapsed";

  /** The monitoring mechanism verifies a credible cessation of hostilities. */
  public static final String CREDIBLE_CESSATION = "credible-cessation";

  /** Ukraine requests the deployment. */
  public static final String UKRAINE_REQUEST = "ukraine-request";

  /** Ukraine withdraws its request. */
  public static final String REQUEST_WITHDRAWN = "request-withdrawn";

  /** An armed attack against Ukraine, by the party named. */
  public static final String ARMED_ATTACK = "armed-attack";

  /** The Special Commission attributes a breach of the ceasefire to the party named. */
  public static final String BREACH_ATTRIBUTED = "breach-attributed";

  /** The parliament of the party named approves deploying its forces. */
  public static final String PARLIAMENTARY_APPROVAL = "parliamentary-approval";

  /** The United States confirms a legally binding backstop for the force. */
  public static final String US_BACKSTOP = "us-backstop";

  /** A peace agreement is signed. */
  public static final String PEACE_AGREEMENT = "peace-agreement";

  // Pledges.
  /** Component 1: US-led ceasefire monitoring and verification. */
  public static final String CEASEFIRE_MONITORING = "ceasefire-monitoring";

  /** Component 1: representation in the Special Commission. */
  public static final String SPECIAL_COMMISSION = "special-commission";

  /** Component 1: remedies for a breach attributed by the Special Commission. */
  public static final String BREACH_REMEDIES = "breach-remedies";

  /** Component 2: long-term military assistance and armament. */
  public static final String MILITARY_ASSISTANCE = "military-assistance";

  /** Component 2: support for financing the purchase of weapons. */
  public static final String WEAPONS_FINANCING = "weapons-financing";

  /** Component 2: access to strategic stockpiles, listed with the continuing support. */
  public static final String STOCKPILE_ACCESS = "stockpile-access";

  /** Component 2: rapid resupply from European stockpiles after a future attack. */
  public static final String STOCKPILE_RESUPPLY = "stockpile-resupply";

  /** Component 2: technical help with fortifications. */
  public static final String FORTIFICATIONS = "fortification-assistance";

  /** Component 3: the Multinational Force Ukraine. */
  public static final String MULTINATIONAL_FORCE = "multinational-force";

  /** The United States: support for the force in case of a Russian attack (disputed). */
  public static final String US_SUPPORT_IF_ATTACKED = "us-support-if-force-attacked";

  /** The United States: political and diplomatic support, as a non-signatory. */
  public static final String US_POLITICAL_SUPPORT = "us-political-support";

  /** Germany: forces for Ukraine on neighbouring NATO territory. */
  public static final String NEIGHBOURING_FORCES = "neighbouring-territory-forces";

  /** Component 4: military capabilities in case of a future Russian armed attack. */
  public static final String ATTACK_MILITARY = "future-attack-military-support";

  /** Component 4: intelligence in case of a future Russian armed attack. */
  public static final String ATTACK_INTELLIGENCE = "future-attack-intelligence";

  /** Component 4: logistic support in case of a future Russian armed attack. */
  public static final String ATTACK_LOGISTICS = "future-attack-logistics";

  /** Component 4: diplomatic initiatives in case of a future Russian armed attack. */
  public static final String ATTACK_DIPLOMACY = "future-attack-diplomacy";

  /** Component 4: additional sanctions in case of a future Russian armed attack. */
  public static final String ATTACK_SANCTIONS = "future-attack-sanctions";

  /** Component 5: training. */
  public static final String TRAINING = "defence-training";

  /** Component 5: joint defence-industrial production. */
  public static final String JOINT_PRODUCTION = "joint-production";

  /** Component 5: intelligence collaboration. */
  public static final String INTELLIGENCE_COOPERATION = "intelligence-cooperation";

  /** Component 5: the coordination cell in Paris. */
  public static final String COORDINATION_CELL = "coordination-cell";

  /** Declaration of intent: French and British forces in Ukraine. */
  public static final String FR_UK_DEPLOYMENT = "fr-uk-deployment";

  /** Declaration of intent: military hubs across Ukraine. */
  public static final String MILITARY_HUBS = "military-hubs";

  /** Declaration of intent: protected facilities for weapons and equipment. */
  public static final String PROTECTED_FACILITIES = "protected-facilities";

  /** Declaration of intent: regenerating Ukraine's armed forces. */
  public static final String ARMY_REGENERATION = "army-regeneration";

  /** Context: the EU's EUR 90 billion of aid over two years. */
  public static final String EU_FINANCING = "eu-financing";

  private static final String DECLARATION = "Paris Declaration, 6 January 2026";
  private static final String DECLARATION_TITLE =
      "Paris Declaration: Robust Security Guarantees for a Solid and Lasting Peace in Ukraine";
  private static final String DECLARATION_URL =
      "https://www.president.gov.ua/en/news/parizka-deklaraciya-nadijni-garantiyi-bezpeki-dlya-micnogo-j-102313";

  /** Starmer's words on the declaration of intent: its own text was not available. */
  static final String STARMER_STATEMENT =
      "Keir Starmer's statement on the France–UK–Ukraine declaration of intent, 6 January 2026";

  /** The Italian press articles of 6 January 2026 that report the summit. */
  static final String PRESS = "Italian press reports of the Paris summit, 6 January 2026";

  /** National positions as the press reported them; no government document was found. */
  static final String NATIONAL_REPORTS = "Press reports of national positions, January 2026";

  /** Every document the encoding cites: the ones the sources give, and no other. */
  static final ImmutableSet<String> DOCUMENTS =
      ImmutableSet.of(DECLARATION, STARMER_STATEMENT, PRESS, NATIONAL_REPORTS);

  /** Tags: the five components of the joint declaration, and the other groups. */
  public static final String COMPONENT_1_TAG = "component-1";

  /** Component 2's tag. */
  public static final String COMPONENT_2_TAG = "component-2";

  /** Component 3's tag. */
  public static final String COMPONENT_3_TAG = "component-3";

  /** Component 4's tag. */
  public static final String COMPONENT_4_TAG = "component-4";

  /** Component 5's tag. */
  public static final String COMPONENT_5_TAG = "component-5";

  /** The France–UK–Ukraine declaration of intent's tag. */
  public static final String INTENT_TAG = "declaration-of-intent";

  /** A national position outside the declaration. */
  public static final String NATIONAL_TAG = "national-position";

  /** The United States' position as a non-signatory. */
  public static final String US_TAG = "us-position";

  /** Context: not part of the declarations. */
  public static final String CONTEXT_TAG = "context";

  private static final Agreement AGREEMENT = build();

  private Paris2026() {}

  /**
   * Returns the agreement. The same instance on every call.
   *
   * @return the Paris 2026 agreement
   */
  public static Agreement agreement() {
    return AGREEMENT;
  }

  /**
   * The guarantees "will be activated once a ceasefire enters into force". No source says they
   * lapse when it collapses: a later attack is what component 4 answers.
   *
   * @return the agreement's default trigger
   */
  static Condition ceasefireEntered() {
    return occurred(CEASEFIRE);
  }

  /**
   * Forces deploy only "at Ukraine's request after a credible cessation of hostilities": the
   * request must be in force (not withdrawn) and a credible cessation must have been verified. A
   * later attack or breach does not undo the verification: the presence is there to deter and
   * respond.
   *
   * @return the activation of every deployment in Ukraine
   */
  static Condition requestAndCredibleCessation() {
    return allOf(inForce(UKRAINE_REQUEST, REQUEST_WITHDRAWN), occurred(CREDIBLE_CESSATION));
  }

  /**
   * The reading of "credible cessation" in which it counts only when verified by the US-led
   * monitoring and verification mechanism (component 1): an event of the United States.
   */
  public static final String CESSATION_VERIFIED_BY_US = "cessation-verified-by-us";

  /**
   * The reading of "a future attack" in which any Russian armed attack after the declaration
   * counts, with or without a ceasefire before it.
   */
  public static final String ANY_LATER_ATTACK = "any-attack-after-the-declaration";

  /** The readings of the deployments' activation: who verifies the credible cessation. */
  static Reading cessationVerifiedByUs() {
    return Reading.builder()
        .name(CESSATION_VERIFIED_BY_US)
        .note(
            "The force deploys \"after a credible cessation of hostilities\", and no source says"
                + " who must find it credible; component 1 gives ceasefire monitoring and"
                + " verification to a mechanism led by the United States. Under this reading only"
                + " a cessation verified by the United States counts (the encoding's reading:"
                + " a verified cessation, by whoever verifies it).")
        .activation(
            allOf(inForce(UKRAINE_REQUEST, REQUEST_WITHDRAWN), occurred(CREDIBLE_CESSATION, US)))
        .build();
  }

  /** The reading of component 4's trigger in which no ceasefire need come before the attack. */
  static Reading anyLaterAttack() {
    return Reading.builder()
        .name(ANY_LATER_ATTACK)
        .note(
            "Component 4 answers \"a future Russian armed attack\" without saying future to what;"
                + " the Ukraine Compact of July 2024 says \"following the conclusion of current"
                + " hostilities\", the Paris declaration does not. Under this reading any Russian"
                + " armed attack after the declaration counts (the encoding's reading: one after a"
                + " ceasefire).")
        .trigger(occurred(ARMED_ATTACK, RU))
        .build();
  }

  /**
   * A future armed attack: one by Russia after a ceasefire entered into force.
   *
   * @return the trigger of component 4
   */
  static Condition futureRussianAttack() {
    return after(occurred(ARMED_ATTACK, RU), occurred(CEASEFIRE));
  }

  /** The declaration of intent: "following a ceasefire", "in case of a peace agreement". */
  private static Condition ceasefireOrPeaceDeal() {
    return anyOf(ceasefireEntered(), occurred(PEACE_AGREEMENT));
  }

  private static Source declaration(String clause, String quote, Fidelity fidelity) {
    return Source.builder()
        .document(DECLARATION)
        .clause(clause)
        .quote(quote)
        .fidelity(fidelity)
        .url(DECLARATION_URL)
        .note(DECLARATION_TITLE)
        .build();
  }

  /** Starmer's words, verbatim, about the declaration of intent (not its own text). */
  private static Source starmer(String note) {
    return Source.builder()
        .document(STARMER_STATEMENT)
        .clause("Statement on the declaration of intent")
        .quote(STARMER)
        .fidelity(Fidelity.VERBATIM)
        .note(
            "The Prime Minister's words about the France–UK–Ukraine declaration of intent; the"
                + " declaration's own text was not available. "
                + note)
        .build();
  }

  private static Source press(String clause, String quote, String note) {
    return Source.builder()
        .document(PRESS)
        .clause(clause)
        .quote(quote)
        .fidelity(Fidelity.PRESS_REPORT)
        .note(note)
        .build();
  }

  private static final String COMPONENT_1 =
      "Participation in a proposed US-led ceasefire monitoring and verification mechanism. There"
          + " will be a continuous, reliable ceasefire monitoring system, including contributions"
          + " from members of the Coalition of the Willing. The Coalition of the Willing will also"
          + " be represented in the Special Commission that will be established to address any"
          + " breaches, attribute responsibility, and determine remedies.";

  private static final String COMPONENT_2 =
      "The Coalition agreed to continue critical long-term military assistance and armament to"
          + " the Armed Forces of Ukraine to ensure their sustained capability, as they will remain"
          + " the first line of defence and deterrence. This will include, but not be limited to:"
          + " long-term defence packages; support for financing the purchase of weapons; …";

  private static final String COMPONENT_3 =
      "A Multinational Force for Ukraine \"formed through contributions from coalition member"
          + " countries\", led by Europeans, \"with the involvement of non-European members of the"
          + " coalition and with proposed support from the United States\"; measures in the air,"
          + " at sea and on land, \"implemented at Ukraine's request after a credible cessation of"
          + " hostilities\".";

  private static final String COMPONENT_4 =
      "\"a commitment to support Ukraine in the event of a future armed attack by Russia with the"
          + " aim of restoring peace\"; the draft listed \"the use of military capabilities,"
          + " intelligence and logistical support\" and \"diplomatic initiatives and additional"
          + " sanctions\", \"legally and politically\" binding.";

  private static final String COMPONENT_5 =
      "Deepen long-term defence cooperation (training, joint defence-industrial production); a"
          + " US/Ukraine/Coalition coordination cell at the Coalition's operational headquarters in"
          + " Paris.";

  private static final String STARMER =
      "On the deployment of forces to Ukraine in the event of a peace deal… It paves the way for"
          + " the legal framework… under which British, French and partner forces could operate on"
          + " Ukrainian soil – securing Ukraine's skies and seas – and regenerating Ukraine's armed"
          + " forces… following a ceasefire, the UK and France will establish 'military hubs'"
          + " across Ukraine and build protected facilities for weapons and military equipment.";

  /** Named on each pledge outside component 3 whose activation borrows component 3's rule. */
  static final String COMPONENT_3_RULE_ASSUMED =
      "Assumed, not stated for this pledge: its activation is component 3's rule for measures in"
          + " Ukraine (\"at Ukraine's request after a credible cessation of hostilities\").";

  private static final String COMMONS_VOTE =
      "were troops to be deployed under the declaration signed, I would put that matter to the"
          + " House for a vote";

  private static Agreement build() {
    Party france =
        Party.builder()
            .id(FR)
            .name("France")
            .addAttributes(
                PartyAttribute.NATO_MEMBER,
                PartyAttribute.EU_MEMBER,
                PartyAttribute.NUCLEAR_POWER,
                PartyAttribute.UN_SECURITY_COUNCIL_PERMANENT_MEMBER)
            .build();
    Party uk =
        Party.builder()
            .id(UK)
            .name("United Kingdom")
            .addAttributes(
                PartyAttribute.NATO_MEMBER,
                PartyAttribute.NUCLEAR_POWER,
                PartyAttribute.UN_SECURITY_COUNCIL_PERMANENT_MEMBER)
            .build();
    Party ukraine = Party.builder().id(UA).name("Ukraine").build();
    Party us =
        Party.builder()
            .id(US)
            .name("United States")
            .addAttributes(
                PartyAttribute.NATO_MEMBER,
                PartyAttribute.NUCLEAR_POWER,
                PartyAttribute.UN_SECURITY_COUNCIL_PERMANENT_MEMBER)
            .build();
    Party germany =
        Party.builder()
            .id(DE)
            .name("Germany")
            .addAttributes(PartyAttribute.NATO_MEMBER, PartyAttribute.EU_MEMBER)
            .addCaveats(
                Caveat.builder()
                    .id("neighbouring-nato-territory-only")
                    .description(
                        "Forces for Ukraine on neighbouring NATO territory, not in Ukraine for now")
                    .addKinds(
                        PledgeKind.FORCE_DEPLOYMENT,
                        PledgeKind.MILITARY_HUB,
                        PledgeKind.PROTECTED_FACILITY)
                    .addLocations(Location.IN_BENEFICIARY, Location.IN_BENEFICIARY_AWAY_FROM_FRONT)
                    .source(germanPosition("'Compromises' will be needed; the Bundestag decides."))
                    .build())
            .build();
    Party italy =
        Party.builder()
            .id(IT)
            .name("Italy")
            .addAttributes(PartyAttribute.NATO_MEMBER, PartyAttribute.EU_MEMBER)
            .addCaveats(
                Caveat.builder()
                    .id("no-ground-troops")
                    .description(
                        "No Italian ground troops in Ukraine (air and sea are not excluded)")
                    .addKinds(PledgeKind.FORCE_DEPLOYMENT)
                    .addDomains(Domain.LAND)
                    .addLocations(Location.IN_BENEFICIARY, Location.IN_BENEFICIARY_AWAY_FROM_FRONT)
                    .source(
                        press(
                            "Italian position (Meloni)",
                            "Giorgia Meloni reiterated Italy's refusal to send ground troops",
                            "Translated from the Italian (\"il rifiuto dell'Italia di inviare truppe"
                                + " di terra\"). The words are about ground troops: the caveat"
                                + " forbids land contributions in Ukraine only."))
                    .build())
            .build();
    Party poland =
        Party.builder()
            .id(PL)
            .name("Poland")
            .addAttributes(PartyAttribute.NATO_MEMBER, PartyAttribute.EU_MEMBER)
            .addCaveats(
                Caveat.builder()
                    .id("no-troops")
                    .description("No Polish troops in Ukraine; Poland leads on logistics")
                    .addKinds(PledgeKind.FORCE_DEPLOYMENT)
                    .addLocations(Location.IN_BENEFICIARY, Location.IN_BENEFICIARY_AWAY_FROM_FRONT)
                    .source(
                        Source.builder()
                            .document(NATIONAL_REPORTS)
                            .clause("Polish position")
                            .quote("Poland, Greece: no troops; Poland to lead on logistics")
                            .fidelity(Fidelity.SUMMARY)
                            .note(
                                "Known only from a summary; no document of the Polish government"
                                    + " was found.")
                            .build())
                    .build())
            .build();
    Party eu = Party.builder().id(EU).name("European Union").kind(PartyKind.ORGANISATION).build();
    Party russia =
        Party.builder()
            .id(RU)
            .name("Russia")
            .addAttributes(
                PartyAttribute.NUCLEAR_POWER, PartyAttribute.UN_SECURITY_COUNCIL_PERMANENT_MEMBER)
            .build();

    Contribution ukTroops =
        Contribution.builder()
            .party(UK)
            .condition(occurred(PARLIAMENTARY_APPROVAL, UK))
            .note("Starmer, 7 January 2026: \"" + COMMONS_VOTE + "\"")
            .build();
    Contribution frenchTroops =
        Contribution.builder()
            .party(FR)
            .size(Size.approximately("thousands of soldiers"))
            .note(
                "Macron, as reported: \"thousands of soldiers\" could be deployed, as a French"
                    + " external operation. One contingent: the same troops serve the French"
                    + " deployment under the declaration of intent, where no size is repeated.")
            .build();
    Contribution frenchContingent =
        Contribution.builder()
            .party(FR)
            .note(
                "The same French contingent as in the Multinational Force (\"thousands of"
                    + " soldiers\"); its size is given there once, so that a total counts it once.")
            .build();

    return Agreement.builder()
        .id(ID)
        .title("Paris security guarantees for Ukraine")
        .date(LocalDate.of(2026, 1, 6))
        .description(
            "The joint declaration of the Coalition of the Willing (35 participants) and the"
                + " France–United Kingdom–Ukraine declaration of intent, Élysée Palace, Paris,"
                + " 6 January 2026. Details of operations, timing and modalities were not given;"
                + " the measures are largely declaratory. No official list of the 35 participants"
                + " was published: the parties here are those the sources name (illustrative).")
        .addParty(france, Role.SIGNATORY)
        .addParty(uk, Role.SIGNATORY)
        .addParty(ukraine, Role.BENEFICIARY, Role.SIGNATORY)
        .addParty(us, Role.NON_SIGNATORY_SUPPORTER)
        .addParty(germany, Role.SIGNATORY)
        .addParty(italy, Role.SIGNATORY)
        .addParty(poland, Role.SIGNATORY)
        .addParty(eu, Role.NON_SIGNATORY_SUPPORTER)
        .addParty(russia, Role.THIRD_PARTY)
        .addTrigger(CEASEFIRE, "A ceasefire enters into force")
        .addTrigger(
            CEASEFIRE_COLLAPSED,
            "The ceasefire collapses (recorded; no source ends a guarantee on it)")
        .addTrigger(
            CREDIBLE_CESSATION,
            "The monitoring mechanism verifies a credible cessation of hostilities")
        .addTrigger(UKRAINE_REQUEST, "Ukraine requests the deployment of the multinational force")
        .addTrigger(REQUEST_WITHDRAWN, "Ukraine withdraws its request")
        .addTrigger(ARMED_ATTACK, "An armed attack against Ukraine by the party named")
        .addTrigger(
            BREACH_ATTRIBUTED,
            "The Special Commission establishes a breach of the ceasefire and attributes it to the"
                + " party named")
        .addTrigger(
            PARLIAMENTARY_APPROVAL, "The parliament of the party named approves deploying forces")
        .addTrigger(US_BACKSTOP, "The United States confirms a legally binding backstop")
        .addTrigger(PEACE_AGREEMENT, "A peace agreement is signed")
        .defaultTrigger(ceasefireEntered())
        // Component 1: ceasefire monitoring and verification.
        .addPledges(
            Pledge.builder()
                .id(CEASEFIRE_MONITORING)
                .title("US-led ceasefire monitoring and verification")
                .kind(PledgeKind.MONITORING)
                .addTags(COMPONENT_1_TAG, US_TAG)
                .bindingForce(BindingForce.POLITICAL_DECLARATION)
                .source(declaration("Component 1", COMPONENT_1, Fidelity.VERBATIM))
                .addContributions(
                    Contribution.builder()
                        .party(US)
                        .bindingForce(BindingForce.POLITICAL_DECLARATION)
                        .note("Leads the mechanism; not a formal party to the declaration")
                        .build())
                .note("Coalition members contribute; the sources do not say which.")
                .build(),
            Pledge.builder()
                .id(SPECIAL_COMMISSION)
                .title("Representation in the Special Commission on breaches")
                .kind(PledgeKind.MONITORING)
                .addTags(COMPONENT_1_TAG)
                .bindingForce(BindingForce.POLITICAL_DECLARATION)
                .source(declaration("Component 1", COMPONENT_1, Fidelity.VERBATIM))
                .build(),
            Pledge.builder()
                .id(BREACH_REMEDIES)
                .title("Remedies for a breach attributed by the Special Commission")
                .kind(PledgeKind.DIPLOMATIC_ACTION)
                .addTags(COMPONENT_1_TAG)
                .bindingForce(BindingForce.POLITICAL_DECLARATION)
                .trigger(after(occurred(BREACH_ATTRIBUTED), occurred(CEASEFIRE)))
                .activation(active(SPECIAL_COMMISSION))
                .source(declaration("Component 1", COMPONENT_1, Fidelity.VERBATIM))
                .note(
                    "What the remedies are is left to the Special Commission, which is \"established"
                        + " to address any breaches, attribute responsibility, and determine"
                        + " remedies\": the remedies are owed once it attributes a breach, and"
                        + " only while the Commission itself is in effect.")
                .build())
        // Component 2: support for the Armed Forces of Ukraine, continuous.
        .addPledges(
            Pledge.builder()
                .id(MILITARY_ASSISTANCE)
                .title("Long-term military assistance and armament")
                .kind(PledgeKind.ARMS_SUPPLY)
                .addTags(COMPONENT_2_TAG)
                .bindingForce(BindingForce.POLITICAL_DECLARATION)
                .trigger(always())
                .source(declaration("Component 2", COMPONENT_2, Fidelity.VERBATIM))
                .build(),
            Pledge.builder()
                .id(WEAPONS_FINANCING)
                .title("Support for financing the purchase of weapons")
                .kind(PledgeKind.FINANCING)
                .addTags(COMPONENT_2_TAG)
                .bindingForce(BindingForce.POLITICAL_DECLARATION)
                .trigger(always())
                .source(declaration("Component 2", COMPONENT_2, Fidelity.VERBATIM))
                .note("Also reported (summary only): funding Ukraine's forces through its budget.")
                .build(),
            Pledge.builder()
                .id(STOCKPILE_ACCESS)
                .title("Access to strategic stockpiles")
                .kind(PledgeKind.LOGISTICS)
                .addTags(COMPONENT_2_TAG)
                .bindingForce(BindingForce.POLITICAL_DECLARATION)
                .trigger(always())
                .source(
                    Source.builder()
                        .from(
                            declaration(
                                "Component 2", "access to strategic stockpiles", Fidelity.SUMMARY))
                        .note(
                            "Listed with the continuing support to Ukraine's armed forces (press"
                                + " summary, translated: \"accesso a depositi strategici\"): the"
                                + " access itself is standing. A summary of the declaration reads"
                                + " \"access to European defence stockpiles for rapid resupply"
                                + " after a future attack\": see stockpile-resupply.")
                        .build())
                .build(),
            Pledge.builder()
                .id(STOCKPILE_RESUPPLY)
                .title("Rapid resupply from European defence stockpiles after a future attack")
                .kind(PledgeKind.LOGISTICS)
                .addTags(COMPONENT_2_TAG)
                .bindingForce(BindingForce.POLITICAL_DECLARATION)
                .trigger(futureRussianAttack())
                .source(
                    Source.builder()
                        .from(
                            declaration(
                                "Component 2",
                                "access to European defence stockpiles for rapid resupply after a"
                                    + " future attack",
                                Fidelity.SUMMARY))
                        .note(
                            "The summary's wording: \"access to European defence stockpiles for"
                                + " rapid resupply after a future attack\". The resupply is tied"
                                + " to the attack; the access is standing (stockpile-access).")
                        .build())
                .build(),
            Pledge.builder()
                .id(FORTIFICATIONS)
                .title("Technical help with fortifications")
                .kind(PledgeKind.TECHNICAL_ASSISTANCE)
                .addTags(COMPONENT_2_TAG)
                .addDomains(Domain.LAND)
                .location(Location.IN_BENEFICIARY)
                .bindingForce(BindingForce.POLITICAL_DECLARATION)
                .trigger(always())
                .source(
                    declaration(
                        "Component 2", "technical help with fortifications", Fidelity.SUMMARY))
                .build())
        // Component 3: the Multinational Force Ukraine.
        .addPledges(
            Pledge.builder()
                .id(MULTINATIONAL_FORCE)
                .title("Multinational Force Ukraine")
                .kind(PledgeKind.FORCE_DEPLOYMENT)
                .addTags(COMPONENT_3_TAG)
                .addDomains(Domain.AIR, Domain.SEA, Domain.LAND)
                .location(Location.IN_BENEFICIARY)
                .bindingForce(BindingForce.POLITICAL_DECLARATION)
                .activation(requestAndCredibleCessation())
                .addReadings(cessationVerifiedByUs())
                .source(declaration("Component 3", COMPONENT_3, Fidelity.SUMMARY))
                .addContributions(
                    frenchTroops,
                    ukTroops,
                    Contribution.builder()
                        .party(DE)
                        .illustrative(
                            "no source names Germany as a contributor to the force; listed to show"
                                + " its caveat (forces on neighbouring NATO territory)")
                        .build(),
                    Contribution.builder()
                        .party(IT)
                        .illustrative(
                            "no source names Italy as a contributor to the force; listed to show"
                                + " its caveat (no ground troops)")
                        .build(),
                    Contribution.builder()
                        .party(PL)
                        .illustrative(
                            "no source names Poland as a contributor to the force; listed to show"
                                + " its caveat (no troops, a summary only)")
                        .build())
                .note(
                    "Many coalition countries need their parliament's approval to deploy"
                        + " (Zelensky); the sources record the UK's (a Commons vote) and Germany's"
                        + " (the Bundestag decides).")
                .build(),
            Pledge.builder()
                .id(US_SUPPORT_IF_ATTACKED)
                .title("US support for the force in case of a Russian attack (disputed)")
                .kind(PledgeKind.MILITARY_SUPPORT)
                .addTags(COMPONENT_3_TAG, US_TAG)
                .bindingForce(BindingForce.POLITICAL_DECLARATION)
                .trigger(futureRussianAttack())
                .activation(active(MULTINATIONAL_FORCE))
                .source(
                    press(
                        "United States",
                        "the United States commit to support the force in case of a Russian"
                            + " attack",
                        "Translated (\"gli Stati Uniti si impegnano a sostenere la forza in caso di"
                            + " attacco russo\"). Disputed: another report says Washington did"
                            + " not formally sign and limits itself to political and diplomatic"
                            + " support, and a summary of component 3 says a draft clause"
                            + " committing the US to support the force if attacked was removed."))
                .addContributions(
                    Contribution.builder()
                        .party(US)
                        .note(
                            "A non-signatory: the weakest binding force, and the wording disputed.")
                        .build())
                .note(
                    "Support for the force presumes the force is there: in effect while the"
                        + " Multinational Force itself is active (Ukraine's request in force, a"
                        + " credible cessation verified), triggered by a Russian attack after a"
                        + " ceasefire.")
                .build(),
            Pledge.builder()
                .id(US_POLITICAL_SUPPORT)
                .title("US political and diplomatic support")
                .kind(PledgeKind.DIPLOMATIC_ACTION)
                .addTags(US_TAG)
                .bindingForce(BindingForce.POLITICAL_DECLARATION)
                .trigger(always())
                .source(
                    press(
                        "United States",
                        "Washington did not formally sign the declaration, limiting itself to"
                            + " political and diplomatic support",
                        "Translated (\"Washington non ha formalmente sottoscritto la"
                            + " dichiarazione, limitandosi a un sostegno politico e diplomatico\")."))
                .addContributions(Contribution.of(US))
                .build(),
            Pledge.builder()
                .id(NEIGHBOURING_FORCES)
                .title("German forces for Ukraine on neighbouring NATO territory")
                .kind(PledgeKind.FORCE_DEPLOYMENT)
                .addTags(NATIONAL_TAG)
                .addDomains(Domain.LAND, Domain.AIR)
                .location(Location.NEIGHBOURING_NATO_TERRITORY)
                .bindingForce(BindingForce.POLITICAL_DECLARATION)
                .activation(requestAndCredibleCessation())
                .addReadings(cessationVerifiedByUs())
                .source(
                    germanPosition(
                        "Forces for Ukraine could be assigned there; not in Ukraine for now."))
                .addContributions(
                    Contribution.builder()
                        .party(DE)
                        .condition(
                            allOf(occurred(PARLIAMENTARY_APPROVAL, DE), occurred(US_BACKSTOP)))
                        .note(
                            "Conditions include a strong, legally binding US guarantee and an"
                                + " American backstop; the Bundestag decides.")
                        .build())
                .note(COMPONENT_3_RULE_ASSUMED)
                .build())
        // Component 4: a future Russian armed attack.
        .addPledges(
            futureAttack(
                ATTACK_MILITARY,
                "Military capabilities in case of a future Russian attack",
                PledgeKind.MILITARY_SUPPORT),
            futureAttack(
                ATTACK_INTELLIGENCE,
                "Intelligence in case of a future Russian attack",
                PledgeKind.INTELLIGENCE),
            futureAttack(
                ATTACK_LOGISTICS,
                "Logistic support in case of a future Russian attack",
                PledgeKind.LOGISTICS),
            futureAttack(
                ATTACK_DIPLOMACY,
                "Diplomatic initiatives in case of a future Russian attack",
                PledgeKind.DIPLOMATIC_ACTION),
            futureAttack(
                ATTACK_SANCTIONS,
                "Additional sanctions in case of a future Russian attack",
                PledgeKind.SANCTIONS))
        // Component 5: long-term defence cooperation, continuous.
        .addPledges(
            cooperation(TRAINING, "Training", PledgeKind.TRAINING),
            cooperation(
                JOINT_PRODUCTION,
                "Joint defence-industrial production",
                PledgeKind.JOINT_PRODUCTION),
            Pledge.builder()
                .from(
                    cooperation(
                        INTELLIGENCE_COOPERATION,
                        "Intelligence collaboration",
                        PledgeKind.INTELLIGENCE))
                .source(
                    declaration(
                        "Component 5",
                        "training, joint industrial production, intelligence collaboration",
                        Fidelity.PRESS_REPORT))
                .build(),
            Pledge.builder()
                .id(COORDINATION_CELL)
                .title("US/Ukraine/Coalition coordination cell in Paris")
                .kind(PledgeKind.COORDINATION)
                .addTags(COMPONENT_5_TAG)
                .bindingForce(BindingForce.POLITICAL_DECLARATION)
                .trigger(always())
                .source(declaration("Component 5", COMPONENT_5, Fidelity.SUMMARY))
                .addContributions(
                    Contribution.builder()
                        .party(FR)
                        .illustrative(
                            "the sources say the cell links the United States, Ukraine and the"
                                + " Coalition, in Paris; they do not name France as a contributor")
                        .build(),
                    Contribution.of(US),
                    Contribution.of(UA))
                .build())
        // The France–UK–Ukraine declaration of intent.
        .addPledges(
            Pledge.builder()
                .id(FR_UK_DEPLOYMENT)
                .title("French and British forces in Ukraine")
                .kind(PledgeKind.FORCE_DEPLOYMENT)
                .addTags(INTENT_TAG)
                .addDomains(Domain.AIR, Domain.SEA, Domain.LAND)
                .location(Location.IN_BENEFICIARY)
                .bindingForce(BindingForce.POLITICAL_DECLARATION)
                .trigger(ceasefireOrPeaceDeal())
                .activation(requestAndCredibleCessation())
                .addReadings(cessationVerifiedByUs())
                .source(
                    starmer(
                        "British, French and partner forces \"could operate on Ukrainian soil\"."))
                .addContributions(frenchContingent, ukTroops)
                .note(
                    "Macron spoke of European forces \"potentially\" deployed away from the front"
                        + " (press report, translated): a possibility, so the location is Ukraine,"
                        + " not away from the front. "
                        + COMPONENT_3_RULE_ASSUMED)
                .build(),
            Pledge.builder()
                .id(MILITARY_HUBS)
                .title("Military hubs across Ukraine")
                .kind(PledgeKind.MILITARY_HUB)
                .addTags(INTENT_TAG)
                .location(Location.IN_BENEFICIARY)
                .bindingForce(BindingForce.POLITICAL_DECLARATION)
                .trigger(ceasefireOrPeaceDeal())
                .activation(requestAndCredibleCessation())
                .addReadings(cessationVerifiedByUs())
                .source(
                    starmer(
                        "Following a ceasefire, or in case of a peace agreement (press reports)."
                            + " Hubs serve logistics, storage and maintenance of Western equipment,"
                            + " operational coordination, training and armistice monitoring."))
                .addContributions(Contribution.of(FR), ukTroops)
                .note(COMPONENT_3_RULE_ASSUMED)
                .build(),
            Pledge.builder()
                .id(PROTECTED_FACILITIES)
                .title("Protected facilities for weapons and military equipment")
                .kind(PledgeKind.PROTECTED_FACILITY)
                .addTags(INTENT_TAG)
                .location(Location.IN_BENEFICIARY)
                .bindingForce(BindingForce.POLITICAL_DECLARATION)
                .trigger(ceasefireOrPeaceDeal())
                .activation(requestAndCredibleCessation())
                .addReadings(cessationVerifiedByUs())
                .source(
                    starmer(
                        "Built by the UK and France, following a ceasefire or in case of a peace"
                            + " agreement (press reports)."))
                .addContributions(Contribution.of(FR), ukTroops)
                .note(COMPONENT_3_RULE_ASSUMED)
                .build(),
            Pledge.builder()
                .id(ARMY_REGENERATION)
                .title("Regenerating Ukraine's armed forces")
                .kind(PledgeKind.TRAINING)
                .addTags(INTENT_TAG)
                .location(Location.IN_BENEFICIARY)
                .bindingForce(BindingForce.POLITICAL_DECLARATION)
                .trigger(ceasefireOrPeaceDeal())
                .activation(requestAndCredibleCessation())
                .addReadings(cessationVerifiedByUs())
                .source(
                    starmer(
                        "Macron pledged France's part in regenerating Ukraine's army (press report)."))
                .addContributions(Contribution.of(FR), ukTroops)
                .note(COMPONENT_3_RULE_ASSUMED)
                .build())
        // Context: the EU's separate financing decision.
        .addPledges(
            Pledge.builder()
                .id(EU_FINANCING)
                .title("EU aid of EUR 90 billion over two years")
                .kind(PledgeKind.FINANCING)
                .addTags(CONTEXT_TAG)
                .bindingForce(BindingForce.POLITICAL_DECLARATION)
                .trigger(always())
                .size(
                    Size.builder()
                        .amount(new BigDecimal("90000000000"))
                        .currency("EUR")
                        .over(Period.ofYears(2))
                        .build())
                .source(
                    press(
                        "EU financing",
                        "The EU approved EUR 90 billion of aid over two years",
                        "A separate EU decision, listed for context; not part of the declaration."))
                .addContributions(Contribution.of(EU))
                .build())
        .build();
  }

  private static Source germanPosition(String note) {
    return Source.builder()
        .document(NATIONAL_REPORTS)
        .clause("German position (Merz)")
        .quote("on neighbouring NATO territory after a ceasefire")
        .fidelity(Fidelity.VERBATIM_TRANSLATION)
        .note("The words as reported, translated; no dated statement was found. " + note)
        .build();
  }

  private static Pledge futureAttack(String id, String title, PledgeKind kind) {
    return Pledge.builder()
        .id(id)
        .title(title)
        .kind(kind)
        .addTags(COMPONENT_4_TAG)
        .bindingForce(BindingForce.POLITICAL_DECLARATION)
        .trigger(futureRussianAttack())
        .addReadings(anyLaterAttack())
        .source(declaration("Component 4", COMPONENT_4, Fidelity.SUMMARY))
        .note(
            "A draft called these commitments \"legally and politically\" binding (known only"
                + " from summaries); the published declaration \"stands ready to commit\" to"
                + " binding guarantees. Graded as a political declaration until the legal"
                + " instruments exist.")
        .build();
  }

  private static Pledge cooperation(String id, String title, PledgeKind kind) {
    return Pledge.builder()
        .id(id)
        .title(title)
        .kind(kind)
        .addTags(COMPONENT_5_TAG)
        .bindingForce(BindingForce.POLITICAL_DECLARATION)
        .trigger(always())
        .source(declaration("Component 5", COMPONENT_5, Fidelity.SUMMARY))
        .build();
  }
}
