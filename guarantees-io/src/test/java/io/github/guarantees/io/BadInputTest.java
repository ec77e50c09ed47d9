package io.github.guarantees.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.guarantees.condition.Condition;
import io.github.guarantees.model.Agreement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad files: each test feeds one kind of mistake and checks that the error names file, line, column
 * and path, says what is wrong and, for a likely typo, what was meant.
 */
class BadInputTest {
  /** A valid agreement; each test breaks one thing. Line numbers below refer to this text. */
  static final String BASE =
      """
      id: t
      title: Test
      parties:
        - {id: fr, name: France, roles: [signatory]}
        - {id: ua, name: Ukraine, roles: [beneficiary]}
      triggers:
        - {id: ceasefire, description: Ceasefire}
        - {id: ukraine-request, description: Request}
      pledges:
        - id: force
          title: Force
          kind: force-deployment
          domains: [land]
          bindingForce: discretionary-assistance
          activation:
            allOf:
              - occurred: ceasefire
              - occurred: ukraine-request
          source: {document: D, clause: C, quote: Q}
          contributions: [fr]
      """;

  static final String SCENARIO =
      """
      agreement: builtin:t
      name: S
      asOf: 2026-06-01T00:00:00Z
      events:
        - {at: 2026-03-01T00:00:00Z, trigger: ceasefire}
        - {at: 2026-03-02T00:00:00Z, trigger: ukraine-request, party: ua}
      expect:
        - {pledge: force, status: active}
      """;

  static List<String> agreementProblems(String text) {
    return problems(() -> FileFormat.readAgreement("bad.yaml", text, Syntax.YAML));
  }

  static List<String> scenarioProblems(String text) {
    return problems(() -> FileFormat.readScenario("bad.yaml", text, Syntax.YAML));
  }

  static List<FileProblem> fileProblems(Runnable load) {
    LoadException e = catchThrowableOfType(LoadException.class, load::run);
    assertThat(e).as("the load must fail").isNotNull();
    return e.problems();
  }

  static List<String> problems(Runnable load) {
    LoadException e = catchThrowableOfType(LoadException.class, load::run);
    assertThat(e).as("the load must fail").isNotNull();
    return e.problems().stream().map(FileProblem::toString).collect(Collectors.toList());
  }

  static String replace(String text, String from, String to) {
    assertThat(text).contains(from);
    return text.replace(from, to);
  }

  @Test
  void baseFilesAreValid() {
    Agreement a = FileFormat.readAgreement("base.yaml", BASE, Syntax.YAML);
    ScenarioFile s = FileFormat.readScenario("s.yaml", SCENARIO, Syntax.YAML);
    assertThat(s.check(a)).isEmpty();
  }

  @Test
  void unknownTriggerTypoNamesPositionPathAndWhatWasMeant() {
    assertThat(
            agreementProblems(
                replace(BASE, "occurred: ukraine-request", "occurred: ukraine-reqest")))
        .containsExactly(
            "bad.yaml:18:21: pledges[0].activation.allOf[1].occurred: unknown trigger"
                + " 'ukraine-reqest'; did you mean 'ukraine-request'?");
  }

  @Test
  void malformedYaml() {
    assertThat(agreementProblems(replace(BASE, "domains: [land]", "domains: [land")))
        .singleElement()
        .asString()
        .startsWith("bad.yaml:")
        .contains("malformed YAML");
  }

  @Test
  void malformedYamlIndentation() {
    assertThat(agreementProblems(replace(BASE, "    title: Force", "  title: Force")))
        .singleElement()
        .asString()
        .matches("bad\\.yaml:1[01]:\\d+: .*malformed YAML.*");
  }

  @Test
  void malformedJson() {
    List<String> p =
        problems(
            () ->
                FileFormat.readAgreement(
                    "bad.json", "{\n  \"id\": \"x\",\n  \"title\": ,\n}", Syntax.JSON));
    assertThat(p).singleElement().asString().startsWith("bad.json:3:").contains("malformed JSON");
  }

