package io.github.guarantees.cli;

import static io.github.guarantees.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code evaluate --format json} carries explanations as structure, not as a block of text. */
class JsonExplanationTest {
  private static JsonNode evaluate(String... extra) throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of("evaluate", "-s", "builtin:paris-2026/war-goes-on", "--format", "json"));
    args.addAll(List.of(extra));
    CliTest.Result r = run(args.toArray(String[]::new));
    assertThat(r.code()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void everyPledgeCarriesItsCausesAsRecords() throws IOException {
    JsonNode pledges = evaluate().get("pledges");
    assertThat(pledges.size()).isPositive();
    for (JsonNode p : pledges) {
      JsonNode causes = p.get("causes");
      assertThat(causes.isArray()).as(p.get("id").asText()).isTrue();
      assertThat(causes.size()).as(p.get("id").asText()).isPositive();
      for (JsonNode c : causes) {
        assertThat(c.get("kind").isTextual()).isTrue();
        assertThat(c.get("text").isTextual()).isTrue();
      }
      assertThat(p.has("explanation")).isFalse();
    }
  }

  @Test
  void aPledgeThatDoesNotFireNamesTheEventsItNeedsAsPatterns() throws IOException {
    List<JsonNode> found = new ArrayList<>();
    for (JsonNode p : evaluate().get("pledges")) {
      JsonNode first = p.get("causes").get(0);
      if (first.get("kind").asText().equals("NEEDS_EVENTS")) {
        found.add(first);
      }
    }
    assertThat(found).isNotEmpty();
    JsonNode needs = found.get(0);
    JsonNode set = needs.get("eventSets").get(0);
    assertThat(set.isArray()).isTrue();
    assertThat(set.get(0).get("trigger").isTextual()).isTrue();
    assertThat(needs.get("more").isInt()).isTrue();
    assertThat(needs.get("searchCut").isBoolean()).isTrue();
  }

  @Test
  void explainWritesTheTraceTreesAsObjects() throws IOException {
    JsonNode p = evaluate("--explain").get("pledges").get(0);
    JsonNode explanation = p.get("explanation");
    assertThat(explanation.isObject()).isTrue();
    assertThat(explanation.get("status").asText()).isEqualTo(p.get("status").asText());
    assertThat(explanation.get("causes")).isEqualTo(p.get("causes"));
    JsonNode activation = explanation.get("activation");
    assertThat(activation.get("holds").isBoolean()).isTrue();
    assertThat(activation.get("condition").isTextual()).isTrue();
    assertThat(activation.get("events").isArray()).isTrue();
    assertThat(explanation.get("source").get("quote").isTextual()).isTrue();
  }
}
