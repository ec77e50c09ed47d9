package io.github.guarantees.model;

import com.google.common.collect.ImmutableSet;
import io.github.guarantees.condition.Condition;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One party's share of a pledge, with its own extra condition (e.g. that party's parliamentary
 * approval) and size.
 *
 * <pre>{@code
 * Contribution uk = Contribution.builder()
 *     .party("UK")
 *     .condition(Condition.occurred("parliamentary-approval", "UK"))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Contribution {
  Contribution() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * An unconditional contribution by a party.
   *
   * @param party the party id
   * @return the contribution
   * @throws NullPointerException if party is null
   */
  public static Contribution of(String party) {
    return builder().party(party).build();
  }

  /**
   * Builds a {@link Contribution}.
   *
   * <ul>
   *   <li>{@code party} (required): the contributing party's id;
   *   <li>{@code condition} ({@code always()}): the party's own extra condition, e.g. a
   *       parliament's approval;
   *   <li>{@code size} (optional): how much this party gives;
   *   <li>{@code domains} (empty): the domains of its share;
   *   <li>{@code bindingForce} (optional): a binding force of its own; the pledge's when absent;
   *   <li>{@code note} (optional): a note for readers;
   *   <li>{@code illustrative} (optional): why the contribution is illustrative, when no source
   *       states it; reports mark it.
   * </ul>
   *
   * <p>Each method sets the attribute of the same name and returns this builder; setting it again
   * replaces the value. An optional attribute also accepts an {@code Optional}; a list or set
   * attribute has {@code addX(…)} and {@code addAllX(…)}, which append, and {@code x(Iterable)},
   * which replaces the whole collection. {@code from(instance)} copies every attribute of an
   * existing instance. A builder is not thread-safe; the value it builds is immutable.
   *
   * <p>{@code build()} throws {@link IllegalStateException} naming the required attributes not set,
   * and {@link IllegalArgumentException} when a value is invalid; every method throws {@link
   * NullPointerException} if given null.
   */
  public static final class Builder extends ImmutableContribution.Builder {
    Builder() {}
  }

  /**
   * Returns the id of the contributing party.
   *
   * @return the party id
   */
  public abstract String party();

  /**
   * Returns the contribution's own condition, on top of the pledge's; {@link Condition#always()}
   * unless set.
   *
   * @return the condition
   */
  @Value.Default
  public Condition condition() {
    return Condition.always();
  }

  /**
   * Returns the contribution's size, if known.
   *
   * @return the size, or empty
   */
  public abstract Optional<Size> size();

  /**
   * Returns the domains this party contributes in, a subset of the pledge's; empty means all of the
   * pledge's domains.
   *
   * @return the domains
   */
  public abstract ImmutableSet<Domain> domains();

  /**
   * Returns a weaker binding force for this party than the pledge's, e.g. for a non-signatory.
   *
   * @return the binding force, or empty to use the pledge's
   */
  public abstract Optional<BindingForce> bindingForce();

  /**
   * Returns a note, e.g. where the sources are vague about this party's share.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Returns why this contribution is illustrative, when no source states it: e.g. a party listed
   * only to show how its caveat applies. Reports show the mark beside the contribution. Empty when
   * the sources state the contribution.
   *
   * @return the reason it is illustrative, or empty
   */
  public abstract Optional<String> illustrative();
}
