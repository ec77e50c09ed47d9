package io.github.guarantees.examples.instruments;

import com.google.common.collect.ImmutableList;
import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.ContributionAssessment;
import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.evaluation.PledgeAssessment;
import io.github.guarantees.evaluation.PledgeTimeline;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.evaluation.Timeline;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Fidelity;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.report.Layout;
import io.github.guarantees.report.TimelineReport;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Runs every comparison instrument against the same events and shows side by side what each would
 * have done.
 *
 * <pre>{@code
 * System.out.print(Comparison.render());
 * Comparison.Outcome budapest = Comparison.run(ComparisonScenarios.named("guarantor-attacks-2014-2022"))
 *     .get(1);
 * }</pre>
 *
 * <p>An evaluator rejects an event whose trigger its agreement does not declare, so each instrument
 * receives only the events of the triggers it declares (see {@link Vocabulary}) and whose party, if
 * any, it names; the others are listed as ignored with the reason. Ignoring is the honest reading:
 * an instrument that never mentions a ceasefire is not moved by one.
 */
public final class Comparison {

  private Comparison() {}

  /**
   * Returns the instruments compared, in the order shown.
   *
   * @return NATO Articles 4–5, the Budapest Memorandum, the French and British agreements of 2024,
   *     the Paris declaration's core pledges, and the press-reported Paris response ladder
   */
  public static ImmutableList<Agreement> instruments() {
    return ImmutableList.of(
        NorthAtlanticTreaty.agreement(),
        BudapestMemorandum.agreement(),
        FranceUkraine2024.agreement(),
        UkUkraine2024.agreement(),
        Paris2026Core.agreement(),
        ParisResponseLadder.agreement());
  }

  /**
   * What one instrument would have done in a scenario: the events it saw and ignored, its
   * assessment at the as-of instant and its timeline.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class Outcome {
    private final Agreement agreement;
    private final ImmutableList<String> ignored;
    private final Assessment assessment;
    private final Timeline timeline;

    Outcome(
        Agreement agreement,
        ImmutableList<String> ignored,
        Assessment assessment,
        Timeline timeline) {
      this.agreement = agreement;
      this.ignored = ignored;
      this.assessment = assessment;
      this.timeline = timeline;
    }

    /**
     * Returns the instrument.
     *
     * @return the agreement
     */
    public Agreement agreement() {
      return agreement;
    }

    /**
     * Returns the events this instrument did not see, each with the reason.
     *
     * @return e.g. {@code ceasefire @ 2026-03-01T00:00:00Z (trigger not declared)}
     */
    public ImmutableList<String> ignored() {
      return ignored;
    }

    /**
     * Returns the assessment at the scenario's as-of instant, over the events it saw.
     *
     * @return the assessment
     */
    public Assessment assessment() {
      return assessment;
    }

    /**
     * Returns the timeline over the events it saw.
     *
     * @return the timeline
     */
    public Timeline timeline() {
      return timeline;
    }
  }

  /**
   * Returns the scenario as one instrument sees it: only the events of triggers it declares and of
   * parties it names.
   *
   * @param agreement the instrument
   * @param scenario a scenario in the shared vocabulary
   * @return the scenario with the other events left out
   */
  public static Scenario project(Agreement agreement, Scenario scenario) {
    ImmutableList<Event> kept =
        scenario.events().stream()
            .filter(e -> why(agreement, e).isEmpty())
            .collect(ImmutableList.toImmutableList());
    return Scenario.builder().from(scenario).events(kept).build();
  }

  private static Optional<String> why(Agreement agreement, Event e) {
    if (!agreement.triggersById().containsKey(e.trigger())) {
      return Optional.of("trigger not declared");
    }
    if (e.party().isPresent() && !agreement.parties().containsKey(e.party().get())) {
      return Optional.of("party " + e.party().get() + " not in the agreement");
    }
    return Optional.empty();
  }

  /**
   * Runs every instrument against a scenario.
   *
   * @param scenario a scenario in the shared vocabulary
   * @return one outcome per instrument, in the order of {@link #instruments()}
   */
  public static ImmutableList<Outcome> run(Scenario scenario) {
    ImmutableList.Builder<Outcome> out = ImmutableList.builder();
    for (Agreement a : instruments()) {
      ImmutableList.Builder<String> ignored = ImmutableList.builder();
      for (Event e : scenario.eventsAsOf()) {
        why(a, e).ifPresent(w -> ignored.add(e + " (" + w + ")"));
      }
      Scenario seen = project(a, scenario);
      Evaluator evaluator = Evaluator.compile(a);
      out.add(new Outcome(a, ignored.build(), evaluator.evaluate(seen), evaluator.timeline(seen)));
    }
    return out.build();
  }

  /**
   * Returns the comparison of every named scenario, as the run command prints it, {@value
   * Layout#DEFAULT_WIDTH} characters wide.
   *
   * @return the text, ending with a newline
   */
  public static String render() {
    return render(Layout.DEFAULT_WIDTH);
  }

  /**
   * Returns the comparison of every named scenario with no line wider than {@code width}.
   *
   * @param width the width; narrower than {@value Layout#MIN_WIDTH} counts as that
   * @return the text, ending with a newline
   */
  public static String render(int width) {
    StringBuilder out = new StringBuilder();
    out.append(
        Layout.wrap(
            "Comparison: "
                + instruments().size()
                + " instruments against the same events, "
                + ComparisonScenarios.all().size()
                + " scenarios",
            "# ",
            "  ",
            Layout.usable(width)));
    out.append('\n');
    for (Scenario s : ComparisonScenarios.all()) {
      out.append(render(s, width)).append('\n');
    }
    return out.toString();
  }

  /**
   * Returns one scenario's comparison {@value Layout#DEFAULT_WIDTH} characters wide.
   *
   * @param scenario a scenario in the shared vocabulary
   * @return the text, ending with a newline
   */
  public static String render(Scenario scenario) {
    return render(scenario, Layout.DEFAULT_WIDTH);
  }

  /**
   * Returns one scenario's comparison: its story and events; for every instrument, a row per pledge
   * and per contribution that differs from its pledge (status in words and reason), with the
   * pledge's binding force and the fidelity of its source in words under it; the events each
   * instrument ignored; and the timelines of the pledges with a deadline or a restraint whose
   * status changed. No line is wider than {@code width}.
   *
   * @param scenario a scenario in the shared vocabulary
   * @param width the width; narrower than {@value Layout#MIN_WIDTH} counts as that
   * @return the text, ending with a newline
   */
  public static String render(Scenario scenario, int width) {
    int w = Layout.usable(width);
    ImmutableList<Outcome> outcomes = run(scenario);
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
                        + fidelity(p.pledge().source().fidelity()),
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
                o.agreement().title() + " ignores: " + String.join("; ", o.ignored()),
                "   ",
                "     ",
                w));
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

  private static String fidelity(Fidelity f) {
    return switch (f) {
      case VERBATIM -> "verbatim";
      case VERBATIM_TRANSLATION -> "verbatim translation";
      case SUMMARY -> "summary";
      case PRESS_REPORT -> "press report";
    };
  }
}
