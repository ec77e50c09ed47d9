package io.github.guarantees.examples;

import static io.github.guarantees.examples.Paris2026.ARMED_ATTACK;
import static io.github.guarantees.examples.Paris2026.BREACH_ATTRIBUTED;
import static io.github.guarantees.examples.Paris2026.CEASEFIRE;
import static io.github.guarantees.examples.Paris2026.CEASEFIRE_COLLAPSED;
import static io.github.guarantees.examples.Paris2026.CREDIBLE_CESSATION;
import static io.github.guarantees.examples.Paris2026.DE;
import static io.github.guarantees.examples.Paris2026.PARLIAMENTARY_APPROVAL;
import static io.github.guarantees.examples.Paris2026.REQUEST_WITHDRAWN;
import static io.github.guarantees.examples.Paris2026.RU;
import static io.github.guarantees.examples.Paris2026.UK;
import static io.github.guarantees.examples.Paris2026.UKRAINE_REQUEST;
import static io.github.guarantees.examples.Paris2026.US_BACKSTOP;

import com.google.common.collect.ImmutableList;
import io.github.guarantees.scenario.Scenario;
import java.time.Instant;
import java.util.NoSuchElementException;

/**
 * Named scenarios for {@link Paris2026}, each with a one-paragraph narrative. The dates are
 * invented for illustration (no ceasefire had entered into force when the declaration was made);
 * the order of events is what matters. Every narrative opens with {@link #ILLUSTRATIVE_DATES}, so
 * that the files and the printed reports say so too.
 */
public final class Paris2026Scenarios {
  /** The war goes on: no ceasefire. */
  public static final String WAR_GOES_ON = "war-goes-on";

  /** A ceasefire is in force but not verified as a credible cessation of hostilities. */
  public static final String CEASEFIRE_UNVERIFIED = "ceasefire-unverified";

  /** A credible cessation is verified but Ukraine has not asked for the force. */
  public static final String CREDIBLE_CESSATION_WITHOUT_REQUEST =
      "credible-cessation-without-request";

  /** Ukraine's request and a verified credible cessation: the force deploys. */
  public static final String REQUEST_AND_CREDIBLE_CESSATION = "request-and-credible-cessation";

  /** Ukraine withdraws its request after the force deployed. */
  public static final String REQUEST_WITHDRAWN_SCENARIO = "request-withdrawn";

  /** Ukraine withdraws its request, then renews it. */
  public static final String REQUEST_RENEWED = "request-withdrawn-then-renewed";

  /** Russia attacks again after the ceasefire. */
  public static final String ATTACK_AFTER_CEASEFIRE = "attack-after-ceasefire";

  /** Russia attacks while no ceasefire ever held. */
  public static final String ATTACK_WITHOUT_CEASEFIRE = "attack-without-ceasefire";

  /** The UK's troop contribution waits for the Commons vote. */
  public static final String UK_AWAITS_COMMONS = "uk-awaits-commons-vote";

  /** The Commons approves the UK's troop contribution. */
  public static final String UK_COMMONS_APPROVES = "uk-commons-approves";

  /** The Special Commission attributes a breach of the ceasefire to Russia. */
  public static final String BREACH_ATTRIBUTED_SCENARIO = "breach-attributed";

  /** Germany's conditions are met for forces on neighbouring NATO territory. */
  public static final String GERMANY_CONDITIONS_MET = "germany-conditions-met";

  /** The words that open every narrative. */
  public static final String ILLUSTRATIVE_DATES =
      "Illustrative dates: no ceasefire had entered into force when the declaration was made.";

  private static final ImmutableList<Scenario> ALL = build();

  private Paris2026Scenarios() {}

  /**
   * Returns every named scenario, in the order the run command prints them.
   *
   * @return the scenarios
   */
  public static ImmutableList<Scenario> all() {
    return ALL;
  }

  /**
   * Returns a named scenario.
   *
   * @param name the scenario's name
   * @return the scenario
   * @throws NoSuchElementException if there is no scenario of that name
   */
  public static Scenario named(String name) {
    return ALL.stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(
            () -> new NoSuchElementException("no Paris 2026 scenario named '" + name + "'"));
  }

