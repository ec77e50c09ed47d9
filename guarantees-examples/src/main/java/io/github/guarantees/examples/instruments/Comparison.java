package io.github.guarantees.examples.instruments;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.ContributionAssessment;
import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.evaluation.PledgeAssessment;
import io.github.guarantees.evaluation.PledgeTimeline;
import io.github.guarantees.evaluation.Timeline;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Fidelity;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.report.TimelineReport;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.util.ArrayList;
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
  private static final int WRAP = 100;

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
   * Returns the comparison of every named scenario, as the run command prints it.
   *
   * @return the text, ending with a newline
   */
  public static String render() {
    StringBuilder out = new StringBuilder();
    out.append("# Comparison: ")
        .append(instruments().size())
        .append(" instruments against the same events, ")
        .append(ComparisonScenarios.all().size())
        .append(" scenarios\n\n");
    for (Scenario s : ComparisonScenarios.all()) {
      out.append(render(s)).append('\n');
    }
    return out.toString();
  }

  /**
   * Returns one scenario's comparison: its story and events, a table with a row per pledge and
   * contribution of every instrument (binding force, fidelity of the source, status and reason),
   * the events each instrument ignored, and the timelines of the pledges with a deadline or a
   * restraint whose status changed.
   *
   * @param scenario a scenario in the shared vocabulary
   * @return the text, ending with a newline
   */
  public static String render(Scenario scenario) {
    ImmutableList<Outcome> outcomes = run(scenario);
    StringBuilder out = new StringBuilder();
    out.append("== comparison: ")
        .append(scenario.name())
        .append(" — every instrument against the same events, as of ")
        .append(scenario.asOf())
        .append('\n');
    scenario.narrative().ifPresent(n -> out.append(wrap(n, "   ")));
    out.append("   events:\n");
    for (Event e : scenario.eventsAsOf()) {
      out.append("     ").append(e.at()).append("  ").append(e.trigger());
      e.party().ifPresent(p -> out.append(" (").append(p).append(')'));
      e.note().ifPresent(n -> out.append(" — ").append(n));
      out.append('\n');
    }
    List<String[]> rows = new ArrayList<>();
    for (Outcome o : outcomes) {
      String title = o.agreement().title();
      for (PledgeAssessment p : o.assessment().pledges()) {
        rows.add(
            new String[] {
              title,
              p.id(),
              p.pledge().bindingForce().name(),
              fidelity(p.pledge().source().fidelity()),
              p.status().name(),
              o.assessment().explain(p.id()).reason()
            });
        title = "";
        for (ContributionAssessment c : p.contributions()) {
          if (c.status() != p.status()) {
            rows.add(
                new String[] {
                  "",
                  "  · " + c.party(),
                  "",
                  "",
                  c.status().name(),
                  o.assessment().explain(p.id(), c.party()).reason()
                });
          }
        }
      }
    }
    out.append('\n');
    table(
        out,
        new String[] {"INSTRUMENT", "PLEDGE / CONTRIBUTION", "BINDING FORCE", "SRC", "STATUS"},
        rows);
    out.append(
        "   (SRC: V verbatim, V-tr verbatim translation, S summary, P press report; a"
            + " contribution is shown only where it differs from its pledge)\n");
    for (Outcome o : outcomes) {
      if (!o.ignored().isEmpty()) {
        out.append("   ")
            .append(o.agreement().title())
            .append(" ignores: ")
            .append(String.join("; ", o.ignored()))
            .append('\n');
      }
    }
    for (Outcome o : outcomes) {
      Predicate<Pledge> shown = p -> hasObligation(p) && changed(o.timeline().pledge(p.id()));
      if (o.agreement().pledges().stream().anyMatch(shown)) {
        out.append('\n').append(TimelineReport.render(o.timeline(), shown));
      }
    }
    return out.toString();
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
      case VERBATIM -> "V";
      case VERBATIM_TRANSLATION -> "V-tr";
      case SUMMARY -> "S";
      case PRESS_REPORT -> "P";
    };
  }

  private static void table(StringBuilder out, String[] headers, List<String[]> rows) {
    int[] widths = new int[headers.length];
    for (int i = 0; i < headers.length; i++) {
      widths[i] = headers[i].length();
      for (String[] r : rows) {
        widths[i] = Math.max(widths[i], r[i].length());
      }
    }
    out.append("   ");
    for (int i = 0; i < headers.length; i++) {
      out.append(Strings.padEnd(headers[i], widths[i], ' ')).append("  ");
    }
    out.append("WHY\n");
    for (String[] r : rows) {
      out.append("   ");
      for (int i = 0; i < headers.length; i++) {
        out.append(Strings.padEnd(r[i], widths[i], ' ')).append("  ");
      }
      out.append(r[headers.length]).append('\n');
    }
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
