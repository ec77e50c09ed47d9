/**
 * Rendering of assessments for people: {@link io.github.guarantees.report.TextReport} prints one
 * row per pledge and contribution with its status and a one-line reason; {@link
 * io.github.guarantees.report.TimelineReport} prints each pledge's lifecycle, every status change
 * with its instant and cause; {@link io.github.guarantees.report.MarkdownReport} and {@link
 * io.github.guarantees.report.MarkdownTimelineReport} give the same as Markdown tables; {@link
 * io.github.guarantees.report.MermaidDiagram} draws an agreement's activation logic as a Mermaid
 * flowchart and a timeline as a Mermaid Gantt chart.
 */
@NullMarked
package io.github.guarantees.report;

import org.jspecify.annotations.NullMarked;