  @Test
  void emptyFile() {
    assertThat(agreementProblems(""))
        .containsExactly(
            "bad.yaml:1:1: the file is empty; an agreement needs at least 'id' and 'title', a"
                + " scenario 'name' and 'asOf'");
    assertThat(scenarioProblems("# only a comment\n")).singleElement().asString().contains("empty");
    assertThat(problems(() -> FileFormat.readAgreement("e.json", "  ", Syntax.JSON)))
        .singleElement()
        .asString()
        .contains("empty");
  }

  @Test
  void topLevelOfTheWrongKind() {
    assertThat(agreementProblems("- a\n- b\n"))
        .containsExactly(
            "bad.yaml:1:1: expected an agreement (a mapping of fields such as 'id:' or 'name:'),"
                + " found a list; is this the right file?");
    // The text of a file that is not a scenario is not quoted back.
    assertThat(scenarioProblems("just words\n"))
        .containsExactly(
            "bad.yaml:1:1: expected a scenario (a mapping of fields such as 'id:' or 'name:'),"
                + " found a string; is this the right file?");
  }

  @Test
  void wrongTypes() {
    String text = replace(BASE, "title: Test", "title: [a, b]");
    text = replace(text, "contributions: [fr]", "contributions: fr");
    text = replace(text, "domains: [land]", "domains: {land: 1}");
    assertThat(agreementProblems(text))
        .containsExactly(
            "bad.yaml:2:8: title: expected text for 'title', found a list",
            "bad.yaml:13:14: pledges[0].domains: expected a list for 'domains', found a mapping",
            "bad.yaml:20:20: pledges[0].contributions: expected a list for 'contributions', found"
                + " a string 'fr'");
  }

  @Test
  void wrongScalarTypes() {
    String text =
        replace(BASE, "    contributions: [fr]", "    size: {troops: many, approximate: maybe}");
    assertThat(agreementProblems(text))
        .containsExactly(
            "bad.yaml:20:20: pledges[0].size.troops: expected a whole number, found a string"
                + " 'many'",
            "bad.yaml:20:39: pledges[0].size.approximate: expected true or false, found a string"
                + " 'maybe'");
  }

  @Test
  void missingRequiredFieldsAreAllReported() {
    String text = replace(BASE, "title: Test\n", "");
    text = replace(text, "    kind: force-deployment\n", "");
    text = replace(text, "    source: {document: D, clause: C, quote: Q}\n", "");
    text =
        replace(text, "{id: fr, name: France, roles: [signatory]}", "{id: fr, roles: [signatory]}");
    assertThat(agreementProblems(text))
        .containsExactly(
            "bad.yaml:1:1: missing required field 'title' (text)",
            "bad.yaml:3:5: parties[0]: missing required field 'name' (text)",
            "bad.yaml:9:5: pledges[0]: missing required field 'kind' (one of monitoring,"
                + " force-deployment, military-hub, protected-facility, arms-supply, financing,"
                + " training, intelligence, logistics, military-support, technical-assistance,"
                + " sanctions, diplomatic-action, consultation, joint-production, coordination,"
                + " restraint, offensive-support, neutrality, non-aggression, obligation, power)",
            "bad.yaml:9:5: pledges[0]: missing required field 'source' (the clause this pledge"
                + " encodes: document, clause and quote)");
  }

  @Test
  void emptyValueOfARequiredField() {
    assertThat(agreementProblems(replace(BASE, "title: Test", "title:")))
        .containsExactly("bad.yaml:2:7: title: 'title' is blank");
  }

  @Test
  void unknownFieldSuggestsTheRightOne() {
    assertThat(agreementProblems(replace(BASE, "    activation:", "    activaton:")))
        .containsExactly(
            "bad.yaml:15:5: pledges[0].activaton: unknown field 'activaton'; did you mean"
                + " 'activation'?");
  }

  @Test
  void unknownFieldFarFromAnyListsTheAllowedOnes() {
    assertThat(agreementProblems(replace(BASE, "title: Test", "title: Test\ncolour: blue")))
        .singleElement()
        .asString()
        .isEqualTo(
            "bad.yaml:3:1: colour: unknown field 'colour'; allowed here: id, title, date,"
                + " description, parties, triggers, conditions, defaultTrigger, term,"
                + " suspensionPausesDeadlines, regions, memberships, pledges");
  }

