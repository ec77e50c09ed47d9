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
 * A war as a {@link Scenario} in the vocabulary of one imported alliance: the members' entries into
 * and exits from the alliance, and the war's attacks as events with their date and parties.
 *
 * <p>For each dyad of the war (an initiator fighting a target from a first to a last day): if the
 * target is a member, "the member is attacked" on the first day, by the initiator; if the initiator
 * is a member, "the member attacks" on the first day, the target; the same with {@code -home} when
 * both states lie in one world region; and "the member stops fighting" that state the day after the
 * last. An event's party is the other state when the agreement names it; a state the agreement does
 * not name is left out of the event, which then stands for "some state". Exits take effect at the
 * end of the exit day. The scenario is as of the day after the war's last day of fighting.
 *
 * <p>Until events carry an actor and a target, the target (or the initiator) is part of the
 * trigger's id and the event's one party is the other side.
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
    Set<Integer> members = alliance.alliance().memberCodes();
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
      boolean home = Region.of(d.initiator()) == Region.of(d.target());
      String note = d.initiatorName() + " against " + d.targetName() + " (" + d.where() + ")";
      if (members.contains(d.target())) {
        add(events, Vocabulary.attacked(d.target()), d.initiator(), d.start(), parties, note);
        if (home) {
          add(events, Vocabulary.attackedHome(d.target()), d.initiator(), d.start(), parties, note);
        }
        add(
            events,
            Vocabulary.peace(d.target()),
            d.initiator(),
            d.end().plusDays(1),
            parties,
            note);
      }
      if (members.contains(d.initiator())) {
        add(events, Vocabulary.attacks(d.initiator()), d.target(), d.start(), parties, note);
        if (home) {
          add(events, Vocabulary.attacksHome(d.initiator()), d.target(), d.start(), parties, note);
        }
        add(
            events,
            Vocabulary.peace(d.initiator()),
            d.target(),
            d.end().plusDays(1),
            parties,
            note);
      }
    }
    return Scenario.builder()
        .name("war " + war.id() + ": " + war.name())
        .narrative(
            war.name()
                + ", "
                + war.start()
                + " to "
                + war.end()
                + ", in the vocabulary of "
                + agreement.id())
        .addAllEvents(events)
        .asOf(day(war.end().plusDays(1)))
        .build();
  }

  private static void add(
      List<Event> events,
      String trigger,
      int other,
      LocalDate on,
      Set<String> parties,
      String note) {
    Event.Builder e = Event.builder().trigger(trigger).at(day(on)).note(note);
    String party = Vocabulary.party(other);
    if (parties.contains(party)) {
      e.party(party);
    }
    events.add(e.build());
  }

  /** The first instant of a day, UTC. */
  static Instant day(LocalDate date) {
    return date.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
