package io.github.guarantees.testing;

import io.github.guarantees.io.Mismatch;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a scenario file read with {@link ScenarioFiles}.
 *
 * <pre>{@code
 * @ScenarioFiles("paris-2026/scenarios/*.yaml")
 * void meetsItsExpectations(ScenarioCase scenario) {
 *   assertThat(scenario).meetsItsExpectations();
 * }
 * }</pre>
 */
public final class ScenarioCaseAssert {
  private final @Nullable ScenarioCase actual;
  private final Checks checks;

  ScenarioCaseAssert(@Nullable ScenarioCase actual, Checks checks) {
    this.actual = actual;
    this.checks = checks;
  }

  /**
   * Asserts that the file expects something and that every expectation is met. A failure lists each
   * expectation not met with the explanation of the actual status, quoting the clause.
   *
   * @return this assertion
   */
  public ScenarioCaseAssert meetsItsExpectations() {
    ScenarioCase c = actual;
    if (!checks.check(c != null, "expected a scenario file but it is null") || c == null) {
      return this;
    }
    int n = c.file().expectations().size();
    if (!checks.check(
        n > 0,
        c.resource() + ": scenario '" + c.name() + "' expects nothing; add an 'expect:' list")) {
      return this;
    }
    List<Mismatch> mismatches = c.mismatches();
    StringBuilder message =
        new StringBuilder(c.resource())
            .append(": scenario '")
            .append(c.name())
            .append("': ")
            .append(mismatches.size())
            .append(" of ")
            .append(n)
            .append(n == 1 ? " expectation" : " expectations")
            .append(" not met");
    for (Mismatch m : mismatches) {
      message.append("\n").append(m.summary()).append("\n");
      message.append(Checks.indent(m.explanation().toString()));
    }
    checks.check(mismatches.isEmpty(), message.toString());
    return this;
  }
}
