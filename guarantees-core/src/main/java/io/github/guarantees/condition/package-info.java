/**
 * The activation language: a small, closed set of conditions over the events of a scenario.
 *
 * <h2>Conditions</h2>
 *
 * <table>
 *   <caption>The conditions and when they hold at an instant</caption>
 *   <tr><th>factory</th><th>holds when</th></tr>
 *   <tr><td>{@link Condition#always()}</td><td>always (an unconditional pledge)</td></tr>
 *   <tr><td>{@link Condition#occurred(String)}, {@link Condition#occurred(String, String)}</td>
 *       <td>at least one event of the trigger (by or about that party)</td></tr>
 *   <tr><td>{@link Condition#allOf}, {@link Condition#anyOf}, {@link Condition#not}</td>
 *       <td>as in logic; {@code allOf}/{@code anyOf} need at least one operand</td></tr>
 *   <tr><td>{@link Condition#atLeast}</td><td>at least {@code k} operands hold</td></tr>
 *   <tr><td>{@link Condition#inForce}</td>
 *       <td>the trigger occurred and no revoking event lies at or after its latest occurrence</td></tr>
 *   <tr><td>{@link Condition#after}</td><td>some event of {@code a} is strictly later than some
 *       event of {@code b}</td></tr>
 *   <tr><td>{@link Condition#within}</td><td>some event of {@code a} lies in {@code [b, b + d]}
 *       for some event of {@code b}</td></tr>
 * </table>
 *
 * <p>Conditions are data, never lambdas: they can be printed, compared, enumerated and explained.
 * They name triggers and parties by id; an {@link io.github.guarantees.model.Agreement} checks
 * those ids when it is built. Nesting is limited to {@link Condition#MAX_DEPTH} levels, checked
 * when a condition is constructed, so that no evaluation can exhaust the stack.
 *
 * <p>Entry point: {@link io.github.guarantees.condition.Condition}.
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
    defaults = @Value.Immutable(copy = false, builder = false, prehash = true))
package io.github.guarantees.condition;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Var;
import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
