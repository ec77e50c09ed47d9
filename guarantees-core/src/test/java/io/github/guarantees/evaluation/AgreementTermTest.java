package io.github.guarantees.evaluation;

import static io.github.guarantees.evaluation.LifecycleTest.source;
import static io.github.guarantees.evaluation.PowersTest.DAY_0;
import static io.github.guarantees.evaluation.PowersTest.day;
import static io.github.guarantees.evaluation.PowersTest.power;
import static io.github.guarantees.evaluation.PowersTest.sale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.guarantees.condition.Condition;
import io.github.guarantees.evaluation.Cause.TermEnded.Ending;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.BindingForce;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.PledgeKind;
import io.github.guarantees.model.Power;
import io.github.guarantees.model.Problem;
import io.github.guarantees.model.Site;
import io.github.guarantees.model.Term;
import io.github.guarantees.model.ValidationException;
import io.github.guarantees.scenario.Scenario;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The agreement's own term (a fixed end, a duration, a peace settlement) and durations counted from
 * any condition ("six months after termination"), checked against the reference evaluator.
 */
class AgreementTermTest {
  static final Duration SIX_MONTHS = Duration.ofDays(184);

  /** Not disclosing the terms, for six months counted from the contract's termination. */
  static Pledge confidentiality(Term term) {
    return Pledge.builder()
        .id("confidentiality")
        .title("confidentiality")
        .kind(PledgeKind.RESTRAINT)
        .bindingForce(BindingForce.LEGALLY_BINDING_ASSISTANCE)
        .trigger(Condition.occurred("in-effect"))
        .addRefrainsFrom(Condition.occurred("disclosed"))
        .survivesTermination(true)
        .term(term)
        .source(source("confidentiality"))
        .addContributions(Contribution.of("BUYER"))
        .build();
  }

  static Agreement withTermination(Term confidentialityTerm) {
    return sale()
        .addTrigger("disclosed", "A party discloses the terms")
        .addPledges(
            confidentiality(confidentialityTerm),
            power(
                "terminate",
                Condition.violated("delivery"),
                Power.terminateAgreement(Condition.occurred("terminate", "BUYER")),
                "BUYER"))
        .build();
  }

  static Scenario.Builder terminatedOnDay11() {
    return Scenario.builder()
        .name("terminated")
        .addEvent("in-effect", "SELLER", DAY_0)
        .addEvent("paid", "BUYER", day(3))
        .addEvent("terminate", "BUYER", day(11));
  }

  static void agreesWithTheReference(Agreement a, Scenario s) {
    Assessment now = Evaluator.compile(a).evaluate(s);
    ReferenceEvaluator reference = ReferenceEvaluator.of(a);
    for (PledgeAssessment p : reference.assess(s)) {
      assertThat(now.status(p.id())).as(p.id()).isEqualTo(p.status());
    }
    assertThat(now.agreementStatus())
        .isEqualTo(AgreementStatus.of(reference.assess(s), reference.agreementEnded(s)));
  }

  @Test
  void aDurationCountedFromTerminationRunsFromTheInstantThePowerWasExercised() {
    Agreement a = withTermination(Term.lastsFor(SIX_MONTHS, Condition.fulfilled("terminate")));
    Evaluator e = Evaluator.compile(a);
    Scenario within =
        terminatedOnDay11().addEvent("disclosed", "BUYER", day(150)).asOf(day(151)).build();
    assertThat(e.evaluate(within).status("confidentiality")).isEqualTo(Status.VIOLATED);
    agreesWithTheReference(a, within);
    // Disclosed after the six months counted from day 11 (not from day 0): the term has ended.
    Scenario after =
        terminatedOnDay11().addEvent("disclosed", "BUYER", day(196)).asOf(day(197)).build();
    Assessment late = e.evaluate(after);
    assertThat(late.status("confidentiality")).isEqualTo(Status.EXPIRED);
    assertThat(late.explain("confidentiality").causes())
        .containsExactly(
            new Cause.TermEnded(
                Ending.DURATION,
                Optional.of(day(11).plus(SIX_MONTHS)),
                Optional.empty(),
                Optional.of(SIX_MONTHS),
                Optional.of(day(11)),
                Optional.of(Condition.fulfilled("terminate"))));
    assertThat(e.timeline(after).pledge("confidentiality").changes())
        .extracting(StatusChange::at, StatusChange::to)
        .containsExactly(
            tuple(DAY_0, Status.ACTIVE), tuple(day(11).plus(SIX_MONTHS), Status.EXPIRED));
    agreesWithTheReference(a, after);
    // Never terminated: the six months never start, so the restraint goes on.
    Scenario never =
        Scenario.builder()
            .name("never-terminated")
            .addEvent("in-effect", "SELLER", DAY_0)
            .asOf(day(400))
            .build();
    assertThat(e.evaluate(never).status("confidentiality")).isEqualTo(Status.ACTIVE);
    agreesWithTheReference(a, never);
  }

