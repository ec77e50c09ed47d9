package io.github.guarantees.condition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Every kind of condition is written in the words of the file format, each part in its place. */
class ConditionTextTest {
  private static final Occurred A = Condition.occurred("a");
  private static final Occurred B = Condition.occurred("b");

  @Test
  void everyKindIsWrittenWithItsOperandsInOrder() {
    assertThat(Condition.always().toString()).isEqualTo("always");
    assertThat(Condition.not(A).toString()).isEqualTo("not(occurred(a))");
    assertThat(Condition.atLeast(2, A, B, Condition.occurred("c")).toString())
        .isEqualTo("atLeast(2, occurred(a), occurred(b), occurred(c))");
    assertThat(Condition.inForce(A, B).toString()).isEqualTo("inForce(a, revokedBy b)");
    assertThat(Condition.after(A, B).toString()).isEqualTo("after(a, b)");
    assertThat(Condition.within(A, Duration.ofMinutes(90), B).toString())
        .isEqualTo("within(a, 1h30m, b)");
    assertThat(Condition.atLeastParties(2, A, EventRole.TARGET).toString())
        .isEqualTo("atLeastParties(2, a, target)");
  }

  @Test
  void aConditionOnAStatusNamesTheStandingThePledgeAndTheParty() {
    assertThat(Condition.active("mission").toString()).isEqualTo("active(mission)");
    assertThat(Condition.statusIs("aid", "FR", Standing.VIOLATED).toString())
        .isEqualTo("violated(aid, FR)");
  }

  @Test
  void aPatternNamesItsActorTargetAndPlace() {
    Occurred attack =
        Condition.occurred("attack")
            .by(PartyPattern.named("X"))
            .against(PartyPattern.member())
            .in("treaty-area");
    assertThat(attack.toString()).isEqualTo("occurred(attack by X against @member in treaty-area)");
    assertThat(Condition.after(attack, B).toString())
        .isEqualTo("after(attack by X against @member in treaty-area, b)");
    assertThat(Condition.occurred("request", "UA").toString()).isEqualTo("occurred(request by UA)");
  }
}
