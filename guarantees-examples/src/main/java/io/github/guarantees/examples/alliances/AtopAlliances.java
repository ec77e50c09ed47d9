package io.github.guarantees.examples.alliances;

import static io.github.guarantees.condition.Condition.after;
import static io.github.guarantees.condition.Condition.allOf;
import static io.github.guarantees.condition.Condition.always;
import static io.github.guarantees.condition.Condition.anyOf;
import static io.github.guarantees.condition.Condition.not;
import static io.github.guarantees.condition.Condition.occurred;

import com.google.common.collect.ImmutableList;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.condition.PartyPattern;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.BindingForce;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Fidelity;
import io.github.guarantees.model.Party;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.PledgeKind;
import io.github.guarantees.model.Region;
import io.github.guarantees.model.Role;
import io.github.guarantees.model.Source;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Five alliances of different shapes, encoded by hand from their rows of the ATOP v4.01
 * member-level file (../shared/data/atop/atop-4.01-member-level.csv), each with two scenarios built
 * from the dyads of the Reiter–Stam–Horowitz interstate-war file (interstate-wars-rev-2016.csv):
 * one in which the obligation is triggered, one in which it is not. Where the Berkemeier–Fuhrmann
 * file (berkemeier-fuhrmann-2018-alliance-war.csv) codes the alliance–war pair, the case records
 * that coding, and the expected status agrees with it or the narrative says why not.
 *
 * <p>The shapes: a bilateral defence pact against specific adversaries with a non-provocation
 * condition (France–Poland 1921, ATOP 2060); a multilateral defence pact with a location condition
 * (the Rio Treaty 1947, ATOP 3075); a neutrality pact that also covers a provoked initiative
 * (France–Italy 1902, ATOP 1420); a non-aggression and neutrality pact (Germany–USSR 1939, ATOP
 * 2470); a consultation pact (France–Russia 1891, ATOP 1380).
 *
 * <p>Illustrative where marked: each agreement lists only the parties its scenarios need, and a
 * war's dyads are reduced to armed attacks (actor the initiator of the dyad, target the state it
 * fought, place the target's territory unless the war was fought elsewhere), dated at the dyad's
 * entry. The quotes are summaries of the clauses (ATOP codes the obligations, not the words).
 */
public final class AtopAlliances {
  /** An armed attack: actor the initiator of a war dyad, target the other side, place where. */
  public static final String ARMED_ATTACK = "armed-attack";

  /** A direct provocation of a party (France–Italy 1902: it may then take the initiative). */
  public static final String DIRECT_PROVOCATION = "direct-provocation";

  private AtopAlliances() {}

  /** How Berkemeier and Fuhrmann (2018) code an alliance–war pair under their scheme. */
  public enum BfCoding {
    /** The casus foederis was met and the commitment honoured. */
    HONOURED,
    /** The casus foederis was met and the commitment violated. */
    VIOLATED,
    /** The casus foederis was not met. */
    NOT_MET,
    /** Excluded as a non-aggression-only pact ({@code nonaggBF}). */
    EXCLUDED_NON_AGGRESSION,
    /** Excluded as a consultation-only pact ({@code consulBF}). */
    EXCLUDED_CONSULTATION,
    /** The pair is not in the file. */
    NOT_CODED
  }

