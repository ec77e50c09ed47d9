package io.github.guarantees.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.EventRole;
import io.github.guarantees.condition.PartyPattern;
import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Membership;
import io.github.guarantees.model.MembershipChange;
import io.github.guarantees.scenario.Scenario;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The constructs of alliances in files: events with actor, target and place; party patterns; {@code
 * atLeastParties}; pledges owed to a set; regions and memberships.
 */
class AllianceFileTest {
  static final String PACT =
      """
      id: pact
      title: A defence pact
      parties:
        - {id: a, name: A, roles: [signatory]}
        - {id: b, name: B, roles: [signatory]}
        - {id: z, name: Z, roles: [third-party]}
      triggers:
        - {id: armed-attack, description: An armed attack}
        - {id: accession, description: A state accedes}
      regions:
        - {id: area, name: The treaty area, contains: [a, b]}
      memberships:
        - party: b
          joins: {on: accession by b, notice: PT24H}
      pledges:
        - id: defence
          title: Defence of the member attacked
          kind: military-support
          bindingForce: legally-binding-assistance
          owedTo: '@member'
          trigger:
            anyOf:
              - occurred: armed-attack against @owed in area
              - atLeastParties: {k: 2, of: {trigger: armed-attack, target: '@owed'}, counting: actor}
          source: {document: Pact, clause: Art. 1, quote: the words}
          contributions: [a, b]
      """;

  static final String SCENARIO =
      """
      name: attack on b after it joined
      asOf: 2026-03-01T00:00:00Z
      events:
        - {at: 2026-01-01T00:00:00Z, trigger: accession, actor: b}
        - {at: 2026-01-03T00:00:00Z, trigger: armed-attack, party: z, target: b, place: b}
      """;

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void theFileSaysWhatTheJavaSays(Syntax syntax) {
    Agreement read = FileFormat.readAgreement("pact.yaml", PACT, Syntax.YAML);
    assertThat(read.regions()).hasSize(1);
    assertThat(read.membership("b").orElseThrow().joins())
        .contains(
            MembershipChange.on(Condition.occurred("accession", "b"))
                .afterNotice(Duration.ofHours(24)));
    assertThat(read.pledge("defence").owedTo()).contains(PartyPattern.member());
    assertThat(read.pledge("defence").trigger().orElseThrow())
        .isEqualTo(
            Condition.anyOf(
                Condition.occurred("armed-attack").against(PartyPattern.owed()).in("area"),
                Condition.atLeastParties(
                    2,
                    Condition.occurred("armed-attack").against(PartyPattern.owed()),
                    EventRole.ACTOR)));
    assertThat(FileFormat.readAgreement("again", FileFormat.write(read, syntax), syntax))
        .isEqualTo(read);
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void aMembersAbsencesAreReadAndWrittenBack(Syntax syntax) {
    String text =
        PACT.replace(
            "joins: {on: accession by b, notice: PT24H}",
            "joins: {on: accession by b, notice: PT24H}\n"
                + "    absences:\n"
                + "      - {from: 2026-02-01T00:00:00Z, until: 2026-03-01T00:00:00Z}");
    Agreement read = FileFormat.readAgreement("pact.yaml", text, Syntax.YAML);
    assertThat(read.membership("b").orElseThrow().absences())
        .containsExactly(
            new Membership.Absence(
                Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-03-01T00:00:00Z")));
    assertThat(FileFormat.readAgreement("again", FileFormat.write(read, syntax), syntax))
        .isEqualTo(read);
    String bad = text.replace("until: 2026-03-01", "until: 2026-01-01");
    assertThatExceptionOfType(LoadException.class)
        .isThrownBy(() -> FileFormat.readAgreement("bad.yaml", bad, Syntax.YAML))
        .satisfies(
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(p -> assertThat(p.path()).isEqualTo("memberships[0]"))
                    .satisfies(p -> assertThat(p.message()).contains("not after it leaves")));
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void aScenarioFileWithTargetsAndPlacesIsEvaluatedPerParty(Syntax syntax) {
    Agreement pact = FileFormat.readAgreement("pact.yaml", PACT, Syntax.YAML);
    Scenario s = FileFormat.readScenario("s.yaml", SCENARIO, Syntax.YAML).scenario();
    assertThat(s.events().get(1).target()).contains("b");
    assertThat(s.events().get(1).place()).contains("b");
    Scenario back =
        FileFormat.readScenario("again", FileFormat.write(s, syntax), syntax).scenario();
    assertThat(back).isEqualTo(s);
    Assessment a = Evaluator.compile(pact).evaluate(back);
    assertThat(a.status("defence@b")).isEqualTo(Status.ACTIVE);
    assertThat(a.status("defence@b", "a")).isEqualTo(Status.ACTIVE);
    assertThat(a.status("defence@a")).isEqualTo(Status.DORMANT);
    // Before b's accession took effect (a day's notice), the same attack is not on a member.
    Scenario early =
        Scenario.builder()
            .from(s)
            .events(
                java.util.List.of(
                    s.events().get(0),
                    io.github.guarantees.scenario.Event.builder()
                        .from(s.events().get(1))
                        .at(Instant.parse("2026-01-01T12:00:00Z"))
                        .build()))
            .build();
    assertThat(Evaluator.compile(pact).evaluate(early).status("defence@b"))
        .isEqualTo(Status.DORMANT);
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void badPartyPatternsAndPatternPartsAreReportedWhereTheyStand(Syntax syntax) {
    String bad =
        PACT.replace("owedTo: '@member'", "owedTo: '@memebr'")
            .replace("against @owed in area", "against c in area");
    assertThatExceptionOfType(LoadException.class)
        .isThrownBy(() -> FileFormat.readAgreement("bad.yaml", bad, Syntax.YAML))
        .satisfies(
            e ->
                assertThat(e.problems())
                    .extracting(FileProblem::path)
                    .containsExactlyInAnyOrder(
                        "pledges[0].owedTo", "pledges[0].trigger.anyOf[0].occurred"));
  }
}