  /** The sale, ended when a settlement is reached: what was decided stays, the rest expires. */
  static Agreement settled() {
    return sale()
        .addTrigger("disclosed", "A party discloses the terms")
        .addTrigger("settlement", "The parties settle and end the contract")
        .addPledges(confidentiality(Term.lastsFor(SIX_MONTHS)))
        .term(Term.endsWhen(Condition.occurred("settlement")))
        .build();
  }

  @Test
  void anEndingConditionEndsTheAgreementKeepingWhatIsDecidedAndSparingSurvivors() {
    Agreement a = settled();
    Evaluator e = Evaluator.compile(a);
    Scenario s =
        Scenario.builder()
            .name("settled")
            .addEvent("in-effect", "SELLER", DAY_0)
            .addEvent("paid", "BUYER", day(8))
            .addEvent("settlement", "SELLER", day(9))
            .asOf(day(12))
            .build();
    Assessment now = e.evaluate(s);
    assertThat(now.status("payment")).isEqualTo(Status.VIOLATED);
    // Delivery was open at the settlement: it expired then, and its day-10 deadline never passed.
    assertThat(now.status("delivery")).isEqualTo(Status.EXPIRED);
    assertThat(now.status("confidentiality")).isEqualTo(Status.ACTIVE);
    assertThat(now.agreementStatus()).isEqualTo(AgreementStatus.EXPIRED);
    assertThat(now.explain("delivery").causes())
        .containsExactly(
            new Cause.AgreementEnded(
                new Cause.TermEnded(
                    Ending.ENDING_CONDITION,
                    Optional.of(day(9)),
                    Optional.of(Condition.occurred("settlement")),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty())));
    assertThat(e.timeline(s).pledge("delivery").changes())
        .extracting(StatusChange::at, StatusChange::to)
        .containsExactly(tuple(DAY_0, Status.ACTIVE), tuple(day(9), Status.EXPIRED));
    assertThat(e.evaluate(Scenario.builder().from(s).asOf(day(8)).build()).agreementStatus())
        .isEqualTo(AgreementStatus.IN_EFFECT);
    agreesWithTheReference(a, s);
  }

  @Test
  void aFixedEndAndADurationFromTheDateEndTheAgreementWhicheverComesFirst() {
    Agreement a =
        Agreement.builder()
            .from(settled())
            .date(LocalDate.of(2026, 3, 1))
            .term(Term.builder().endsAt(day(30)).lastsFor(Duration.ofDays(5)).build())
            .build();
    Scenario s =
        Scenario.builder().name("open").addEvent("in-effect", "SELLER", DAY_0).asOf(day(6)).build();
    Assessment now = Evaluator.compile(a).evaluate(s);
    assertThat(now.agreementStatus()).isEqualTo(AgreementStatus.EXPIRED);
    assertThat(now.status("payment")).isEqualTo(Status.EXPIRED);
    assertThat(now.explain("payment").causes())
        .containsExactly(
            new Cause.AgreementEnded(
                new Cause.TermEnded(
                    Ending.DURATION,
                    Optional.of(day(5)),
                    Optional.empty(),
                    Optional.of(Duration.ofDays(5)),
                    Optional.of(DAY_0),
                    Optional.empty())));
    agreesWithTheReference(a, s);
  }

  @Test
  void anAgreementTermNamingAStatusOrADurationWithoutADateIsRefusedNamingTheField() {
    assertThatExceptionOfType(ValidationException.class)
        .isThrownBy(
            () ->
                Agreement.builder()
                    .from(settled())
                    .term(
                        Term.builder()
                            .lastsFor(SIX_MONTHS)
                            .endsWhen(Condition.violated("payment"))
                            .build())
                    .build())
        .satisfies(
            x ->
                assertThat(x.problems())
                    .extracting(Problem::site)
                    .containsExactly(
                        Site.agreement("sale", "term.lastsFor"),
                        Site.agreement("sale", "term.endsWhen")));
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Term.builder().endsAt(day(1)).since(Condition.always()).build());
  }
}