  /**
   * One alliance–war scenario and what it should give.
   *
   * @param atopId the alliance's ATOP id
   * @param warId the war's id in the war file ({@code larger_war_id})
   * @param agreement the alliance
   * @param scenario the war, as armed attacks
   * @param pledge the pledge instance asked about, e.g. {@code defence@PL}
   * @param expected its expected status at the scenario's as-of instant
   * @param bf the Berkemeier–Fuhrmann coding of the pair
   * @param narrative why the outcome is what it is, and how it stands to the coding
   */
  public record Case(
      int atopId,
      int warId,
      Agreement agreement,
      Scenario scenario,
      String pledge,
      Status expected,
      BfCoding bf,
      String narrative) {
    /**
     * Checks the components.
     *
     * @param atopId the alliance's ATOP id
     * @param warId the war's id
     * @param agreement the alliance, not null
     * @param scenario the war, not null
     * @param pledge the pledge instance, not null
     * @param expected the expected status, not null
     * @param bf the coding, not null
     * @param narrative the narrative, not null
     */
    public Case {
      Objects.requireNonNull(agreement, "agreement");
      Objects.requireNonNull(scenario, "scenario");
      Objects.requireNonNull(pledge, "pledge");
      Objects.requireNonNull(expected, "expected");
      Objects.requireNonNull(bf, "bf");
      Objects.requireNonNull(narrative, "narrative");
    }

    /**
     * Returns whether the expected status says the obligation was triggered (the casus foederis
     * met): the pledge is in effect or decided, not dormant or pending.
     *
     * @return true if triggered
     */
    public boolean triggered() {
      return expected != Status.DORMANT && expected != Status.PENDING;
    }
  }

  private static Party state(String id, String name) {
    return Party.builder().id(id).name(name).build();
  }

  private static Source atop(int atopId, String document, String clause, String summary) {
    return Source.builder()
        .document(document)
        .clause(clause)
        .fidelity(Fidelity.SUMMARY)
        .quote(summary)
        .note("Encoded from ATOP v4.01, atopid " + atopId + ".")
        .build();
  }

  private static Instant day(String date) {
    return Instant.parse(date + "T00:00:00Z");
  }

  private static Event attack(String by, String on, String in, String date) {
    return Event.builder()
        .trigger(ARMED_ATTACK)
        .party(by)
        .target(on)
        .place(in)
        .at(day(date))
        .build();
  }

  private static Occurred attackOnOwed() {
    return occurred(ARMED_ATTACK).against(PartyPattern.owed());
  }

  /** A non-aggression pledge among the members: no armed attack by a member on a member. */
  private static Pledge nonAggression(String title, Source source, String... members) {
    Pledge.Builder p =
        Pledge.builder()
            .id("non-aggression")
            .title(title)
            .kind(PledgeKind.NON_AGGRESSION)
            .bindingForce(BindingForce.LEGALLY_BINDING_ASSISTANCE)
            .trigger(always())
            .addRefrainsFrom(
                occurred(ARMED_ATTACK).by(PartyPattern.member()).against(PartyPattern.member()))
            .source(source);
    for (String m : members) {
      p.addContributions(Contribution.of(m));
    }
    return p.build();
  }

  /** An alliance with its id, title, date and description, declaring the armed-attack trigger. */
  private static Agreement.Builder alliance(
      String id, String title, LocalDate date, String description) {
    return Agreement.builder()
        .id(id)
        .title(title)
        .date(date)
        .description(description)
        .addTrigger(ARMED_ATTACK, "An armed attack (a war dyad: initiator against target)");
  }

  private static Scenario war(String name, String narrative, String asOf, Event... events) {
    return Scenario.builder()
        .name(name)
        .narrative(narrative)
        .addEvents(events)
        .asOf(day(asOf))
        .build();
  }

  // ------------------------------------------------------------------ France–Poland 1921 (2060)