  @Test
  void unknownPartyInAContributionAndInAPattern() {
    String text = replace(BASE, "contributions: [fr]", "contributions: [fr, uk]");
    text = replace(text, "occurred: ceasefire", "occurred: ceasefire by ru");
    assertThat(agreementProblems(text))
        .containsExactly(
            "bad.yaml:17:21: pledges[0].activation.allOf[0].occurred: unknown party 'ru';"
                + " declare it under 'parties'",
            "bad.yaml:20:25: pledges[0].contributions[1]: unknown party 'uk'; did you mean 'ua'?");
  }

  @Test
  void unknownEnumValueSuggestsTheRightOne() {
    String text = replace(BASE, "kind: force-deployment", "kind: force-deploymnet");
    text = replace(text, "roles: [beneficiary]", "roles: [beneficary, signatory]");
    assertThat(agreementProblems(text))
        .containsExactly(
            "bad.yaml:5:37: parties[1].roles[0]: unknown role 'beneficary'; did you mean"
                + " 'beneficiary'?",
            "bad.yaml:12:11: pledges[0].kind: unknown pledge kind 'force-deploymnet'; did you"
                + " mean 'force-deployment'?");
  }

  @Test
  void duplicateIds() {
    String text = replace(BASE, "  - {id: ua, name: Ukraine", "  - {id: fr, name: Ukraine");
    text =
        text
            + "  - id: force\n    title: Again\n    kind: monitoring\n"
            + "    bindingForce: consultation\n    source: {document: D, clause: C, quote: Q}\n";
    assertThat(agreementProblems(text))
        .containsExactly(
            "bad.yaml:5:10: parties[1].id: duplicate party 'fr' (first at line 4); ids must be"
                + " unique",
            "bad.yaml:21:9: pledges[1].id: duplicate pledge 'force' (first at line 10); ids must"
                + " be unique");
  }

  @Test
  void duplicateKeys() {
    assertThat(agreementProblems(replace(BASE, "title: Test", "title: Test\ntitle: Again")))
        .containsExactly(
            "bad.yaml:3:1: title: duplicate key 'title' (first at line 2); give each key once");
  }

  @Test
  void badInstants() {
    String text = replace(SCENARIO, "asOf: 2026-06-01T00:00:00Z", "asOf: 2026-13-01");
    text = replace(text, "at: 2026-03-01T00:00:00Z", "at: yesterday");
    assertThat(scenarioProblems(text))
        .containsExactly(
            "bad.yaml:3:7: asOf: bad instant '2026-13-01'; write e.g. 2026-03-01T12:00:00Z (UTC),"
                + " 2026-03-01T14:00:00+02:00 or 2026-03-01 (midnight UTC)",
            "bad.yaml:5:10: events[0].at: bad instant 'yesterday'; write e.g."
                + " 2026-03-01T12:00:00Z (UTC), 2026-03-01T14:00:00+02:00 or 2026-03-01"
                + " (midnight UTC)");
  }

  @Test
  void instantsInOtherAcceptedForms() {
    String text = replace(SCENARIO, "asOf: 2026-06-01T00:00:00Z", "asOf: 2026-06-01");
    text = replace(text, "at: 2026-03-01T00:00:00Z", "at: 2026-03-01T02:00:00+02:00");
    ScenarioFile s = FileFormat.readScenario("ok.yaml", text, Syntax.YAML);
    assertThat(s.scenario().asOf()).hasToString("2026-06-01T00:00:00Z");
    assertThat(s.scenario().events().get(0).at()).hasToString("2026-03-01T00:00:00Z");
  }

  @Test
  void eventsOutOfOrderAreNotAProblemTheyAreSortedByInstant() {
    String text = replace(SCENARIO, "at: 2026-03-02T00:00:00Z", "at: 2026-02-02T00:00:00Z");
    ScenarioFile s = FileFormat.readScenario("moved.yaml", text, Syntax.YAML);
    assertThat(s.scenario().events().get(0).at()).hasToString("2026-02-02T00:00:00Z");
    assertThat(s.scenario().events())
        .isSortedAccordingTo(java.util.Comparator.comparing(e -> e.at()));
  }

