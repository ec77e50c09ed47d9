package io.github.guarantees.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.guarantees.condition.Condition;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.BindingForce;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Deadline;
import io.github.guarantees.model.Party;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.PledgeKind;
import io.github.guarantees.model.Role;
import io.github.guarantees.model.Source;
import io.github.guarantees.model.Term;
import io.github.guarantees.model.ValidationException;
import io.github.guarantees.scenario.Scenario;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Lifecycles: obligations with deadlines (fulfilled, violated, exactly at the deadline), restraints
 * breached party by party, suspension and renewal, and terms ending by date, duration and event.
 */
class LifecycleTest {
  static final Instant ATTACK = Instant.parse("2026-09-01T04:00:00Z");
  static final Instant REQUEST = ATTACK.plus(Duration.ofHours(2));
  static final Instant DUE = REQUEST.plus(Duration.ofHours(24));

  static Source source(String clause) {
    return Source.builder().document("Test agreement").clause(clause).quote("words").build();
  }

  static Party party(String id) {
    return Party.builder().id(id).name(id).build();
  }

  /** Consultations within 24 hours: created by an attack, in effect at either party's request. */
  static Pledge.Builder consultations() {
    return Pledge.builder()
        .id("consultations")
        .title("Consultations within 24 hours")
        .kind(PledgeKind.CONSULTATION)
        .bindingForce(BindingForce.CONSULTATION)
        .trigger(Condition.occurred("armed-attack", "RU"))
        .activation(
            Condition.anyOf(
                Condition.occurred("consultation-request", "UA"),
                Condition.occurred("consultation-request", "FR")))
        .deadline(Deadline.of("consultations-held", Duration.ofHours(24)))
        .source(source("Consultations"))
        .addContributions(Contribution.of("FR"), Contribution.of("UA"));
  }

  /** Refrain from force: breached by an attack of a contributor. */
  static Pledge restraint() {
    return Pledge.builder()
        .id("no-force")
        .title("Refrain from the use of force")
        .kind(PledgeKind.RESTRAINT)
        .bindingForce(BindingForce.POLITICAL_DECLARATION)
        .addRefrainsFrom(Condition.occurred("armed-attack"))
        .source(source("Point 2"))
        .addContributions(Contribution.of("RU"), Contribution.of("UK"))
        .build();
  }

  /** A force in effect while the request is in force: suspended when it is withdrawn. */
  static Pledge.Builder force() {
    return Pledge.builder()
        .id("force")
        .title("Force")
        .kind(PledgeKind.FORCE_DEPLOYMENT)
        .bindingForce(BindingForce.DISCRETIONARY_ASSISTANCE)
        .trigger(Condition.occurred("ceasefire"))
        .activation(Condition.inForce("request", "request-withdrawn"))
        .source(source("Force"));
  }

  static Agreement agreement(Pledge... pledges) {
    return Agreement.builder()
        .id("test")
        .title("Test agreement")
        .addParty(party("FR"), Role.SIGNATORY)
        .addParty(party("UK"), Role.SIGNATORY)
        .addParty(party("UA"), Role.BENEFICIARY)
        .addParty(party("RU"), Role.THIRD_PARTY)
        .addTrigger("armed-attack", "An armed attack against Ukraine, by the attacker")
        .addTrigger("consultation-request", "A request for consultations, by the requester")
        .addTrigger("consultations-held", "Consultations are held")
        .addTrigger("ceasefire", "A ceasefire enters into force")
        .addTrigger("request", "Ukraine's request")
        .addTrigger("request-withdrawn", "Ukraine withdraws its request")
        .addTrigger("nato-accession", "Ukraine joins NATO")
        .addPledges(pledges)
        .build();
  }

  static Scenario.Builder attackAndRequest() {
    return Scenario.builder()
        .name("attack-and-request")
        .addEvent("armed-attack", "RU", ATTACK)
        .addEvent("consultation-request", "UA", REQUEST);
  }

  static Evaluator consultationsEvaluator() {
    return Evaluator.compile(agreement(consultations().build()));
  }

