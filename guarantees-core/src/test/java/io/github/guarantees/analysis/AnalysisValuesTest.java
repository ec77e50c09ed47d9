package io.github.guarantees.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.Occurred;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The values an analysis is asked with: a budget of 0 to 8 events, each letter 1 to n times; a
 * response window that is not negative; items written as pledge or pledge/party.
 */
class AnalysisValuesTest {
  @Test
  void theLimitsOfABudgetAreAcceptedAndOneBeyondRefused() {
    assertThat(new Budget(0, 1).maxEvents()).isZero();
    assertThat(new Budget(8, 8).maxRepeats()).isEqualTo(8);
    assertThat(new Budget(3, 1).maxRepeats()).isEqualTo(1);
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> new Budget(-1, 1))
        .withMessage("maxEvents must be 0 to 8: -1");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> new Budget(9, 1))
        .withMessage("maxEvents must be 0 to 8: 9");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> new Budget(3, 0))
        .withMessage("maxRepeats must be 1 to maxEvents: 0");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> new Budget(3, 4))
        .withMessage("maxRepeats must be 1 to maxEvents: 4");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> new Budget(0, 2))
        .withMessage("maxRepeats must be 1 to maxEvents: 2");
    assertThat(Budget.DEFAULT).isEqualTo(new Budget(4, 2));
  }

  @Test
  void aResponseWindowMayBeZeroButNotNegative() {
    Occurred attack = Condition.occurred("attack");
    Selector all = Selector.builder().build();
    assertThat(new Property.RespondsWithin(attack, Optional.empty(), all, Duration.ZERO).within())
        .isEqualTo(Duration.ZERO);
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(
            () -> new Property.RespondsWithin(attack, Optional.empty(), all, Duration.ofNanos(-1)))
        .withMessage("within must not be negative: PT-0.000000001S");
  }

  @Test
  void anItemIsWrittenAsPledgeOrPledgeSlashParty() {
    assertThat(Item.pledge("force").toString()).isEqualTo("force");
    assertThat(Item.contribution("force", "FR").toString()).isEqualTo("force/FR");
    assertThat(new Property.CanFire(Item.pledge("force")).after()).isEmpty();
  }
}
