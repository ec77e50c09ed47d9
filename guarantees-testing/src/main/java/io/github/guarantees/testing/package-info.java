/**
 * Test support for code and files that encode agreements, like {@code guava-testlib}: this module
 * is for tests and never a dependency of the core.
 *
 * <h2>Assertions</h2>
 *
 * <p>{@link io.github.guarantees.testing.GuaranteesAssertions} extends AssertJ's {@code
 * Assertions}, so one static import gives both:
 *
 * <pre>{@code
 * assertThat(assessment).pledge("multinational-force").isPending().isMissing("credible-cessation");
 * assertThat(assessment).contribution("multinational-force", "IT").isBlockedBy("no-ground-troops");
 * assertThat(timeline).pledge("multinational-force").changedTo(Status.ACTIVE).at(instant);
 * }</pre>
 *
 * <p>A failure shows the explanation tree of the actual status and quotes the clause the pledge
 * cites. {@link io.github.guarantees.testing.GuaranteesSoftAssertions} collects failures instead.
 *
 * <h2>Scenario files</h2>
 *
 * <p>{@link io.github.guarantees.testing.ScenarioFiles} turns scenario files with expected outcomes
 * (class-path resources matched by a glob) into one JUnit test per file, named after the scenario.
 */
@NullMarked
package io.github.guarantees.testing;

import org.jspecify.annotations.NullMarked;
