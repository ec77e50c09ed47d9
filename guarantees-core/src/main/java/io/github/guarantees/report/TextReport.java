package io.github.guarantees.report;

import static com.google.common.base.Preconditions.checkNotNull;
import static io.github.guarantees.report.Layout.length;
import static io.github.guarantees.report.Layout.pad;
import static io.github.guarantees.report.Layout.words;

import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.ContributionAssessment;
import io.github.guarantees.evaluation.PledgeAssessment;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.util.List;

/**
 * A plain-text report of an assessment: the scenario's story and events, then a table with one row
 * per pledge (its title) and per contribution (the party's name), its status in words and a reason,
 * and under each pledge the clause it comes from, quoted (shortened with an ellipsis if long) and
 * cited, and under a contribution its illustrative mark. Events after the as-of instant are listed
 * as ignored. Lines fit the width ({@value Layout#DEFAULT_WIDTH} characters unless told otherwise):
 * long text is wrapped within its column, never cut off.
 *
 * <pre>{@code
 * System.out.println(TextReport.render(evaluator.evaluate(scenario)));
 * }</pre>
 */
public final class TextReport {
  private static final String INDENT = "   ";
  private static final String GAP = "  ";
  private static final String SUBJECT = "PLEDGE / CONTRIBUTION";
  private static final String CONTRIBUTION = "  · ";

  private TextReport() {}

  /**
   * Renders an assessment {@value Layout#DEFAULT_WIDTH} characters wide. Builds the explanation of
   * every row, so use it for people, not in a hot loop.
   *
   * @param assessment the assessment, not null
   * @return the report, ending with a newline
   * @throws NullPointerException if assessment is null
   */
  public static String render(Assessment assessment) {
    return render(assessment, Layout.DEFAULT_WIDTH);
  }

  /**
   * Renders an assessment with no line wider than {@code width} characters.
   *
   * @param assessment the assessment, not null
   * @param width the width; narrower than {@value Layout#MIN_WIDTH} counts as that
   * @return the report, ending with a newline
   * @throws NullPointerException if assessment is null
   */
  public static String render(Assessment assessment, int width) {
    checkNotNull(assessment, "assessment");
    int w = Layout.usable(width);
    Scenario s = assessment.scenario();
    Agreement agreement = assessment.agreement();
    StringBuilder out = new StringBuilder();
    out.append(
        Layout.wrap(
            s.name() + " — " + agreement.title() + ", as of " + assessment.asOf(),
            "== ",
            INDENT,
            w));
    s.narrative().ifPresent(n -> out.append(Layout.wrap(n, INDENT, INDENT, w)));
    if (s.eventsAsOf().isEmpty()) {
      out.append(INDENT).append("events: none\n");
    } else {
      out.append(INDENT).append("events:\n");
      String first = INDENT + "  ";
      String rest = first + " ".repeat(length(s.eventsAsOf().get(0).at().toString()) + 2);
      for (Event e : s.eventsAsOf()) {
        out.append(Layout.wrap(Marks.what(e), first + Marks.instant(e), rest, w));
      }
    }
    if (!s.eventsAfterAsOf().isEmpty()) {
      out.append(Layout.wrap(Marks.ignoredHeading(s) + ":", INDENT, INDENT + "  ", w));
      String first = INDENT + "  ";
      String rest = first + " ".repeat(length(s.eventsAfterAsOf().get(0).at().toString()) + 2);
      for (Event e : s.eventsAfterAsOf()) {
        out.append(Layout.wrap(Marks.what(e), first + Marks.instant(e), rest, w));
      }
    }
    Marks.agreement(assessment.agreementStatus())
        .ifPresent(a -> out.append(Layout.wrap("the agreement: " + a, INDENT, INDENT + "  ", w)));
    out.append('\n');
    table(assessment, w, out);
    return out.toString();
  }

  private static void table(Assessment assessment, int w, StringBuilder out) {
    Agreement agreement = assessment.agreement();
    int statusWidth = 0;
    for (Status st : Status.values()) {
      statusWidth = Math.max(statusWidth, length(words(st)));
    }
    int subjectWidth = length(SUBJECT);
    for (PledgeAssessment p : assessment.pledges()) {
      subjectWidth = Math.max(subjectWidth, length(p.pledge().title()));
      for (ContributionAssessment c : p.contributions()) {
        subjectWidth =
            Math.max(subjectWidth, length(CONTRIBUTION + partyName(agreement, c.party())));
      }
    }
    // The reason column gets at least 40 % of the line; a long title wraps within its column.
    int room = w - length(INDENT) - 2 * length(GAP) - statusWidth;
    subjectWidth = Math.min(subjectWidth, room * 3 / 5);
    int reasonWidth = room - subjectWidth;
    out.append(INDENT)
        .append(pad(SUBJECT, subjectWidth))
        .append(GAP)
        .append(pad("STATUS", statusWidth))
        .append(GAP)
        .append("REASON\n");
    for (PledgeAssessment p : assessment.pledges()) {
      row(
          out,
          p.pledge().title(),
          "",
          p.status(),
          assessment.explain(p.id()).reason(),
          subjectWidth,
          statusWidth,
          reasonWidth);
      out.append(clause(p.pledge(), w));
      for (ContributionAssessment c : p.contributions()) {
        row(
            out,
            partyName(agreement, c.party()),
            CONTRIBUTION,
            c.status(),
            assessment.explain(p.id(), c.party()).reason(),
            subjectWidth,
            statusWidth,
            reasonWidth);
        String mark = Marks.source(p.pledge(), c.party());
        if (!mark.isEmpty()) {
          out.append(Layout.wrap("(" + mark + ")", INDENT + "      ", INDENT + "       ", w));
        }
      }
    }
  }

  /** One row; the subject and the reason wrap within their columns. */
  private static void row(
      StringBuilder out,
      String subject,
      String bullet,
      Status status,
      String reason,
      int subjectWidth,
      int statusWidth,
      int reasonWidth) {
    List<String> left = Layout.wrap(subject, subjectWidth - length(bullet));
    List<String> right = Layout.wrap(reason, reasonWidth);
    int n = Math.max(left.size(), right.size());
    for (int i = 0; i < n; i++) {
      String l =
          i < left.size() ? (i == 0 ? bullet : " ".repeat(length(bullet))) + left.get(i) : "";
      String r = i < right.size() ? right.get(i) : "";
      String line =
          INDENT
              + pad(l, subjectWidth)
              + GAP
              + pad(i == 0 ? words(status) : "", statusWidth)
              + GAP
              + r;
      out.append(line.stripTrailing()).append('\n');
    }
  }

  /**
   * The clause a pledge comes from, under its row: the quote (shortened to two lines at most) and
   * the citation, with the pledge's id to write in a scenario file's expectations.
   */
  static String clause(Pledge pledge, int width) {
    String indent = INDENT + "  ";
    int room = width - length(indent);
    String quote = "“" + Layout.shorten(pledge.source().quote(), 2 * room - 12) + "”";
    return Layout.wrap(
        pledge.id() + ": " + quote + " — " + Marks.source(pledge), indent, indent + "  ", width);
  }

  /** A party's name with its id, e.g. {@code France (FR)}; the id alone if the party is unknown. */
  static String partyName(Agreement agreement, String partyId) {
    return agreement.parties().containsKey(partyId)
        ? agreement.party(partyId).name() + " (" + partyId + ")"
        : partyId;
  }
}
