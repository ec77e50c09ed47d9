package io.github.guarantees.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.ContributionAssessment;
import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.evaluation.PledgeAssessment;
import io.github.guarantees.examples.instruments.Comparison;
import io.github.guarantees.examples.instruments.ComparisonScenarios;
import io.github.guarantees.io.Expectation;
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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Paris 2026 agreement and its named scenarios ship as files in guarantees-examples; each file
 * reads back equal to the Java-built value. After changing the Java examples, regenerate the files
 * with {@code ./mvnw -B -pl guarantees-examples -am test -Dtest=ExampleFilesTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dguarantees.regenerate=true}.
 */
class ExampleFilesTest {
  static final String DIR = "io/github/guarantees/examples/paris-2026/";
  static final Path SOURCES = Path.of("src", "main", "resources");
  static final String AGREEMENT_REF = "builtin:" + Paris2026.ID;

  static String resource(String name) {
    try (InputStream in = ExampleFilesTest.class.getResourceAsStream(name)) {
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
    Files.writeString(
        dir.resolve("agreement.yaml"),
        FileFormat.write(Paris2026.agreement(), Syntax.YAML),
        StandardCharsets.UTF_8);
    for (Scenario s : Paris2026Scenarios.all()) {
      Files.writeString(
          dir.resolve("scenarios").resolve(s.name() + ".yaml"),
          FileFormat.write(expected(s), Syntax.YAML),
          StandardCharsets.UTF_8);
    }
  }

  /**
   * The scenario with the statuses the Java evaluation gives as its expectations: every pledge, and
   * every contribution whose status differs from its pledge's.
   */
  static ScenarioFile expected(Scenario s) {
    Assessment a = Evaluator.compile(Paris2026.agreement()).evaluate(s);
    List<Expectation> out = new ArrayList<>();
    for (PledgeAssessment p : a.pledges()) {
      out.add(Expectation.of(p.id(), p.status()));
      for (ContributionAssessment c : p.contributions()) {
        if (c.status() != p.status()) {
          out.add(Expectation.of(p.id(), c.party(), c.status()));
        }
      }
    }
    return ScenarioFile.of(AGREEMENT_REF, s, out);
  }

  static Stream<String> scenarioNames() {
    return Paris2026Scenarios.all().stream().map(Scenario::name);
  }

  static ScenarioFile scenarioFile(String name) {
    String resource = "/" + DIR + "scenarios/" + name + ".yaml";
    return FileFormat.readScenario(resource, resource(resource), Syntax.YAML);
  }

  @Test
  void agreementFileEqualsTheJavaBuiltAgreement() {
    String resource = "/" + DIR + "agreement.yaml";
    Agreement fromFile = FileFormat.readAgreement(resource, resource(resource), Syntax.YAML);
    assertThat(fromFile)
        .as("the agreement file is stale; regenerate it (see this class's Javadoc)")
        .isEqualTo(Paris2026.agreement());
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void javaBuiltAgreementReadsBackEqual(Syntax syntax) {
    Agreement paris = Paris2026.agreement();
    assertThat(FileFormat.readAgreement("paris", FileFormat.write(paris, syntax), syntax))
        .isEqualTo(paris);
  }

  @ParameterizedTest
  @MethodSource("scenarioNames")
  void scenarioFileEqualsTheJavaBuiltScenario(String name) {
    ScenarioFile file = scenarioFile(name);
    assertThat(file.scenario())
        .as("the scenario file is stale; regenerate it (see this class's Javadoc)")
        .isEqualTo(Paris2026Scenarios.named(name));
    assertThat(file.agreement()).contains(AGREEMENT_REF);
    assertThat(file.check(Paris2026.agreement())).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("scenarioNames")
  void javaBuiltScenarioReadsBackEqual(String name) {
    ScenarioFile f = expected(Paris2026Scenarios.named(name));
    for (Syntax syntax : Syntax.values()) {
      assertThat(FileFormat.readScenario(name, FileFormat.write(f, syntax), syntax)).isEqualTo(f);
    }
  }

  static Stream<Agreement> instruments() {
    return Comparison.instruments().stream();
  }

  @ParameterizedTest
  @MethodSource("instruments")
  void comparisonInstrumentsReadBackEqual(Agreement instrument) {
    for (Syntax syntax : Syntax.values()) {
      String text = FileFormat.write(instrument, syntax);
      assertThat(FileFormat.readAgreement(instrument.id(), text, syntax)).isEqualTo(instrument);
    }
  }

  static Stream<Scenario> comparisonScenarios() {
    return ComparisonScenarios.all().stream();
  }

  @ParameterizedTest
  @MethodSource("comparisonScenarios")
  void comparisonScenariosReadBackEqual(Scenario scenario) {
    for (Syntax syntax : Syntax.values()) {
      String text = FileFormat.write(scenario, syntax);
      assertThat(FileFormat.readScenario(scenario.name(), text, syntax).scenario())
          .isEqualTo(scenario);
    }
  }

  @Test
  void everyScenarioShipsAsAFile() throws IOException {
    Path dir = SOURCES.resolve(DIR).resolve("scenarios");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString().replace(".yaml", "")))
          .containsExactlyInAnyOrderElementsOf(scenarioNames().toList());
    }
  }

  @Test
  void everySaleOfGoodsScenarioFileIsBuiltIn() throws IOException {
    Path dir =
        SOURCES.resolve(ExampleCatalogue.SALE_OF_GOODS_DIR.substring(1)).resolve("scenarios");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString().replace(".yaml", "")))
          .containsExactlyInAnyOrderElementsOf(ExampleCatalogue.SALE_OF_GOODS_SCENARIOS);
    }
    assertThat(new ExampleCatalogue().scenarios().keySet())
        .containsAll(
            ExampleCatalogue.SALE_OF_GOODS_SCENARIOS.stream()
                .map(n -> ExampleCatalogue.SALE_OF_GOODS + "/" + n)
                .toList());
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void saleOfGoodsReadsBackEqual(Syntax syntax) {
    Agreement sale = ExampleCatalogue.saleOfGoods();
    assertThat(sale.parties().keySet()).containsExactly("SELLER", "BUYER");
    assertThat(FileFormat.readAgreement("sale", FileFormat.write(sale, syntax), syntax))
        .isEqualTo(sale);
  }
}
