/**
 * Rendering of assessments for people: {@link io.github.guarantees.report.TextReport} prints one
 * row per pledge and contribution with its status and a one-line reason; {@link
 * io.github.guarantees.report.TimelineReport} prints each pledge's lifecycle, every status change
 * with its instant and cause.
 */
@NullMarked
package io.github.guarantees.report;

import org.jspecify.annotations.NullMarked;
