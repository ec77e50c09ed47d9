/**
 * The treaty model: parties and their caveats, triggers, pledges with their contributions, and the
 * agreement that holds them.
 *
 * <h2>Building an agreement</h2>
 *
 * <p>Every type is an immutable value with a builder or an {@code of(...)} factory. {@link
 * io.github.guarantees.model.Agreement} is the entry point: building it checks every cross
 * reference at once and throws one {@link io.github.guarantees.model.ValidationException} listing
 * every problem, each naming the offending id.
 *
 * <h2>Vocabulary</h2>
 *
 * <ul>
 *   <li>{@link io.github.guarantees.model.Party}: a state or organisation, with attributes and
 *       standing {@link io.github.guarantees.model.Caveat caveats};
 *   <li>{@link io.github.guarantees.model.Trigger}: a kind of event the agreement declares;
 *   <li>{@link io.github.guarantees.model.Pledge}: what one or more parties promise, with a trigger
 *       condition, an activation condition, a term and the {@link io.github.guarantees.model.Source
 *       source clause};
 *   <li>{@link io.github.guarantees.model.Contribution}: one party's share of a pledge, with its
 *       own extra condition (e.g. parliamentary approval).
 * </ul>
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
package io.github.guarantees.model;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Var;
import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
