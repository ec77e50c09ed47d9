package io.github.guarantees.report;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.base.Strings;
import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.ContributionAssessment;
import io.github.guarantees.evaluation.PledgeAssessment;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text report of an assessment: the scenario's story and events, then one row per pledge
 * and per contribution with its status, a one-line reason and the clause it cites.
 *
 * <pre>{@code
 * System.out.println(TextReport.render(evaluator.evaluate(scenario)));
 * }</pre>
 */
public final class TextReport {
  private static final int WRAP = 100;

  private TextReport() {}

  /**
   * Renders an assessment. Builds the explanation of every row, so use it for people, not in a hot
   * loop.
   *
   * @param assessment the assessment, not null
   * @return the report, ending with a newline
   */
  public static String render(Assessment assessment) {
    Scenario s = assessment.scenario();
    StringBuilder out = new StringBuilder();
    out.append("== ")
        .append(s.name())
        .append(" — ")
        .append(assessment.agreement().title())
        .append(", as of ")
        .append(assessment.asOf())
        .append('\n');
    s.narrative().ifPresent(n -> out.append(wrap(n, "   ")));
    if (s.eventsAsOf().isEmpty()) {
      out.append("   events: none\n");
    } else {
      out.append("   events:\n");
      for (Event e : s.eventsAsOf()) {
        out.append("     ").append(Marks.line(e)).append('\n');
      }
    }
    if (!s.eventsAfterAsOf().isEmpty()) {
      out.append("   ").append(Marks.ignoredHeading(s)).append(":\n");
      for (Event e : s.eventsAfterAsOf()) {
        out.append("     ").append(Marks.line(e)).append('\n');
      }
    }
    List<String[]> rows = new ArrayList<>();
    for (PledgeAssessment p : assessment.pledges()) {
      rows.add(
          new String[] {
            p.id(), p.status().name(), assessment.explain(p.id()).reason(), Marks.source(p.pledge())
          });
      for (ContributionAssessment c : p.contributions()) {
        rows.add(
            new String[] {
              "  · " + c.party(),
              c.status().name(),
              assessment.explain(p.id(), c.party()).reason(),
              Marks.source(p.pledge(), c.party())
            });
      }
    }
    int w0 = "PLEDGE / CONTRIBUTION".length();
    int w1 = "STATUS".length();
    for (String[] r : rows) {
      w0 = Math.max(w0, r[0].length());
      w1 = Math.max(w1, r[1].length());
    }
    out.append('\n');
    out.append("   ")
        .append(pad("PLEDGE / CONTRIBUTION", w0))
        .append("  ")
        .append(pad("STATUS", w1))
        .append("  REASON [SOURCE]\n");
    for (String[] r : rows) {
      out.append("   ").append(pad(r[0], w0)).append("  ").append(pad(r[1], w1)).append("  ");
      out.append(r[2]);
      if (!r[3].isEmpty()) {
        out.append("  [").append(r[3]).append(']');
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String pad(String s, int width) {
    return Strings.padEnd(s, width, ' ');
  }

  private static String wrap(String text, String indent) {
    StringBuilder out = new StringBuilder();
    StringBuilder line = new StringBuilder(indent);
    for (String word : Splitter.on(CharMatcher.whitespace()).omitEmptyStrings().split(text)) {
      if (line.length() + word.length() + 1 > WRAP && line.length() > indent.length()) {
        out.append(line).append('\n');
        line = new StringBuilder(indent);
      }
      if (line.length() > indent.length()) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > indent.length()) {
      out.append(line).append('\n');
    }
    return out.toString();
  }
}
