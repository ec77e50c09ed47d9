package io.github.guarantees.cli;

import static io.github.guarantees.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.guarantees.examples.Paris2026;
import io.github.guarantees.examples.Paris2026Scenarios;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** {@code --reading}: evaluate an agreement under one named reading of its vague clauses. */
class ReadingOptionTest {
  static final String SCENARIO =
      "builtin:paris-2026/" + Paris2026Scenarios.REQUEST_AND_CREDIBLE_CESSATION;

  static String forceStatus(String... extra) throws IOException {
    String[] args = new String[4 + extra.length];
    args[0] = "evaluate";
    args[1] = "-s";
    args[2] = SCENARIO;
    args[3] = "--format=json";
    System.arraycopy(extra, 0, args, 4, extra.length);
    CliTest.Result r = run(args);
    assertThat(r.code()).as(r.err()).isZero();
    for (JsonNode p : new ObjectMapper().readTree(r.out()).get("pledges")) {
      if (p.get("id").asText().equals(Paris2026.MULTINATIONAL_FORCE)) {
        return p.get("status").asText();
      }
    }
    throw new AssertionError("no force in the output");
  }

  @Test
  void aCessationNobodyNamesVerifiedDeploysTheForceOnlyUnderTheEncodingsReading()
      throws IOException {
    // The scenario's credible cessation names no verifier.
    assertThat(forceStatus()).isEqualTo("ACTIVE");
    assertThat(forceStatus("--reading", Paris2026.CESSATION_VERIFIED_BY_US)).isEqualTo("PENDING");
  }

  @Test
  void anUnknownReadingIsBadInputListingTheReadings() {
    CliTest.Result r = run("evaluate", "-s", SCENARIO, "--reading", "who-knows");
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).contains(Paris2026.CESSATION_VERIFIED_BY_US, Paris2026.ANY_LATER_ATTACK);
  }
}
