package io.github.guarantees.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SiteTest {

  @Test
  void eachKindCarriesItsOwnParts() {
    Site c = Site.contribution("force", "UK", "condition");
    assertThat(c.kind()).isEqualTo(Site.Kind.CONTRIBUTION);
    assertThat(c.id()).isEqualTo("force");
    assertThat(c.party()).hasValue("UK");
    assertThat(c.event()).isEmpty();
    assertThat(c.field()).isEqualTo("condition");

    Site e = Site.event(3, "trigger");
    assertThat(e.kind()).isEqualTo(Site.Kind.EVENT);
    assertThat(e.event()).hasValue(3);
    assertThat(e.party()).isEmpty();
    assertThat(e.atEvent(7)).isEqualTo(Site.event(7, "trigger"));
  }

  @Test
  void rendersAsErrorMessagesNameTheElement() {
    assertThat(Site.agreement("paris", "title")).hasToString("agreement 'paris' title");
    assertThat(Site.party("FR")).hasToString("party 'FR'");
    assertThat(Site.trigger("ceasefire")).hasToString("trigger 'ceasefire'");
    assertThat(Site.pledge("force", "")).hasToString("pledge 'force'");
    assertThat(Site.pledge("force", "activation")).hasToString("pledge 'force' activation");
    assertThat(Site.contribution("force", "UK", ""))
        .hasToString("pledge 'force' contribution 'UK'");
    assertThat(Site.scenario("war", "name")).hasToString("scenario 'war' name");
    assertThat(Site.event(3, "")).hasToString("events[3]");
    assertThat(Site.event(3, "party")).hasToString("events[3].party");
    assertThat(new Problem(Site.event(0, "party"), "no party 'XX'").where())
        .isEqualTo("events[0].party");
  }

  @Test
  void aLongIdIsShortenedInTheText() {
    String id = "a".repeat(500);
    assertThat(Site.pledge(id, "").toString()).hasSizeLessThan(100).startsWith("pledge 'aaa");
    assertThat(Site.pledge(id, "").id()).isEqualTo(id);
  }

  @Test
  void partsThatDoNotBelongToTheKindAreRefused() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(
            () -> new Site(Site.Kind.PLEDGE, "p", Optional.of("UK"), OptionalInt.empty(), "title"))
        .withMessageContaining("party")
        .withMessageContaining("PLEDGE");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(
            () -> new Site(Site.Kind.CONTRIBUTION, "p", Optional.empty(), OptionalInt.empty(), ""))
        .withMessageContaining("CONTRIBUTION");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> new Site(Site.Kind.PARTY, "p", Optional.empty(), OptionalInt.of(1), ""))
        .withMessageContaining("event position");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Site.event(-1, "trigger"))
        .withMessageContaining("not negative");
    assertThatExceptionOfType(IllegalStateException.class)
        .isThrownBy(() -> Site.party("FR").atEvent(2))
        .withMessageContaining("party 'FR'");
  }
}
