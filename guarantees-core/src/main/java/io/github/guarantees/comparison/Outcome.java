package io.github.guarantees.comparison;

import com.google.common.collect.ImmutableList;
import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.Timeline;
import io.github.guarantees.model.Agreement;
import java.util.Objects;

/**
 * What one agreement of a comparison would have done: the events it ignored, its assessment at the
 * scenario's as-of instant and its timeline, both over the events it read.
 *
 * @param agreement the agreement
 * @param ignored the events it did not read, in order of time, each with why
 * @param assessment its assessment over the events it read
 * @param timeline its timeline over the events it read
 */
public record Outcome(
    Agreement agreement,
    ImmutableList<IgnoredEvent> ignored,
    Assessment assessment,
    Timeline timeline) {
  /**
   * Creates the record.
   *
   * @param agreement the component of that name, not null
   * @param ignored the component of that name, not null
   * @param assessment the component of that name, not null
   * @param timeline the component of that name, not null
   * @throws NullPointerException if an argument is null
   */
  public Outcome {
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(ignored, "ignored");
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(timeline, "timeline");
  }
}
