/**
 * Agreements and scenarios as YAML or JSON files.
 *
 * <h2>Reading and writing</h2>
 *
 * <p>{@link io.github.guarantees.io.FileFormat} is the entry point: it reads an {@link
 * io.github.guarantees.model.Agreement} or a {@link io.github.guarantees.io.ScenarioFile} (a
 * scenario, the agreement it is for and the outcomes it expects) and writes them back, so that what
 * is written reads back equal. The format is described in {@code docs/FORMAT.md}.
 *
 * <h2>Errors</h2>
 *
 * <p>A file that cannot be read throws one {@link io.github.guarantees.io.LoadException} listing
 * every {@link io.github.guarantees.io.FileProblem} found, each with the file, line, column and the
 * path inside the document (e.g. {@code pledges[3].activation.allOf[1]}); nothing half-built is
 * returned.
 *
 * <h2>Expectations</h2>
 *
 * <p>{@link io.github.guarantees.io.ScenarioFile#check} evaluates a scenario file against its
 * agreement and returns every {@link io.github.guarantees.io.Mismatch} between the expected and the
 * actual statuses, with the explanation of each.
 */
@NullMarked
@Value.Style(
    // Not org.immutables.value.Generated: its class file is not on a consumer's class path, and
    // javac -Xlint:all warns about the missing annotation type on every generated class.
    allowedClasspathAnnotations = {
      CanIgnoreReturnValue.class,
      Var.class,
      javax.annotation.processing.Generated.class
    },
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = false))
package io.github.guarantees.io;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Var;
import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
