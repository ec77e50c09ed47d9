package io.github.guarantees.report;

import io.github.guarantees.comparison.IgnoredEvent;
import io.github.guarantees.comparison.Outcome;
import io.github.guarantees.evaluation.ContributionAssessment;
import io.github.guarantees.evaluation.PledgeAssessment;
import io.github.guarantees.evaluation.PledgeTimeline;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Renders a comparison ({@link io.github.guarantees.comparison.Comparison}): several agreements
 * against the same events, side by side, as text, Markdown or CSV.
 *
 * <pre>{@code
 * List<Outcome> side = Comparison.run(instruments, scenario);
 * System.out.print(ComparisonReport.text(scenario, side, 100));
 * }</pre>
 *
 * <p>This class has no state; its methods are thread-safe.
 */
public final class ComparisonReport {
  private ComparisonReport() {}

  /**
   * Returns the comparison as text: the scenario's story and events; for every agreement, a row per
   * pledge and per contribution that differs from its pledge (status in words and reason), with the
   * pledge's binding force and the fidelity of its source under it; the events each agreement
   * ignored, with why; and the timelines of the pledges with a deadline or a restraint whose status
   * changed. No line is wider than {@code width}.
   *
   * @param scenario the scenario compared, not null
   * @param outcomes the outcomes, one per agreement, not null
   * @param width the width; narrower than {@value Layout#MIN_WIDTH} counts as that
   * @return the text, ending with a newline
   * @throws NullPointerException if scenario or outcomes is null
   */
  public static String text(Scenario scenario, List<Outcome> outcomes, int width) {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(outcomes, "outcomes");
    int w = Layout.usable(width);
    StringBuilder out = new StringBuilder();
    out.append(
        Layout.wrap(
            "comparison: "
                + scenario.name()
                + " — every instrument against the same events, as of "
                + scenario.asOf(),
            "== ",
            "   ",
            w));
    scenario.narrative().ifPresent(n -> out.append(Layout.wrap(n, "   ", "   ", w)));
    out.append("   events:\n");
    for (Event e : scenario.eventsAsOf()) {
      StringBuilder line = new StringBuilder().append(e.at()).append("  ").append(e.trigger());
      e.party().ifPresent(p -> line.append(" (").append(p).append(')'));
      e.note().ifPresent(n -> line.append(" — ").append(n));
      out.append(Layout.wrap(line.toString(), "     ", "       ", w));
    }
    int idWidth = "PLEDGE / CONTRIBUTION".length();
    for (Outcome o : outcomes) {
      for (PledgeAssessment p : o.assessment().pledges()) {
        idWidth = Math.max(idWidth, p.id().length());
      }
    }
    int statusWidth = "suspended".length();
    String indent = "     ";
    idWidth = Math.min(idWidth, (w - indent.length()) * 2 / 5);
    int whyWidth = w - indent.length() - idWidth - statusWidth - 4;
    out.append('\n')
        .append(indent)
        .append(Layout.pad("PLEDGE / CONTRIBUTION", idWidth))
        .append("  ")
        .append(Layout.pad("STATUS", statusWidth))
        .append("  WHY\n");
    for (Outcome o : outcomes) {
      out.append(Layout.wrap(o.agreement().title(), "   ", "     ", w));
      for (PledgeAssessment p : o.assessment().pledges()) {
        row(
            out,
            indent,
            p.id(),
            p.status(),
            o.assessment().explain(p.id()).reason(),
            idWidth,
            statusWidth,
            whyWidth);
        out.append(
            Layout.wrap(
                    Layout.words(p.pledge().bindingForce())
                        + "; source: "
                        + Layout.words(p.pledge().source().fidelity()),
                    indent + "  (",
                    indent + "   ",
                    w - 1)
                .replaceFirst("\n$", ")\n"));
        for (ContributionAssessment c : p.contributions()) {
          if (c.status() != p.status()) {
            row(
                out,
                indent,
                "· " + c.party(),
                c.status(),
                o.assessment().explain(p.id(), c.party()).reason(),
                idWidth,
                statusWidth,
                whyWidth);
          }
        }
      }
    }
    out.append(
        Layout.wrap(
            "(a contribution is shown only where its status differs from its pledge's)",
            "   ",
            "   ",
            w));
    for (Outcome o : outcomes) {
      if (!o.ignored().isEmpty()) {
        out.append(
            Layout.wrap(
                o.agreement().title() + " ignores: " + joined(o.ignored()), "   ", "     ", w));
      }
    }
    for (Outcome o : outcomes) {
      Predicate<Pledge> shown = p -> hasObligation(p) && changed(o.timeline().pledge(p.id()));
      if (o.agreement().pledges().stream().anyMatch(shown)) {
        out.append('\n').append(TimelineReport.render(o.timeline(), shown, w));
      }
    }
    return out.toString();
  }

