package io.github.guarantees.report;

import static io.github.guarantees.Fixtures.h;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.Treaty;
import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.evaluation.Status;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The plain-text report: one row per pledge and contribution, with status and a one-line reason.
 */
class TextReportTest {

  private static List<String> rows(String report) {
    return report
        .lines()
        .filter(
            l -> Arrays.stream(Status.values()).anyMatch(s -> l.contains("  " + s.name() + " ")))
        .toList();
  }

  private static String row(List<String> rows, String key) {
    return rows.stream().filter(r -> r.contains(key)).findFirst().orElseThrow();
  }

  @Test
  void oneRowPerPledgeAndContributionWithStatusAndReason() {
    Assessment a =
        Evaluator.compile(Treaty.agreement())
            .evaluate(Treaty.firing(h(4)).narrative("The guarantee fires.").build());
    String report = TextReport.render(a);
    assertThat(report)
        .endsWith("\n")
        .contains("firing")
        .contains("Test treaty")
        .contains("The guarantee fires.");
    assertThat(report)
        .contains("ceasefire")
        .contains("credible-cessation")
        .contains("request (UA)");
    List<String> rows = rows(report);
    assertThat(rows).hasSize(6);
    assertThat(row(rows, "force")).contains("ACTIVE").contains("fires").contains("Component 3");
    assertThat(row(rows, "· FR")).contains("ACTIVE");
    assertThat(row(rows, "· UK")).contains("PENDING").contains("approval by UK");
    assertThat(row(rows, "· IT")).contains("BLOCKED").contains("no-ground-troops");
    assertThat(row(rows, "· DE")).contains("BLOCKED").contains("nothing-in-ukraine");
    assertThat(row(rows, "· PL")).contains("ACTIVE");
  }

  @Test
  void aDormantPledgeSaysWhatItNeeds() {
    String report =
        TextReport.render(
            Evaluator.compile(Treaty.agreement())
                .evaluate(Treaty.scenario("war").asOf(h(1)).build()));
    assertThat(report).contains("events: none");
    List<String> rows = rows(report);
    assertThat(rows).hasSize(6);
    assertThat(row(rows, "force"))
        .contains("DORMANT")
        .contains("needs")
        .contains("ceasefire")
        .contains("request")
        .contains("credible-cessation");
  }
}
