package io.github.guarantees.atop;

import com.google.common.collect.ImmutableSet;
import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.evaluation.Explanation;
import io.github.guarantees.evaluation.PledgeTimeline;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.evaluation.StatusChange;
import io.github.guarantees.evaluation.Timeline;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.scenario.Scenario;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides the casus foederis of an alliance–war pair with the library's own evaluator: the alliance
 * imported as an agreement, the war as a scenario, and the casus foederis met when, at some instant
 * of the war, a defence, offence or neutrality pledge of the alliance is {@link Status#ACTIVE} (or,
 * under {@link Assumption#NON_AGGRESSION_BREACH_IS_CASUS_FOEDERIS}, a non-aggression pledge is
 * {@link Status#VIOLATED}; under the negation of {@link
 * Assumption#CONSULTATION_NOT_CASUS_FOEDERIS}, a consultation pledge counts too).
 *
 * <pre>{@code
 * CasusFoederis casus = CasusFoederis.of(AtopData.load());
 * Decision d = casus.decide(atopId, warId).orElseThrow();
 * }</pre>
 *
 * <p>No alliance or war is treated specially: every decision comes from the import's rules, the
 * named assumptions and the evaluator. This class is thread-safe; it caches each alliance's
 * compiled agreement.
 */
public final class CasusFoederis {
  private final AtopData data;
  private final AllianceImporter importer;
  private final Map<Integer, Compiled> compiled = new ConcurrentHashMap<>();

  private CasusFoederis(AtopData data, AllianceImporter importer) {
    this.data = data;
    this.importer = importer;
  }

  private static final class Compiled {
    final ImportedAlliance imported;
    final Evaluator evaluator;

    Compiled(ImportedAlliance imported) {
      this.imported = imported;
      this.evaluator = Evaluator.compile(imported.agreement());
    }
  }

  /**
   * Decides with every assumption switched on.
   *
   * @param data the data, not null
   * @return the decider
   * @throws NullPointerException if data is null
   */
  public static CasusFoederis of(AtopData data) {
    return of(data, Assumption.all());
  }

  /**
   * Decides with the given assumptions switched on.
   *
   * @param data the data, not null
   * @param assumptions the assumptions, not null
   * @return the decider
   * @throws NullPointerException if an argument is null
   */
  public static CasusFoederis of(AtopData data, Set<Assumption> assumptions) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(assumptions, "assumptions");
    return new CasusFoederis(data, AllianceImporter.of(data, assumptions));
  }

  /**
   * Returns the imported alliance.
   *
   * @param atopId the ATOP id
   * @return the alliance, or empty if ATOP 4.01 has none with that id
   */
  public Optional<ImportedAlliance> alliance(int atopId) {
    return compiled(atopId).map(c -> c.imported);
  }

  /**
   * Returns the scenario of a war for an alliance.
   *
   * @param atopId the ATOP id
   * @param warId the war's number
   * @return the scenario, or empty if the alliance or the war is not in the data
   */
  public Optional<Scenario> scenario(int atopId, int warId) {
    Optional<Compiled> c = compiled(atopId);
    Optional<AtopData.War> war = data.war(warId);
    if (c.isEmpty() || war.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(WarScenarios.scenario(war.get(), c.get().imported));
  }

  /**
   * Decides one pair.
   *
   * @param atopId the ATOP id
   * @param warId the war's number
   * @return the decision, or empty if the alliance or the war is not in the data (the pair does not
   *     join)
   */
  public Optional<Decision> decide(int atopId, int warId) {
    Optional<Compiled> c = compiled(atopId);
    Optional<AtopData.War> war = data.war(warId);
    if (c.isEmpty() || war.isEmpty()) {
      return Optional.empty();
    }
    ImportedAlliance imported = c.get().imported;
    Evaluator evaluator = c.get().evaluator;
    Scenario scenario = WarScenarios.scenario(war.get(), imported);
    Timeline timeline = evaluator.timeline(scenario);
    Set<Assumption> on = importer.assumptions();
    String best = null;
    Instant bestAt = null;
    String closest = null;
    Instant closestAt = WarScenarios.day(war.get().end());
    boolean closestInPlay = false;
    List<Instant> fighting = new ArrayList<>();
    for (AtopData.Dyad d : war.get().dyads()) {
      fighting.add(WarScenarios.day(d.start()));
      fighting.add(WarScenarios.day(d.end()));
    }
    fighting.sort(Comparator.reverseOrder());
    for (PledgeTimeline pt : timeline.pledges()) {
      Optional<Status> counts = counted(pt.pledge(), on);
      if (counts.isEmpty()) {
        continue;
      }
      // The pledge that came closest: one in play on some day of fighting (explained on the last
      // such day), else the first by obligation.
      Optional<Instant> inPlay =
          fighting.stream().filter(t -> pt.statusAt(t) != Status.DORMANT).findFirst();
      boolean better =
          closest == null
              || (inPlay.isPresent() && !closestInPlay)
              || (inPlay.isPresent() == closestInPlay
                  && rank(pt.pledge()) < rank(imported.agreement().pledge(closest)));
      if (better) {
        closest = pt.id();
        closestInPlay = inPlay.isPresent();
        closestAt = inPlay.orElse(WarScenarios.day(war.get().end()));
      }
      Optional<Instant> first = first(pt, counts.get());
      if (first.isPresent() && (bestAt == null || first.get().isBefore(bestAt))) {
        best = pt.id();
        bestAt = first.get();
      }
    }
    if (best != null && bestAt != null) {
      return Optional.of(
          explained(atopId, warId, true, best, bestAt, evaluator, scenario, imported));
    }
    if (closest == null) {
      return Optional.of(
          new Decision(
              atopId,
              warId,
              false,
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              ImmutableSet.of()));
    }
    return Optional.of(
        explained(atopId, warId, false, closest, closestAt, evaluator, scenario, imported));
  }

  /** A decision with the evaluator's explanation of the deciding pledge at an instant. */
  private static Decision explained(
      int atopId,
      int warId,
      boolean met,
      String pledgeId,
      Instant at,
      Evaluator evaluator,
      Scenario scenario,
      ImportedAlliance imported) {
    Explanation e = evaluator.evaluate(scenario.asOf(at)).explain(pledgeId);
    return new Decision(
        atopId,
        warId,
        met,
        Optional.of(pledgeId),
        Optional.of(at),
        Optional.of(e.status()),
        Optional.of(e),
        imported.assumptions(pledgeId));
  }

  /** Defence first, then offence, neutrality, non-aggression, consultation. */
  private static int rank(Pledge pledge) {
    Obligation[] order = Obligation.values();
    for (int i = 0; i < order.length; i++) {
      if (pledge.tags().contains(order[i].tag())) {
        return i;
      }
    }
    return order.length;
  }

  /** The status that makes a pledge decide the casus foederis, or empty if it cannot decide. */
  private static Optional<Status> counted(Pledge pledge, Set<Assumption> on) {
    Set<String> tags = pledge.tags();
    if (tags.contains(Obligation.DEFENSE.tag())
        || tags.contains(Obligation.OFFENSE.tag())
        || tags.contains(Obligation.NEUTRALITY.tag())) {
      return Optional.of(Status.ACTIVE);
    }
    if (tags.contains(Obligation.NON_AGGRESSION.tag())
        && on.contains(Assumption.NON_AGGRESSION_BREACH_IS_CASUS_FOEDERIS)) {
      return Optional.of(Status.VIOLATED);
    }
    if (tags.contains(Obligation.CONSULTATION.tag())
        && !on.contains(Assumption.CONSULTATION_NOT_CASUS_FOEDERIS)) {
      return Optional.of(Status.ACTIVE);
    }
    return Optional.empty();
  }

  private static Optional<Instant> first(PledgeTimeline pt, Status status) {
    if (pt.initial() == status) {
      return Optional.of(Instant.MIN);
    }
    for (StatusChange c : pt.changes()) {
      if (c.to() == status) {
        return Optional.of(c.at());
      }
    }
    return Optional.empty();
  }

  private Optional<Compiled> compiled(int atopId) {
    Optional<AtopData.Alliance> a = data.alliance(atopId);
    if (a.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        compiled.computeIfAbsent(atopId, id -> new Compiled(importer.importAlliance(a.get()))));
  }
}
