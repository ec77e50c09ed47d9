package io.github.guarantees.atop;

import io.github.guarantees.model.Agreement;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A war as a {@link Scenario} for one imported alliance: the members' entries into and exits from
 * the alliance's phases, and the war's armed attacks with their actor, target, place and date.
 *
 * <p>For each dyad of the war (an initiator fighting a target from a first to a last day): an armed
 * attack on the first day, by the initiator against the target, placed in the world region both
 * states lie in (none if they lie in two); and the end of their fighting the day after the last. A
 * state the agreement does not name is left out of the event (an imported alliance names every
 * state of the data, so this does not happen with the shipped files). Exits take effect at the end
 * of the exit day. The scenario is as of the day after the war's last day of fighting.
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
      Region region = Region.of(d.initiator());
      if (region == Region.of(d.target())) {
        attack.place(region.id());
      }
      events.add(attack.build());
      events.add(
          dyad(Vocabulary.FIGHTING_ENDS, d, day(d.end().plusDays(1)), parties).note(note).build());
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

  /** The first instant of a day, UTC. */
  static Instant day(LocalDate date) {
    return date.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
