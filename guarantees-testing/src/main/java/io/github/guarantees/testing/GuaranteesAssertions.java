package io.github.guarantees.testing;

import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.Timeline;
import org.assertj.core.api.Assertions;
import org.jspecify.annotations.Nullable;

/**
 * AssertJ's assertions and assertions that read like the treaty: one static import gives both.
 *
 * <pre>{@code
 * import static io.github.guarantees.testing.GuaranteesAssertions.assertThat;
 *
 * Assessment a = Evaluator.compile(Paris2026.agreement()).evaluate(scenario);
 * assertThat(a).pledge("multinational-force").isPending().isMissing("credible-cessation");
 * assertThat(a).contribution("multinational-force", "IT").isBlockedBy("no-ground-troops");
 * assertThat(timeline).pledge("multinational-force").changedTo(Status.ACTIVE).at(instant);
 * assertThat(scenarioFile).meetsItsExpectations();
 * }</pre>
 *
 * <p>A failure names the pledge (and party), shows the explanation tree of the actual status, and
 * quotes the clause the pledge cites. For soft assertions use {@link GuaranteesSoftAssertions}.
 */
public class GuaranteesAssertions extends Assertions {
  /** For subclasses that add assertions of their own; use the static methods. */
  protected GuaranteesAssertions() {}

  /**
   * Starts assertions on an assessment: {@code .pledge(id)} and {@code .contribution(pledge,
   * party)}.
   *
   * @param actual the assessment, may be null (the assertion then fails)
   * @return the assertion
   */
  public static AssessmentAssert assertThat(@Nullable Assessment actual) {
    return new AssessmentAssert(actual, new Checks(null));
  }

  /**
   * Starts assertions on a timeline: {@code .pledge(id)} and {@code .contribution(pledge, party)}.
   *
   * @param actual the timeline, may be null (the assertion then fails)
   * @return the assertion
   */
  public static TimelineAssert assertThat(@Nullable Timeline actual) {
    return new TimelineAssert(actual, new Checks(null));
  }

  /**
   * Starts assertions on a scenario file read with {@link ScenarioFiles}.
   *
   * @param actual the scenario file and its agreement, may be null (the assertion then fails)
   * @return the assertion
   */
  public static ScenarioCaseAssert assertThat(@Nullable ScenarioCase actual) {
    return new ScenarioCaseAssert(actual, new Checks(null));
  }
}
