package io.github.guarantees.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when an agreement or a scenario is invalid. Lists every problem found, not just the first;
 * the message has one line per problem.
 */
public final class ValidationException extends IllegalArgumentException {
  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /** Every problem found, in the order found. */
  private final ImmutableList<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param subject what was being validated, e.g. {@code agreement 'paris-2026'}
   * @param problems the problems, at least one
   * @throws NullPointerException if subject or problems is null
   * @throws IllegalArgumentException if problems is empty
   */
  public ValidationException(String subject, List<Problem> problems) {
    super(
        message(
            Objects.requireNonNull(subject, "subject"),
            Objects.requireNonNull(problems, "problems")));
    checkArgument(!problems.isEmpty(), "a validation exception needs at least one problem");
    this.problems = ImmutableList.copyOf(problems);
  }

  private static String message(String subject, List<Problem> problems) {
    StringBuilder out =
        new StringBuilder()
            .append(subject)
            .append(" is invalid (")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem" : " problems")
            .append("):");
    for (Problem p : problems) {
      out.append("\n  - ").append(p);
    }
    return out.toString();
  }

  /**
   * Returns every problem found.
   *
   * @return the problems, at least one
   */
  public ImmutableList<Problem> problems() {
    return problems;
  }
}
