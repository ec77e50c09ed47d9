package io.github.guarantees.io;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.guarantees.evaluation.Explanation;
import io.github.guarantees.evaluation.Status;

/**
 * An expectation of a scenario file that the evaluation does not meet, with the explanation of the
 * actual status.
 *
 * @param where the expectation's position, as {@code file:line:column: expect[i]}
 * @param expected what the file expects
 * @param actual the status the evaluation gives
 * @param explanation why the evaluation gives that status
 */
public record Mismatch(String where, Expectation expected, Status actual, Explanation explanation) {

  /**
   * Creates a mismatch.
   *
   * @param where the expectation's position, as {@code file:line:column: expect[i]}
   * @param expected what the file expects
   * @param actual the status the evaluation gives
   * @param explanation why the evaluation gives that status
   * @throws NullPointerException if any part is null
   */
  public Mismatch {
    checkNotNull(where, "where");
    checkNotNull(expected, "expected");
    checkNotNull(actual, "actual");
    checkNotNull(explanation, "explanation");
  }

  /**
   * Returns the mismatch in one line: where, what was expected and what came out.
   *
   * @return e.g. {@code s.yaml:12:5: expect[0]: pledge 'force' expected ACTIVE, was PENDING}
   */
  public String summary() {
    return where + ": " + expected.subject() + " expected " + expected.status() + ", was " + actual;
  }

  /**
   * Returns the summary followed by the explanation.
   *
   * @return the mismatch in several lines
   */
  @Override
  public String toString() {
    return summary() + "\n" + explanation;
  }
}
