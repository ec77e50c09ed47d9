package io.github.guarantees.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resolving builtin: names through the catalogues on the class path, and relative paths. */
class ReferencesTest {
  @Test
  void builtinNamesComeFromTheCataloguesOnTheClassPath() {
    assertThat(References.builtinAgreements()).containsExactly("example");
    assertThat(References.builtinScenarios()).containsExactly("example/request");
    assertThat(References.agreement("builtin:example", (Path) null).id()).isEqualTo("example");
    ScenarioFile f = References.scenario("builtin:example/request");
    assertThat(f.source()).isEqualTo("builtin:example/request");
    URL url = Objects.requireNonNull(getClass().getResource("example-scenario.yaml"));
    assertThat(References.agreementOf(f, url).id()).isEqualTo("example");
  }

  @Test
  void aMistypedBuiltinNameSuggestsTheOneMeant() {
    assertThatThrownBy(() -> References.agreement("builtin:exampel", (Path) null))
        .isInstanceOfSatisfying(
            LoadException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .extracting(FileProblem::message)
                    .asString()
                    .contains("'exampel'", "'example'"));
    assertThatThrownBy(() -> References.scenario("builtin:example/requets"))
        .isInstanceOfSatisfying(
            LoadException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .extracting(FileProblem::file, FileProblem::message)
                    .satisfies(
                        parts -> {
                          assertThat(parts.get(0)).isEqualTo("builtin:example/requets");
                          assertThat(parts.get(1).toString()).contains("'example/request'");
                        }));
  }

  @Test
  void aRelativeAgreementIsFoundBesideTheScenarioFile(@TempDir Path dir) throws IOException {
    Path sub = Files.createDirectories(dir.resolve("scenarios"));
    Files.writeString(
        dir.resolve("agreement.yaml"),
        Fixtures.resource("example-agreement.yaml"),
        StandardCharsets.UTF_8);
    Path scenario = sub.resolve("s.yaml");
    Files.writeString(
        scenario,
        Fixtures.resource("example-scenario.yaml")
            .replace("agreement: example-agreement.yaml", "agreement: ../agreement.yaml"),
        StandardCharsets.UTF_8);
    ScenarioFile f = References.scenario(scenario.toString());
    assertThat(References.agreementOf(f, scenario).id()).isEqualTo("example");
    assertThat(f.check(References.agreementOf(f, scenario))).isEmpty();
    URL url = scenario.toUri().toURL();
    ScenarioFile g = References.scenario("s.yaml", url);
    assertThat(References.agreementOf(g, url).id()).isEqualTo("example");
  }

  @Test
  void aScenarioThatNamesNoAgreementFailsSayingHowToNameOne() {
    ScenarioFile f =
        FileFormat.readScenario(
            "none.yaml", "name: none\nasOf: 2026-01-01T00:00:00Z\nevents: []\n", Syntax.YAML);
    assertThatThrownBy(() -> References.agreementOf(f, (Path) null))
        .isInstanceOfSatisfying(
            LoadException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .extracting(FileProblem::file)
                    .isEqualTo("none.yaml"));
  }
}