  /**
   * France–Poland, 19 February 1921 (ATOP 2060): bilateral; {@code defense=1}, {@code consul=1};
   * {@code defcoadv=1} with {@code statthr1=255} (Germany) and {@code statthr2=365} (Soviet
   * Russia); {@code defconpr=1} (the member must not have provoked the attack). Only the defence
   * obligation is encoded.
   *
   * @return the agreement
   */
  public static Agreement francePoland1921() {
    Occurred byAdversary =
        occurred(ARMED_ATTACK).by(PartyPattern.hasRole("THIRD_PARTY")).against(PartyPattern.owed());
    // Non-provocation: the member attacked had not attacked first.
    Condition unprovoked = not(after(byAdversary, occurred(ARMED_ATTACK).by(PartyPattern.owed())));
    return alliance(
            "atop-2060-france-poland-1921",
            "Franco-Polish Political Agreement, 19 February 1921",
            LocalDate.of(1921, 2, 19),
            "ATOP 2060. Illustrative party list: the two members, the two named adversaries"
                + " (declared as the only third parties, so 'a third party' is 'a named"
                + " adversary'), and Turkey as a non-adversary at war with France.")
        .addParty(state("FR", "France"), Role.SIGNATORY)
        .addParty(state("PL", "Poland"), Role.SIGNATORY)
        .addParty(state("DE", "Germany"), Role.THIRD_PARTY)
        .addParty(state("SU", "Soviet Russia"), Role.THIRD_PARTY)
        .addParty(state("TR", "Turkey"), Role.OBSERVER)
        .addPledges(
            Pledge.builder()
                .id("defence")
                .title("Aid to the member attacked, without provocation, by Germany or Russia")
                .kind(PledgeKind.MILITARY_SUPPORT)
                .bindingForce(BindingForce.LEGALLY_BINDING_ASSISTANCE)
                .owedTo(PartyPattern.member())
                .trigger(allOf(byAdversary, unprovoked))
                .source(
                    atop(
                        2060,
                        "Franco-Polish Political Agreement, 1921",
                        "defence obligation",
                        "If, contrary to the expectations of both parties, one of them is attacked"
                            + " without provocation, they will concert on defence (ATOP: defense,"
                            + " specific adversaries Germany and Russia, non-provocation)."))
                .addContributions(Contribution.of("FR"), Contribution.of("PL"))
                .note(
                    "Turkey is declared an observer, not a third party, so that an attack by it is"
                        + " not an attack by a named adversary.")
                .build())
        .build();
  }

  // ------------------------------------------------------------------ Rio Treaty 1947 (3075)

  /**
   * The Inter-American Treaty of Reciprocal Assistance, 2 September 1947 (ATOP 3075): multilateral;
   * {@code defense=1}, {@code nonagg=1}, {@code consul=1}; {@code defcoloc=1} (the attack must be
   * within the region of Article 4 or on an American state's territory). Five of the members are
   * listed.
   *
   * @return the agreement
   */
  public static Agreement rioTreaty1947() {
    return alliance(
            "atop-3075-rio-treaty-1947",
            "Inter-American Treaty of Reciprocal Assistance, 2 September 1947",
            LocalDate.of(1947, 9, 2),
            "ATOP 3075. Illustrative: five of the members, and the states they fought.")
        .addParty(state("US", "United States"), Role.SIGNATORY)
        .addParty(state("HN", "Honduras"), Role.SIGNATORY)
        .addParty(state("SV", "El Salvador"), Role.SIGNATORY)
        .addParty(state("CO", "Colombia"), Role.SIGNATORY)
        .addParty(state("AR", "Argentina"), Role.SIGNATORY)
        .addParty(state("KP", "North Korea"), Role.THIRD_PARTY)
        .addParty(state("CN", "China"), Role.THIRD_PARTY)
        .addParty(state("RU", "Soviet Union"), Role.THIRD_PARTY)
        .addRegions(
            Region.of(
                "article-4-region",
                "The region of Article 4 (the Americas and their waters)",
                "US",
                "HN",
                "SV",
                "CO",
                "AR"),
            Region.of("korea", "Korea", "KP"))
        .addPledges(
            Pledge.builder()
                .id("assistance")
                .title("Assist the American state attacked within the region")
                .kind(PledgeKind.MILITARY_SUPPORT)
                .bindingForce(BindingForce.DISCRETIONARY_ASSISTANCE)
                .owedTo(PartyPattern.member())
                .trigger(attackOnOwed().in("article-4-region"))
                .source(
                    atop(
                        3075,
                        "Inter-American Treaty of Reciprocal Assistance",
                        "Articles 3 and 4",
                        "An armed attack by any State against an American State shall be"
                            + " considered an attack against all the American States; each"
                            + " undertakes to assist in meeting it; the treaty applies to attacks"
                            + " within the region of Article 4 or on an American State's"
                            + " territory."))
                .addContributions(
                    Contribution.of("US"),
                    Contribution.of("HN"),
                    Contribution.of("SV"),
                    Contribution.of("CO"),
                    Contribution.of("AR"))
                .build(),
            nonAggression(
                "No resort to force among the parties",
                atop(
                    3075,
                    "Inter-American Treaty of Reciprocal Assistance",
                    "Article 1",
                    "The parties condemn war and undertake not to resort to the threat or the"
                        + " use of force in any manner inconsistent with the Charter."),
                "US",
                "HN",
                "SV",
                "CO",
                "AR"))
        .build();
  }

