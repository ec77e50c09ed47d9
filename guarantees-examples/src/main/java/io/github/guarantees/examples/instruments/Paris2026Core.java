package io.github.guarantees.examples.instruments;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.guarantees.examples.Paris2026;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Pledge;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Paris declaration of 6 January 2026 as the comparison shows it: the pledges of {@link
 * Paris2026} that answer the comparison's questions (monitoring, the multinational force, the
 * commitments for a future Russian attack, rapid resupply from stockpiles), with the same triggers,
 * parties, sources and binding forces. The title names the components these pledges come from, read
 * from their tags. The full agreement is {@link Paris2026#agreement()}.
 */
public final class Paris2026Core {
  /** The instrument's id. */
  public static final String ID = "paris-2026-core";

  private static final ImmutableSet<String> SHOWN =
      ImmutableSet.of(
          Paris2026.CEASEFIRE_MONITORING,
          Paris2026.MULTINATIONAL_FORCE,
          Paris2026.ATTACK_MILITARY,
          Paris2026.ATTACK_SANCTIONS,
          Paris2026.STOCKPILE_RESUPPLY);

  private Paris2026Core() {}

  /**
   * Returns the focused view of the Paris declaration.
   *
   * @return the agreement
   */
  public static Agreement agreement() {
    Agreement paris = Paris2026.agreement();
    ImmutableList<Pledge> shown =
        paris.pledges().stream()
            .filter(p -> SHOWN.contains(p.id()))
            .collect(ImmutableList.toImmutableList());
    return Agreement.builder()
        .from(paris)
        .id(ID)
        .title(
            "Paris Declaration 2026 (selected pledges of components "
                + components(shown)
                + "; political)")
        .pledges(shown)
        .build();
  }

  /** The component numbers the pledges are tagged with, e.g. {@code 1, 2, 3, 4}. */
  private static String components(List<Pledge> pledges) {
    return pledges.stream()
        .flatMap(p -> p.tags().stream())
        .filter(t -> t.startsWith(COMPONENT))
        .map(t -> t.substring(COMPONENT.length()))
        .distinct()
        .sorted()
        .collect(Collectors.joining(", "));
  }

  private static final String COMPONENT = "component-";
}
