package io.github.guarantees.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.model.Agreement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/FORMAT.md shows the example files as they are, and documents every field. */
class FormatDocTest {
  static final Path DOC = Path.of("..", "docs", "FORMAT.md");
  static final Pattern EXAMPLE =
      Pattern.compile("<!-- example: ([\\w.-]+) -->\\n```yaml\\n(.*?)```", Pattern.DOTALL);

  static String doc() throws IOException {
    return Files.readString(DOC, StandardCharsets.UTF_8);
  }

  static Map<String, String> examples() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = EXAMPLE.matcher(doc());
    while (m.find()) {
      out.put(m.group(1), m.group(2));
    }
    return out;
  }

  @Test
  void docShowsTheExampleFilesUnchanged() throws IOException {
    Map<String, String> blocks = examples();
    assertThat(blocks).containsOnlyKeys("example-agreement.yaml", "example-scenario.yaml");
    blocks.forEach(
        (name, block) ->
            assertThat(block)
                .as("the block of docs/FORMAT.md showing %s", name)
                .isEqualTo(Fixtures.resource(name)));
  }

  @Test
  void exampleScenarioMeetsItsExpectations() {
    Agreement a =
        FileFormat.readAgreement(
            "example-agreement.yaml", Fixtures.resource("example-agreement.yaml"), Syntax.YAML);
    ScenarioFile s =
        FileFormat.readScenario(
            "example-scenario.yaml", Fixtures.resource("example-scenario.yaml"), Syntax.YAML);
    assertThat(s.agreement()).contains("example-agreement.yaml");
    assertThat(s.expectations()).hasSize(5);
    assertThat(s.check(a)).isEmpty();
  }

  @Test
  void exampleScenarioWithoutTheRequestFailsWithAnExplanation() {
    Agreement a =
        FileFormat.readAgreement(
            "example-agreement.yaml", Fixtures.resource("example-agreement.yaml"), Syntax.YAML);
    String text =
        Fixtures.resource("example-scenario.yaml")
            .replace(
                "  - at: 2026-03-12T09:00:00Z\n    trigger: ukraine-request\n    party: ua\n", "");
    ScenarioFile s = FileFormat.readScenario("edited.yaml", text, Syntax.YAML);
    assertThat(s.check(a))
        .first()
        .satisfies(
            m -> {
              assertThat(m.summary())
                  .isEqualTo(
                      "edited.yaml:14:5: expect[0]: pledge 'force' expected ACTIVE, was PENDING");
              assertThat(m.explanation().reason()).contains("needs: ukraine-request");
            });
  }

  @Test
  void everyFieldIsDocumented() throws IOException {
    String doc = doc();
    Stream.of(
            Decoder.AGREEMENT_FIELDS,
            Decoder.PARTY_FIELDS,
            Decoder.CAVEAT_FIELDS,
            Decoder.TRIGGER_FIELDS,
            Decoder.PLEDGE_FIELDS,
            Decoder.CONTRIBUTION_FIELDS,
            Decoder.SIZE_FIELDS,
            Decoder.TERM_FIELDS,
            Decoder.DEADLINE_FIELDS,
            Decoder.SOURCE_FIELDS,
            Decoder.SCENARIO_FIELDS,
            Decoder.EVENT_FIELDS,
            Decoder.EXPECTATION_FIELDS,
            Decoder.REGION_FIELDS,
            Decoder.MEMBERSHIP_FIELDS,
            Decoder.MEMBERSHIP_CHANGE_FIELDS,
            Decoder.ABSENCE_FIELDS,
            Decoder.PATTERN_FIELDS,
            Decoder.CONDITIONS,
            Decoder.PROPERTY_FILE_FIELDS,
            Decoder.BUDGET_FIELDS,
            Decoder.PROPERTY_FIELDS,
            Decoder.NEVER_ACTIVE_UNLESS_FIELDS,
            Decoder.RESPONDS_WITHIN_FIELDS,
            Decoder.NEVER_TOGETHER_FIELDS,
            Decoder.CAN_FIRE_FIELDS,
            Decoder.READINGS_AGREE_FIELDS,
            Decoder.ALWAYS_FIELDS,
            Decoder.SELECTOR_FIELDS)
        .flatMap(fields -> fields.stream())
        .forEach(
            field ->
                assertThat(doc).as("field %s", field).containsPattern("[`{ ]" + field + "\\b"));
  }
}
