package io.github.guarantees.examples;

import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Problem;
import io.github.guarantees.report.Layout;
import io.github.guarantees.report.TextReport;
import io.github.guarantees.scenario.Scenario;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Prints the assessment of every named example scenario: the README's run command.
 *
 * <pre>{@code
 * ./mvnw -B -q -pl guarantees-examples -am compile exec:java
 * }</pre>
 */
public final class RunExamples {
  private RunExamples() {}

  /**
   * Prints {@link #render()} to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(render());
  }

  /**
   * Returns the text the run command prints: the agreement's summary and the assessment of every
   * named scenario.
   *
   * @return the text
   */
  public static String render() {
    return render(Layout.DEFAULT_WIDTH);
  }

  /**
   * Returns the text the run command prints with no line wider than {@code width}.
   *
   * @param width the width; narrower than {@value Layout#MIN_WIDTH} counts as that
   * @return the text
   */
  public static String render(int width) {
    int w = Layout.usable(width);
    Agreement paris = Paris2026.agreement();
    Evaluator evaluator = Evaluator.compile(paris);
    StringBuilder out = new StringBuilder();
    out.append(
        Layout.wrap(
            paris.title()
                + " ("
                + paris.pledges().size()
                + " pledges, "
                + paris.participants().size()
                + " parties, "
                + Paris2026Scenarios.all().size()
                + " scenarios)",
            "# ",
            "  ",
            w));
    paris.description().ifPresent(d -> out.append(Layout.wrap(d, "", "", w)));
    for (Problem warning : paris.warnings()) {
      out.append(Layout.wrap("warning: " + warning, "", "  ", w));
    }
    out.append('\n');
    for (Scenario s : Paris2026Scenarios.all()) {
      out.append(TextReport.render(evaluator.evaluate(s), w)).append('\n');
    }
    out.append(io.github.guarantees.examples.instruments.Comparison.render(w));
    return out.toString();
  }
}
