package io.github.guarantees.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The checks return what they accept, at the very limits, and name the field when they refuse. */
class LimitsTest {
  @Test
  void aValueInRangeIsReturnedAsItIs() {
    Instant at = Instant.parse("2026-01-06T12:00:00Z");
    assertThat(Limits.checkInstant("asOf", at)).isSameAs(at);
    assertThat(Limits.checkInstant("asOf", Limits.EARLIEST)).isSameAs(Limits.EARLIEST);
    assertThat(Limits.checkInstant("asOf", Limits.LATEST)).isSameAs(Limits.LATEST);
    assertThat(Limits.checkEventInstant("at", Limits.LATEST_EVENT)).isSameAs(Limits.LATEST_EVENT);
    Duration d = Duration.ofHours(71);
    assertThat(Limits.checkDuration("within", d)).isSameAs(d);
    assertThat(Limits.checkDuration("within", Duration.ZERO)).isSameAs(Duration.ZERO);
    assertThat(Limits.checkDuration("within", Limits.LONGEST)).isSameAs(Limits.LONGEST);
  }

  @Test
  void aValueOutOfRangeIsRefusedNamingTheFieldAndTheRange() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Limits.checkInstant("asOf", Limits.LATEST.plusNanos(1)))
        .withMessage(
            "asOf: +10000-01-01T00:00:00Z is out of range; instants must lie from"
                + " 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Limits.checkEventInstant("at", Limits.EARLIEST.minusNanos(1)));
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Limits.checkDuration("within", Limits.LONGEST.plusNanos(1)))
        .withMessage(
            "within: PT8766000H0.000000001S is out of range; durations must lie from PT0S to"
                + " PT8766000H (365250 days)");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Limits.checkDuration("within", Duration.ofNanos(-1)));
  }
}
