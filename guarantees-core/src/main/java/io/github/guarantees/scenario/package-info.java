/**
 * Scenarios: dated events (occurrences of an agreement's triggers) up to an "as of" instant.
 *
 * <p>A {@link io.github.guarantees.scenario.Scenario} is data; nothing here reads the wall clock.
 * Events after the as-of instant do not exist for an evaluation. Build one with {@link
 * io.github.guarantees.scenario.Scenario#builder()}.
 */
@NullMarked
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = false))
package io.github.guarantees.scenario;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
