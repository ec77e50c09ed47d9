/**
 * Several agreements against the same events: {@link io.github.guarantees.comparison.Comparison}
 * runs each over the events it can read (the triggers it declares, the parties and places it knows)
 * and says, for each, which events it ignored and why ({@link
 * io.github.guarantees.comparison.IgnoredEvent}); {@link
 * io.github.guarantees.report.ComparisonReport} renders the side by side.
 */
@NullMarked
package io.github.guarantees.comparison;

import org.jspecify.annotations.NullMarked;
