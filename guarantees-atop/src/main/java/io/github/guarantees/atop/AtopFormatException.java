package io.github.guarantees.atop;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A data file that cannot be read: every problem found, each naming the file, line and column.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AtopFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Every problem found. */
  @SuppressWarnings("serial") // an ImmutableList of strings is serializable
  private final ImmutableList<String> problems;

  AtopFormatException(List<String> problems) {
    super(
        problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + " in the ATOP data:\n  "
            + String.join("\n  ", problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /**
   * Returns every problem, each as {@code file:line:column: message}.
   *
   * @return the problems, at least one
   */
  public ImmutableList<String> problems() {
    return problems;
  }
}