  private static String narrative(String story) {
    return ILLUSTRATIVE_DATES + " " + story;
  }

  private static Instant at(String dateTime) {
    return Instant.parse(dateTime + ":00Z");
  }

  private static final String CEASEFIRE_AT = "2026-04-01T00:00";
  private static final String VERIFIED_AT = "2026-04-15T12:00";
  private static final String REQUEST_AT = "2026-04-16T09:00";

  /** A ceasefire, its verification as a credible cessation, and Ukraine's request. */
  private static Scenario.Builder deployed(String name) {
    return Scenario.builder()
        .name(name)
        .addEvent(CEASEFIRE, at(CEASEFIRE_AT))
        .addEvent(CREDIBLE_CESSATION, at(VERIFIED_AT))
        .addEvent(UKRAINE_REQUEST, at(REQUEST_AT));
  }

  private static ImmutableList<Scenario> build() {
    return ImmutableList.of(
        Scenario.builder()
            .name(WAR_GOES_ON)
            .narrative(
                narrative(
                    "No ceasefire enters into force: the war goes on. The guarantees that activate"
                        + " once a ceasefire enters into force stay dormant; only the continuing"
                        + " support to Ukraine's armed forces (with access to strategic stockpiles),"
                        + " the long-term defence cooperation, the United States' political support"
                        + " and the EU's separate financing are in effect, because they are not"
                        + " conditional on a ceasefire."))
            .asOf(at("2026-03-01T00:00"))
            .build(),
        Scenario.builder()
            .name(CEASEFIRE_UNVERIFIED)
            .narrative(
                narrative(
                    "A ceasefire enters into force on 1 April and Ukraine asks for the multinational"
                        + " force the next day, but the monitoring mechanism has not verified a"
                        + " credible cessation of hostilities. Monitoring starts; the force, the hubs"
                        + " and the protected facilities wait for the verification."))
            .addEvent(CEASEFIRE, at(CEASEFIRE_AT))
            .addEvent(UKRAINE_REQUEST, at("2026-04-02T10:00"))
            .asOf(at("2026-04-10T00:00"))
            .build(),
        Scenario.builder()
            .name(CREDIBLE_CESSATION_WITHOUT_REQUEST)
            .narrative(
                narrative(
                    "The ceasefire holds and on 15 April the monitoring mechanism verifies a credible"
                        + " cessation of hostilities, but Ukraine has not requested the force. The"
                        + " coalition does not deploy uninvited: the force waits for Ukraine's"
                        + " request."))
            .addEvent(CEASEFIRE, at(CEASEFIRE_AT))
            .addEvent(CREDIBLE_CESSATION, at(VERIFIED_AT))
            .asOf(at("2026-04-20T00:00"))
            .build(),
        deployed(REQUEST_AND_CREDIBLE_CESSATION)
            .narrative(
                narrative(
                    "Ceasefire on 1 April, a credible cessation verified on 15 April, Ukraine's"
                        + " request on 16 April: the Multinational Force Ukraine deploys. France's"
                        + " contribution fires; the UK's waits for the House of Commons. Italy,"
                        + " Germany and Poland, listed only to show their standing caveats (marked"
                        + " illustrative), are blocked, and the report names the caveats rather than"
                        + " dropping them."))
            .asOf(at("2026-04-20T00:00"))
            .build(),
        deployed(REQUEST_WITHDRAWN_SCENARIO)
            .narrative(
                narrative(
                    "The force deployed at Ukraine's request; on 10 May Ukraine withdraws the request."
                        + " A withdrawn request is no longer in force, so the deployments are"
                        + " suspended: they fired before and do not now. The UK's part, which never"
                        + " fired (no Commons vote), stays pending rather than suspended."))
            .addEvent(REQUEST_WITHDRAWN, at("2026-05-10T08:00"))
            .asOf(at("2026-05-15T00:00"))
            .build(),
        deployed(REQUEST_RENEWED)
            .narrative(
                narrative(
                    "Ukraine withdraws its request on 10 May and renews it on 1 June. A renewed"
                        + " request is in force again, so the deployments are active once more."))
            .addEvent(REQUEST_WITHDRAWN, at("2026-05-10T08:00"))
            .addEvent(UKRAINE_REQUEST, at("2026-06-01T09:00"))
            .asOf(at("2026-06-05T00:00"))
            .build(),
        deployed(ATTACK_AFTER_CEASEFIRE)
            .narrative(
                narrative(
                    "After the force deployed and the Commons approved the UK's part, Russia attacks"
                        + " Ukraine again on 1 September and the ceasefire collapses an hour later."
                        + " The commitments for a future armed attack fire (military means,"
                        + " intelligence, logistics, diplomacy, sanctions, rapid resupply from"
                        + " stockpiles), and so does the disputed US support for the force. The force,"
                        + " the hubs, the monitoring and the Special Commission stay in effect: no"
                        + " source ends them when the ceasefire collapses; they are there to deter,"
                        + " respond and attribute."))
            .addEvent(PARLIAMENTARY_APPROVAL, UK, at("2026-04-22T18:00"))
            .addEvent(ARMED_ATTACK, RU, at("2026-09-01T04:00"))
            .addEvent(CEASEFIRE_COLLAPSED, at("2026-09-01T05:00"))
            .asOf(at("2026-09-02T00:00"))
            .build(),
        Scenario.builder()
            .name(ATTACK_WITHOUT_CEASEFIRE)
            .narrative(
                narrative(
                    "Russia launches a new offensive on 10 February while no ceasefire has ever"
                        + " held. The commitments for a \"future\" armed attack are about an attack"
                        + " after a ceasefire, so they stay dormant: what is missing is a ceasefire"
                        + " and an attack after it. Continuing military support and access to"
                        + " strategic stockpiles are unaffected."))
            .addEvent(ARMED_ATTACK, RU, at("2026-02-10T03:00"))
            .asOf(at("2026-03-01T00:00"))
            .build(),
        deployed(UK_AWAITS_COMMONS)
            .narrative(
                narrative(
                    "The force is activated, but Starmer has promised to put any troop deployment to"
                        + " the House for a vote. Until the Commons approves, the UK's contributions"
                        + " to the force, the hubs and the protected facilities are pending."))
            .asOf(at("2026-04-20T00:00"))
            .build(),
        deployed(UK_COMMONS_APPROVES)
            .narrative(
                narrative(
                    "On 22 April the House of Commons approves the deployment. The UK's"
                        + " contributions fire alongside France's."))
            .addEvent(PARLIAMENTARY_APPROVAL, UK, at("2026-04-22T18:00"))
            .asOf(at("2026-04-25T00:00"))
            .build(),
        Scenario.builder()
            .name(BREACH_ATTRIBUTED_SCENARIO)
            .narrative(
                narrative(
                    "During the ceasefire, the Special Commission establishes a breach on 5 May and"
                        + " attributes it to Russia. The Commission's remedies are in play; the"
                        + " commitments for a future armed attack are not, since a breach is not"
                        + " necessarily an armed attack. The press-reported response ladder, which"
                        + " answers any ceasefire breach, would start here (see"
                        + " paris-2026-response-ladder)."))
            .addEvent(CEASEFIRE, at(CEASEFIRE_AT))
            .addEvent(CREDIBLE_CESSATION, at(VERIFIED_AT))
            .addEvent(BREACH_ATTRIBUTED, RU, at("2026-05-05T16:00"))
            .asOf(at("2026-05-06T00:00"))
            .build(),
        deployed(GERMANY_CONDITIONS_MET)
            .narrative(
                narrative(
                    "With the force deployed, the United States confirms a legally binding backstop"
                        + " and the Bundestag approves. Germany's forces on neighbouring NATO"
                        + " territory fire; its contribution inside Ukraine stays blocked by its"
                        + " caveat."))
            .addEvent(US_BACKSTOP, at("2026-05-02T12:00"))
            .addEvent(PARLIAMENTARY_APPROVAL, DE, at("2026-05-07T15:00"))
            .asOf(at("2026-05-10T00:00"))
            .build());
  }
}
