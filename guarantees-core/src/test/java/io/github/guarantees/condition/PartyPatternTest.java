package io.github.guarantees.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Party patterns are written in the file format's words and read back to the same pattern. */
class PartyPatternTest {
  @Test
  void everyKindIsWrittenInTheFormatsWordsAndReadBackEqual() {
    List<PartyPattern> patterns =
        List.of(
            PartyPattern.named("FR"),
            PartyPattern.member(),
            PartyPattern.nonMember(),
            PartyPattern.owed(),
            PartyPattern.hasRole("guarantor"),
            PartyPattern.hasAttribute("NUCLEAR_POWER"),
            PartyPattern.both(PartyPattern.member(), PartyPattern.hasRole("guarantor")));
    List<String> texts =
        List.of(
            "FR",
            "@member",
            "@non-member",
            "@owed",
            "@role:guarantor",
            "@attribute:NUCLEAR_POWER",
            "@member&@role:guarantor");
    for (int i = 0; i < patterns.size(); i++) {
      assertThat(patterns.get(i).toString()).isEqualTo(texts.get(i));
      assertThat(PartyPattern.parse(texts.get(i))).isEqualTo(patterns.get(i));
    }
  }

  @Test
  void partsAreReadWithTheSpacesAroundThemIgnored() {
    assertThat(PartyPattern.parse(" @non-member & @owed & GB "))
        .isEqualTo(
            PartyPattern.both(
                PartyPattern.nonMember(), PartyPattern.owed(), PartyPattern.named("GB")));
  }

  @Test
  void whatIsNotAPatternIsRefusedNamingTheText() {
    for (String bad :
        List.of("", "@role:", "@attribute:", "@someone", "FR&", "two words", "@member&&FR")) {
      assertThatExceptionOfType(IllegalArgumentException.class)
          .as("'%s'", bad)
          .isThrownBy(() -> PartyPattern.parse(bad))
          .withMessage(
              "party pattern '"
                  + bad
                  + "': expected a party id, @member, @non-member, @owed, @role:<ROLE> or"
                  + " @attribute:<ATTRIBUTE>, several joined by &");
    }
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> PartyPattern.both())
        .withMessage("both(): give at least one party pattern");
  }
}
