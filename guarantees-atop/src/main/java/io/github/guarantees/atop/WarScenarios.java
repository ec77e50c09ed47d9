package io.github.guarantees.atop;

import io.github.guarantees.model.Agreement;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A war as a {@link Scenario} for one imported alliance: the members' entries into and exits from
 * the alliance's phases, and the war's armed attacks with their actor, target, place and date.
 *
 * <p>For each dyad of the war (an initiator fighting a target from a first to a last day): an armed
 * attack on the first day, by the initiator against the target, placed in the world region both
 * states lie in (none if they lie in two; see {@link Assumption#TRANSCONTINENTAL_STATES}); the
 * fighting going on, on the day either of the two enters a phase of the alliance after the first
 * day and no later than the last; and the end of their fighting the day after the last. For each
 * state, the end of its attacks (as initiator) and of the attacks on it (as target) the day after
 * each span of days in which some dyad of it in that role is fought: a state at war with two others
 * is still at war when one of the two stops. A state the agreement does not name is left out of the
 * event (an imported alliance names every state of the data, so this does not happen with the
 * shipped files). Exits take effect at the end of the exit day. The scenario is as of the day after
 * the war's last day of fighting.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class WarScenarios {
  private WarScenarios() {}

  /**
   * Builds the scenario of a war for an imported alliance.
   *
   * @param war the war, not null
   * @param alliance the imported alliance, not null
   * @return the scenario
   * @throws NullPointerException if an argument is null
   */
  public static Scenario scenario(AtopData.War war, ImportedAlliance alliance) {
    Objects.requireNonNull(war, "war");
    Objects.requireNonNull(alliance, "alliance");
    Agreement agreement = alliance.agreement();
    Set<String> parties = agreement.parties().keySet();
    boolean transcontinental = alliance.switchedOn().contains(Assumption.TRANSCONTINENTAL_STATES);
    List<Event> events = new ArrayList<>();
    for (AtopData.MemberPhase p : alliance.alliance().phases()) {
      events.add(
          Event.builder()
              .trigger(Vocabulary.enters(p.member(), p.sequence()))
              .at(day(p.entry()))
              .note("ATOP " + p.where())
              .build());
      p.exit()
          .ifPresent(
              exit ->
                  events.add(
                      Event.builder()
                          .trigger(Vocabulary.exits(p.member(), p.sequence()))
                          .at(day(exit.plusDays(1)))
                          .note("ATOP " + p.where())
                          .build()));
    }
    for (AtopData.Dyad d : war.dyads()) {
      String note = d.initiatorName() + " against " + d.targetName() + " (" + d.where() + ")";
      Event.Builder attack = dyad(Vocabulary.ARMED_ATTACK, d, day(d.start()), parties).note(note);
      Region.allOf(d.initiator(), transcontinental).stream()
          .filter(Region.allOf(d.target(), transcontinental)::contains)
          .findFirst()
          .ifPresent(region -> attack.place(region.id()));
      events.add(attack.build());
      // An attack still being waged when its initiator or its target enters the alliance.
      for (AtopData.MemberPhase p : alliance.alliance().phases()) {
        if ((p.member() == d.initiator() || p.member() == d.target())
            && p.entry().isAfter(d.start())
            && !p.entry().isAfter(d.end())) {
          events.add(
              dyad(Vocabulary.FIGHTING_CONTINUES, d, day(p.entry()), parties)
                  .note(note + ", still fought when " + p.member() + " enters")
                  .build());
        }
      }
      events.add(
          dyad(Vocabulary.FIGHTING_ENDS, d, day(d.end().plusDays(1)), parties).note(note).build());
    }
    // Each state's spans of fighting as initiator, and as target: its fighting in that role ends
    // only when none of its dyads in that role goes on.
    for (boolean actor : List.of(true, false)) {
      Map<Integer, List<AtopData.Dyad>> byState = new TreeMap<>();
      for (AtopData.Dyad d : war.dyads()) {
        byState.computeIfAbsent(actor ? d.initiator() : d.target(), k -> new ArrayList<>()).add(d);
      }
      byState.forEach(
          (state, ds) -> {
            for (LocalDate last : spanEnds(ds)) {
              events.add(roleEnds(state, actor, last, parties));
            }
          });
    }
    return Scenario.builder()
        .name("war " + war.id() + ": " + war.name())
        .narrative(war.name() + ", " + war.start() + " to " + war.end() + ", for " + agreement.id())
        .addAllEvents(events)
        .asOf(day(war.end().plusDays(1)))
        .build();
  }

  private static Event.Builder dyad(
      String trigger, AtopData.Dyad d, Instant at, Set<String> parties) {
    Event.Builder e = Event.builder().trigger(trigger).at(at);
    String actor = Vocabulary.party(d.initiator());
    String target = Vocabulary.party(d.target());
    if (parties.contains(actor)) {
      e.party(actor);
    }
    if (parties.contains(target)) {
      e.target(target);
    }
    return e;
  }

  /** The last day of each span of days that the dyads' fighting covers without a break. */
  private static List<LocalDate> spanEnds(List<AtopData.Dyad> dyads) {
    List<AtopData.Dyad> sorted = new ArrayList<>(dyads);
    sorted.sort(Comparator.comparing(AtopData.Dyad::start));
    List<LocalDate> ends = new ArrayList<>();
    LocalDate end = null;
    for (AtopData.Dyad d : sorted) {
      if (end != null && d.start().isAfter(end.plusDays(1))) {
        ends.add(end);
        end = null;
      }
      end = end == null || d.end().isAfter(end) ? d.end() : end;
    }
    if (end != null) {
      ends.add(end);
    }
    return ends;
  }

  /** The end of a state's attacks (as actor) or of the attacks on it (as target). */
  private static Event roleEnds(int state, boolean actor, LocalDate lastDay, Set<String> parties) {
    Event.Builder e =
        Event.builder()
            .trigger(actor ? Vocabulary.ATTACKS_END : Vocabulary.ATTACKED_END)
            .at(day(lastDay.plusDays(1)))
            .note((actor ? "no attack by " : "no attack on ") + state + " goes on");
    String party = Vocabulary.party(state);
    if (parties.contains(party)) {
      if (actor) {
        e.party(party);
      } else {
        e.target(party);
      }
    }
    return e.build();
  }

  /** The first instant of a day, UTC. */
  static Instant day(LocalDate date) {
    return date.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
