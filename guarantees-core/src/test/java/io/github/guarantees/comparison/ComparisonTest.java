package io.github.guarantees.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.guarantees.condition.Condition;
import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.BindingForce;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Fidelity;
import io.github.guarantees.model.Party;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.PledgeKind;
import io.github.guarantees.model.Role;
import io.github.guarantees.model.Source;
import io.github.guarantees.report.ComparisonReport;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Several agreements against one scenario: each reads the events it can and lists the others. */
class ComparisonTest {
  static final Instant T = Instant.parse("2026-03-01T00:00:00Z");

  static Agreement agreement(String id, String trigger) {
    return Agreement.builder()
        .id(id)
        .title("Agreement " + id)
        .addParty(Party.builder().id("FR").name("France").build(), Role.SIGNATORY)
        .addTrigger(trigger, "It happens, with a comma, and \"quotes\"")
        .addPledges(
            Pledge.builder()
                .id("help")
                .title("Help")
                .kind(PledgeKind.CONSULTATION)
                .bindingForce(BindingForce.CONSULTATION)
                .trigger(Condition.occurred(trigger))
                .source(
                    Source.builder()
                        .document("A test")
                        .clause("1")
                        .quote("help")
                        .fidelity(Fidelity.SUMMARY)
                        .build())
                .addContributions(Contribution.of("FR"))
                .build())
        .build();
  }

  static Scenario scenario() {
    return Scenario.builder()
        .name("mixed")
        .addEvent("b", T)
        .addEvent("a", "XX", T.plusSeconds(1))
        .addEvents(Event.builder().trigger("a").target("YY").at(T.plusSeconds(2)).build())
        .addEvents(Event.builder().trigger("a").place("ZZ").at(T.plusSeconds(3)).build())
        .addEvent("a", "FR", T.plusSeconds(4))
        .asOf(T.plusSeconds(10))
        .build();
  }

  @Test
  void eachAgreementReadsOnlyWhatItKnowsAndSaysWhichFieldItCouldNotRead() {
    List<Outcome> side =
        Comparison.run(List.of(agreement("one", "a"), agreement("two", "b")), scenario());
    assertThat(side.get(0).ignored())
        .extracting(i -> i.event().trigger(), IgnoredEvent::field)
        .containsExactly(
            tuple("b", IgnoredEvent.Field.TRIGGER),
            tuple("a", IgnoredEvent.Field.PARTY),
            tuple("a", IgnoredEvent.Field.TARGET),
            tuple("a", IgnoredEvent.Field.PLACE));
    assertThat(side.get(0).assessment().scenario().events()).hasSize(1);
    assertThat(side.get(0).assessment().status("help")).isEqualTo(Status.ACTIVE);
    // Every event is the one the evaluator alone would refuse, and no other.
    for (Outcome o : side) {
      Evaluator e = Evaluator.compile(o.agreement());
      for (Event ev : scenario().events()) {
        boolean ignored = o.ignored().stream().anyMatch(i -> i.event().equals(ev));
        assertThat(ignored).isEqualTo(!e.problems(List.of(ev)).isEmpty());
      }
    }
    assertThat(side.get(1).ignored()).hasSize(4);
    assertThat(side.get(1).assessment().status("help")).isEqualTo(Status.ACTIVE);
  }

  @Test
  void eachIgnoredEventSaysWhichFieldTheAgreementCouldNotRead() {
    assertThat(Comparison.ignored(agreement("one", "a"), scenario()))
        .extracting(IgnoredEvent::reason)
        .containsExactly(
            "trigger not declared",
            "party XX not in the agreement",
            "target YY not in the agreement",
            "place ZZ unknown to the agreement");
    assertThat(Comparison.ignored(agreement("one", "a"), scenario()).get(1).toString())
        .isEqualTo("a by XX @ 2026-03-01T00:00:01Z (party XX not in the agreement)");
    // an event after the as-of instant is neither read nor listed
    assertThat(Comparison.ignored(agreement("one", "a"), scenario().asOf(T))).hasSize(1);
    assertThat(Comparison.project(agreement("one", "a"), scenario()).events())
        .extracting(Event::party)
        .containsExactly(java.util.Optional.of("FR"));
  }

  /** Reads RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line ends. */
  static List<List<String>> readCsv(String text) {
    List<List<String>> rows = new java.util.ArrayList<>();
    List<String> row = new java.util.ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new java.util.ArrayList<>();
        i++;
      } else {
        field.append(ch);
      }
    }
    return rows;
  }

  @Test
  void csvQuotesWhatNeedsQuotingAndMarkdownHasOneSectionPerAgreement() {
    Scenario s = scenario();
    // Read back with an RFC 4180 reader, every row has its six fields and the library's reasons
    // (the quoting of commas and quotes: ComparisonReportTest).
    Agreement waiting =
        Agreement.builder()
            .from(agreement("two", "a"))
            .addTrigger("c", "c")
            .addPledges(
                Pledge.builder()
                    .from(agreement("two", "a").pledges().get(0))
                    .id("both")
                    .trigger(
                        Condition.allOf(
                            Condition.occurred("c"), Condition.not(Condition.occurred("a"))))
                    .build())
            .build();
    List<Outcome> side = Comparison.run(List.of(agreement("one", "a"), waiting), s);
    List<List<String>> rows = readCsv(ComparisonReport.csv(side));
    assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(6));
    assertThat(rows.get(0))
        .containsExactly("agreement", "pledge", "party", "status", "bindingForce", "reason");
    String reason = side.get(1).assessment().explain("both").reason();
    assertThat(rows).contains(List.of("two", "both", "", "DORMANT", "CONSULTATION", reason));
    assertThat(ComparisonReport.markdown(s, side).lines().filter(l -> l.startsWith("### ")))
        .containsExactly("### Agreement one", "### Agreement two");
  }
}
