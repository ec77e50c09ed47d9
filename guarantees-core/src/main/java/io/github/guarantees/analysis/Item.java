package io.github.guarantees.analysis;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing that has a status: a pledge (one evaluated pledge: a pledge owed once, or one instance
 * of a pledge owed to a set) or one party's contribution to it.
 *
 * @param pledge the evaluated pledge's id
 * @param party the contributing party, or empty for the pledge itself
 */
public record Item(String pledge, Optional<String> party) {
  /**
   * Checks the components.
   *
   * @param pledge the component of that name
   * @param party the component of that name
   * @throws NullPointerException if an argument is null
   */
  public Item {
    Objects.requireNonNull(pledge, "pledge");
    Objects.requireNonNull(party, "party");
  }

  /**
   * Returns a pledge.
   *
   * @param pledge the pledge's id, not null
   * @return the item
   * @throws NullPointerException if pledge is null
   */
  public static Item pledge(String pledge) {
    return new Item(pledge, Optional.empty());
  }

  /**
   * Returns a party's contribution to a pledge.
   *
   * @param pledge the pledge's id, not null
   * @param party the party's id, not null
   * @return the item
   * @throws NullPointerException if an argument is null
   */
  public static Item contribution(String pledge, String party) {
    Objects.requireNonNull(party, "party");
    return new Item(pledge, Optional.of(party));
  }

  @Override
  public String toString() {
    return party.map(p -> pledge + "/" + p).orElse(pledge);
  }
}
