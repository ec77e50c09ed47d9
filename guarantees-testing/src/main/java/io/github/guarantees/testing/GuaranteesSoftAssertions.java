package io.github.guarantees.testing;

import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.Timeline;
import java.util.Objects;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.SoftAssertionsProvider;
import org.assertj.core.api.StandardSoftAssertionsProvider;
import org.jspecify.annotations.Nullable;

/**
 * AssertJ's soft assertions with the domain assertions of {@link GuaranteesAssertions}: every
 * failure is collected, and {@link #assertAll()} (or {@link #assertSoftly}, or JUnit's {@code
 * SoftAssertionsExtension} with {@code @InjectSoftAssertions}) reports them together.
 *
 * <pre>{@code
 * GuaranteesSoftAssertions.assertSoftly(softly -> {
 *   softly.assertThat(assessment).pledge("multinational-force").isActive();
 *   softly.assertThat(assessment).pledge("ceasefire-monitoring").isActive();
 * });
 * }</pre>
 */
public class GuaranteesSoftAssertions extends AbstractSoftAssertions
    implements StandardSoftAssertionsProvider {
  /** Creates soft assertions with nothing collected yet. */
  public GuaranteesSoftAssertions() {}

  /**
   * Runs the assertions and then fails with every failure they collected.
   *
   * @param softly the assertions to run, not null
   * @throws AssertionError listing every failure, if any
   * @throws NullPointerException if softly is null
   */
  public static void assertSoftly(Consumer<GuaranteesSoftAssertions> softly) {
    Objects.requireNonNull(softly, "softly");
    SoftAssertionsProvider.assertSoftly(GuaranteesSoftAssertions.class, softly);
  }

  /**
   * Starts soft assertions on an assessment.
   *
   * @param actual the assessment, may be null (the assertion then fails)
   * @return the assertion, collecting its failures here
   */
  public AssessmentAssert assertThat(@Nullable Assessment actual) {
    return new AssessmentAssert(actual, new Checks(this));
  }

  /**
   * Starts soft assertions on a timeline.
   *
   * @param actual the timeline, may be null (the assertion then fails)
   * @return the assertion, collecting its failures here
   */
  public TimelineAssert assertThat(@Nullable Timeline actual) {
    return new TimelineAssert(actual, new Checks(this));
  }

  /**
   * Starts soft assertions on a scenario file read with {@link ScenarioFiles}.
   *
   * @param actual the scenario file and its agreement, may be null (the assertion then fails)
   * @return the assertion, collecting its failures here
   */
  public ScenarioCaseAssert assertThat(@Nullable ScenarioCase actual) {
    return new ScenarioCaseAssert(actual, new Checks(this));
  }
}
