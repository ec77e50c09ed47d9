package io.github.guarantees.evaluation;

import com.google.common.collect.ImmutableList;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.scenario.Event;
import java.util.Objects;

/**
 * One node of an explanation tree: a condition, whether it held, the events (with their instants)
 * that made it so, a sentence saying why, and the traces of its operands.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ConditionTrace {
  private final Condition condition;
  private final boolean holds;
  private final ImmutableList<Event> events;
  private final String why;
  private final ImmutableList<ConditionTrace> operands;

  ConditionTrace(
      Condition condition,
      boolean holds,
      ImmutableList<Event> events,
      String why,
      ImmutableList<ConditionTrace> operands) {
    this.condition = condition;
    this.holds = holds;
    this.events = events;
    this.why = why;
    this.operands = operands;
  }

  /**
   * Returns the condition this node traces.
   *
   * @return the condition
   */
  public Condition condition() {
    return condition;
  }

  /**
   * Returns whether the condition held.
   *
   * @return the truth value
   */
  public boolean holds() {
    return holds;
  }

  /**
   * Returns the events that made the condition hold or fail (e.g. the request, or the withdrawal
   * that revoked it).
   *
   * @return the events, chronological
   */
  public ImmutableList<Event> events() {
    return events;
  }

  /**
   * Returns why the condition held or failed, in a sentence.
   *
   * @return the reason
   */
  public String why() {
    return why;
  }

  /**
   * Returns the traces of the operands of a composite condition.
   *
   * @return the operand traces, empty for a leaf
   */
  public ImmutableList<ConditionTrace> operands() {
    return operands;
  }

  /**
   * Renders this trace as an indented tree, one node a line.
   *
   * @param indent the indentation of the first line
   * @return the text
   * @throws NullPointerException if indent is null
   */
  public String render(String indent) {
    Objects.requireNonNull(indent, "indent");
    StringBuilder out = new StringBuilder();
    render(out, indent);
    return out.toString();
  }

  private void render(StringBuilder out, String indent) {
    out.append(indent).append(holds ? "[yes] " : "[no]  ");
    if (operands.isEmpty()) {
      out.append(condition).append(" — ").append(why);
    } else {
      out.append(why);
    }
    out.append('\n');
    for (ConditionTrace t : operands) {
      t.render(out, indent + "      ");
    }
  }

  @Override
  public String toString() {
    return render("");
  }
}
