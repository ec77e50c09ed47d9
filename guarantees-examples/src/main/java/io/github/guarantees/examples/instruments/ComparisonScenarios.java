package io.github.guarantees.examples.instruments;

import static io.github.guarantees.examples.instruments.Vocabulary.ARMED_ATTACK;
import static io.github.guarantees.examples.instruments.Vocabulary.CEASEFIRE;
import static io.github.guarantees.examples.instruments.Vocabulary.COALITION_RESPONSE;
import static io.github.guarantees.examples.instruments.Vocabulary.CONSULTATIONS_HELD;
import static io.github.guarantees.examples.instruments.Vocabulary.CONSULTATION_REQUEST;
import static io.github.guarantees.examples.instruments.Vocabulary.COORDINATED_RESPONSE;
import static io.github.guarantees.examples.instruments.Vocabulary.NUCLEAR_USE;
import static io.github.guarantees.examples.instruments.Vocabulary.RU;
import static io.github.guarantees.examples.instruments.Vocabulary.UA;

import com.google.common.collect.ImmutableList;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.time.Instant;

/**
 * Named scenarios in the shared {@link Vocabulary}, each run against every instrument by {@link
 * Comparison}.
 *
 * <p>The instruments are of different dates; the comparison asks what each would have done had it
 * been in force when the events happened, so an event before an instrument's date still counts for
 * it.
 */
public final class ComparisonScenarios {
  /** A renewed Russian attack after a ceasefire, everything answered in time. */
  public static final String RENEWED_ATTACK = "renewed-attack-after-ceasefire";

  /** A guarantor attacks, as Russia did in 2014 and 2022. */
  public static final String GUARANTOR_ATTACKS = "guarantor-attacks-2014-2022";

  /** The same renewed attack, with consultations and the first response an hour late. */
  public static final String CONSULTATIONS_LATE = "consultations-held-late";

  /** A renewed attack in which nuclear weapons are used. */
  public static final String NUCLEAR_ESCALATION = "nuclear-escalation";

  private ComparisonScenarios() {}

  /**
   * Returns every comparison scenario.
   *
   * @return the scenarios, in the order they are shown
   */
  public static ImmutableList<Scenario> all() {
    return ImmutableList.of(
        renewedAttack(), guarantorAttacks(), consultationsLate(), nuclearEscalation());
  }

  /**
   * Returns a scenario by name.
   *
   * @param name the scenario's name
   * @return the scenario
   * @throws IllegalArgumentException if there is no such scenario
   */
  public static Scenario named(String name) {
    return all().stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no comparison scenario '" + name + "'"));
  }

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }

  private static Event event(String trigger, String instant, String note) {
    return Event.builder().trigger(trigger).at(at(instant)).note(note).build();
  }

  private static Event event(String trigger, String party, String instant, String note) {
    return Event.builder().trigger(trigger).party(party).at(at(instant)).note(note).build();
  }

  static Scenario renewedAttack() {
    return Scenario.builder()
        .name(RENEWED_ATTACK)
        .narrative(
            "A ceasefire enters into force on 1 March 2026 and holds through the summer. At dawn"
                + " on 1 September Russia attacks again. Ukraine asks for consultations two hours"
                + " later; they are held the same evening. The Coalition responds within 22 hours"
                + " and a coordinated response including the US military comes exactly 72 hours"
                + " after the attack. Every instrument is asked what it would have done.")
        .addEvents(
            event(CEASEFIRE, "2026-03-01T00:00:00Z", "ceasefire in force"),
            event(ARMED_ATTACK, RU, "2026-09-01T04:00:00Z", "renewed Russian attack"),
            event(CONSULTATION_REQUEST, UA, "2026-09-01T06:00:00Z", "Ukraine asks to consult"),
            event(CONSULTATIONS_HELD, "2026-09-01T20:00:00Z", "consultations held"),
            event(COALITION_RESPONSE, "2026-09-02T02:00:00Z", "first response, after 22 hours"),
            event(
                COORDINATED_RESPONSE,
                "2026-09-04T04:00:00Z",
                "coordinated response with the US, at 72 hours exactly"))
        .asOf(at("2026-09-10T00:00:00Z"))
        .build();
  }

  static Scenario guarantorAttacks() {
    return Scenario.builder()
        .name(GUARANTOR_ATTACKS)
        .narrative(
            "Russia, a guarantor under the Budapest Memorandum, seizes Crimea in February 2014."
                + " Ukraine calls for consultations the next day; they are held in Paris on 5 March"
                + " without Russia. A ceasefire (Minsk II) enters into force in February 2015, and"
                + " on 24 February 2022 Russia launches its full-scale invasion. The instants are"
                + " approximate; the later instruments are asked what they would have done had"
                + " they been in force.")
        .addEvents(
            event(ARMED_ATTACK, RU, "2014-02-27T04:00:00Z", "Crimea seized"),
            event(
                CONSULTATION_REQUEST, UA, "2014-02-28T12:00:00Z", "Ukraine invokes consultations"),
            event(CONSULTATIONS_HELD, "2014-03-05T12:00:00Z", "Paris meeting; Russia absent"),
            event(CEASEFIRE, "2015-02-15T00:00:00Z", "Minsk II ceasefire"),
            event(ARMED_ATTACK, RU, "2022-02-24T03:00:00Z", "full-scale invasion"))
        .asOf(at("2022-03-31T00:00:00Z"))
        .build();
  }

  static Scenario consultationsLate() {
    return Scenario.builder()
        .name(CONSULTATIONS_LATE)
        .narrative(
            "The same renewed attack of 1 September 2026, but slower answers: the Coalition's"
                + " first response comes 25 hours after the attack and the consultations Ukraine"
                + " asked for are held 25 hours after its request — each one hour late. The"
                + " coordinated response including the US comes after 71 hours, in time.")
        .addEvents(
            event(CEASEFIRE, "2026-03-01T00:00:00Z", "ceasefire in force"),
            event(ARMED_ATTACK, RU, "2026-09-01T04:00:00Z", "renewed Russian attack"),
            event(CONSULTATION_REQUEST, UA, "2026-09-01T06:00:00Z", "Ukraine asks to consult"),
            event(COALITION_RESPONSE, "2026-09-02T05:00:00Z", "first response, one hour late"),
            event(CONSULTATIONS_HELD, "2026-09-02T07:00:00Z", "consultations, one hour late"),
            event(COORDINATED_RESPONSE, "2026-09-04T03:00:00Z", "coordinated response, 71 hours"))
        .asOf(at("2026-09-10T00:00:00Z"))
        .build();
  }

  static Scenario nuclearEscalation() {
    return Scenario.builder()
        .name(NUCLEAR_ESCALATION)
        .narrative(
            "After the ceasefire of 1 March 2026, Russia attacks on 1 September and uses a"
                + " nuclear weapon two days later. Ukraine asks for consultations at once, but"
                + " none are held within the week, and the Coalition does not respond. Only now"
                + " does the Budapest Memorandum owe an action — seeking Security Council action"
                + " — and its guarantor breaches the no-nuclear-use assurance.")
        .addEvents(
            event(CEASEFIRE, "2026-03-01T00:00:00Z", "ceasefire in force"),
            event(ARMED_ATTACK, RU, "2026-09-01T04:00:00Z", "renewed Russian attack"),
            event(CONSULTATION_REQUEST, UA, "2026-09-01T05:00:00Z", "Ukraine asks to consult"),
            event(NUCLEAR_USE, RU, "2026-09-03T04:00:00Z", "a nuclear weapon is used"))
        .asOf(at("2026-09-08T00:00:00Z"))
        .build();
  }
}
