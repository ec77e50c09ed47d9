package io.github.guarantees;

import static io.github.guarantees.Fixtures.h;
import static io.github.guarantees.Fixtures.party;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.guarantees.condition.Condition;
import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.BindingForce;
import io.github.guarantees.model.Caveat;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Domain;
import io.github.guarantees.model.Party;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.Problem;
import io.github.guarantees.model.Role;
import io.github.guarantees.model.Site;
import io.github.guarantees.model.Term;
import io.github.guarantees.model.Trigger;
import io.github.guarantees.model.ValidationException;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Validation of agreements, conditions and scenarios: one test per kind of problem, and one
 * exception listing every problem. (In the root package, which is not null-marked, so that nulls
 * can be passed.)
 */
class ValidationTest {

  private static List<Problem> problems(ThrowingCallable build) {
    ValidationException e = catchThrowableOfType(ValidationException.class, build);
    assertThat(e).as("a ValidationException").isNotNull();
    return e.problems();
  }

  private static Agreement.Builder base() {
    return Fixtures.agreement("ceasefire", "request");
  }

  private static Pledge.Builder pledge() {
    return Fixtures.pledge("p");
  }

  @Test
  void duplicatePartyTriggerAndPledgeIds() {
    List<Problem> ps =
        problems(
            () ->
                base()
                    .addParty(party("P"), Role.OBSERVER)
                    .addTrigger("ceasefire", "again")
                    .addPledges(pledge().build(), pledge().build())
                    .build());
    assertThat(ps)
        .extracting(Problem::site)
        .containsExactly(Site.party("P"), Site.trigger("ceasefire"), Site.pledge("p", ""));
    assertThat(ps).allMatch(p -> p.message().startsWith("duplicate"));
  }

  @Test
  void unknownTriggerInEveryPlaceAConditionAppears() {
    List<Problem> ps =
        problems(
            () ->
                base()
                    .defaultTrigger(Condition.occurred("t-default"))
                    .addPledges(
                        pledge()
                            .trigger(Condition.occurred("t-trigger"))
                            .activation(Condition.allOf(Condition.occurred("t-activation")))
                            .term(Term.endsWhen(Condition.not(Condition.occurred("t-term"))))
                            .addContributions(
                                Contribution.builder()
                                    .party("P")
                                    .condition(Condition.after("t-contribution", "ceasefire"))
                                    .build())
                            .build())
                    .build());
    assertThat(ps)
        .extracting(Problem::site)
        .containsExactly(
            Site.agreement("test", "defaultTrigger"),
            Site.pledge("p", "trigger"),
            Site.pledge("p", "activation"),
            Site.pledge("p", "term.endsWhen"),
            Site.contribution("p", "P", "condition"));
    assertThat(ps)
        .extracting(Problem::message)
        .allMatch(m -> m.startsWith("unknown trigger 't-"))
        .anyMatch(m -> m.contains("'t-default'"))
        .anyMatch(m -> m.contains("'t-contribution'"));
  }

  @Test
  void unknownPartyInEveryPlaceAConditionAppears() {
    List<Problem> ps =
        problems(
            () ->
                base()
                    .defaultTrigger(Condition.occurred("ceasefire", "X1"))
                    .addPledges(
                        pledge()
                            .trigger(
                                Condition.inForce(
                                    Condition.occurred("ceasefire", "X2"),
                                    Condition.occurred("request")))
                            .activation(Condition.occurred("request", "X3"))
                            .term(Term.endsWhen(Condition.occurred("ceasefire", "X4")))
                            .addContributions(
                                Contribution.builder()
                                    .party("P")
                                    .condition(
                                        Condition.within(
                                            Condition.occurred("request", "X5"),
                                            Duration.ofHours(1),
                                            Condition.occurred("ceasefire")))
                                    .build())
                            .build())
                    .build());
    assertThat(ps).hasSize(5);
    for (String id : List.of("X1", "X2", "X3", "X4", "X5")) {
      assertThat(ps).anyMatch(p -> p.message().contains("unknown party '" + id + "'"));
    }
    assertThat(ps)
        .extracting(Problem::site)
        .containsExactly(
            Site.agreement("test", "defaultTrigger"),
            Site.pledge("p", "trigger"),
            Site.pledge("p", "activation"),
            Site.pledge("p", "term.endsWhen"),
            Site.contribution("p", "P", "condition"));
    assertThat(ps.get(0).message()).contains("X1");
    assertThat(ps.get(3).message()).contains("X4");
  }

