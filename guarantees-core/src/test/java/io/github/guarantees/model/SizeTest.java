package io.github.guarantees.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** Sizes: what each factory records, which sizes are refused and why, and how a size is written. */
class SizeTest {
  @Test
  void eachFactoryRecordsItsPartsAndNothingElse() {
    Size troops = Size.troops(25_000);
    assertThat(troops.troops()).contains(25_000L);
    assertThat(troops.amount()).isEmpty();
    assertThat(troops.description()).isEmpty();
    assertThat(troops.approximate()).isFalse();

    Size money = Size.money(new BigDecimal("3.5"), "EUR");
    assertThat(money.amount()).contains(new BigDecimal("3.5"));
    assertThat(money.currency()).contains("EUR");
    assertThat(money.troops()).isEmpty();
    assertThat(money.approximate()).isFalse();

    Size words = Size.approximately("thousands of soldiers");
    assertThat(words.description()).contains("thousands of soldiers");
    assertThat(words.approximate()).isTrue();
    assertThat(words.troops()).isEmpty();
  }

  @Test
  void aSizeIsWrittenWithEveryPartInAFixedOrder() {
    assertThat(Size.troops(1).toString()).isEqualTo("1 troops");
    assertThat(Size.money(new BigDecimal("1E+3"), "USD").toString()).isEqualTo("USD 1000");
    assertThat(Size.approximately("a brigade").toString()).isEqualTo("a brigade [approximate]");
    Size all =
        Size.builder()
            .troops(5_000)
            .amount(new BigDecimal("40"))
            .currency("GBP")
            .over(Period.ofYears(3))
            .description("the UK's share")
            .build();
    assertThat(all.toString()).isEqualTo("5000 troops, GBP 40 over P3Y (the UK's share)");
    assertThat(Size.builder().amount(BigDecimal.ONE).currency("EUR").build().toString())
        .as("money alone has no separator before it")
        .isEqualTo("EUR 1");
  }

  @Test
  void aSizeNeedsAPositiveQuantityOrWords() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Size.builder().over(Period.ofYears(1)).build())
        .withMessage("size: give troops, an amount or a description");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Size.troops(0))
        .withMessage("size: troops must be positive");
    assertThat(Size.troops(1).troops()).contains(1L);
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Size.money(BigDecimal.ZERO, "EUR"))
        .withMessage("size: the amount must be positive");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Size.money(new BigDecimal("-1"), "EUR"))
        .withMessage("size: the amount must be positive");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Size.builder().amount(BigDecimal.TEN).build())
        .withMessage("size: an amount needs a currency and a currency needs an amount");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Size.builder().troops(3).currency("EUR").build())
        .withMessage("size: an amount needs a currency and a currency needs an amount");
  }
}
