package io.github.guarantees.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.BindingForce;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Location;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.PledgeKind;
import java.util.Objects;
import java.util.Optional;

/**
 * Chooses pledges, and optionally their contributions, of an agreement: by kind, location, binding
 * force and id. An empty set places no constraint. A pledge owed to a set is chosen through each of
 * its instances ({@code id@party}); an id names a pledge as written ({@code collective-defence}) or
 * one instance ({@code collective-defence@FR}).
 *
 * <pre>{@code
 * Selector inUkraine = Selector.builder()
 *     .kinds(PledgeKind.FORCE_DEPLOYMENT, PledgeKind.MILITARY_HUB, PledgeKind.PROTECTED_FACILITY)
 *     .locations(Location.IN_BENEFICIARY, Location.IN_BENEFICIARY_AWAY_FROM_FRONT)
 *     .withContributions()
 *     .build();
 * }</pre>
 *
 * @param kinds the kinds chosen, or every kind if empty
 * @param locations the locations chosen, or every location if empty
 * @param atLeast the lowest binding force chosen (a contribution's own, else its pledge's)
 * @param ids the pledge ids chosen, or every pledge if empty
 * @param contributions whether each chosen pledge's contributions are chosen too
 */
public record Selector(
    ImmutableSet<PledgeKind> kinds,
    ImmutableSet<Location> locations,
    Optional<BindingForce> atLeast,
    ImmutableSet<String> ids,
    boolean contributions) {
  /**
   * Checks the components.
   *
   * @param kinds the component of that name
   * @param locations the component of that name
   * @param atLeast the component of that name
   * @param ids the component of that name
   * @param contributions the component of that name
   * @throws NullPointerException if an argument is null
   */
  public Selector {
    Objects.requireNonNull(kinds, "kinds");
    Objects.requireNonNull(locations, "locations");
    Objects.requireNonNull(atLeast, "atLeast");
    Objects.requireNonNull(ids, "ids");
  }

  /**
   * Returns a builder that chooses every pledge and no contribution.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a selector of the pledges with these ids (as written, or instances).
   *
   * @param ids the ids, not null
   * @return the selector
   * @throws NullPointerException if ids or one of them is null
   */
  public static Selector ids(String... ids) {
    Objects.requireNonNull(ids, "ids");
    return builder().ids(ids).build();
  }

  /**
   * Returns the items of an agreement this selector chooses, in the agreement's order: each chosen
   * pledge followed by its chosen contributions.
   *
   * @param agreement the agreement, not null
   * @return the items
   * @throws NullPointerException if agreement is null
   */
  public ImmutableList<Item> select(Agreement agreement) {
    Objects.requireNonNull(agreement, "agreement");
    ImmutableList.Builder<Item> out = ImmutableList.builder();
    for (Pledge p : agreement.instances()) {
      if (!chooses(p)) {
        continue;
      }
      if (atLeast.isEmpty() || p.bindingForce().isAtLeast(atLeast.get())) {
        out.add(Item.pledge(p.id()));
      }
      if (contributions) {
        for (Contribution c : p.contributions()) {
          BindingForce force = c.bindingForce().orElse(p.bindingForce());
          if (atLeast.isEmpty() || force.isAtLeast(atLeast.get())) {
            out.add(Item.contribution(p.id(), c.party()));
          }
        }
      }
    }
    return out.build();
  }

  private boolean chooses(Pledge p) {
    return (kinds.isEmpty() || kinds.contains(p.kind()))
        && (locations.isEmpty() || locations.contains(p.location()))
        && (ids.isEmpty() || ids.contains(p.id()) || ids.contains(p.baseId()));
  }

  /** Builds a {@link Selector}; every method throws {@link NullPointerException} if given null. */
  public static final class Builder {
    private final ImmutableSet.Builder<PledgeKind> kinds = ImmutableSet.builder();
    private final ImmutableSet.Builder<Location> locations = ImmutableSet.builder();
    private Optional<BindingForce> atLeast = Optional.empty();
    private final ImmutableSet.Builder<String> ids = ImmutableSet.builder();
    private boolean contributions;

    private Builder() {}

    /**
     * Adds kinds.
     *
     * @param kinds the kinds, not null
     * @return this builder
     * @throws NullPointerException if kinds or one of them is null
     */
    public Builder kinds(PledgeKind... kinds) {
      this.kinds.add(Objects.requireNonNull(kinds, "kinds"));
      return this;
    }

    /**
     * Adds locations.
     *
     * @param locations the locations, not null
     * @return this builder
     * @throws NullPointerException if locations or one of them is null
     */
    public Builder locations(Location... locations) {
      this.locations.add(Objects.requireNonNull(locations, "locations"));
      return this;
    }

    /**
     * Sets the lowest binding force.
     *
     * @param force the binding force, not null
     * @return this builder
     * @throws NullPointerException if force is null
     */
    public Builder atLeast(BindingForce force) {
      this.atLeast = Optional.of(Objects.requireNonNull(force, "force"));
      return this;
    }

    /**
     * Adds pledge ids.
     *
     * @param ids the ids, not null
     * @return this builder
     * @throws NullPointerException if ids or one of them is null
     */
    public Builder ids(String... ids) {
      this.ids.add(Objects.requireNonNull(ids, "ids"));
      return this;
    }

    /**
     * Chooses the chosen pledges' contributions too.
     *
     * @return this builder
     */
    public Builder withContributions() {
      this.contributions = true;
      return this;
    }

    /**
     * Builds the selector.
     *
     * @return the selector
     */
    public Selector build() {
      return new Selector(kinds.build(), locations.build(), atLeast, ids.build(), contributions);
    }
  }
}
