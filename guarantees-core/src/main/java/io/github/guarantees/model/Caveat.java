package io.github.guarantees.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A party's standing limit on what it will contribute, e.g. Italy's "no ground troops in Ukraine".
 * It forbids a contribution whose pledge matches every dimension it restricts: an empty dimension
 * matches anything.
 *
 * <pre>{@code
 * Caveat noGroundTroops = Caveat.builder()
 *     .id("no-ground-troops")
 *     .description("No Italian troops on Ukrainian territory")
 *     .addKinds(PledgeKind.FORCE_DEPLOYMENT)
 *     .addDomains(Domain.LAND)
 *     .addLocations(Location.IN_BENEFICIARY, Location.IN_BENEFICIARY_AWAY_FROM_FRONT)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Caveat {
  Caveat() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Caveat}.
   *
   * <ul>
   *   <li>{@code id} (required): the caveat's id;
   *   <li>{@code description} (required): what it rules out;
   *   <li>{@code kinds} (empty (every kind)): the pledge kinds it rules out;
   *   <li>{@code domains} (empty (every domain)): the domains it rules out;
   *   <li>{@code locations} (empty (every location)): the locations it rules out;
   *   <li>{@code source} (optional): where the caveat is stated.
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
  public static final class Builder extends ImmutableCaveat.Builder {
    Builder() {}
  }

  /**
   * Returns the caveat's id, unique within its party.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the caveat in words.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * Returns the pledge kinds it forbids; empty means every kind.
   *
   * @return the kinds
   */
  public abstract ImmutableSet<PledgeKind> kinds();

  /**
   * Returns the domains it forbids; empty means every domain.
   *
   * @return the domains
   */
  public abstract ImmutableSet<Domain> domains();

  /**
   * Returns the locations it forbids; empty means every location.
   *
   * @return the locations
   */
  public abstract ImmutableSet<Location> locations();

  /**
   * Returns where the caveat was stated.
   *
   * @return the source, or empty
   */
  public abstract Optional<Source> source();

  /**
   * Returns whether this caveat forbids a contribution of the given kind, domains and location.
   *
   * @param kind the pledge kind
   * @param contributionDomains the domains the contribution covers
   * @param location the pledge location
   * @return true if forbidden
   * @throws NullPointerException if an argument is null
   */
  public final boolean forbids(
      PledgeKind kind, Set<Domain> contributionDomains, Location location) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(contributionDomains, "contributionDomains");
    Objects.requireNonNull(location, "location");
    boolean kindMatches = kinds().isEmpty() || kinds().contains(kind);
    boolean locationMatches = locations().isEmpty() || locations().contains(location);
    boolean domainMatches =
        domains().isEmpty() || contributionDomains.stream().anyMatch(domains()::contains);
    return kindMatches && locationMatches && domainMatches;
  }

  @Value.Check
  final void check() {
    Ids.check("caveat", id());
    checkArgument(
        !kinds().isEmpty() || !domains().isEmpty() || !locations().isEmpty(),
        "caveat '%s': restrict at least one of kinds, domains or locations",
        id());
  }
}