  @Nested
  class Deadlines {
    @Test
    void createdByTheAttackInEffectAtTheRequestOpenUntilDue() {
      Evaluator e = consultationsEvaluator();
      Scenario s = attackAndRequest().asOf(DUE).build();

      assertThat(e.evaluate(s.asOf(ATTACK.minusSeconds(1))).status("consultations"))
          .isEqualTo(Status.DORMANT);
      assertThat(e.evaluate(s.asOf(ATTACK)).status("consultations")).isEqualTo(Status.PENDING);
      Assessment open = e.evaluate(s.asOf(REQUEST.plusSeconds(3600)));
      assertThat(open.status("consultations")).isEqualTo(Status.ACTIVE);
      assertThat(open.explain("consultations").obligation())
          .hasValue(
              "due: consultations-held by 2026-09-02T06:00:00Z (within 24 hours of first"
                  + " activation at 2026-09-01T06:00:00Z)");
      assertThat(open.explain("consultations").reason()).contains("due: consultations-held by");
      assertThat(e.evaluate(s.asOf(ATTACK)).explain("consultations").reason())
          .contains("once active: consultations-held due within 24 hours");
    }

    @Test
    void deadlineMet() {
      Instant held = REQUEST.plus(Duration.ofHours(10));
      Scenario s =
          attackAndRequest()
              .addEvent("consultations-held", held)
              .asOf(ATTACK.plus(Duration.ofDays(3)))
              .build();
      Assessment a = consultationsEvaluator().evaluate(s);

      assertThat(a.status("consultations")).isEqualTo(Status.FULFILLED);
      assertThat(a.status("consultations", "FR")).isEqualTo(Status.FULFILLED);
      assertThat(a.explain("consultations").reason())
          .isEqualTo(
              "fulfilled: consultations-held @ 2026-09-01T16:00:00Z, due by 2026-09-02T06:00:00Z"
                  + " (within 24 hours of first activation at 2026-09-01T06:00:00Z)");
      assertThat(a.explain("consultations").missing()).isEmpty();
      assertThat(Status.FULFILLED.fires()).isFalse();
    }

    @Test
    void deadlineMissedByOneHour() {
      Instant late = DUE.plus(Duration.ofHours(1));
      Scenario s =
          attackAndRequest()
              .addEvent("consultations-held", late)
              .asOf(ATTACK.plus(Duration.ofDays(3)))
              .build();
      Evaluator e = consultationsEvaluator();
      Assessment a = e.evaluate(s);

      assertThat(a.status("consultations")).isEqualTo(Status.VIOLATED);
      assertThat(a.status("consultations", "UA")).isEqualTo(Status.VIOLATED);
      assertThat(a.explain("consultations").reason())
          .isEqualTo(
              "deadline passed: consultations-held was due by 2026-09-02T06:00:00Z (within 24"
                  + " hours of first activation at 2026-09-01T06:00:00Z); it came late at"
                  + " 2026-09-02T07:00:00Z");
      assertThat(a.explain("consultations").obstacles()).hasSize(1);
      // Open at the deadline itself, violated from the next nanosecond on.
      assertThat(e.evaluate(s.asOf(DUE)).status("consultations")).isEqualTo(Status.ACTIVE);
      assertThat(e.evaluate(s.asOf(DUE.plusNanos(1))).status("consultations"))
          .isEqualTo(Status.VIOLATED);
      assertThat(e.evaluate(s.asOf(DUE.plusNanos(1))).explain("consultations").reason())
          .endsWith("; it has not come");
    }

    @Test
    void fulfilledExactlyAtTheDeadline() {
      Scenario s =
          attackAndRequest()
              .addEvent("consultations-held", DUE)
              .asOf(ATTACK.plus(Duration.ofDays(3)))
              .build();
      assertThat(consultationsEvaluator().evaluate(s).status("consultations"))
          .isEqualTo(Status.FULFILLED);
    }

    @Test
    void consultationsBeforeTheClockStartsDoNotCount() {
      Scenario s =
          Scenario.builder()
              .name("early")
              .addEvent("armed-attack", "RU", ATTACK)
              .addEvent("consultations-held", ATTACK.plusSeconds(60))
              .addEvent("consultation-request", "FR", REQUEST)
              .asOf(DUE.plusSeconds(1))
              .build();
      assertThat(consultationsEvaluator().evaluate(s).status("consultations"))
          .isEqualTo(Status.VIOLATED);
    }

    @Test
    void theClockStartsAtFirstActivationAndKeepsRunningWhileSuspended() {
      Pledge p =
          consultations()
              .activation(Condition.inForce("consultation-request", "request-withdrawn"))
              .build();
      Agreement a = agreement(p);
      Scenario s =
          attackAndRequest()
              .addEvent("request-withdrawn", REQUEST.plusSeconds(60))
              .asOf(DUE.plusSeconds(1))
              .build();
      Evaluator e = Evaluator.compile(a);
      assertThat(e.evaluate(s.asOf(DUE)).status("consultations")).isEqualTo(Status.SUSPENDED);
      assertThat(e.evaluate(s).status("consultations")).isEqualTo(Status.VIOLATED);
    }

