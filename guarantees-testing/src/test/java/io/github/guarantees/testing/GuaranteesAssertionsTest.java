package io.github.guarantees.testing;

import static io.github.guarantees.testing.GuaranteesAssertions.assertThat;
import static io.github.guarantees.testing.GuaranteesAssertions.assertThatThrownBy;

import io.github.guarantees.condition.Condition;
import io.github.guarantees.evaluation.AgreementStatus;
import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.evaluation.Timeline;
import io.github.guarantees.io.FileFormat;
import io.github.guarantees.io.Syntax;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Term;
import io.github.guarantees.scenario.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.SoftAssertionsProvider;
import org.junit.jupiter.api.Test;

class GuaranteesAssertionsTest {
  static final Agreement AGREEMENT =
      FileFormat.readAgreement("agreement.yaml", resource("files/agreement.yaml"), Syntax.YAML);
  static final Instant CEASEFIRE = Instant.parse("2026-03-01T00:00:00Z");
  static final Instant REQUEST = Instant.parse("2026-03-12T09:00:00Z");

  static String resource(String name) {
    try (InputStream in = GuaranteesAssertionsTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A ceasefire and a verified cessation, but no request: the force waits for it. */
  static Scenario withoutRequest() {
    return Scenario.builder()
        .name("no-request")
        .addEvent("ceasefire", CEASEFIRE)
        .addEvent("credible-cessation", Instant.parse("2026-03-10T00:00:00Z"))
        .asOf(Instant.parse("2026-06-01T00:00:00Z"))
        .build();
  }

  static Scenario withRequest() {
    return Scenario.builder().from(withoutRequest()).addEvent("ukraine-request", REQUEST).build();
  }

  static Assessment assess(Scenario s) {
    return Evaluator.compile(AGREEMENT).evaluate(s);
  }

  @Test
  void statusesPassWhenTheyHold() {
    Assessment a = assess(withoutRequest());
    assertThat(a).pledge("force").isPending().isMissing("ukraine-request");
    assertThat(a).pledge("monitoring").isActive().hasStatus(Status.ACTIVE);
    assertThat(a).contribution("force", "it").isBlocked().isBlockedBy("no-ground-troops");
    // AssertJ's own assertions come with the same import.
    assertThat(List.of(1, 2)).hasSize(2);
  }

  @Test
  void aWrongStatusFailsShowingTheExplanationAndQuotingTheClause() {
    Assessment a = assess(withoutRequest());
    assertThatThrownBy(() -> assertThat(a).pledge("force").isActive())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("pledge 'force'")
        .hasMessageContaining(Status.PENDING.toString())
        .hasMessageContaining(AGREEMENT.pledge("force").source().quote())
        .hasMessageContaining("ukraine-request");
  }

  @Test
  void theAgreementsOwnStatusIsAsserted() {
    assertThat(assess(withoutRequest())).hasAgreementStatus(AgreementStatus.IN_EFFECT);
    // Ended by its own term: here, illustratively, when Ukraine's request is made.
    Agreement ending =
        Agreement.builder()
            .from(AGREEMENT)
            .term(Term.endsWhen(Condition.occurred("ukraine-request")))
            .build();
    Assessment ended = Evaluator.compile(ending).evaluate(withRequest());
    assertThat(ended).hasAgreementStatus(AgreementStatus.EXPIRED).pledge("force").isExpired();
    assertThatThrownBy(() -> assertThat(ended).hasAgreementStatus(AgreementStatus.IN_EFFECT))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(AgreementStatus.EXPIRED.toString())
        .hasMessageContaining(AgreementStatus.IN_EFFECT.toString());
  }

  @Test
  void missingAndBlockedByFailWhenTheyDoNotHold() {
    Assessment a = assess(withoutRequest());
    assertThatThrownBy(() -> assertThat(a).pledge("force").isMissing("parliament-approval"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(AGREEMENT.pledge("force").source().quote());
    assertThatThrownBy(() -> assertThat(a).contribution("force", "it").isBlockedBy("other"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("no-ground-troops");
    assertThatThrownBy(() -> assertThat(a).contribution("force", "fr").isBlockedBy("other"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("'fr'")
        .hasMessageContaining("other");
  }

  @Test
  void anUnknownPledgeFailsNamingTheOneMeant() {
    Assessment a = assess(withoutRequest());
    assertThatThrownBy(() -> assertThat(a).pledge("forse").isActive())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("'force'");
    assertThatThrownBy(() -> assertThat((Assessment) null).pledge("force").isActive())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("null");
  }

  @Test
  void timelinesSayWhenTheStatusChanged() {
    Timeline t = Evaluator.compile(AGREEMENT).timeline(withRequest());
    assertThat(t).pledge("force").changedTo(Status.ACTIVE).at(REQUEST).times(1);
    assertThat(t).pledge("force").changedTo(Status.PENDING).at(CEASEFIRE);
    assertThat(t).pledge("force").hasStatusAt(REQUEST.minusSeconds(1), Status.PENDING);
    assertThat(t).contribution("force", "it").neverChangedTo(Status.ACTIVE);

    assertThatThrownBy(() -> assertThat(t).pledge("force").changedTo(Status.ACTIVE).at(CEASEFIRE))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(REQUEST.toString());
    assertThatThrownBy(() -> assertThat(t).pledge("force").changedTo(Status.SUSPENDED))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("'force'")
        .hasMessageContaining(Status.SUSPENDED.toString());
    assertThatThrownBy(() -> assertThat(t).pledge("force").neverChangedTo(Status.ACTIVE))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("'force'")
        .hasMessageContaining(REQUEST.toString());
    assertThatThrownBy(
            () ->
                assertThat(t)
                    .pledge("force")
                    .hasStatusAt(Instant.parse("2027-01-01T00:00:00Z"), Status.ACTIVE))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("'force'")
        .hasMessageContaining("2027-01-01T00:00:00Z");
  }

  @Test
  void softAssertionsCollectEveryFailure() {
    Assessment a = assess(withoutRequest());
    Timeline t = Evaluator.compile(AGREEMENT).timeline(withoutRequest());
    GuaranteesSoftAssertions softly = new GuaranteesSoftAssertions();
    softly.assertThat(a).pledge("force").isActive().isMissing("parliament-approval");
    softly.assertThat(a).pledge("monitoring").isActive();
    softly.assertThat(a).contribution("force", "it").isBlockedBy("no-ground-troops");
    softly.assertThat(t).pledge("force").changedTo(Status.ACTIVE).at(REQUEST);
    softly.assertThat(1).isEqualTo(2);
    assertThat(softly.assertionErrorsCollected()).hasSize(4);
    assertThatThrownBy(softly::assertAll)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("'force'")
        .hasMessageContaining("parliament-approval")
        .hasMessageContaining("expected: 2");

    assertThatThrownBy(
            () ->
                GuaranteesSoftAssertions.assertSoftly(
                    s -> {
                      s.assertThat(a).pledge("force").isActive();
                      s.assertThat(a).pledge("monitoring").isDormant();
                    }))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("'force'")
        .hasMessageContaining("'monitoring'");
    SoftAssertionsProvider.assertSoftly(
        GuaranteesSoftAssertions.class, s -> s.assertThat(a).pledge("monitoring").isActive());
  }
}