  @Test
  void aTypoInAnEventListedOutOfOrderIsPlacedAtItsOwnLine() {
    Agreement a = FileFormat.readAgreement("base.yaml", BASE, Syntax.YAML);
    String text = replace(SCENARIO, "at: 2026-03-02T00:00:00Z", "at: 2026-02-02T00:00:00Z");
    text = replace(text, "trigger: ukraine-request", "trigger: ukraine-reqest");
    ScenarioFile s = FileFormat.readScenario("moved.yaml", text, Syntax.YAML);
    assertThat(problems(() -> s.validate(a)))
        .singleElement()
        .asString()
        .startsWith("moved.yaml:6:")
        .contains("events[1].trigger")
        .contains("did you mean 'ukraine-request'?");
  }

  @Test
  void badDurationAndUnknownConditionAndEmptyAllOf() {
    String text =
        replace(
            BASE,
            "        - occurred: ceasefire\n",
            "        - within: {event: ceasefire, window: 24 hours, anchor: ceasefire}\n"
                + "        - alOf: [{occurred: ceasefire}]\n"
                + "        - anyOf: []\n"
                + "        - atLeast: {k: 3, of: [{occurred: ceasefire}]}\n"
                + "        - ceasefire\n");
    assertThat(agreementProblems(text))
        .containsExactly(
            "bad.yaml:17:46: pledges[0].activation.allOf[0].within.window: bad duration '24"
                + " hours'; write ISO-8601, e.g. PT24H (24 hours) or P30D",
            "bad.yaml:18:11: pledges[0].activation.allOf[1].alOf: unknown condition 'alOf'; did"
                + " you mean 'allOf'?",
            "bad.yaml:19:18: pledges[0].activation.allOf[2].anyOf: anyOf needs at least one"
                + " operand",
            "bad.yaml:20:24: pledges[0].activation.allOf[3].atLeast.k: k must be between 1 and the"
                + " number of operands (1), found 3",
            "bad.yaml:21:11: pledges[0].activation.allOf[4]: expected a condition such as"
                + " {occurred: ceasefire}; a plain word is only allowed for 'always'");
  }

  @Test
  void conditionWithTwoOperators() {
    String text =
        replace(
            BASE,
            "        - occurred: ceasefire\n",
            "        - {occurred: ceasefire, not: {occurred: ceasefire}}\n");
    assertThat(agreementProblems(text))
        .containsExactly(
            "bad.yaml:17:11: pledges[0].activation.allOf[0]: a condition has exactly one"
                + " operator, found [occurred, not]; combine them with allOf or anyOf");
  }

  @Test
  void conditionsDeeperThanTheLimitGiveAClearError() {
    int levels = Condition.MAX_DEPTH + 1;
    String deep = "{not: ".repeat(levels - 1) + "{occurred: ceasefire}" + "}".repeat(levels - 1);
    String text =
        replace(BASE, "    activation:\n", "    activation: " + deep + "\n    trigger:\n");
    List<String> p = agreementProblems(text);
    assertThat(p)
        .singleElement()
        .asString()
        .startsWith("bad.yaml:15:")
        .contains("pledges[0].activation" + ".not".repeat(Condition.MAX_DEPTH) + ":")
        .endsWith(
            "conditions nest deeper than the limit of 1000 levels; flatten them (allOf and anyOf"
                + " take any number of operands)");
  }

  @Test
  void documentsDeeperThanTheParserLimitGiveAClearError() {
    int levels = 5 * Condition.MAX_DEPTH;
    String yaml =
        replace(
            BASE,
            "    activation:\n",
            "    activation: "
                + "{not: ".repeat(levels)
                + "{occurred: ceasefire}"
                + "}".repeat(levels)
                + "\n    trigger:\n");
    assertThat(agreementProblems(yaml))
        .singleElement()
        .asString()
        .startsWith("bad.yaml:15:")
        .endsWith(
            "the document nests deeper than 2064 levels; conditions may nest at most 1000 levels"
                + " deep");
    String json =
        "{\"id\": \"t\", \"title\": \"T\", \"x\": "
            + "[".repeat(100_000)
            + "]".repeat(100_000)
            + "}";
    assertThat(problems(() -> FileFormat.readAgreement("deep.json", json, Syntax.JSON)))
        .singleElement()
        .asString()
        .startsWith("deep.json:1:")
        .contains("the document nests deeper than 2064 levels");
  }

