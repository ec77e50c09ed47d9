/**
 * Rendering of assessments for people: {@link io.github.guarantees.report.TextReport} prints one
 * row per pledge and contribution with its status and a one-line reason.
 */
@NullMarked
package io.github.guarantees.report;

import org.jspecify.annotations.NullMarked;