    @Test
    void aDecidedObligationStaysDecidedWhenTheActivationLapses() {
      Pledge p =
          consultations()
              .activation(Condition.inForce("consultation-request", "request-withdrawn"))
              .build();
      Scenario s =
          attackAndRequest()
              .addEvent("consultations-held", REQUEST.plusSeconds(60))
              .addEvent("request-withdrawn", REQUEST.plusSeconds(120))
              .asOf(DUE.plus(Duration.ofDays(1)))
              .build();
      assertThat(Evaluator.compile(agreement(p)).evaluate(s).status("consultations"))
          .isEqualTo(Status.FULFILLED);
    }

    @Test
    void anEndedTermTakesPrecedenceOverAViolation() {
      Pledge p =
          consultations().term(Term.endsWhen(Condition.occurred("nato-accession", "UA"))).build();
      Scenario s =
          attackAndRequest()
              .addEvent("nato-accession", "UA", DUE.plus(Duration.ofDays(1)))
              .asOf(DUE.plus(Duration.ofDays(2)))
              .build();
      Evaluator e = Evaluator.compile(agreement(p));
      assertThat(e.evaluate(s.asOf(DUE.plusSeconds(1))).status("consultations"))
          .isEqualTo(Status.VIOLATED);
      assertThat(e.evaluate(s).status("consultations")).isEqualTo(Status.EXPIRED);
      assertThat(e.evaluate(s).status("consultations", "FR")).isEqualTo(Status.EXPIRED);
    }
  }

  @Nested
  class Restraints {
    @Test
    void aGuarantorAttackingBreachesItsOwnRestraintOnly() {
      Scenario s =
          Scenario.builder()
              .name("guarantor-attacks")
              .addEvent("armed-attack", "RU", ATTACK)
              .asOf(ATTACK.plusSeconds(1))
              .build();
      Evaluator e = Evaluator.compile(agreement(restraint()));
      Assessment a = e.evaluate(s);

      assertThat(a.status("no-force")).isEqualTo(Status.VIOLATED);
      assertThat(a.status("no-force", "RU")).isEqualTo(Status.VIOLATED);
      assertThat(a.status("no-force", "UK")).isEqualTo(Status.ACTIVE);
      assertThat(a.explain("no-force", "RU").reason())
          .isEqualTo(
              "breached: armed-attack by RU @ 2026-09-01T04:00:00Z, after the restraint took effect");
      assertThat(a.explain("no-force", "UK").obligation())
          .hasValue("restraint: refrains from armed-attack");
      assertThat(e.evaluate(s.asOf(ATTACK.minusSeconds(1))).status("no-force"))
          .isEqualTo(Status.ACTIVE);
    }

    @Test
    void anAttackByAPartyThatMadeNoPromiseBreachesNothing() {
      Scenario s =
          Scenario.builder()
              .name("other-attacks")
              .addEvent("armed-attack", "FR", ATTACK)
              .asOf(ATTACK.plusSeconds(1))
              .build();
      Assessment a = Evaluator.compile(agreement(restraint())).evaluate(s);
      assertThat(a.status("no-force")).isEqualTo(Status.ACTIVE);
    }

    @Test
    void aPledgeIsEitherAnObligationWithADeadlineOrARestraint() {
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(
              () -> consultations().addRefrainsFrom(Condition.occurred("armed-attack")).build())
          .withMessageContaining("either an obligation with a deadline or a restraint");
    }
  }

  @Nested
  class Validation {
    @Test
    void aDeadlineMustBePositive() {
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> Deadline.of("consultations-held", Duration.ZERO))
          .withMessageContaining("within must be positive");
    }

