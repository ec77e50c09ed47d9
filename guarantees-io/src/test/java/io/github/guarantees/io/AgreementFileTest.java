package io.github.guarantees.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgreementFileTest {
  /** BASE with a caveat of France's that forbids the one contribution: a warning, not an error. */
  static final String BLOCKED =
      BadInputTest.replace(
          BadInputTest.BASE,
          "{id: fr, name: France, roles: [signatory]}",
          "{id: fr, name: France, roles: [signatory], caveats: [{id: c, description: No,"
              + " kinds: [force-deployment]}]}");

  @Test
  void warningsArePlacedAtTheElementTheyName() {
    AgreementFile file = FileFormat.readAgreementFile("a.yaml", BLOCKED, Syntax.YAML);
    assertThat(file.agreement().warnings()).hasSize(1);
    assertThat(file.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.file()).isEqualTo("a.yaml");
              assertThat(w.line()).isEqualTo(10);
              assertThat(w.column()).isEqualTo(9);
              assertThat(w.path()).isEqualTo("pledges[0].id");
              assertThat(w.message()).startsWith("pledge 'force': a caveat forbids");
            });
  }

  @Test
  void anAgreementWithoutAFileHasItsWarningsUnplaced() {
    AgreementFile file =
        AgreementFile.unplaced(
            "builtin:t", FileFormat.readAgreement("a.yaml", BLOCKED, Syntax.YAML));
    assertThat(file.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.file()).isEqualTo("builtin:t");
              assertThat(w.line()).isZero();
              assertThat(w.message()).startsWith("pledge 'force': a caveat forbids");
            });
  }

  @Test
  void anAgreementWithoutWarningsHasNone() {
    assertThat(FileFormat.readAgreementFile("a.yaml", BadInputTest.BASE, Syntax.YAML).warnings())
        .isEmpty();
  }
}
