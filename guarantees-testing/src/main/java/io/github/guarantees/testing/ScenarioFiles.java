package io.github.guarantees.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Runs a test method once per scenario file on the class path that matches a glob, each run named
 * after the scenario, with a {@link ScenarioCase} (the file and the agreement it names) as its
 * argument.
 *
 * <pre>{@code
 * @ScenarioFiles("paris-2026/scenarios/*.yaml")
 * void meetsItsExpectations(ScenarioCase scenario) {
 *   assertThat(scenario).meetsItsExpectations();
 * }
 * }</pre>
 *
 * <p>A glob is a class-path resource name: relative to the test class's package unless it starts
 * with {@code /}; {@code *} matches within a directory, {@code **} across directories, {@code ?}
 * one character. Each file's {@code agreement:} is resolved as the command line does: {@code
 * builtin:} names from the {@link io.github.guarantees.io.Catalogue}s on the class path, or a path
 * relative to the file. A glob that matches nothing, or a file with problems, fails the test with
 * every problem found.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ParameterizedTest(name = "{0}")
@ArgumentsSource(ScenarioFilesProvider.class)
public @interface ScenarioFiles {
  /**
   * The globs of the scenario files, as class-path resource names.
   *
   * @return the globs, at least one
   */
  String[] value();
}
