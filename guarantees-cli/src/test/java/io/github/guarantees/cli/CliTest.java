package io.github.guarantees.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.examples.Paris2026;
import io.github.guarantees.io.FileFormat;
import io.github.guarantees.io.Syntax;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs the tool in-process and checks exit codes, standard output and standard error. */
class CliTest {
  /** The text report names a pledge by its title. */
  static final String FORCE_TITLE =
      Paris2026.agreement().pledge(Paris2026.MULTINATIONAL_FORCE).title();

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  static String builtinScenarioText(String name) throws IOException {
    try (InputStream in =
        CliTest.class.getResourceAsStream(
            "/io/github/guarantees/examples/paris-2026/scenarios/" + name + ".yaml")) {
      assertThat(in).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static final String AGREEMENT =
      """
      id: mini
      title: Mini agreement
      parties:
        - {id: fr, name: France, roles: [signatory]}
        - {id: ua, name: Ukraine, roles: [beneficiary]}
      triggers:
        - {id: ceasefire, description: A ceasefire enters into force}
        - {id: request, description: Ukraine asks for the force}
      pledges:
        - id: force
          title: Force in Ukraine
          kind: force-deployment
          location: in-beneficiary
          bindingForce: discretionary-assistance
          trigger: {occurred: ceasefire}
          activation: {occurred: request by ua}
          source: {document: Mini, clause: "1", quote: at Ukraine's request}
          contributions: [fr]
      """;

  static final String SCENARIO =
      """
      agreement: agreement.yaml
      name: requested
      asOf: 2026-05-01T00:00:00Z
      events:
        - {at: 2026-04-01T00:00:00Z, trigger: ceasefire}
        - {at: 2026-04-02T00:00:00Z, trigger: request, party: ua}
      expect:
        - {pledge: force, status: active}
        - {pledge: force, party: fr, status: active}
        - {pledge: force, status: pending, at: 2026-04-01T12:00:00Z}
      """;

  static Path write(Path dir, String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "run", "evaluate", "check", "timeline", "help"})
  void everyCommandHasHelp(String command) {
    Result r = command.isEmpty() ? run("--help") : run(command, "--help");
    assertThat(r.code).isZero();
    assertThat(r.out).contains("Usage: guarantees").contains("--help");
    assertThat(r.err).isEmpty();
  }

  @Test
  void noCommandIsAUsageError() {
    Result r = run();
    assertThat(r.code).isEqualTo(2);
    assertThat(r.out).isEmpty();
    assertThat(r.err)
        .contains(
            "give a command: run, evaluate, check, timeline, compare, analyse, diagram or atop");
  }

  @Test
  void unknownOptionIsAUsageError() {
    Result r = run("check", "--agreemnt", "a.yaml", "x.yaml");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.out).isEmpty();
    assertThat(r.err).contains("Unknown option: '--agreemnt'");
  }

  @Test
  void runPrintsTheBuiltInExamples() {
    Result r = run("run");
    assertThat(r.code).isZero();
    assertThat(r.out).isEqualTo(io.github.guarantees.examples.RunExamples.render());
    assertThat(r.out).contains("== request-withdrawn");
  }

  @Test
  void evaluateABuiltInScenarioAsText() {
    Result r = run("evaluate", "--scenario", "builtin:paris-2026/request-withdrawn");
    assertThat(r.code).isZero();
    assertThat(r.err).isEmpty();
    assertThat(r.out)
        .startsWith("== request-withdrawn")
        .containsPattern(Pattern.quote(FORCE_TITLE) + " +suspended");
  }

  @Test
  void evaluateAsOfAnEarlierInstantWithExplanations() {
    Result r =
        run(
            "evaluate",
            "--agreement",
            "builtin:paris-2026",
            "--scenario",
            "builtin:paris-2026/request-withdrawn",
            "--as-of",
            "2026-05-01",
            "--explain");
    assertThat(r.code).isZero();
    assertThat(r.out)
        .contains("as of 2026-05-01T00:00:00Z")
        .containsPattern(Pattern.quote(FORCE_TITLE) + " +active")
        .contains("Explanations")
        .contains("activation:");
  }

  @Test
  void evaluateAsMarkdownAndJson() {
    Result md = run("evaluate", "-s", "builtin:paris-2026/war-goes-on", "--format", "markdown");
    assertThat(md.code).isZero();
    assertThat(md.out)
        .startsWith("## war-goes-on")
        .contains("| pledge / contribution | status | reason | source |")
        .contains("| multinational-force | **DORMANT** |");
    Result json = run("evaluate", "-s", "builtin:paris-2026/war-goes-on", "-f", "JSON");
    assertThat(json.code).isZero();
    assertThat(json.out)
        .startsWith("{")
        .contains("\"scenario\" : \"war-goes-on\"")
        .contains("\"status\" : \"DORMANT\"");
  }

