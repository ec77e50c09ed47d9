package io.github.guarantees.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.examples.instruments.Comparison;
import io.github.guarantees.examples.instruments.ComparisonScenarios;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.report.Layout;
import io.github.guarantees.report.TextReport;
import io.github.guarantees.report.TimelineReport;
import io.github.guarantees.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every shipped scenario rendered with every text report fits the width: no line is wider, so a
 * later change that makes one too wide fails here.
 */
class ReportWidthTest {
  static List<String> tooWide(String text, int width) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (Layout.length(line) > width) {
        out.add(Layout.length(line) + ": " + line);
      }
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(ints = {60, 80, 100, 140})
  void everyTextReportOfEveryShippedScenarioFitsTheWidth(int width) {
    Evaluator paris = Evaluator.compile(Paris2026.agreement());
    for (Scenario s : Paris2026Scenarios.all()) {
      assertThat(tooWide(TextReport.render(paris.evaluate(s), width), width))
          .as("text report of %s at width %d", s.name(), width)
          .isEmpty();
      assertThat(tooWide(TimelineReport.render(paris.timeline(s), p -> true, width), width))
          .as("timeline of %s at width %d", s.name(), width)
          .isEmpty();
    }
    for (Agreement instrument : Comparison.instruments()) {
      Evaluator e = Evaluator.compile(instrument);
      for (Scenario s : ComparisonScenarios.all()) {
        Scenario seen = Comparison.project(instrument, s);
        assertThat(tooWide(TextReport.render(e.evaluate(seen), width), width))
            .as("text report of %s against %s at width %d", s.name(), instrument.id(), width)
            .isEmpty();
      }
    }
    assertThat(tooWide(RunExamples.render(width), width))
        .as("the run command at width %d", width)
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {100})
  void theRunCommandQuotesTheClauseUnderEveryPledgeAndUsesWords(int width) {
    String run = RunExamples.render(width);
    String quote = Paris2026.agreement().pledge(Paris2026.MULTINATIONAL_FORCE).source().quote();
    assertThat(run).contains("“" + quote.substring(0, 30));
    assertThat(run).doesNotContain("DISCRETIONARY_ASSISTANCE").doesNotContain("SRC");
  }
}
