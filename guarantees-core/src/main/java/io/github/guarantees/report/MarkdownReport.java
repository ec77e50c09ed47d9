package io.github.guarantees.report;

import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.ContributionAssessment;
import io.github.guarantees.evaluation.PledgeAssessment;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.util.Objects;

/**
 * A Markdown report of an assessment, to paste into a briefing: the same rows as {@link
 * TextReport}, as tables.
 *
 * <pre>{@code
 * String md = MarkdownReport.render(evaluator.evaluate(scenario), false);
 * }</pre>
 */
public final class MarkdownReport {
  private MarkdownReport() {}

  /**
   * Renders an assessment as Markdown: a heading, the narrative, a table of events, and a table
   * with one row per pledge and contribution (status, one-line reason, cited clause); with {@code
   * explain}, every explanation tree follows in code blocks.
   *
   * @param a the assessment, not null
   * @param explain whether to append every explanation
   * @return the Markdown text
   * @throws NullPointerException if a is null
   */
  public static String render(Assessment a, boolean explain) {
    Objects.requireNonNull(a, "a");
    Scenario s = a.scenario();
    StringBuilder out = new StringBuilder();
    out.append("## ")
        .append(cell(s.name()))
        .append(" — ")
        .append(cell(a.agreement().title()))
        .append(", as of ")
        .append(a.asOf())
        .append("\n\n");
    s.narrative().ifPresent(n -> out.append(n.strip()).append("\n\n"));
    if (s.eventsAsOf().isEmpty()) {
      out.append("No events.\n\n");
    } else {
      out.append("| at | event | by or about | note |\n|---|---|---|---|\n");
      for (Event e : s.eventsAsOf()) {
        out.append("| ")
            .append(e.at())
            .append(" | ")
            .append(cell(e.trigger()))
            .append(" | ")
            .append(
                cell(
                    e.party().orElse("")
                        + e.target().map(t -> " against " + t).orElse("")
                        + e.place().map(t -> " in " + t).orElse("")))
            .append(" | ")
            .append(cell(e.note().orElse("")))
            .append(" |\n");
      }
      out.append('\n');
    }
    if (!s.eventsAfterAsOf().isEmpty()) {
      out.append("**").append(Marks.ignoredHeading(s)).append(":**\n\n");
      for (Event e : s.eventsAfterAsOf()) {
        out.append("- ").append(cell(Marks.line(e))).append('\n');
      }
      out.append('\n');
    }
    Marks.agreement(a.agreementStatus())
        .ifPresent(x -> out.append("**The agreement:** ").append(cell(x)).append("\n\n"));
    out.append("| pledge / contribution | status | reason | source |\n|---|---|---|---|\n");
    for (PledgeAssessment p : a.pledges()) {
      out.append("| ")
          .append(cell(p.id()))
          .append(" | **")
          .append(p.status())
          .append("** | ")
          .append(cell(a.explain(p.id()).reason()))
          .append(" | ")
          .append(cell(Marks.source(p.pledge())))
          .append(" |\n");
      for (ContributionAssessment c : p.contributions()) {
        out.append("| ↳ ")
            .append(cell(c.party()))
            .append(" | ")
            .append(c.status())
            .append(" | ")
            .append(cell(a.explain(p.id(), c.party()).reason()))
            .append(" | ")
            .append(cell(Marks.source(p.pledge(), c.party())))
            .append(" |\n");
      }
    }
    if (explain) {
      out.append("\n### Explanations\n");
      for (PledgeAssessment p : a.pledges()) {
        out.append("\n```\n").append(a.explain(p.id()));
        for (ContributionAssessment c : p.contributions()) {
          out.append(a.explain(p.id(), c.party()));
        }
        out.append("```\n");
      }
    }
    return out.toString();
  }

  static String cell(String text) {
    return text.replace("|", "\\|").replace('\n', ' ');
  }
}
