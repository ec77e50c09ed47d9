package io.github.guarantees.model;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.guarantees.condition.Condition;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named alternative reading of a vague clause: what a pledge's trigger, activation or term would
 * be if the clause meant something else than the encoding takes it to mean, with the source note
 * that says why both readings exist ("reported two ways", "verified by whom?").
 *
 * <pre>{@code
 * // The UK–Ukraine term: reported to end on Ukraine's NATO accession, or to leave it to the
 * // participants then.
 * Reading stays = Reading.builder()
 *     .name("accession-does-not-end-term")
 *     .note("The Guardian reports that the participants decide on accession ...")
 *     .term(Term.endsAt(Instant.parse("2034-01-12T00:00:00Z")))
 *     .build();
 * }</pre>
 *
 * <p>A reading's name is shared across an agreement: {@link Agreement#under(String)} applies every
 * pledge's reading of that name at once, so one reading of one clause changes all the pledges it
 * governs together. The pledge's own fields are the encoding's reading. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Reading {
  Reading() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Reading}.
   *
   * <ul>
   *   <li>{@code name} (required): the reading's name, an id shared by the pledges it governs;
   *   <li>{@code note} (required): why the clause reads this way too, from the sources;
   *   <li>{@code trigger}, {@code activation}, {@code term} (at least one): what replaces the
   *       pledge's own under this reading.
   * </ul>
   *
   * <p>Each method sets the attribute of the same name and returns this builder; setting it again
   * replaces the value. An optional attribute also accepts an {@code Optional}. {@code
   * from(instance)} copies every attribute of an existing instance. A builder is not thread-safe;
   * the value it builds is immutable.
   *
   * <p>{@code build()} throws {@link IllegalStateException} naming the required attributes not set,
   * and {@link IllegalArgumentException} when a value is invalid; every method throws {@link
   * NullPointerException} if given null.
   */
  public static final class Builder extends ImmutableReading.Builder {
    Builder() {}
  }

  /**
   * Returns the reading's name.
   *
   * @return the name, an id
   */
  public abstract String name();

  /**
   * Returns why the clause reads this way too, from the sources.
   *
   * @return the note
   */
  public abstract String note();

  /**
   * Returns the trigger under this reading.
   *
   * @return the condition, or empty to keep the pledge's
   */
  public abstract Optional<Condition> trigger();

  /**
   * Returns the activation under this reading.
   *
   * @return the condition, or empty to keep the pledge's
   */
  public abstract Optional<Condition> activation();

  /**
   * Returns the term under this reading.
   *
   * @return the term, or empty to keep the pledge's
   */
  public abstract Optional<Term> term();

  /**
   * Returns the pledge as this reading has it: its trigger, activation and term replaced where the
   * reading gives them.
   *
   * @param pledge the pledge, not null
   * @return the pledge under this reading
   * @throws NullPointerException if pledge is null
   */
  public Pledge apply(Pledge pledge) {
    Objects.requireNonNull(pledge, "pledge");
    Pledge.Builder b = Pledge.builder().from(pledge);
    trigger().ifPresent(b::trigger);
    activation().ifPresent(b::activation);
    term().ifPresent(b::term);
    return b.build();
  }

  @Value.Check
  final void check() {
    checkArgument(Ids.isValid(name()), "reading '%s': %s", name(), Ids.RULE);
    checkArgument(!note().isBlank(), "reading '%s': the note is blank; say why it exists", name());
    checkArgument(
        trigger().isPresent() || activation().isPresent() || term().isPresent(),
        "reading '%s': give at least one of trigger, activation or term",
        name());
  }
}
