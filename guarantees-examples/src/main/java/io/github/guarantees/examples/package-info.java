/**
 * Real agreements encoded with the library's own builders, with named scenarios.
 *
 * <ul>
 *   <li>{@link io.github.guarantees.examples.Paris2026}: the Paris Declaration of 6 January 2026
 *       (all five components) and the France–UK–Ukraine declaration of intent of the same day;
 *   <li>{@link io.github.guarantees.examples.Paris2026Scenarios}: named scenarios, each with a
 *       narrative;
 *   <li>{@link io.github.guarantees.examples.RunExamples}: prints the assessment of every named
 *       scenario.
 * </ul>
 *
 * <p>Every pledge cites its clause; quotes that are summaries or press reports say so.
 */
@NullMarked
package io.github.guarantees.examples;

import org.jspecify.annotations.NullMarked;
