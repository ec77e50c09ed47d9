package io.github.guarantees.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.condition.PartyPattern;
import org.junit.jupiter.api.Test;

/** Event patterns in words, as explanations print them: every kind of party pattern. */
class PatternTextTest {
  private static final Occurred ATTACK = Condition.occurred("armed-attack");

  @Test
  void eachPartyPatternReadsAsAParty() {
    assertThat(PatternText.of(ATTACK)).isEqualTo("armed-attack");
    assertThat(PatternText.of(Condition.occurred("armed-attack", "RU")))
        .isEqualTo("armed-attack by RU");
    assertThat(PatternText.of(ATTACK.by(PartyPattern.member())))
        .isEqualTo("armed-attack by a member");
    assertThat(PatternText.of(ATTACK.by(PartyPattern.nonMember())))
        .isEqualTo("armed-attack by a non-member");
    assertThat(PatternText.of(ATTACK.against(PartyPattern.hasRole("SECURITY_GUARANTOR"))))
        .isEqualTo("armed-attack against a security guarantor");
    assertThat(PatternText.of(ATTACK.against(PartyPattern.hasAttribute("NUCLEAR_POWER"))))
        .isEqualTo("armed-attack against a party with nuclear power");
    assertThat(PatternText.of(ATTACK.against(PartyPattern.owed())))
        .isEqualTo("armed-attack against the party owed");
    assertThat(PatternText.of(ATTACK.in("europe"))).isEqualTo("armed-attack in europe");
  }

  @Test
  void aNamedPartyWithConditionsReadsAsThatPartyWhileTheyHold() {
    assertThat(
            PatternText.of(
                ATTACK
                    .by(PartyPattern.named("RU"))
                    .against(PartyPattern.both(PartyPattern.named("FR"), PartyPattern.member()))
                    .in("europe")))
        .isEqualTo("armed-attack by RU against FR (while a member) in europe");
    assertThat(
            PatternText.of(
                ATTACK.against(
                    PartyPattern.both(
                        PartyPattern.member(), PartyPattern.hasAttribute("EU_MEMBER")))))
        .isEqualTo("armed-attack against a member and a party with eu member");
    assertThat(
            PatternText.of(
                ATTACK.against(
                    PartyPattern.both(PartyPattern.named("FR"), PartyPattern.named("DE")))))
        .isEqualTo("armed-attack against FR (while DE)");
    assertThat(PatternText.of(ATTACK.against(PartyPattern.both(PartyPattern.named("FR")))))
        .isEqualTo("armed-attack against FR");
  }
}