  @Test
  void hugeFileIsRefusedWithTheLimit() {
    String huge = "# " + "x".repeat((int) FileFormat.MAX_SIZE) + "\n" + BASE;
    assertThat(agreementProblems(huge))
        .containsExactly(
            String.format(
                java.util.Locale.ROOT,
                "bad.yaml: the file holds %,d characters, more than the limit of 8,388,608; split"
                    + " it or raise FileFormat.MAX_SIZE",
                huge.length()));
  }

  @Test
  void largeValidFileLoads() {
    StringBuilder text = new StringBuilder(BASE);
    int pledges = 5000;
    for (int i = 1; i < pledges; i++) {
      text.append("  - id: p")
          .append(i)
          .append(
              "\n    title: P\n    kind: monitoring\n    bindingForce: consultation\n"
                  + "    activation: {anyOf: [{occurred: ceasefire}, {occurred: ukraine-request}]}\n"
                  + "    source: {document: D, clause: C, quote: Q}\n    contributions: [fr]\n");
    }
    assertThat(text.length()).isGreaterThan(1_000_000);
    Agreement a = FileFormat.readAgreement("large.yaml", text.toString(), Syntax.YAML);
    assertThat(a.pledges()).hasSize(pledges);
  }

  @Test
  void coreValidationIsPlacedAtTheOffendingField() {
    String text =
        replace(BASE, "contributions: [fr]", "contributions: [{party: fr, domains: [sea]}]");
    assertThat(fileProblems(() -> FileFormat.readAgreement("bad.yaml", text, Syntax.YAML)))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("pledges[0].contributions[0].domains");
              assertThat(List.of(p.line(), p.column())).containsExactly(20, 42);
              assertThat(p.message())
                  .contains("domains [SEA] are not all among the pledge's domains [LAND]");
            });
  }

  @Test
  void aTagThatIsNotAnIdAndABlankIllustrativeMarkAreBothReported() {
    String text =
        replace(
            BASE,
            "contributions: [fr]",
            "contributions: [{party: fr, illustrative: \" \"}]\n    tags: [component-4, Component 4]");
    assertThat(fileProblems(() -> FileFormat.readAgreement("bad.yaml", text, Syntax.YAML)))
        .extracting(FileProblem::path, FileProblem::line)
        .containsExactly(
            tuple("pledges[0].contributions[0].illustrative", 20), tuple("pledges[0].tags[1]", 21));
  }

  @Test
  void valueChecksOfTheCoreArePlacedAtTheValue() {
    String text =
        replace(
            BASE,
            "{id: fr, name: France, roles: [signatory]}",
            "{id: fr, name: France, roles: [signatory], caveats: [{id: c, description: none}]}");
    assertThat(agreementProblems(text))
        .containsExactly(
            "bad.yaml:4:58: parties[0].caveats[0]: caveat 'c': restrict at least one of kinds,"
                + " domains or locations");
  }

  @Test
  void badPatterns() {
    String text = replace(BASE, "occurred: ceasefire", "occurred: ceasefire by");
    text = replace(text, "occurred: ukraine-request", "occurred: [ukraine-request]");
    assertThat(agreementProblems(text))
        .containsExactly(
            "bad.yaml:17:21: pledges[0].activation.allOf[0].occurred: expected '<trigger> [by"
                + " <actor>] [against <target>] [in <region>]', found 'ceasefire by'",
            "bad.yaml:18:21: pledges[0].activation.allOf[1].occurred: expected a trigger id,"
                + " '<trigger> by <actor>' or {trigger: t, actor: a}, found a list");
  }

  @Test
  void twoDocumentsInOneFile() {
    assertThat(agreementProblems(BASE + "---\n" + BASE))
        .singleElement()
        .asString()
        .isEqualTo(
            "bad.yaml:22:1: a second document starts here; put one agreement or scenario per"
                + " file");
  }

  @Test
  void scenarioMissingNameAndAsOfAndBadExpectation() {
    String text = replace(SCENARIO, "name: S\n", "");
    text = replace(text, "asOf: 2026-06-01T00:00:00Z\n", "");
    text = replace(text, "status: active", "status: actve");
    assertThat(scenarioProblems(text))
        .containsExactly(
            "bad.yaml:1:1: missing required field 'name' (text)",
            "bad.yaml:1:1: missing required field 'asOf' (the instant to evaluate at, e.g."
                + " 2026-06-01T00:00:00Z)",
            "bad.yaml:6:29: expect[0].status: unknown status 'actve'; did you mean 'active'?");
  }

  @Test
  void scenarioNamingWhatTheAgreementLacks() {
    Agreement a = FileFormat.readAgreement("base.yaml", BASE, Syntax.YAML);
    String text = replace(SCENARIO, "trigger: ceasefire}", "trigger: ceasfire}");
    text = replace(text, "party: ua}", "party: uu}");
    text = replace(text, "{pledge: force, status: active}", "{pledge: forse, status: active}");
    text = text + "  - {pledge: force, party: ua, status: active}\n";
    ScenarioFile s = FileFormat.readScenario("bad.yaml", text, Syntax.YAML);
    assertThat(problems(() -> s.check(a)))
        .containsExactly(
            "bad.yaml:5:41: events[0].trigger: agreement 't' declares no trigger 'ceasfire'; did"
                + " you mean 'ceasefire'?",
            "bad.yaml:6:65: events[1].party: agreement 't' has no party 'uu'; did you mean"
                + " 'ua'?",
            "bad.yaml:8:14: expect[0].pledge: agreement 't' has no pledge 'forse'; did you mean"
                + " 'force'?",
            "bad.yaml:9:28: expect[1].party: pledge 'force' has no contribution by 'ua'"
                + " (contributors: fr)");
  }

  @Test
  void aScenarioAndItsAgreementWithProblemsAreReportedInOneRunInLineOrder(@TempDir Path dir)
      throws IOException {
    String agreement =
        replace(
            replace(BASE, "kind: force-deployment", "kind: force-deploymnt"),
            "roles: [signatory]",
            "roles: [signatry]");
    Files.writeString(dir.resolve("agreement.yaml"), agreement);
    Path scenario = dir.resolve("s.yaml");
    Files.writeString(
        scenario,
        """
        agreement: agreement.yaml
        name: S
        events:
          - {at: 2026-03-01T00:00:00Z, trigger: ceasefire}
          - {at: yesterday, trigger: ceasefire}
        asOf: soon
        """);
    String s = scenario.toString();
    String a = dir.resolve("agreement.yaml").toString();
    assertThat(fileProblems(() -> References.scenario(s)))
        .extracting(FileProblem::file, FileProblem::line, FileProblem::path)
        .containsExactly(
            tuple(s, 5, "events[1].at"),
            tuple(s, 6, "asOf"),
            tuple(a, 4, "parties[0].roles[0]"),
            tuple(a, 12, "pledges[0].kind"));
  }

  @Test
  void unreadableFiles(@TempDir Path dir) throws IOException {
    Path missing = dir.resolve("missing.yaml");
    assertThat(problems(() -> FileFormat.readAgreement(missing)))
        .containsExactly(missing + ": no such file");
    Path latin1 = dir.resolve("latin1.yaml");
    Files.write(latin1, "id: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(problems(() -> FileFormat.readAgreement(latin1)))
        .containsExactly(latin1 + ": the file is not UTF-8 text");
  }

  @Test
  void everyProblemInAFileIsReportedAtOnce() {
    String text = replace(BASE, "title: Test", "title: [x]");
    text = replace(text, "kind: force-deployment", "kind: force");
    text = replace(text, "occurred: ceasefire", "occurred: ceasfire");
    text = replace(text, "contributions: [fr]", "contributions: [fr, fr]");
    text = replace(text, "bindingForce: discretionary-assistance", "bindingForce: 3");
    assertThat(agreementProblems(text)).hasSize(5);
  }
}
