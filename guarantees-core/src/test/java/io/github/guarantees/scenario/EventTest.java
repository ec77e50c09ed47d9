package io.github.guarantees.scenario;

import static io.github.guarantees.Fixtures.h;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;

/** An event's ids are checked field by field, and a scenario splits its events at the as-of. */
class EventTest {
  private static final String RULE =
      "an id starts with a letter or digit, holds only letters, digits, '.', '_' and '-', and is at"
          + " most 100 characters long";

  @Test
  void eachIdOfAnEventIsCheckedAndNamedInTheMessage() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Event.of("cease fire", h(1)))
        .withMessage("event at 2026-01-01T01:00:00Z: trigger 'cease fire': " + RULE);
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Event.of(" ", h(1)))
        .withMessage("event at 2026-01-01T01:00:00Z: the trigger id is blank");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Event.of("attack", " ", h(1)))
        .withMessage(
            "event attack at 2026-01-01T01:00:00Z: the party id is blank; leave the party out"
                + " instead");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Event.of("attack", "R U", h(1)))
        .withMessage("event attack at 2026-01-01T01:00:00Z: party 'R U': " + RULE);
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Event.builder().trigger("attack").target("-UA").at(h(1)).build())
        .withMessage("event attack at 2026-01-01T01:00:00Z: target '-UA': " + RULE);
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Event.builder().trigger("attack").place("U/A").at(h(1)).build())
        .withMessage("event attack at 2026-01-01T01:00:00Z: place 'U/A': " + RULE);
  }

  @Test
  void anEventIsWrittenWithEachFieldItHas() {
    Event full =
        Event.builder().trigger("attack").party("RU").target("UA").place("UA").at(h(1)).build();
    assertThat(full.toString()).isEqualTo("attack by RU against UA in UA @ 2026-01-01T01:00:00Z");
    assertThat(full.actor()).hasValue("RU");
    assertThat(Event.of("attack", h(1)).toString()).isEqualTo("attack @ 2026-01-01T01:00:00Z");
    assertThat(Event.of("attack", h(1)).actor()).isEmpty();
  }

  @Test
  void anEventExactlyAtTheAsOfInstantCountsAndOneAfterItIsIgnored() {
    Scenario s =
        Scenario.builder()
            .name("s")
            .addEvent("b", h(2))
            .addEvent("a", h(1))
            .addEvent("c", h(3))
            .asOf(h(2))
            .build();
    assertThat(s.eventsAsOf()).extracting(Event::trigger).containsExactly("a", "b");
    assertThat(s.eventsAfterAsOf()).extracting(Event::trigger).containsExactly("c");
    assertThat(s.toString()).isEqualTo("Scenario{s, 3 events, as of 2026-01-01T02:00:00Z}");
  }
}
