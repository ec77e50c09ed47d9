/**
 * Scenarios: dated events (occurrences of an agreement's triggers) up to an "as of" instant.
 *
 * <p>A {@link io.github.guarantees.scenario.Scenario} is data; nothing here reads the wall clock.
 * Events after the as-of instant do not exist for an evaluation. Build one with {@link
 * io.github.guarantees.scenario.Scenario#builder()}.
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
package io.github.guarantees.scenario;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Var;
import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