    @Test
    void unknownTriggersInDeadlinesAndRestraintsAreReported() {
      Pledge p =
          consultations().deadline(Deadline.of("consultations-hold", Duration.ofHours(1))).build();
      Pledge r =
          Pledge.builder()
              .from(restraint())
              .addRefrainsFrom(Condition.occurred("armed-atack"))
              .build();
      assertThatExceptionOfType(ValidationException.class)
          .isThrownBy(() -> agreement(p, r))
          .withMessageContaining("pledge 'consultations' deadline")
          .withMessageContaining("unknown trigger 'consultations-hold'")
          .withMessageContaining("pledge 'no-force' refrainsFrom")
          .withMessageContaining("unknown trigger 'armed-atack'");
    }
  }

  @Nested
  class SuspensionAndTerms {
    @Test
    void requestWithdrawnAndRenewed() {
      Instant ceasefire = Instant.parse("2026-03-01T00:00:00Z");
      Instant request = Instant.parse("2026-03-02T00:00:00Z");
      Instant withdrawn = Instant.parse("2026-04-01T00:00:00Z");
      Instant renewed = Instant.parse("2026-05-01T00:00:00Z");
      Scenario s =
          Scenario.builder()
              .name("withdrawn-renewed")
              .addEvent("ceasefire", ceasefire)
              .addEvent("request", "UA", request)
              .addEvent("request-withdrawn", "UA", withdrawn)
              .addEvent("request", "UA", renewed)
              .asOf(Instant.parse("2026-06-01T00:00:00Z"))
              .build();
      Timeline t = Evaluator.compile(agreement(force().build())).timeline(s);

      PledgeTimeline force = t.pledge("force");
      assertThat(force.initial()).isEqualTo(Status.DORMANT);
      assertThat(force.changes())
          .extracting(StatusChange::at, StatusChange::from, StatusChange::to)
          .containsExactly(
              tuple(ceasefire, Status.DORMANT, Status.PENDING),
              tuple(request, Status.PENDING, Status.ACTIVE),
              tuple(withdrawn, Status.ACTIVE, Status.SUSPENDED),
              tuple(renewed, Status.SUSPENDED, Status.ACTIVE));
      assertThat(force.changes().get(2).cause())
          .isEqualTo("request-withdrawn by UA @ 2026-04-01T00:00:00Z");
      assertThat(force.changes().get(2).events()).hasSize(1);
    }

    @Test
    void termExpiresByDurationFromFirstActivation() {
      Instant ceasefire = Instant.parse("2026-03-01T00:00:00Z");
      Instant request = Instant.parse("2026-03-02T00:00:00Z");
      Pledge p = force().term(Term.lastsFor(Duration.ofDays(30))).build();
      Scenario s =
          Scenario.builder()
              .name("thirty-days")
              .addEvent("ceasefire", ceasefire)
              .addEvent("request", "UA", request)
              .asOf(Instant.parse("2026-06-01T00:00:00Z"))
              .build();
      PledgeTimeline force = Evaluator.compile(agreement(p)).timeline(s).pledge("force");

      StatusChange last = force.changes().get(force.changes().size() - 1);
      assertThat(last.at()).isEqualTo(request.plus(Duration.ofDays(30)));
      assertThat(last.to()).isEqualTo(Status.EXPIRED);
      assertThat(last.events()).isEmpty();
      assertThat(last.cause())
          .isEqualTo("the term of PT720H from first activation at 2026-03-02T00:00:00Z ended");
      assertThat(force.statusAt(request.plus(Duration.ofDays(30)).minusNanos(1)))
          .isEqualTo(Status.ACTIVE);
    }

    @Test
    void termExpiresAtAFixedInstantAndOnAnEvent() {
      Instant end = Instant.parse("2034-01-12T00:00:00Z");
      Pledge p =
          consultations()
              .term(
                  Term.builder()
                      .endsAt(end)
                      .endsWhen(Condition.occurred("nato-accession", "UA"))
                      .build())
              .build();
      Evaluator e = Evaluator.compile(agreement(p));
      Scenario byDate = attackAndRequest().asOf(end.plusSeconds(1)).build();
      StatusChange last = last(e.timeline(byDate).pledge("consultations"));
      assertThat(last.at()).isEqualTo(end);
      assertThat(last.from()).isEqualTo(Status.VIOLATED);
      assertThat(last.cause()).isEqualTo("the term ended at 2034-01-12T00:00:00Z");

      Instant accession = Instant.parse("2030-07-01T10:00:00Z");
      Scenario byAccession =
          attackAndRequest().addEvent("nato-accession", "UA", accession).asOf(end).build();
      StatusChange joined = last(e.timeline(byAccession).pledge("consultations"));
      assertThat(joined.at()).isEqualTo(accession);
      assertThat(joined.to()).isEqualTo(Status.EXPIRED);
      assertThat(joined.events()).extracting(ev -> ev.trigger()).containsExactly("nato-accession");
    }

    private StatusChange last(PledgeTimeline p) {
      return p.changes().get(p.changes().size() - 1);
    }
  }
}