  // ------------------------------------------------------------------ France–Italy 1902 (1420)

  /**
   * The Prinetti–Barrère exchange of notes, 30 June–2 July 1902 (ATOP 1420): bilateral; {@code
   * neutral=1}, no other obligation; no {@code neuco*} condition. Each stays neutral if the other
   * is the object of aggression, or if the other, after a direct provocation, takes the initiative
   * of war.
   *
   * @return the agreement
   */
  public static Agreement franceItaly1902() {
    Condition attacked =
        occurred(ARMED_ATTACK).by(PartyPattern.nonMember()).against(PartyPattern.owed());
    // The provoked initiative: the member attacks after a direct provocation of it.
    Condition provokedInitiative =
        after(
            occurred(ARMED_ATTACK).by(PartyPattern.owed()),
            occurred(DIRECT_PROVOCATION).against(PartyPattern.owed()));
    return alliance(
            "atop-1420-france-italy-1902",
            "Franco-Italian Agreement (Prinetti–Barrère), 1902",
            LocalDate.of(1902, 6, 30),
            "ATOP 1420. Illustrative: the two members and the states of the wars asked.")
        .addParty(state("FR", "France"), Role.SIGNATORY)
        .addParty(state("IT", "Italy"), Role.SIGNATORY)
        .addParty(state("DE", "Germany"), Role.THIRD_PARTY)
        .addParty(state("AT", "Austria-Hungary"), Role.THIRD_PARTY)
        .addParty(state("RS", "Serbia"), Role.THIRD_PARTY)
        .addParty(state("RU", "Russia"), Role.THIRD_PARTY)
        .addParty(state("BE", "Belgium"), Role.THIRD_PARTY)
        .addParty(state("TR", "Ottoman Empire"), Role.THIRD_PARTY)
        .addTrigger(DIRECT_PROVOCATION, "A direct provocation of a state (target: the provoked)")
        .addPledges(
            Pledge.builder()
                .id("neutrality")
                .title("Strict neutrality towards the member attacked or provoked")
                .kind(PledgeKind.NEUTRALITY)
                .bindingForce(BindingForce.LEGALLY_BINDING_ASSISTANCE)
                .owedTo(PartyPattern.member())
                .trigger(anyOf(attacked, provokedInitiative))
                .addRefrainsFrom(attackOnOwed())
                .source(
                    atop(
                        1420,
                        "Prinetti–Barrère notes, 1902",
                        "neutrality clause",
                        "If France (Italy) is the object of a direct or indirect aggression by one"
                            + " or more powers, Italy (France) will keep a strict neutrality; the"
                            + " same if France (Italy), after a direct provocation, takes the"
                            + " initiative of a declaration of war."))
                .addContributions(Contribution.of("FR"), Contribution.of("IT"))
                .note(
                    "Neutrality is a restraint: the other member breaches it by attacking the party"
                        + " owed; aid to the adversary short of war is not in the war data.")
                .build())
        .build();
  }

