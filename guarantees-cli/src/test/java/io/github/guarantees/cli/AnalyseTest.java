package io.github.guarantees.cli;

import static io.github.guarantees.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.guarantees.examples.Paris2026;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code guarantees analyse}: verdicts as data, exit codes, counterexamples written as files. */
class AnalyseTest {
  static final Path SCHEMA = Path.of("..", "docs", "analyse.schema.json");
  static final String PARIS_PROPERTIES = "builtin:paris-2026/properties";

  static String parisText() throws IOException {
    try (InputStream in =
        AnalyseTest.class.getResourceAsStream(
            "/io/github/guarantees/examples/paris-2026/agreement.yaml")) {
      assertThat(in).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The Paris file with the request condition dropped from the military hubs: a planted error. */
  static String planted() throws IOException {
    String text = parisText();
    int hubs = text.indexOf("  - id: " + Paris2026.MILITARY_HUBS + "\n");
    String activation = "    activation:\n      ref: shared-1\n";
    int at = text.indexOf(activation, hubs);
    assertThat(hubs).isPositive();
    assertThat(text.indexOf("  - id: ", hubs + 1)).isGreaterThan(at);
    return text.substring(0, at)
        + "    activation:\n      occurred: credible-cessation\n"
        + text.substring(at + activation.length());
  }

  static JsonNode json(CliTest.Result r) throws IOException {
    assertThat(r.err()).isEmpty();
    JsonNode node = new ObjectMapper().readTree(r.out());
    List<String> problems = new ArrayList<>();
    JsonNode schema = new ObjectMapper().readTree(SCHEMA.toFile());
    JsonSchemaTest.validate(node, schema, schema, "$", problems);
    assertThat(problems).isEmpty();
    return node;
  }

  @Test
  void theParisPropertiesHold() throws IOException {
    CliTest.Result r =
        run("analyse", "-a", "builtin:paris-2026", "-p", PARIS_PROPERTIES, "--format", "json");
    assertThat(r.code()).isEqualTo(Main.OK);
    JsonNode out = json(r);
    assertThat(out.get("agreement").asText()).isEqualTo(Paris2026.ID);
    List<String> verdicts = new ArrayList<>();
    out.get("properties")
        .forEach(p -> verdicts.add(p.get("name").asText() + "=" + p.get("verdict").asText()));
    assertThat(verdicts)
        .containsExactly(
            "deployment-invariant=PROVED",
            "uk-hubs-can-fire=PROVED",
            "germany-never-deploys-in-ukraine=PROVED");
    JsonNode invariant = out.get("properties").get(0);
    assertThat(invariant.get("coverage").get("method").asText()).isEqualTo("EXHAUSTIVE_BOUNDED");
    assertThat(invariant.get("coverage").get("cases").asLong()).isGreaterThan(1000);
    assertThat(out.get("properties").get(1).get("witness").get("events")).hasSize(4);
  }

  @Test
  void aPlantedErrorIsFoundAndItsCounterexampleBecomesARegressionTest(@TempDir Path dir)
      throws IOException {
    Path agreement = dir.resolve("planted.yaml");
    Files.writeString(agreement, planted(), StandardCharsets.UTF_8);
    Path out = dir.resolve("found");
    CliTest.Result r =
        run(
            "analyse",
            "-a",
            agreement.toString(),
            "-p",
            PARIS_PROPERTIES,
            "--property",
            "deployment-invariant",
            "--format",
            "json",
            "--write-counterexamples",
            out.toString());
    assertThat(r.code()).isEqualTo(Main.NOT_MET);
    JsonNode p = json(r).get("properties").get(0);
    assertThat(p.get("verdict").asText()).isEqualTo("COUNTEREXAMPLE");
    JsonNode c = p.get("counterexample");
    assertThat(c.get("eventCount").asInt()).isBetween(2, 3);
    assertThat(c.get("events")).hasSize(c.get("eventCount").asInt());
    List<String> offending = new ArrayList<>();
    c.get("offending")
        .forEach(
            o -> {
              offending.add(o.get("pledge").asText() + "/" + o.path("party").asText("-"));
              assertThat(o.get("status").asText()).isEqualTo("ACTIVE");
            });
    assertThat(offending).contains(Paris2026.MILITARY_HUBS + "/-");
    Path written = out.resolve("deployment-invariant.yaml");
    assertThat(p.get("written").asText()).isEqualTo(written.toString());
    assertThat(written).exists();

    // the file names the planted agreement: check fails on it, with the property's failure
    CliTest.Result failing = run("check", "--format", "json", written.toString());
    assertThat(failing.code()).isEqualTo(Main.NOT_MET);
    JsonNode checked = new ObjectMapper().readTree(failing.out()).get("scenarios").get(0);
    assertThat(checked.get("properties").asInt()).isEqualTo(1);
    JsonNode broken = checked.get("propertyFailures").get(0);
    assertThat(broken.get("property").asText()).isEqualTo("deployment-invariant");
    assertThat(broken.get("at").asText()).isEqualTo(c.get("at").asText());
    assertThat(broken.get("offending").get(0).get("pledge").asText())
        .isEqualTo(Paris2026.MILITARY_HUBS);
    assertThat(broken.get("offending").get(0).get("status").asText()).isEqualTo("ACTIVE");
    // once the agreement is fixed (the real Paris file), it passes
    CliTest.Result fixed = run("check", "--agreement", "builtin:paris-2026", written.toString());
    assertThat(fixed.code()).isEqualTo(Main.OK);
    Path real = dir.resolve("planted.yaml");
    Files.writeString(real, parisText(), StandardCharsets.UTF_8);
    assertThat(run("check", written.toString()).code()).isEqualTo(Main.OK);
  }

  @Test
  void textFitsAHundredColumnsAndNamesEachVerdict(@TempDir Path dir) throws IOException {
    Path agreement = dir.resolve("planted.yaml");
    Files.writeString(agreement, planted(), StandardCharsets.UTF_8);
    CliTest.Result r = run("analyse", "-a", agreement.toString(), "-p", PARIS_PROPERTIES);
    System.out.println(r.out());
    assertThat(r.code()).isEqualTo(Main.NOT_MET);
    assertThat(r.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
    CliTest.Result md =
        run("analyse", "-a", agreement.toString(), "-p", PARIS_PROPERTIES, "-f", "markdown");
    assertThat(md.code()).isEqualTo(Main.NOT_MET);
    System.out.println(md.out());
  }

  @Test
  void theReadingsOfTheVagueClausesAreShownWhereTheyMatter() throws IOException {
    CliTest.Result r =
        run(
            "analyse",
            "-a",
            "builtin:paris-2026",
            "--readings",
            "--max-events",
            "3",
            "--max-repeats",
            "1",
            "--format",
            "json");
    assertThat(r.code()).as("readings that change a status do not hold").isEqualTo(Main.NOT_MET);
    JsonNode out = json(r);
    List<String> verdicts = new ArrayList<>();
    out.get("properties")
        .forEach(p -> verdicts.add(p.get("name").asText() + "=" + p.get("verdict").asText()));
    assertThat(verdicts)
        .containsExactly(
            Paris2026.CESSATION_VERIFIED_BY_US + "=COUNTEREXAMPLE",
            Paris2026.ANY_LATER_ATTACK + "=COUNTEREXAMPLE");
    JsonNode attack = out.get("properties").get(1).get("counterexample").get("events");
    assertThat(attack).hasSize(1);
    assertThat(attack.get(0).get("trigger").asText()).isEqualTo(Paris2026.ARMED_ATTACK);
    CliTest.Result both = run("analyse", "-a", "builtin:paris-2026", "--readings", "--survey");
    assertThat(both.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(both.out()).isEmpty();
  }

  @Test
  void theSurveyAnswersTheBuiltInQuestions() throws IOException {
    CliTest.Result r =
        run(
            "analyse",
            "-a",
            "builtin:paris-2026",
            "--survey",
            "--max-events",
            "3",
            "--max-repeats",
            "1",
            "--format",
            "json");
    assertThat(r.code()).isEqualTo(Main.OK);
    JsonNode s = json(r).get("survey");
    List<String> blocked = new ArrayList<>();
    s.get("blocked")
        .forEach(i -> blocked.add(i.get("pledge").asText() + "/" + i.get("party").asText()));
    assertThat(blocked).contains(Paris2026.MULTINATIONAL_FORCE + "/" + Paris2026.DE);
    assertThat(s.get("coverage").get("budget").get("maxEvents").asInt()).isEqualTo(3);
    CliTest.Result text =
        run("analyse", "-a", "builtin:paris-2026", "--survey", "--max-events", "2");
    assertThat(text.code()).isEqualTo(Main.OK);
    assertThat(text.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
    System.out.println(text.out());
  }

  @Test
  void badInputExitsTwoWithNothingOnStandardOutput(@TempDir Path dir) throws IOException {
    Path props = dir.resolve("p.yaml");
    Files.writeString(
        props,
        "properties:\n  - name: x\n    canFire: {pledge: militry-hubs}\n",
        StandardCharsets.UTF_8);
    for (String[] args :
        new String[][] {
          {"analyse", "-a", "builtin:paris-2026"},
          {"analyse", "-a", "builtin:paris-2026", "-p", PARIS_PROPERTIES, "--survey"},
          {"analyse", "-a", "builtin:paris-2026", "-p", PARIS_PROPERTIES, "--property", "nope"},
          {"analyse", "-a", "builtin:paris-2026", "-p", props.toString()},
          {"analyse", "-a", "builtin:paris-2026", "--survey", "--max-events", "9"},
        }) {
      CliTest.Result r = run(args);
      assertThat(r.code()).as(String.join(" ", args)).isEqualTo(Main.BAD_INPUT);
      assertThat(r.out()).as(String.join(" ", args)).isEmpty();
      assertThat(r.err()).isNotEmpty();
    }
    CliTest.Result r = run("analyse", "-a", "builtin:paris-2026", "-p", props.toString());
    assertThat(r.err()).startsWith(props + ":3:23: properties[0].canFire.pledge: ");
  }
}
