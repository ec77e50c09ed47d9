package io.github.guarantees.atop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report regenerated equals {@code docs/ATOP.md}, and agreement has not fallen below the
 * figures last recorded in {@code ratchet.properties} (raise them when the library does better).
 * Run with {@code -Datop.write=true} to rewrite the report.
 */
class AtopReportTest {
  private static AtopReport report;

  @BeforeAll
  static void generate() {
    report = AtopReport.of(AtopData.load());
  }

  @Test
  void theCommittedReportIsTheGeneratedOne() throws IOException {
    Path doc = Path.of("..", "docs", "ATOP.md");
    String generated = report.markdown();
    if (Boolean.getBoolean("atop.write")) {
      Files.writeString(doc, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(doc, StandardCharsets.UTF_8))
        .as("docs/ATOP.md is stale: regenerate it with `guarantees atop --report`")
        .isEqualTo(generated);
  }

  @Test
  void agreementDoesNotFallBelowTheRecordedFigures() throws IOException {
    Properties recorded = new Properties();
    try (InputStream in = AtopReportTest.class.getResourceAsStream("ratchet.properties")) {
      assertThat(in).isNotNull();
      recorded.load(in);
    }
    AtopReport.Figures f = report.figures();
    assertThat(f.joined()).isEqualTo(Integer.parseInt(recorded.getProperty("joined")));
    assertThat(f.llm()).isGreaterThanOrEqualTo(Integer.parseInt(recorded.getProperty("llm")));
    assertThat(f.llmDecided())
        .isGreaterThanOrEqualTo(Integer.parseInt(recorded.getProperty("llmDecided")));
    assertThat(f.bf()).isGreaterThanOrEqualTo(Integer.parseInt(recorded.getProperty("bf")));
    assertThat(f.bfDecided())
        .isGreaterThanOrEqualTo(Integer.parseInt(recorded.getProperty("bfDecided")));
  }

  @Test
  void everyPairThatJoinsIsDecidedAndTheRestAreAccountedFor() {
    AtopData data = AtopData.load();
    CasusFoederis casus = CasusFoederis.of(data);
    int joined = 0;
    for (AtopData.Pair p : data.pairs()) {
      boolean joins = data.war(p.warId()).isPresent() && data.alliance(p.atopId()).isPresent();
      assertThat(casus.decide(p.atopId(), p.warId()).isPresent()).as(p.key()).isEqualTo(joins);
      joined += joins ? 1 : 0;
    }
    assertThat(report.figures().joined()).isEqualTo(joined);
  }
}
