package io.github.guarantees.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown when a file cannot be read as an agreement or a scenario. Lists every problem found in the
 * file, not just the first; the message has one line per problem, each naming file, line, column
 * and path.
 */
public final class LoadException extends IllegalArgumentException {
  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /** Every problem found in the file, in document order. */
  private final ImmutableList<FileProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems, at least one
   * @throws IllegalArgumentException if there is no problem
   * @throws NullPointerException if problems or one of them is null
   */
  public LoadException(List<FileProblem> problems) {
    super(message(checkNotNull(problems, "problems")));
    checkArgument(!problems.isEmpty(), "a load exception needs at least one problem");
    this.problems = ImmutableList.copyOf(problems);
  }

  private static String message(List<FileProblem> problems) {
    StringBuilder out = new StringBuilder();
    for (FileProblem p : problems) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(p);
    }
    return out.toString();
  }

  /**
   * Returns every problem found, in document order as far as possible.
   *
   * @return the problems, at least one
   */
  public ImmutableList<FileProblem> problems() {
    return problems;
  }
}