  @Test
  void evaluateFilesWithARelativeAgreement(@TempDir Path dir) throws IOException {
    write(dir, "agreement.yaml", AGREEMENT);
    Path s = write(dir, "s.yaml", SCENARIO);
    Result r = run("evaluate", "--scenario", s.toString());
    assertThat(r.code).isZero();
    assertThat(r.out)
        .containsPattern("Force in Ukraine +active")
        .containsPattern("· France \\(fr\\) +active");
  }

  @Test
  void agreementWarningsGoToStandardErrorOncePerAgreement(@TempDir Path dir) throws IOException {
    String blocked =
        AGREEMENT
            .replace(
                "- {id: fr, name: France, roles: [signatory]}",
                "- id: fr\n    name: France\n    roles: [signatory]\n    caveats:\n"
                    + "      - {id: no-troops, description: No troops, kinds: [force-deployment]}")
            .replace("contributions: [fr]", "contributions: [fr]\n");
    write(dir, "agreement.yaml", blocked);
    Path s =
        write(
            dir,
            "s.yaml",
            SCENARIO.replace("party: fr, status: active", "party: fr, status: blocked"));
    Result evaluate = run("evaluate", "--scenario", s.toString());
    assertThat(evaluate.code).isZero();
    // placed like an error: file:line:column (the pledge's id, line 14 once the caveat is added)
    assertThat(evaluate.err)
        .contains(
            "warning: "
                + dir.resolve("agreement.yaml")
                + ":14:9: pledges[0].id: pledge 'force': a caveat forbids every contribution");
    Result check = run("check", s.toString(), s.toString());
    assertThat(check.err.lines().filter(l -> l.startsWith("warning:")).count()).isEqualTo(1);
    assertThat(check.out).doesNotContain("warning");
  }

