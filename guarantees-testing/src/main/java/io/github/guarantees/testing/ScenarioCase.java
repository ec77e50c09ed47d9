package io.github.guarantees.testing;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.guarantees.io.Mismatch;
import io.github.guarantees.io.ScenarioFile;
import io.github.guarantees.model.Agreement;
import java.util.List;

/**
 * A scenario file read from the class path with the agreement it names: the argument of a {@link
 * ScenarioFiles} test.
 *
 * @param resource the class-path resource the file was read from
 * @param file the scenario file, with its expectations
 * @param agreement the agreement it names, resolved as the command line does ({@code builtin:} or a
 *     path relative to the file)
 */
public record ScenarioCase(String resource, ScenarioFile file, Agreement agreement) {
  /**
   * Creates a case.
   *
   * @param resource the class-path resource the file was read from
   * @param file the scenario file, with its expectations
   * @param agreement the agreement it names
   * @throws NullPointerException if an argument is null
   */
  public ScenarioCase {
    checkNotNull(resource, "resource");
    checkNotNull(file, "file");
    checkNotNull(agreement, "agreement");
  }

  /**
   * Returns the scenario's name, which names the test.
   *
   * @return the scenario's name
   */
  public String name() {
    return file.scenario().name();
  }

  /**
   * Evaluates the scenario and compares the outcome with the file's expectations.
   *
   * @return every expectation not met, with the explanation of the actual status
   */
  public List<Mismatch> mismatches() {
    return file.check(agreement);
  }

  /** Returns the scenario's name. */
  @Override
  public String toString() {
    return name();
  }
}
