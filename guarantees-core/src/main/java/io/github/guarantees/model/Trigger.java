package io.github.guarantees.model;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * A kind of event an agreement declares: a ceasefire entering into force, Ukraine's request, an
 * armed attack, a parliamentary approval. Events in a scenario are occurrences of triggers.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Trigger {
  Trigger() {}

  /**
   * Creates a trigger.
   *
   * @param id the id, unique within the agreement, e.g. {@code ukraine-request}
   * @param description what the event is, in words
   * @return the trigger
   * @throws IllegalArgumentException if the id is malformed or the description blank
   * @throws NullPointerException if an argument is null
   */
  public static Trigger of(String id, String description) {
    return ImmutableTrigger.of(id, description);
  }

  /**
   * Returns the trigger's id.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract String id();

  /**
   * Returns what the event is, in words.
   *
   * @return the description
   */
  @Value.Parameter
  public abstract String description();

  @Value.Check
  final void check() {
    Ids.check("trigger", id());
    checkArgument(!description().isBlank(), "trigger '%s': the description is blank", id());
  }

  @Override
  public String toString() {
    return id();
  }
}
