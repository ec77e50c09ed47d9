package io.github.guarantees.cli;

import static io.github.guarantees.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code compare --property}: one property across the instruments, as data. */
class ComparePropertyTest {
  static final String PROPERTIES = "builtin:comparison/properties";

  static Map<String, String> verdicts(JsonNode out) {
    Map<String, String> v = new LinkedHashMap<>();
    out.get("findings").forEach(f -> v.put(f.get("agreement").asText(), f.get("verdict").asText()));
    return v;
  }

  static JsonNode json(String property) throws IOException {
    CliTest.Result r = run("compare", "--property", property, "-p", PROPERTIES, "-f", "json");
    assertThat(r.code()).isEqualTo(Main.NOT_MET);
    JsonNode out = AnalyseTest.json(r);
    assertThat(out.get("property").asText()).isEqualTo(property);
    System.out.println(property + ": " + verdicts(out));
    return out;
  }

  @Test
  void noInstrumentHasALegallyBindingResponseToSelect() throws IOException {
    JsonNode out = json("binding-response-within-72h");
    assertThat(verdicts(out).values()).hasSize(6).containsOnly("SELECTS_NOTHING");
    JsonNode nato = out.get("findings").get(0);
    assertThat(nato.get("agreement").asText()).isEqualTo("north-atlantic-treaty");
    assertThat(nato.get("ignoredTriggers").get(0).asText()).isEqualTo("ceasefire");
    assertThat(nato.has("coverage")).isFalse();
  }

  @Test
  void eachInstrumentThatFailsGivesItsCounterexample() throws IOException {
    JsonNode out = json("assistance-within-72h");
    Map<String, String> v = verdicts(out);
    assertThat(v)
        .containsEntry("north-atlantic-treaty", "COUNTEREXAMPLE")
        .containsEntry("france-ukraine-2024", "COUNTEREXAMPLE")
        .containsEntry("uk-ukraine-2024", "COUNTEREXAMPLE")
        .containsEntry("budapest-memorandum-1994", "SELECTS_NOTHING")
        .containsEntry("paris-2026-core", "SELECTS_NOTHING")
        .containsEntry("paris-2026-response-ladder", "SELECTS_NOTHING");
    for (JsonNode f : out.get("findings")) {
      if (!f.get("verdict").asText().equals("COUNTEREXAMPLE")) {
        continue;
      }
      JsonNode c = f.get("counterexample");
      List<String> triggers = new ArrayList<>();
      c.get("events").forEach(e -> triggers.add(e.get("trigger").asText()));
      assertThat(triggers).contains("armed-attack", "ceasefire");
      assertThat(c.get("offending")).isNotEmpty();
      c.get("offending").forEach(o -> assertThat(o.get("status").asText()).isNotEqualTo("ACTIVE"));
    }
  }

  @Test
  void textMarkdownAndCsvSayTheSame() {
    String[] base = {
      "compare", "--property", "assistance-within-72h", "-p", PROPERTIES, "--max-events", "2"
    };
    CliTest.Result text = run(base);
    System.out.println(text.out());
    assertThat(text.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
    CliTest.Result csv = run(with(base, "-f", "csv"));
    assertThat(csv.code()).isEqualTo(text.code());
    List<String> rows = csv.out().lines().toList();
    assertThat(rows).hasSize(7);
    assertThat(rows.get(0))
        .isEqualTo("agreement,verdict,cases,events,at,offending,ignoredTriggers");
    CliTest.Result md = run(with(base, "-f", "markdown"));
    assertThat(md.code()).isEqualTo(text.code());
    System.out.println(md.out());
  }

  static String[] with(String[] base, String... more) {
    List<String> out = new ArrayList<>(List.of(base));
    out.addAll(List.of(more));
    return out.toArray(String[]::new);
  }

  @Test
  void badUsageExitsTwo() {
    for (String[] args :
        new String[][] {
          {"compare"},
          {"compare", "--property", "x"},
          {"compare", "--property", "nope", "-p", PROPERTIES},
          {"compare", "-s", "builtin:comparison/nuclear-escalation", "--property", "x"},
          {"compare", "-s", "builtin:comparison/nuclear-escalation", "--max-events", "2"},
        }) {
      CliTest.Result r = run(args);
      assertThat(r.code()).as(String.join(" ", args)).isEqualTo(Main.BAD_INPUT);
      assertThat(r.out()).isEmpty();
    }
  }
}
