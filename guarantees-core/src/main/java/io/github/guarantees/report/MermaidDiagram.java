package io.github.guarantees.report;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.guarantees.evaluation.Timeline;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Pledge;
import java.util.function.Predicate;

/**
 * Mermaid diagrams to paste into a briefing (GitHub, GitLab and many editors draw a {@code
 * ```mermaid} block in Markdown): the flowchart of an agreement's activation logic and the Gantt
 * chart of a timeline.
 *
 * <pre>{@code
 * String logic = MermaidDiagram.flowchart(agreement);
 * String statuses = MermaidDiagram.gantt(evaluator.timeline(scenario));
 * }</pre>
 *
 * <p><b>Flowchart.</b> Triggers (stadium nodes) feed conditions (hexagons: all of, any of, not, at
 * least k of, in force, after, within, at least k distinct parties, always), which feed pledges
 * (rectangles, with the fidelity of their source unless it is verbatim, e.g. {@code source:
 * summary}) on edges labelled with their role: {@code trigger}, {@code activation}, {@code ends
 * when}, {@code fulfils within ...}, {@code breaches}, {@code exercised by}. Each pledge's
 * contributions hang from it (rounded nodes), with their own conditions (a parliamentary approval
 * is an edge {@code condition · by UK} from its trigger); a contribution that a party's caveat
 * forbids is drawn apart (class {@code blocked}) with the caveat named. Pledges are grouped in
 * subgraphs by the clause they come from (Paris 2026: Component 1 to 5). A condition on another
 * pledge's status ({@code violated: delivery}) is a dotted edge from that pledge (or contribution),
 * and a power is a dotted edge to the pledge it suspends, resumes or terminates. The agreement as a
 * whole is a node when a power terminates it or its own term ends on a condition ({@code ends
 * when}) or is counted from one ({@code term counted from}). An activation that always holds is not
 * drawn. Each distinct condition is drawn once and shared by every pledge that uses it; event
 * patterns with an actor, target or place put them on the edge ({@code by RU}).
 *
 * <p><b>Gantt.</b> One section per pledge, one bar per status interval from the chart's start (the
 * earliest event or change) to the as-of instant, named by the status; each contribution whose
 * lifecycle differs from its pledge's follows with bars named {@code ↳ FR · active} (the arrow
 * first, so that no party id such as {@code section} is read as a keyword). Active bars are tagged
 * {@code active}, fulfilled ones {@code done}, violated and blocked ones {@code crit}. Times are
 * shown to the second; an interval that lasts less than a second (a deadline violated one
 * nanosecond after a change) is a milestone.
 *
 * <p>Every text from the agreement (titles, descriptions, clauses, ids) is written with Mermaid's
 * entities for the characters its parsers would read as syntax ({@code #quot;} for a double quote,
 * {@code #35;} for {@code #}, {@code #59;} for {@code ;}, and brackets, parentheses, braces, {@code
 * |}, {@code :}, {@code <}, {@code >}, {@code &}, {@code %} and backquotes likewise); line breaks
 * become {@code <br/>}. Node ids are generated ({@code t1}, {@code c1}, {@code p1}, {@code p1k1}),
 * never taken from the agreement, so no id can clash with Mermaid's keywords.
 */
public final class MermaidDiagram {
  private MermaidDiagram() {}

  /**
   * Renders an agreement's activation logic as a Mermaid flowchart.
   *
   * @param agreement the agreement, not null
   * @return the diagram's text, starting {@code flowchart LR} and ending with a newline
   * @throws NullPointerException if agreement is null
   */
  public static String flowchart(Agreement agreement) {
    checkNotNull(agreement, "agreement");
    return ActivationFlowchart.render(agreement);
  }

  /**
   * Renders every pledge's and contribution's statuses over a timeline as a Mermaid Gantt chart.
   *
   * @param timeline the timeline, not null
   * @return the diagram's text, starting {@code gantt} and ending with a newline
   * @throws NullPointerException if timeline is null
   */
  public static String gantt(Timeline timeline) {
    return gantt(timeline, p -> true);
  }

  /**
   * Renders the statuses over a timeline of the pledges a predicate selects, and of their
   * contributions, as a Mermaid Gantt chart.
   *
   * @param timeline the timeline, not null
   * @param which selects the pledges to show, not null
   * @return the diagram's text, starting {@code gantt} and ending with a newline
   * @throws NullPointerException if an argument is null
   */
  public static String gantt(Timeline timeline, Predicate<? super Pledge> which) {
    checkNotNull(timeline, "timeline");
    checkNotNull(which, "which");
    return StatusGantt.render(timeline, which);
  }
}
