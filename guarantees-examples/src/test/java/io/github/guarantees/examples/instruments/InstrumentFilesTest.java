package io.github.guarantees.examples.instruments;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.io.FileFormat;
import io.github.guarantees.io.ScenarioFile;
import io.github.guarantees.io.Syntax;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.scenario.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The comparison instruments and the comparison scenarios ship as files in guarantees-examples
 * ({@code instruments/<id>.yaml}, {@code instruments/scenarios/<name>.yaml}, in the shared
 * vocabulary of triggers), so that a file scenario runs against all of them ({@code guarantees
 * compare}); each file reads back equal to the Java-built value. After changing the Java
 * instruments, regenerate the files with {@code ./mvnw -B -pl guarantees-examples -am test
 * -Dtest=InstrumentFilesTest -Dsurefire.failIfNoSpecifiedTests=false -Dguarantees.regenerate=true}.
 */
class InstrumentFilesTest {
  static final String DIR = "io/github/guarantees/examples/instruments/";
  static final Path SOURCES = Path.of("src", "main", "resources");

  static String resource(String name) {
    try (InputStream in = InstrumentFilesTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @BeforeAll
  static void regenerateWhenAsked() throws IOException {
    if (!Boolean.getBoolean("guarantees.regenerate")) {
      return;
    }
    Path dir = SOURCES.resolve(DIR);
    Files.createDirectories(dir.resolve("scenarios"));
    for (Agreement a : Comparison.instruments()) {
      Files.writeString(
          dir.resolve(a.id() + ".yaml"), FileFormat.write(a, Syntax.YAML), StandardCharsets.UTF_8);
    }
    for (Scenario s : ComparisonScenarios.all()) {
      Files.writeString(
          dir.resolve("scenarios").resolve(s.name() + ".yaml"),
          FileFormat.write(ScenarioFile.of(null, s, List.of()), Syntax.YAML),
          StandardCharsets.UTF_8);
    }
  }

  static Stream<Agreement> instruments() {
    return Comparison.instruments().stream();
  }

  static Stream<Scenario> scenarios() {
    return ComparisonScenarios.all().stream();
  }

  @ParameterizedTest
  @MethodSource("instruments")
  void everyInstrumentFileEqualsTheJavaBuiltOne(Agreement instrument) {
    String name = "/" + DIR + instrument.id() + ".yaml";
    assertThat(FileFormat.readAgreement(name, resource(name), Syntax.YAML))
        .as("the instrument file is stale; regenerate it (see this class's Javadoc)")
        .isEqualTo(instrument);
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void everyComparisonScenarioFileEqualsTheJavaBuiltOne(Scenario scenario) {
    String name = "/" + DIR + "scenarios/" + scenario.name() + ".yaml";
    ScenarioFile file = FileFormat.readScenario(name, resource(name), Syntax.YAML);
    assertThat(file.scenario())
        .as("the scenario file is stale; regenerate it (see this class's Javadoc)")
        .isEqualTo(scenario);
    assertThat(file.agreement()).as("it runs against every instrument, so names none").isEmpty();
  }
}
