package io.github.guarantees.cli;

import static io.github.guarantees.cli.CliTest.builtinScenarioText;
import static io.github.guarantees.cli.CliTest.run;
import static io.github.guarantees.cli.CliTest.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.cli.CliTest.Result;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new user's what-if: copy a shipped scenario, move the credible cessation past the as-of date,
 * or drop the attacker of an attack, and run the commands. Nothing vanishes without a word.
 */
class WhatIfTest {
  private static final String MOVED_AT = "2026-05-15T12:00:00Z";

  private static Path cessationMovedPastAsOf(Path dir) throws IOException {
    String text = builtinScenarioText("request-and-credible-cessation");
    String moved = text.replace("2026-04-15T12:00:00Z", MOVED_AT);
    assertThat(moved).isNotEqualTo(text);
    return write(dir, "moved.yaml", moved);
  }

  @Test
  void everyOutputOfTheAssessmentListsTheIgnoredEvent(@TempDir Path dir) throws IOException {
    String s = cessationMovedPastAsOf(dir).toString();

    for (String format : new String[] {"text", "markdown"}) {
      Result r = run("evaluate", "-s", s, "-f", format);
      assertThat(r.code()).as(format).isZero();
      assertThat(r.out())
          .as(format)
          .contains("1 event after the as-of instant 2026-04-20T00:00:00Z, ignored")
          .contains(MOVED_AT + "  credible-cessation");
    }
    Result explained = run("evaluate", "-s", s, "--explain");
    assertThat(explained.out()).contains(MOVED_AT + "  credible-cessation");

    String json = run("evaluate", "-s", s, "-f", "json").out();
    int events = json.indexOf("\"events\"");
    int ignored = json.indexOf("\"ignoredAfterAsOf\"");
    assertThat(events).isPositive().isLessThan(ignored);
    assertThat(json.substring(events, ignored)).doesNotContain("credible-cessation");
    assertThat(json.substring(ignored, json.indexOf(']', ignored)))
        .contains("\"trigger\" : \"credible-cessation\"")
        .contains("\"at\" : \"" + MOVED_AT + "\"");
  }

  @Test
  void theTimelineSaysWhereItStopped(@TempDir Path dir) throws IOException {
    Result r = run("timeline", "-s", cessationMovedPastAsOf(dir).toString());
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("stopped at 2026-04-20T00:00:00Z")
        .contains(MOVED_AT + "  credible-cessation");
  }

  @Test
  void checkSaysTheCopiedNarrativeNoLongerDescribesTheOutcome(@TempDir Path dir)
      throws IOException {
    Path s = cessationMovedPastAsOf(dir);
    Result r = run("check", s.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out())
        .contains("WARN " + s + ":3:")
        .contains("narrative: the narrative of 'request-and-credible-cessation' no longer");
  }

  @Test
  void anAttackWithoutItsAttackerIsWarnedAboutByCheckAndEvaluate(@TempDir Path dir)
      throws IOException {
    String text = builtinScenarioText("attack-after-ceasefire");
    String edited =
        text.replace("    trigger: armed-attack\n    party: RU\n", "    trigger: armed-attack\n");
    assertThat(edited).isNotEqualTo(text);
    Path s = write(dir, "no-attacker.yaml", edited);

    Result evaluate = run("evaluate", "-s", s.toString());
    assertThat(evaluate.code()).isZero();
    assertThat(evaluate.err())
        .contains("warning: " + s + ":")
        .contains("events[4].party: the event 'armed-attack' names no party")
        .contains("'party: RU'");
    Result check = run("check", s.toString());
    assertThat(check.out()).contains("events[4].party: the event 'armed-attack' names no party");
  }

  @Test
  void theShippedScenariosRaiseNoWarning() {
    Result r = run("check", "builtin:paris-2026/attack-after-ceasefire");
    assertThat(r.code()).isZero();
    assertThat(r.out()).doesNotContain("WARN");
    Result e = run("evaluate", "-s", "builtin:paris-2026/attack-after-ceasefire");
    assertThat(e.err()).isEmpty();
  }
}
