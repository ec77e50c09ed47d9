package io.github.guarantees.scenario;

import static io.github.guarantees.Fixtures.h;
import static io.github.guarantees.Fixtures.party;
import static io.github.guarantees.Fixtures.pledge;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import io.github.guarantees.Fixtures;
import io.github.guarantees.Treaty;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Deadline;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.PledgeKind;
import io.github.guarantees.model.Role;
import io.github.guarantees.model.Term;
import io.github.guarantees.scenario.ScenarioWarning.Kind;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** An event that names no party where the agreement only ever uses its trigger with one. */
class ScenarioWarningTest {
  /** The force, and a response to an attack by RU or by BY: 'attack' is never used party-less. */
  private static final Agreement AGREEMENT =
      Treaty.base()
          .addParty(party("RU"), Role.THIRD_PARTY)
          .addParty(party("BY"), Role.THIRD_PARTY)
          .addPledges(
              Treaty.force().build(),
              Pledge.builder()
                  .from(pledge("response").build())
                  .kind(PledgeKind.MILITARY_SUPPORT)
                  .trigger(
                      Condition.anyOf(
                          Condition.occurred("attack", "RU"), Condition.occurred("attack", "BY")))
                  .build())
          .build();

  @Test
  void anAttackWithoutAttackerIsWarnedNamingTheExpectedParties() {
    Scenario s =
        Scenario.builder()
            .name("s")
            .addEvent("ceasefire", h(1))
            .addEvent("attack", h(2))
            .asOf(h(3))
            .build();
    assertThat(ScenarioWarning.of(AGREEMENT, s))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.kind()).isEqualTo(Kind.EVENT_WITHOUT_PARTY);
              assertThat(w.where()).isEqualTo("events[1].party");
              assertThat(w.subject()).isEqualTo("attack");
              assertThat(w.expected()).containsExactly("RU", "BY");
            });
  }

  @Test
  void noWarningWhenTheEventNamesAPartyOrTheAgreementUsesTheTriggerWithoutOne() {
    Scenario s =
        Scenario.builder()
            .name("s")
            .addEvent("ceasefire", h(1))
            .addEvent("attack", "RU", h(2))
            .addEvent("request", h(3))
            .asOf(h(4))
            .build();
    assertThat(ScenarioWarning.of(AGREEMENT, s)).isEmpty();
  }

  @Test
  void aTriggerUsedBothWithAndWithoutAPartyIsNotWarnedAbout() {
    Agreement both =
        Agreement.builder()
            .from(AGREEMENT)
            .addPledges(
                Pledge.builder()
                    .from(pledge("any-attack").build())
                    .trigger(Condition.occurred("attack"))
                    .build())
            .build();
    Scenario s = Scenario.builder().name("s").addEvent("attack", h(2)).asOf(h(3)).build();
    assertThat(ScenarioWarning.of(both, s)).isEmpty();
  }

  /** A one-pledge agreement whose only use of 'attack' is by Q, in the place the function sets. */
  private static Agreement usingAttackBy(
      UnaryOperator<Agreement.Builder> agreement, UnaryOperator<Pledge.Builder> pledge) {
    return agreement
        .apply(Fixtures.agreement("attack", "other"))
        .addPledges(pledge.apply(pledge("p")).build())
        .build();
  }

  @Test
  void aTriggerUsedWithAPartyAnywhereInTheAgreementIsFound() {
    Condition byQ = Condition.occurred("attack", "Q");
    Occurred byQEvent = Condition.occurred("attack", "Q");
    Map<String, Agreement> places = new LinkedHashMap<>();
    places.put("defaultTrigger", usingAttackBy(a -> a.defaultTrigger(byQ), p -> p));
    places.put("term.endsWhen", usingAttackBy(a -> a.term(Term.endsWhen(byQ)), p -> p));
    places.put(
        "term.since", usingAttackBy(a -> a.term(Term.lastsFor(Duration.ofHours(1), byQ)), p -> p));
    places.put("pledge trigger", usingAttackBy(a -> a, p -> p.trigger(byQ)));
    places.put("activation", usingAttackBy(a -> a, p -> p.activation(byQ)));
    places.put("pledge term.endsWhen", usingAttackBy(a -> a, p -> p.term(Term.endsWhen(byQ))));
    places.put(
        "pledge term.since",
        usingAttackBy(a -> a, p -> p.term(Term.lastsFor(Duration.ofHours(1), byQ))));
    places.put(
        "deadline",
        usingAttackBy(a -> a, p -> p.deadline(Deadline.of(byQEvent, Duration.ofHours(1)))));
    places.put("refrainsFrom", usingAttackBy(a -> a, p -> p.addRefrainsFrom(byQEvent)));
    places.put(
        "contribution",
        usingAttackBy(
            a -> a,
            p -> p.addContributions(Contribution.builder().party("P").condition(byQ).build())));
    Scenario s =
        Scenario.builder()
            .name("s")
            .addEvent("other", h(1))
            .addEvent("attack", h(2))
            .asOf(h(3))
            .build();
    places.forEach(
        (place, agreement) ->
            assertThat(ScenarioWarning.of(agreement, s))
                .as(place)
                .containsExactly(
                    new ScenarioWarning(
                        Kind.EVENT_WITHOUT_PARTY,
                        "events[1].party",
                        "attack",
                        ImmutableSet.of("Q"))));
    Agreement nowhere = usingAttackBy(a -> a, p -> p);
    assertThat(ScenarioWarning.of(nowhere, s)).isEmpty();
  }

  @Test
  void theWarningInWordsAndPlacedElsewhere() {
    ScenarioWarning w =
        new ScenarioWarning(
            Kind.EVENT_WITHOUT_PARTY, "events[1].party", "attack", ImmutableSet.of("RU", "BY"));
    assertThat(w.message())
        .isEqualTo(
            "the event 'attack' names no party, but the agreement only uses 'attack' by RU or BY,"
                + " so no pledge counts this event; add 'party: RU' if that is what you meant");
    ScenarioWarning moved = w.at("s.yaml:4:5");
    assertThat(moved)
        .isEqualTo(
            new ScenarioWarning(Kind.EVENT_WITHOUT_PARTY, "s.yaml:4:5", "attack", w.expected()));
    assertThat(moved.toString()).isEqualTo("s.yaml:4:5: " + w.message());
    ScenarioWarning one =
        new ScenarioWarning(Kind.NARRATIVE_NOT_MET, "narrative", "s", ImmutableSet.of("force"));
    assertThat(one.message())
        .isEqualTo(
            "the narrative of 's' no longer describes the outcome: 1 expectation is not met"
                + " (force); update the narrative and the expectations together");
    ScenarioWarning two =
        new ScenarioWarning(
            Kind.NARRATIVE_NOT_MET, "narrative", "s", ImmutableSet.of("force", "force/UK"));
    assertThat(two.message())
        .isEqualTo(
            "the narrative of 's' no longer describes the outcome: 2 expectations are not met"
                + " (force, force/UK); update the narrative and the expectations together");
  }
}
