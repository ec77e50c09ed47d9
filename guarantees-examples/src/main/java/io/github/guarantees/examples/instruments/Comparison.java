package io.github.guarantees.examples.instruments;

import com.google.common.collect.ImmutableList;
import io.github.guarantees.comparison.Outcome;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.report.ComparisonReport;
import io.github.guarantees.report.Layout;
import io.github.guarantees.scenario.Scenario;

/**
 * Runs every comparison instrument against the same events and shows side by side what each would
 * have done.
 *
 * <pre>{@code
 * System.out.print(Comparison.render());
 * Outcome budapest = Comparison.run(ComparisonScenarios.named("guarantor-attacks-2014-2022"))
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
   * Returns the scenario as one instrument sees it: only the events of triggers it declares and of
   * parties and places it knows ({@link io.github.guarantees.comparison.Comparison#project}).
   *
   * @param agreement the instrument
   * @param scenario a scenario in the shared vocabulary
   * @return the scenario with the other events left out
   */
  public static Scenario project(Agreement agreement, Scenario scenario) {
    return io.github.guarantees.comparison.Comparison.project(agreement, scenario);
  }

  /**
   * Runs every instrument against a scenario.
   *
   * @param scenario a scenario in the shared vocabulary
   * @return one outcome per instrument, in the order of {@link #instruments()}
   */
  public static ImmutableList<Outcome> run(Scenario scenario) {
    return io.github.guarantees.comparison.Comparison.run(instruments(), scenario);
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
    return ComparisonReport.text(scenario, run(scenario), width);
  }
}
