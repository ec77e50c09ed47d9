package io.github.guarantees.atop;

/**
 * The world regions of the Correlates of War state numbering: each state's code falls in its
 * region's range. Used by {@link Assumption#LOCATION_HOME_REGION} to presume where a war is fought.
 */
enum Region {
  AMERICAS(2, 199),
  EUROPE(200, 399),
  AFRICA(400, 626),
  MIDDLE_EAST(627, 699),
  ASIA_AND_OCEANIA(700, 999);

  private final int first;
  private final int last;

  Region(int first, int last) {
    this.first = first;
    this.last = last;
  }

  static Region of(int cowCode) {
    for (Region r : values()) {
      if (cowCode >= r.first && cowCode <= r.last) {
        return r;
      }
    }
    throw new IllegalArgumentException("no COW region holds state code " + cowCode);
  }
}