  // ------------------------------------------------------------------ Germany–USSR 1939 (2470)

  /**
   * The German–Soviet Non-Aggression Pact, 23 August 1939 (ATOP 2470): bilateral; {@code nonagg=1},
   * {@code neutral=1}; ends 22 June 1941.
   *
   * @return the agreement
   */
  public static Agreement germanySoviet1939() {
    return alliance(
            "atop-2470-germany-ussr-1939",
            "Treaty of Non-Aggression between Germany and the USSR, 23 August 1939",
            LocalDate.of(1939, 8, 23),
            "ATOP 2470. Illustrative: the two members and the states of the wars asked.")
        .addParty(state("DE", "Germany"), Role.SIGNATORY)
        .addParty(state("SU", "Soviet Union"), Role.SIGNATORY)
        .addParty(state("PL", "Poland"), Role.THIRD_PARTY)
        .addParty(state("GB", "United Kingdom"), Role.THIRD_PARTY)
        .addParty(state("FR", "France"), Role.THIRD_PARTY)
        .addParty(state("FI", "Finland"), Role.THIRD_PARTY)
        .addPledges(
            nonAggression(
                "No act of force against each other",
                atop(
                    2470,
                    "German–Soviet Treaty of Non-Aggression, 1939",
                    "Article 1",
                    "Both parties desist from any act of violence, any aggressive action and"
                        + " any attack on each other."),
                "DE",
                "SU"),
            Pledge.builder()
                .id("neutrality")
                .title("No support for a third power at war with the other")
                .kind(PledgeKind.NEUTRALITY)
                .bindingForce(BindingForce.LEGALLY_BINDING_ASSISTANCE)
                .owedTo(PartyPattern.member())
                .trigger(
                    occurred(ARMED_ATTACK)
                        .by(PartyPattern.nonMember())
                        .against(PartyPattern.owed()))
                .addRefrainsFrom(attackOnOwed())
                .source(
                    atop(
                        2470,
                        "German–Soviet Treaty of Non-Aggression, 1939",
                        "Article 2",
                        "Should one party become the object of belligerent action by a third"
                            + " power, the other shall in no manner lend its support to this third"
                            + " power."))
                .addContributions(Contribution.of("DE"), Contribution.of("SU"))
                .build())
        .build();
  }

  // ------------------------------------------------------------------ France–Russia 1891 (1380)

  /**
   * The Franco-Russian exchange of letters, 27 August 1891 (ATOP 1380): bilateral; {@code
   * consul=1}, no other obligation, {@code conditio=0}. The letters' general duty to confer is
   * encoded through the case they single out, a party threatened with aggression, which the war
   * data shows as an attack on it.
   *
   * @return the agreement
   */
  public static Agreement franceRussia1891() {
    return alliance(
            "atop-1380-france-russia-1891",
            "Franco-Russian Agreement, 27 August 1891",
            LocalDate.of(1891, 8, 27),
            "ATOP 1380. Illustrative: the two members and the states of the wars asked.")
        .addParty(state("FR", "France"), Role.SIGNATORY)
        .addParty(state("RU", "Russia"), Role.SIGNATORY)
        .addParty(state("JP", "Japan"), Role.THIRD_PARTY)
        .addParty(state("CN", "China"), Role.THIRD_PARTY)
        .addPledges(
            Pledge.builder()
                .id("consultation")
                .title("Concert on measures when a party is threatened with aggression")
                .kind(PledgeKind.CONSULTATION)
                .bindingForce(BindingForce.CONSULTATION)
                .owedTo(PartyPattern.member())
                .trigger(
                    occurred(ARMED_ATTACK)
                        .by(PartyPattern.nonMember())
                        .against(PartyPattern.owed()))
                .source(
                    atop(
                        1380,
                        "Franco-Russian letters, 1891",
                        "second point",
                        "If peace is in danger, and especially if one of the two parties is"
                            + " threatened with aggression, the two parties agree to come to an"
                            + " understanding on the measures to be taken."))
                .addContributions(Contribution.of("FR"), Contribution.of("RU"))
                .build())
        .build();
  }

