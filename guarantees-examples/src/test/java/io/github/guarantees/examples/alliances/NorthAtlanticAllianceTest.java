package io.github.guarantees.examples.alliances;

import static io.github.guarantees.examples.alliances.NorthAtlanticAlliance.ACCESSION;
import static io.github.guarantees.examples.alliances.NorthAtlanticAlliance.ARMED_ATTACK;
import static io.github.guarantees.examples.alliances.NorthAtlanticAlliance.ARTICLE_4;
import static io.github.guarantees.examples.alliances.NorthAtlanticAlliance.ARTICLE_5;
import static io.github.guarantees.examples.alliances.NorthAtlanticAlliance.CONSULTATION_REQUEST;
import static io.github.guarantees.examples.alliances.NorthAtlanticAlliance.UNSC_MEASURES;
import static io.github.guarantees.testing.GuaranteesAssertions.assertThat;

import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.evaluation.Timeline;
import io.github.guarantees.io.FileFormat;
import io.github.guarantees.io.Syntax;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The North Atlantic Treaty as an alliance: Article 5 owed to the member attacked, in the Article 6
 * area, and a member that joined after the attack it is asked about.
 */
class NorthAtlanticAllianceTest {
  static final Agreement TREATY = NorthAtlanticAlliance.agreement();
  static final Evaluator EVALUATOR = Evaluator.compile(TREATY);

  private static Instant at(String date) {
    return Instant.parse(date + "T00:00:00Z");
  }

  private static Event attack(String by, String on, String in, String date) {
    return Event.builder()
        .trigger(ARMED_ATTACK)
        .party(by)
        .target(on)
        .place(in)
        .at(at(date))
        .build();
  }

  private static Event accession(String state, String date) {
    return Event.of(ACCESSION, state, at(date));
  }

  private static Assessment assess(String asOf, Event... events) {
    return EVALUATOR.evaluate(
        Scenario.builder().name("nato").addEvents(events).asOf(at(asOf)).build());
  }

  @Test
  void anAttackOnOneMemberIsAnAttackOnThemAllOwedToTheMemberAttacked() {
    Assessment a = assess("1950-07-01", attack("SU", "NO", "NO", "1950-06-25"));
    assertThat(a).owedTo(ARTICLE_5, "NO").isActive();
    assertThat(a).contributionOwedTo(ARTICLE_5, "NO", "US").isActive();
    assertThat(a).contributionOwedTo(ARTICLE_5, "NO", "GB").isActive();
    // Germany had not acceded in 1950: it owes nothing yet.
    assertThat(a).contributionOwedTo(ARTICLE_5, "NO", "DE").isPending();
    assertThat(a).owedTo(ARTICLE_5, "GB").isDormant();
    assertThat(a).owedTo(ARTICLE_5, "US").isDormant();
  }

  @Test
  void aStateAttackedBeforeItJoinedIsNotOwedAssistanceForThatAttack() {
    // Asked in 1956, after Germany's accession on 6 May 1955, about an attack of 1954.
    Assessment a =
        assess("1956-01-01", attack("SU", "DE", "DE", "1954-03-01"), accession("DE", "1955-05-06"));
    assertThat(a).owedTo(ARTICLE_5, "DE").isDormant();
    // The same attack after the accession is an attack on a member.
    Assessment later =
        assess("1956-01-01", accession("DE", "1955-05-06"), attack("SU", "DE", "DE", "1955-09-01"));
    assertThat(later).owedTo(ARTICLE_5, "DE").isActive();
    assertThat(later).contributionOwedTo(ARTICLE_5, "DE", "FR").isActive();
  }

  @Test
  void theTimelineOwedToGermanyStartsAtTheFirstAttackAfterItsAccession() {
    Timeline t =
        EVALUATOR.timeline(
            Scenario.builder()
                .name("germany")
                .addEvents(
                    attack("SU", "DE", "DE", "1954-03-01"),
                    accession("DE", "1955-05-06"),
                    attack("SU", "DE", "DE", "1955-09-01"))
                .asOf(at("1956-01-01"))
                .build());
    assertThat(t).owedTo(ARTICLE_5, "DE").changedTo(Status.ACTIVE).at(at("1955-09-01")).times(1);
  }

  @Test
  void anAttackOutsideTheArticle6AreaDoesNotCallForArticle5() {
    // Article 6 (i) covers the parties' territory in Europe or North America, Turkey and the North
    // Atlantic islands north of the Tropic of Cancer: not the Pacific.
    Assessment a = assess("1950-07-01", attack("SU", "US", "pacific", "1950-06-25"));
    assertThat(a).owedTo(ARTICLE_5, "US").isDormant();
    // Turkey's territory is in the area once Turkey has acceded (18 February 1952).
    Assessment turkey =
        assess("1953-01-01", accession("TR", "1952-02-18"), attack("SU", "TR", "TR", "1952-10-01"));
    assertThat(turkey).owedTo(ARTICLE_5, "TR").isActive();
  }

  @Test
  void theSecurityCouncilsMeasuresSuspendAssistance() {
    Assessment a =
        assess(
            "1950-09-01",
            attack("SU", "FR", "FR", "1950-06-25"),
            Event.of(UNSC_MEASURES, at("1950-08-01")));
    assertThat(a).owedTo(ARTICLE_5, "FR").isSuspended();
  }

  @Test
  void consultationsAreOwedToTheMemberThatAsks() {
    Assessment a = assess("1950-07-01", Event.of(CONSULTATION_REQUEST, "TR", at("1950-06-01")));
    // Turkey had not acceded in 1950: its request is not a member's.
    assertThat(a).owedTo(ARTICLE_4, "TR").isDormant();
    Assessment b = assess("1950-07-01", Event.of(CONSULTATION_REQUEST, "NO", at("1950-06-01")));
    assertThat(b).owedTo(ARTICLE_4, "NO").isActive();
    assertThat(b).owedTo(ARTICLE_4, "GB").isDormant();
  }

  @Test
  void theTreatyReadsBackEqualFromItsFile() {
    String yaml = FileFormat.write(TREATY, Syntax.YAML);
    org.assertj.core.api.Assertions.assertThat(
            FileFormat.readAgreement("north-atlantic.yaml", yaml, Syntax.YAML))
        .isEqualTo(TREATY);
    org.assertj.core.api.Assertions.assertThat(
            Evaluator.compile(FileFormat.readAgreement("x", yaml, Syntax.YAML))
                .evaluate(
                    Scenario.builder()
                        .name("n")
                        .addEvents(attack("SU", "NO", "NO", "1950-06-25"))
                        .asOf(at("1950-07-01"))
                        .build())
                .status("art5@NO"))
        .isEqualTo(Status.ACTIVE);
  }
}