  @Test
  void theReadmeScenarioFilePassesItsCheck(@TempDir Path dir) throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    java.util.regex.Matcher yaml =
        java.util.regex.Pattern.compile("```yaml\n(.*?)```", java.util.regex.Pattern.DOTALL)
            .matcher(readme);
    assertThat(yaml.find()).as("a ```yaml block in README.md").isTrue();
    Path s = write(dir, "my-what-if.yaml", yaml.group(1));
    Result r = run("check", s.toString());
    assertThat(r.err).isEmpty();
    assertThat(r.code).isZero();
    assertThat(r.out).contains("PASS");
  }

  @Test
  void aBadFileReportsItsStructureAndItsUnknownIdsInOneRun(@TempDir Path dir) throws IOException {
    write(dir, "agreement.yaml", AGREEMENT);
    String text =
        SCENARIO
            .replace(
                "{at: 2026-04-01T00:00:00Z, trigger: ceasefire}",
                "{at: 1 April, trigger: ceasefire}")
            .replace("trigger: request, party: ua", "trigger: reqest, party: ua")
            .replace("{pledge: force, status: active}", "{pledge: forse, status: active}");
    Path s = write(dir, "s.yaml", text);
    Result r = run("check", s.toString());
    assertThat(r.code).isEqualTo(Main.BAD_INPUT);
    assertThat(r.out).isEmpty();
    assertThat(r.err)
        .contains("events[0].at")
        .contains("events[1].trigger: agreement 'mini' declares no trigger 'reqest'")
        .contains("expect[0].pledge: agreement 'mini' has no pledge 'forse'");
  }

  @Test
  void jsonFilesWork(@TempDir Path dir) throws IOException {
    Path yaml = write(dir, "agreement.yaml", AGREEMENT);
    write(dir, "agreement.json", FileFormat.write(FileFormat.readAgreement(yaml), Syntax.JSON));
    Path s =
        write(
            dir,
            "s.json",
            FileFormat.write(
                FileFormat.readScenario(
                    "s", SCENARIO.replace("agreement.yaml", "agreement.json"), Syntax.YAML),
                Syntax.JSON));
    Result r = run("check", s.toString());
    assertThat(r.code).isZero();
    assertThat(r.out).contains("PASS " + s + ": 3 expectations met");
  }

  @Test
  void checkPassingFiles(@TempDir Path dir) throws IOException {
    write(dir, "agreement.yaml", AGREEMENT);
    Path s = write(dir, "s.yaml", SCENARIO);
    Result r = run("check", s.toString(), "builtin:paris-2026/request-withdrawn");
    assertThat(r.code).isZero();
    assertThat(r.out)
        .contains("PASS " + s + ": 3 expectations met")
        .contains("PASS builtin:paris-2026/request-withdrawn: ")
        .endsWith("2 scenarios checked: 2 passed, 0 failed\n");
    assertThat(r.err).isEmpty();
  }

  @Test
  void checkReportsEachMismatchWithItsExplanation(@TempDir Path dir) throws IOException {
    write(dir, "agreement.yaml", AGREEMENT);
    // the newcomer's edit: the request now comes from France, not Ukraine
    Path s = write(dir, "s.yaml", SCENARIO.replace("party: ua}", "party: fr}"));
    Result r = run("check", s.toString());
    assertThat(r.code).isEqualTo(1);
    assertThat(r.out)
        .contains("FAIL " + s + ": 2 of 3 expectations not met")
        .contains(s + ":8:5: expect[0]: pledge 'force' expected ACTIVE, was PENDING")
        .contains("needs: request by ua")
        .contains("source: Mini, 1")
        .endsWith("1 scenario checked: 0 passed, 1 failed\n");
    assertThat(r.err).isEmpty();
  }

  @Test
  void aCopiedExampleWithOneEventChangedFailsItsCheck(@TempDir Path dir) throws IOException {
    String text = builtinScenarioText("request-and-credible-cessation");
    assertThat(run("check", write(dir, "same.yaml", text).toString()).code).isZero();
    String changed = text.replace("trigger: ukraine-request", "trigger: request-withdrawn");
    Result r = run("check", write(dir, "changed.yaml", changed).toString());
    assertThat(r.code).isEqualTo(1);
    assertThat(r.out).contains("pledge 'multinational-force' expected ACTIVE, was PENDING");
  }

  @Test
  void checkWithABadFilePrintsNothingOnStandardOutput(@TempDir Path dir) throws IOException {
    write(dir, "agreement.yaml", AGREEMENT);
    Path good = write(dir, "good.yaml", SCENARIO);
    Path bad =
        write(dir, "bad.yaml", SCENARIO.replace("trigger: ceasefire}", "trigger: ceasfire}"));
    Result r = run("check", good.toString(), bad.toString());
    assertThat(r.code).isEqualTo(2);
    assertThat(r.out).isEmpty();
    assertThat(r.err)
        .isEqualTo(
            bad
                + ":5:41: events[0].trigger: agreement 'mini' declares no trigger 'ceasfire'; did"
                + " you mean 'ceasefire'?\n");
  }

  @Test
  void badAgreementFileIsReportedWithItsPositions(@TempDir Path dir) throws IOException {
    write(dir, "agreement.yaml", AGREEMENT.replace("kind: force-deployment", "kind: force"));
    Path s = write(dir, "s.yaml", SCENARIO);
    Result r = run("evaluate", "-s", s.toString());
    assertThat(r.code).isEqualTo(2);
    assertThat(r.out).isEmpty();
    assertThat(r.err)
        .contains("agreement.yaml:12:11: pledges[0].kind: unknown pledge kind 'force'");
  }

  @Test
  void scenarioWithoutAgreement(@TempDir Path dir) throws IOException {
    Path s = write(dir, "s.yaml", SCENARIO.replace("agreement: agreement.yaml\n", ""));
    Result r = run("check", s.toString());
    assertThat(r.code).isEqualTo(2);
    assertThat(r.out).isEmpty();
    assertThat(r.err).contains("the scenario names no agreement");
    Path a = write(dir, "elsewhere.yaml", AGREEMENT);
    assertThat(run("check", "--agreement", a.toString(), s.toString()).code).isZero();
  }

  @Test
  void missingFilesAndUnknownBuiltIns() {
    Result missing = run("evaluate", "-s", "no/such/file.yaml");
    assertThat(missing.code).isEqualTo(2);
    assertThat(missing.err).isEqualTo("no/such/file.yaml: no such file\n");
    Result builtin =
        run("evaluate", "-a", "builtin:paris-2025", "-s", "builtin:paris-2026/war-goes-on");
    assertThat(builtin.code).isEqualTo(2);
    assertThat(builtin.err)
        .contains("no built-in agreement 'paris-2025'; did you mean 'paris-2026'?");
    assertThat(run("check", "builtin:paris-2026/nothing").err).contains("no built-in scenario");
  }

  @Test
  void timelineShowsEachStatusChangeWithItsCause() {
    Result r =
        run(
            "timeline",
            "--scenario",
            "builtin:paris-2026/request-withdrawn-then-renewed",
            "--pledge",
            "multinational-force");
    assertThat(r.code).isZero();
    assertThat(r.err).isEmpty();
    assertThat(r.out)
        .startsWith("-- timeline: request-withdrawn-then-renewed")
        .contains("multinational-force")
        .contains("active → suspended")
        .contains("suspended → active")
        .doesNotContain("ceasefire-monitoring");
    Result unknown =
        run("timeline", "-s", "builtin:paris-2026/war-goes-on", "-p", "multinational-forse");
    assertThat(unknown.code).isEqualTo(2);
    assertThat(unknown.out).isEmpty();
    assertThat(unknown.err).contains("did you mean 'multinational-force'?");
  }

  @Test
  void comparisonInstrumentsAreBuiltIn() {
    Result r = run("evaluate", "-a", "builtin:paris-2027", "-s", "builtin:paris-2026/war-goes-on");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).contains("built-in: paris-2026, ").contains("north-atlantic-treaty");
  }

  @Test
  void badAsOfIsAUsageError() {
    Result r = run("evaluate", "-s", "builtin:paris-2026/war-goes-on", "--as-of", "soon");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.out).isEmpty();
    assertThat(r.err).contains("bad instant 'soon'");
  }
}