  /**
   * Returns the ten cases: two wars for each of the five alliances.
   *
   * @return the cases
   */
  public static ImmutableList<Case> cases() {
    Agreement fp = francePoland1921();
    Agreement rio = rioTreaty1947();
    Agreement fi = franceItaly1902();
    Agreement gs = germanySoviet1939();
    Agreement fr = franceRussia1891();
    return ImmutableList.of(
        new Case(
            2060,
            53,
            fp,
            war(
                "world-war-ii-1939",
                "War 53 (World War II): Germany attacks Poland on 1 September 1939; the United"
                    + " Kingdom and France enter on 3 September; the Soviet Union attacks Poland"
                    + " on 17 September.",
                "1939-09-27",
                attack("DE", "PL", "PL", "1939-09-01"),
                attack("FR", "DE", "DE", "1939-09-03"),
                attack("SU", "PL", "PL", "1939-09-17")),
            "defence@PL",
            Status.ACTIVE,
            BfCoding.HONOURED,
            "An unprovoked attack by a named adversary on Poland: the casus foederis is met, as"
                + " Berkemeier and Fuhrmann code it (France declared war)."),
        new Case(
            2060,
            44,
            fp,
            war(
                "france-turkey-1919-1921",
                "War 44 (Franco-Turkish War): France fights Turkey from November 1919.",
                "1921-10-20",
                attack("FR", "TR", "TR", "1919-11-01")),
            "defence@FR",
            Status.DORMANT,
            BfCoding.NOT_MET,
            "Turkey is not a named adversary and France was not attacked: not met, as coded."),
        new Case(
            3075,
            67,
            rio,
            war(
                "football-war-1969",
                "War 67 (Football War): El Salvador attacks Honduras on 14 July 1969.",
                "1969-07-20",
                attack("SV", "HN", "HN", "1969-07-14")),
            "assistance@HN",
            Status.ACTIVE,
            BfCoding.VIOLATED,
            "An attack on an American state within the region: the casus foederis is met (Berkemeier"
                + " and Fuhrmann code the commitment violated; the attacker, a member, also breaches"
                + " the non-aggression pledge)."),
        new Case(
            3075,
            56,
            rio,
            war(
                "korean-war-1950-1953",
                "War 56 (Korean War): the United States fights North Korea from 27 June 1950;"
                    + " China engages the United States on 27 October, the Soviet Union on 1"
                    + " November; Colombia joins in June 1951; all in Korea.",
                "1953-07-27",
                attack("US", "KP", "KP", "1950-06-27"),
                attack("CN", "US", "korea", "1950-10-27"),
                attack("RU", "US", "korea", "1950-11-01"),
                attack("CO", "KP", "KP", "1951-06-06")),
            "assistance@US",
            Status.DORMANT,
            BfCoding.NOT_MET,
            "The United States is attacked in Korea, outside the region of Article 4: not met, as"
                + " coded."),
        new Case(
            1420,
            38,
            fi,
            war(
                "world-war-i-1914",
                "War 38 (World War I): Austria-Hungary attacks Serbia on 29 July 1914, Germany"
                    + " attacks Russia on 1 August, France on 3 August, Belgium on 4 August; Italy"
                    + " attacks Austria-Hungary on 23 May 1915.",
                "1918-11-11",
                attack("AT", "RS", "RS", "1914-07-29"),
                attack("DE", "RU", "RU", "1914-08-01"),
                attack("DE", "FR", "FR", "1914-08-03"),
                attack("DE", "BE", "BE", "1914-08-04"),
                attack("IT", "AT", "AT", "1915-05-23")),
            "neutrality@FR",
            Status.ACTIVE,
            BfCoding.HONOURED,
            "France is the object of German aggression; Italy never attacks France: the neutrality"
                + " owed to France is in effect and unbreached, honoured as coded."),
        new Case(
            1420,
            35,
            fi,
            war(
                "italo-turkish-1911-1912",
                "War 35 (Italo-Turkish War): Italy attacks the Ottoman Empire on 29 September"
                    + " 1911, with no direct provocation recorded.",
                "1912-10-18",
                attack("IT", "TR", "TR", "1911-09-29")),
            "neutrality@IT",
            Status.DORMANT,
            BfCoding.NOT_MET,
            "Italy takes the initiative without a direct provocation: not met, as coded."),
        new Case(
            2470,
            53,
            gs,
            war(
                "world-war-ii-1939-1941",
                "War 53 (World War II): Germany attacks Poland on 1 September 1939, the United"
                    + " Kingdom and France attack Germany on 3 September, the Soviet Union attacks"
                    + " Poland on 17 September; Germany attacks the Soviet Union on 22 June 1941.",
                "1941-06-22",
                attack("DE", "PL", "PL", "1939-09-01"),
                attack("GB", "DE", "DE", "1939-09-03"),
                attack("FR", "DE", "DE", "1939-09-03"),
                attack("SU", "PL", "PL", "1939-09-17"),
                attack("DE", "SU", "SU", "1941-06-22")),
            "non-aggression",
            Status.VIOLATED,
            BfCoding.VIOLATED,
            "Germany is attacked by third powers in 1939 and the Soviet Union lends them no"
                + " support (the neutrality owed to Germany is in effect); Germany's attack of 22"
                + " June 1941 breaches the non-aggression pledge (Germany's contribution VIOLATED,"
                + " the Soviet Union's not): violated, as coded."),
        new Case(
            2470,
            52,
            gs,
            war(
                "russo-finnish-1939-1940",
                "War 54 (Winter War): the Soviet Union attacks Finland on 30 November 1939.",
                "1940-03-13",
                attack("SU", "FI", "FI", "1939-11-30")),
            "neutrality@SU",
            Status.DORMANT,
            BfCoding.EXCLUDED_NON_AGGRESSION,
            "The Soviet Union is the attacker, not the object of belligerent action: the neutrality"
                + " owed to it is not triggered. Berkemeier and Fuhrmann exclude the pair as"
                + " non-aggression only, which this agrees with: nothing is asked of Germany."),
        new Case(
            1380,
            31,
            fr,
            war(
                "russo-japanese-1904-1905",
                "War 37 (Russo-Japanese War): Japan attacks Russia on 8 February 1904.",
                "1905-09-05",
                attack("JP", "RU", "RU", "1904-02-08")),
            "consultation@RU",
            Status.ACTIVE,
            BfCoding.EXCLUDED_CONSULTATION,
            "Russia is attacked: the duty to concert is triggered. Berkemeier and Fuhrmann exclude"
                + " consultation-only pacts from the casus foederis question, so there is no coding"
                + " to agree with."),
        new Case(
            1380,
            30,
            fr,
            war(
                "boxer-rebellion-1900",
                "War 34 (Boxer Rebellion): France and Russia, among others, fight China from 17"
                    + " June 1900.",
                "1900-08-14",
                attack("FR", "CN", "CN", "1900-06-17"),
                attack("RU", "CN", "CN", "1900-06-17")),
            "consultation@RU",
            Status.DORMANT,
            BfCoding.EXCLUDED_CONSULTATION,
            "Both members are the initiators; neither is attacked: not triggered. Berkemeier and"
                + " Fuhrmann exclude the pair as consultation only."));
  }

  /**
   * Returns the cases of one alliance.
   *
   * @param atopId the ATOP id
   * @return its cases
   */
  public static List<Case> cases(int atopId) {
    return cases().stream().filter(c -> c.atopId() == atopId).toList();
  }
}