  @Test
  void aMistypedTriggerGetsASuggestion() {
    List<Problem> ps =
        problems(
            () ->
                base()
                    .addPledges(pledge().activation(Condition.occurred("ceasfire")).build())
                    .build());
    assertThat(ps)
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("did you mean 'ceasefire'"));
  }

  @Test
  void contributionProblems() {
    List<Problem> unknown =
        problems(
            () ->
                base()
                    .addPledges(pledge().addContributions(Contribution.of("ZZ")).build())
                    .build());
    assertThat(unknown)
        .singleElement()
        .satisfies(p -> assertThat(p.toString()).contains("ZZ").contains("not in the agreement"));

    List<Problem> twice =
        problems(
            () ->
                base()
                    .addPledges(
                        pledge()
                            .addContributions(Contribution.of("P"), Contribution.of("P"))
                            .build())
                    .build());
    assertThat(twice)
        .singleElement()
        .satisfies(p -> assertThat(p.toString()).contains("'P'").contains("twice"));

    List<Problem> domains =
        problems(
            () ->
                base()
                    .addPledges(
                        pledge()
                            .addContributions(
                                Contribution.builder().party("P").addDomains(Domain.SEA).build())
                            .build())
                    .build());
    assertThat(domains)
        .singleElement()
        .satisfies(p -> assertThat(p.toString()).contains("'P'").contains("SEA"));

    List<Problem> force =
        problems(
            () ->
                base()
                    .addPledges(
                        pledge()
                            .addContributions(
                                Contribution.builder()
                                    .party("Q")
                                    .bindingForce(BindingForce.AUTOMATIC_COLLECTIVE_DEFENCE)
                                    .build())
                            .build())
                    .build());
    assertThat(force)
        .singleElement()
        .satisfies(p -> assertThat(p.toString()).contains("'Q'").contains("stronger"));

    // A weaker binding force and a subset of domains are fine.
    base()
        .addPledges(
            pledge()
                .addContributions(
                    Contribution.builder()
                        .party("Q")
                        .addDomains(Domain.LAND)
                        .bindingForce(BindingForce.POLITICAL_DECLARATION)
                        .build())
                .build())
        .build();
  }

  @Test
  void oneExceptionListsEveryProblemEachNamingTheOffendingId() {
    ValidationException e =
        catchThrowableOfType(
            ValidationException.class,
            () ->
                base()
                    .addTrigger("request", "dup")
                    .addPledges(
                        pledge()
                            .activation(Condition.occurred("nope"))
                            .addContributions(
                                Contribution.of("ghost"),
                                Contribution.builder().party("P").addDomains(Domain.CYBER).build())
                            .build(),
                        pledge()
                            .id("second")
                            .trigger(Condition.occurred("ceasefire", "nobody"))
                            .build())
                    .build());
    assertThat(e).isNotNull();
    assertThat(e.problems()).hasSize(5);
    assertThat(e.getMessage())
        .contains("agreement 'test'")
        .contains("5 problems")
        .contains("'request'")
        .contains("'nope'")
        .contains("'ghost'")
        .contains("CYBER")
        .contains("'nobody'")
        .contains("pledge 'second'");
    assertThat(e.getMessage().lines().count()).isEqualTo(6);
  }

  @Test
  void emptyAllOfAndAnyOfAreRejected() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Condition.allOf())
        .withMessageContaining("allOf");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Condition.anyOf())
        .withMessageContaining("anyOf");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Condition.allOf(List.of()))
        .withMessage("allOf needs at least one operand");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Condition.anyOf(List.of()))
        .withMessage("anyOf needs at least one operand");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Condition.atLeast(1))
        .withMessage("atLeast(1) needs at least one operand");
  }

  @Test
  void atLeastWithKOutOfRangeIsRejected() {
    Condition a = Condition.occurred("a");
    Condition b = Condition.occurred("b");
    for (int k : new int[] {-1, 0, 3}) {
      assertThatThrownBy(() -> Condition.atLeast(k, a, b))
          .as("k = %s", k)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("atLeast(" + k + ")");
    }
    assertThat(Condition.atLeast(2, a, b).k()).isEqualTo(2);
    assertThat(Condition.atLeast(1, a, b).k()).isEqualTo(1);
  }

  @Test
  void aNegativeWithinWindowIsRejected() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Condition.within("a", Duration.ofHours(-1), "b"))
        .withMessageContaining("negative");
    assertThat(Condition.within("a", Duration.ZERO, "b").window()).isZero();
  }

  @Test
  void eventsListedOutOfOrderAreSortedByInstantKeepingTiesInTheirListedOrder() {
    Scenario s =
        Scenario.builder()
            .name("jumbled")
            .addEvent("a", h(5))
            .addEvent("b", h(3))
            .addEvent("c", h(4))
            .addEvent("d", h(1))
            .addEvent("e", h(3))
            .asOf(h(6))
            .build();
    assertThat(s.events()).extracting(Event::trigger).containsExactly("d", "b", "e", "c", "a");
    Scenario sorted =
        Scenario.builder()
            .name("jumbled")
            .addEvent("d", h(1))
            .addEvent("b", h(3))
            .addEvent("e", h(3))
            .addEvent("c", h(4))
            .addEvent("a", h(5))
            .asOf(h(6))
            .build();
    assertThat(s).isEqualTo(sorted);
  }

  @Test
  void scenarioEventsNamingUndeclaredTriggersOrPartiesFailAtEvaluationListingEveryOne() {
    Evaluator e = Evaluator.compile(Treaty.agreement());
    Scenario s =
        Treaty.scenario("typos")
            .addEvent("ceasfire", h(1))
            .addEvent("request", "UAA", h(2))
            .addEvent("credible-cessation", h(3))
            .addEvent("meteor-strike", h(4))
            .asOf(h(5))
            .build();
    ValidationException ex = catchThrowableOfType(ValidationException.class, () -> e.evaluate(s));
    assertThat(ex).isNotNull();
    assertThat(ex.problems()).hasSize(3);
    assertThat(ex.getMessage())
        .contains("events[0]")
        .contains("did you mean 'ceasefire'")
        .contains("events[1]")
        .contains("'UAA'")
        .contains("did you mean 'UA'")
        .contains("events[3]")
        .contains("'meteor-strike'")
        .doesNotContain("events[2]");
  }

  @Test
  void aBuilderMissingARequiredAttributeNamesIt() {
    assertThatExceptionOfType(IllegalStateException.class)
        .isThrownBy(() -> Pledge.builder().id("p").title("t").build())
        .withMessageContaining("kind")
        .withMessageContaining("bindingForce")
        .withMessageContaining("source");
    assertThatThrownBy(() -> Agreement.builder().title("t").build()).hasMessageContaining("id");
    assertThatThrownBy(() -> Party.builder().id("X").build()).hasMessageContaining("name");
    assertThatThrownBy(() -> Scenario.builder().name("s").build()).hasMessageContaining("asOf");
    assertThatThrownBy(() -> Contribution.builder().build()).hasMessageContaining("party");
    assertThatThrownBy(() -> Caveat.builder().id("c").build()).hasMessageContaining("description");
  }

  @Test
  void nullsAreRejectedWithTheirName() {
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(() -> Condition.occurred(null))
        .withMessageContaining("trigger");
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(() -> Condition.not(null))
        .withMessageContaining("operand");
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(() -> Condition.allOf(Condition.occurred("a"), null))
        .withMessage("at index 1");
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(() -> Event.of(null, h(0)))
        .withMessageContaining("trigger");
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(() -> Event.of("a", null))
        .withMessageContaining("at");
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(() -> Trigger.of("a", null))
        .withMessageContaining("description");
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(() -> Fixtures.pledge("p").activation(null))
        .withMessageContaining("activation");
  }

  @Test
  void malformedIdsAreRejected() {
    for (String bad : List.of("", " ", "two words", "-leading", "a/b", "é")) {
      assertThatThrownBy(() -> Party.builder().id(bad).name("n").build())
          .as("party id '%s'", bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("an id starts with a letter or digit");
      assertThatExceptionOfType(IllegalArgumentException.class)
          .as("trigger id '%s'", bad)
          .isThrownBy(() -> Trigger.of(bad, "d"))
          .withMessageContaining("an id starts with a letter or digit");
      assertThatExceptionOfType(ValidationException.class)
          .as("pledge id '%s'", bad)
          .isThrownBy(() -> Fixtures.pledge(bad).build())
          .satisfies(
              e ->
                  assertThat(e.problems())
                      .extracting(Problem::site)
                      .containsExactly(Site.pledge(bad, "id")));
      assertThatExceptionOfType(IllegalArgumentException.class)
          .as("caveat id '%s'", bad)
          .isThrownBy(
              () -> Caveat.builder().id(bad).description("d").addDomains(Domain.LAND).build())
          .withMessageContaining("an id starts with a letter or digit");
    }
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Condition.occurred(" "))
        .withMessageContaining("the trigger id is blank");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Condition.occurred("a", ""))
        .withMessageContaining("party");
    for (String good : List.of("UK", "ukraine-request", "art.5", "a_b", "9")) {
      assertThat(Trigger.of(good, "d").id()).isEqualTo(good);
    }
  }

  @Test
  void otherStructuralRules() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Caveat.builder().id("c").description("d").build())
        .withMessageContaining("'c'");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Term.builder().build())
        .withMessageContaining("term");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Term.lastsFor(Duration.ZERO))
        .withMessageContaining("lastsFor must be positive");
    Caveat c = Caveat.builder().id("c").description("d").addDomains(Domain.LAND).build();
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> party("X", c, c))
        .withMessageContaining("duplicate caveat id 'c'");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Agreement.builder().id("a").title("t").addParty(party("X")).build())
        .withMessageContaining("'X'");
  }
}
