package io.github.guarantees.atop;

import java.util.List;
import java.util.Locale;

/**
 * The world regions of the Correlates of War state numbering: each state's code falls in its
 * region's range. An imported alliance declares them as regions, and {@link
 * Assumption#LOCATION_HOME_REGION} places an attack in the region its two states share.
 */
enum Region {
  AMERICAS(2, 199, "the Americas"),
  EUROPE(200, 399, "Europe"),
  AFRICA(400, 626, "Africa"),
  MIDDLE_EAST(627, 699, "the Middle East"),
  ASIA_AND_OCEANIA(700, 999, "Asia and Oceania");

  private final int first;
  private final int last;
  private final String title;

  Region(int first, int last, String title) {
    this.first = first;
    this.last = last;
    this.title = title;
  }

  static Region of(int cowCode) {
    for (Region r : values()) {
      if (cowCode >= r.first && cowCode <= r.last) {
        return r;
      }
    }
    throw new IllegalArgumentException("no COW region holds state code " + cowCode);
  }

  /**
   * The regions a state's territory lies in: its region by code and, where {@link
   * Assumption#TRANSCONTINENTAL_STATES} is made, the second region of Russia (Asia) and of Turkey
   * (Europe).
   */
  static List<Region> allOf(int cowCode, boolean transcontinental) {
    Region home = of(cowCode);
    if (!transcontinental) {
      return List.of(home);
    }
    return switch (cowCode) {
      case 365 -> List.of(home, ASIA_AND_OCEANIA);
      case 640 -> List.of(home, EUROPE);
      default -> List.of(home);
    };
  }

  /** The region's id in an agreement, e.g. {@code asia-and-oceania}. */
  String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  String title() {
    return title;
  }
}