  /**
   * Returns the comparison as Markdown: the scenario and its events, one table per agreement
   * (pledge or contribution, status, binding force, source fidelity, reason) and the events each
   * ignored.
   *
   * @param scenario the scenario compared, not null
   * @param outcomes the outcomes, one per agreement, not null
   * @return the Markdown text
   * @throws NullPointerException if scenario or outcomes is null
   */
  public static String markdown(Scenario scenario, List<Outcome> outcomes) {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(outcomes, "outcomes");
    StringBuilder out = new StringBuilder();
    out.append("## Comparison: ")
        .append(MarkdownReport.cell(scenario.name()))
        .append(", as of ")
        .append(scenario.asOf())
        .append("\n\n");
    scenario.narrative().ifPresent(n -> out.append(n.strip()).append("\n\n"));
    if (scenario.eventsAsOf().isEmpty()) {
      out.append("No events.\n\n");
    } else {
      for (Event e : scenario.eventsAsOf()) {
        out.append("- ").append(MarkdownReport.cell(Marks.line(e))).append('\n');
      }
      out.append('\n');
    }
    for (Outcome o : outcomes) {
      out.append("### ").append(MarkdownReport.cell(o.agreement().title())).append("\n\n");
      out.append(
          "| pledge / contribution | status | binding force | source | reason |\n"
              + "|---|---|---|---|---|\n");
      for (PledgeAssessment p : o.assessment().pledges()) {
        mdRow(out, p.id(), p.status(), p.pledge(), o.assessment().explain(p.id()).reason());
        for (ContributionAssessment c : p.contributions()) {
          if (c.status() != p.status()) {
            mdRow(
                out,
                p.id() + " · " + c.party(),
                c.status(),
                p.pledge(),
                o.assessment().explain(p.id(), c.party()).reason());
          }
        }
      }
      out.append('\n');
      if (!o.ignored().isEmpty()) {
        out.append("Ignored: ").append(MarkdownReport.cell(joined(o.ignored()))).append("\n\n");
      }
    }
    return out.toString();
  }

  /**
   * Returns the comparison as CSV (RFC 4180, a header row, CRLF line ends): one row per agreement
   * and pledge, and per contribution, with its status, binding force and reason; then one row per
   * ignored event, with status {@code IGNORED}.
   *
   * @param outcomes the outcomes, one per agreement, not null
   * @return the CSV text
   * @throws NullPointerException if outcomes is null
   */
  public static String csv(List<Outcome> outcomes) {
    Objects.requireNonNull(outcomes, "outcomes");
    StringBuilder out = new StringBuilder();
    csvRow(out, "agreement", "pledge", "party", "status", "bindingForce", "reason");
    for (Outcome o : outcomes) {
      String id = o.agreement().id();
      for (PledgeAssessment p : o.assessment().pledges()) {
        String force = p.pledge().bindingForce().name();
        csvRow(
            out, id, p.id(), "", p.status().name(), force, o.assessment().explain(p.id()).reason());
        for (ContributionAssessment c : p.contributions()) {
          csvRow(
              out,
              id,
              p.id(),
              c.party(),
              c.status().name(),
              force,
              o.assessment().explain(p.id(), c.party()).reason());
        }
      }
      for (IgnoredEvent e : o.ignored()) {
        csvRow(out, id, "", "", "IGNORED", "", e.toString());
      }
    }
    return out.toString();
  }

  /** One CSV row, RFC 4180: a field with a comma, a quote or a line end is quoted. */
  static void csvRow(StringBuilder out, String... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      String c = cells[i];
      if (c.indexOf(',') >= 0
          || c.indexOf('"') >= 0
          || c.indexOf('\n') >= 0
          || c.indexOf('\r') >= 0) {
        out.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        out.append(c);
      }
    }
    out.append("\r\n");
  }

  private static void mdRow(
      StringBuilder out, String subject, Status status, Pledge pledge, String reason) {
    out.append("| ")
        .append(MarkdownReport.cell(subject))
        .append(" | **")
        .append(Layout.words(status))
        .append("** | ")
        .append(Layout.words(pledge.bindingForce()))
        .append(" | ")
        .append(Layout.words(pledge.source().fidelity()))
        .append(" | ")
        .append(MarkdownReport.cell(reason))
        .append(" |\n");
  }

  private static String joined(List<IgnoredEvent> ignored) {
    StringBuilder out = new StringBuilder();
    for (IgnoredEvent e : ignored) {
      if (out.length() > 0) {
        out.append("; ");
      }
      out.append(e);
    }
    return out.toString();
  }

  /** One row; the subject and the reason wrap within their columns. */
  private static void row(
      StringBuilder out,
      String indent,
      String subject,
      Status status,
      String why,
      int idWidth,
      int statusWidth,
      int whyWidth) {
    List<String> left = Layout.wrap(subject, idWidth);
    List<String> right = Layout.wrap(why, whyWidth);
    for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
      String line =
          indent
              + Layout.pad(i < left.size() ? left.get(i) : "", idWidth)
              + "  "
              + Layout.pad(i == 0 ? Layout.words(status) : "", statusWidth)
              + "  "
              + (i < right.size() ? right.get(i) : "");
      out.append(line.stripTrailing()).append('\n');
    }
  }

  /** A pledge with a deadline or a restraint: one that can be fulfilled or violated. */
  private static boolean hasObligation(Pledge p) {
    return p.deadline().isPresent() || !p.refrainsFrom().isEmpty();
  }

  private static boolean changed(PledgeTimeline p) {
    return !p.changes().isEmpty()
        || p.contributions().stream().anyMatch(c -> !c.changes().isEmpty());
  }
}
