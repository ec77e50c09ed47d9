package io.github.guarantees.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A state or organisation that signs, supports, benefits from or is named by an agreement, with its
 * standing attributes and caveats.
 *
 * <pre>{@code
 * Party italy = Party.builder()
 *     .id("IT").name("Italy")
 *     .addAttributes(PartyAttribute.NATO_MEMBER, PartyAttribute.EU_MEMBER)
 *     .addCaveats(noGroundTroops)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Party {
  Party() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Party}.
   *
   * <ul>
   *   <li>{@code id} (required): the party's id;
   *   <li>{@code name} (required): its name;
   *   <li>{@code kind} ({@link PartyKind#STATE}): what kind of party it is;
   *   <li>{@code attributes} (empty): standing attributes that party patterns can select;
   *   <li>{@code caveats} (empty): the party's national caveats.
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
  public static final class Builder extends ImmutableParty.Builder {
    Builder() {}
  }

  /**
   * Returns the party's id, unique within an agreement (e.g. an ISO country code).
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the party's name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns whether the party is a state or an organisation; {@link PartyKind#STATE} unless set.
   *
   * @return the kind
   */
  @Value.Default
  public PartyKind kind() {
    return PartyKind.STATE;
  }

  /**
   * Returns the party's standing attributes.
   *
   * @return the attributes
   */
  public abstract ImmutableSet<PartyAttribute> attributes();

  /**
   * Returns the party's standing caveats.
   *
   * @return the caveats, each with a distinct id
   */
  public abstract ImmutableList<Caveat> caveats();

  /**
   * Returns whether the party has the attribute.
   *
   * @param attribute the attribute
   * @return true if it has it
   * @throws NullPointerException if attribute is null
   */
  public final boolean is(PartyAttribute attribute) {
    Objects.requireNonNull(attribute, "attribute");
    return attributes().contains(attribute);
  }

  @Value.Check
  final void check() {
    Ids.check("party", id());
    Ids.checkName("party '" + id() + "': name", name());
    Set<String> seen = new HashSet<>();
    for (Caveat c : caveats()) {
      checkArgument(seen.add(c.id()), "party '%s': duplicate caveat id '%s'", id(), c.id());
    }
  }

  @Override
  public String toString() {
    return name() + " (" + id() + ")";
  }
}
