package io.github.guarantees.model;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A named region of the agreement's vocabulary of places, and the places it contains: other
 * regions, or parties' territories (a party's id stands for its territory). Containment is
 * transitive: a place in a region is in every region that contains it.
 *
 * <pre>{@code
 * Region europe = Region.of("europe", "Europe", "FR", "DE", "balkans");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Region {
  Region() {}

  /**
   * A region and the places it contains.
   *
   * @param id the region's id, not null
   * @param name the region's name, not null
   * @param contains the ids of the regions and parties it contains, none null
   * @return the region
   * @throws NullPointerException if an argument is null
   */
  public static Region of(String id, String name, String... contains) {
    return ImmutableRegion.builder()
        .id(Objects.requireNonNull(id, "id"))
        .name(Objects.requireNonNull(name, "name"))
        .addAllContains(Arrays.asList(Objects.requireNonNull(contains, "contains")))
        .build();
  }

  /**
   * Returns the region's id, distinct from every other region's and party's id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the region's name, e.g. "the North Atlantic area north of the Tropic of Cancer".
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the ids of the regions and party territories it contains directly.
   *
   * @return the ids
   */
  public abstract ImmutableSet<String> contains();

  @Value.Check
  final void check() {
    Ids.check("region", id());
    Ids.checkName("region '" + id() + "': name", name());
    contains().forEach(c -> Ids.check("region '" + id() + "': contains", c));
  }

  @Override
  public String toString() {
    return id();
  }
}
