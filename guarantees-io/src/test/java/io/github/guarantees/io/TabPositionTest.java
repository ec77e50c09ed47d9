package io.github.guarantees.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A tab used for indentation is reported at the tab, not at the end of the line before it. */
class TabPositionTest {
  @Test
  void aTabIsPlacedAtItsOwnLineAndColumn() {
    String text =
        "name: t\nasOf: 2026-06-01T00:00:00Z\nevents:\n\t- {at: 2026-04-01T00:00:00Z, trigger: a}\n";
    assertThatThrownBy(() -> FileFormat.readScenario("tab.yaml", text, Syntax.YAML))
        .isInstanceOfSatisfying(
            LoadException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.line()).isEqualTo(4);
                          assertThat(p.column()).isEqualTo(1);
                        }));
  }

  @Test
  void aTabAfterSpacesIsPlacedAtItsColumn() {
    String text =
        "name: t\nasOf: 2026-06-01T00:00:00Z\nevents:\n  \t- {at: 2026-04-01T00:00:00Z}\n";
    assertThatThrownBy(() -> FileFormat.readScenario("tab.yaml", text, Syntax.YAML))
        .isInstanceOfSatisfying(
            LoadException.class,
            e -> {
              FileProblem p = e.problems().get(0);
              assertThat(p.line()).isEqualTo(4);
              assertThat(p.column()).isEqualTo(3);
            });
  }
}
