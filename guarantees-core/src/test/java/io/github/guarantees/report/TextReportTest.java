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
 * The plain-text report: one row per pledge (its title) and contribution (its party's name), with
 * the status in words and a reason, the clause quoted under each pledge, and every line within the
 * width.
 */
class TextReportTest {
  /** Wide enough that nothing wraps, so that a row is one line. */
  private static final int WIDE = 1_000;

  private static List<String> rows(String report) {
    return report
        .lines()
        .filter(
            l ->
                Arrays.stream(Status.values())
                    .anyMatch(s -> l.contains("  " + Layout.words(s) + " ")))
        .toList();
  }

  private static String row(List<String> rows, String key) {
    return rows.stream().filter(r -> r.contains(key)).findFirst().orElseThrow();
  }

  private static Assessment firing() {
    return Evaluator.compile(Treaty.agreement())
        .evaluate(Treaty.firing(h(4)).narrative("The guarantee fires.").build());
  }

  @Test
  void oneRowPerPledgeAndContributionWithStatusAndReason() {
    String report = TextReport.render(firing(), WIDE);
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
    assertThat(row(rows, "Multinational force")).contains("active").contains("fires");
    assertThat(row(rows, "(FR)")).contains("active");
    assertThat(row(rows, "(UK)")).contains("pending").contains("approval by UK");
    assertThat(row(rows, "(IT)")).contains("blocked").contains("no-ground-troops");
    assertThat(row(rows, "(DE)")).contains("blocked").contains("nothing-in-ukraine");
    assertThat(row(rows, "(PL)")).contains("active");
    assertThat(report).doesNotContain("ACTIVE").doesNotContain("BLOCKED");
  }

  @Test
  void theClauseIsQuotedAndCitedUnderThePledge() {
    Assessment a = firing();
    String quote = Treaty.agreement().pledge("force").source().quote();
    String citation = Treaty.agreement().pledge("force").source().citation();
    List<String> lines = TextReport.render(a, WIDE).lines().toList();
    int force = lines.indexOf(row(lines, "Multinational force"));
    assertThat(lines.get(force + 1)).contains("force: “" + quote + "”").contains(citation);
  }

  @Test
  void everyLineFitsTheWidthAndLongTextIsWrappedNotCut() {
    Assessment a = firing();
    for (int width : new int[] {60, 72, 100}) {
      String report = TextReport.render(a, width);
      assertThat(report.lines())
          .allSatisfy(l -> assertThat(Layout.length(l)).isLessThanOrEqualTo(width));
      // every word of every reason is still there, in order
      String flat = String.join(" ", report.lines().map(String::strip).toList());
      for (String reason :
          List.of(
              a.explain("force").reason(),
              a.explain("force", "UK").reason(),
              a.explain("force", "IT").reason())) {
        assertThat(flat.replaceAll("\\s+", " ")).contains(reason.replaceAll("\\s+", " "));
      }
    }
  }

  @Test
  void aDormantPledgeSaysWhatItNeeds() {
    String report =
        TextReport.render(
            Evaluator.compile(Treaty.agreement())
                .evaluate(Treaty.scenario("war").asOf(h(1)).build()),
            WIDE);
    assertThat(report).contains("events: none");
    List<String> rows = rows(report);
    assertThat(rows).hasSize(6);
    assertThat(row(rows, "Multinational force"))
        .contains("dormant")
        .contains("needs")
        .contains("ceasefire")
        .contains("request")
        .contains("credible-cessation");
  }
}
