package io.github.guarantees.atop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.google.common.io.Resources;
import io.github.guarantees.evaluation.Evaluator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AtopDataTest {
  private static String shipped(String name) {
    try {
      return Resources.toString(
          Resources.getResource(AtopData.class, "data/" + name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theShippedFilesReadWhole() {
    AtopData data = AtopData.load();
    assertThat(data.alliances()).hasSize(745);
    assertThat(data.alliances().values().stream().mapToInt(a -> a.phases().size()).sum())
        .isEqualTo(2398);
    assertThat(data.pairs()).hasSize(576);
    assertThat(data.pairs().stream().map(AtopData.Pair::warId).distinct()).hasSize(70);
    // Germany appears under Russia's code in a few rows; the name decides.
    assertThat(data.codeCorrections()).anyMatch(c -> c.endsWith("Germany 365 -> 255"));
    assertThat(data.pairs().stream().filter(p -> p.llm().met() != p.bf().met())).hasSize(7);
  }

  @Test
  void everyAllianceImportsAndCompiles() {
    AtopData data = AtopData.load();
    AllianceImporter importer = AllianceImporter.of(data);
    int pledges = 0;
    for (AtopData.Alliance a : data.alliances().values()) {
      ImportedAlliance imported = importer.importAlliance(a);
      Evaluator.compile(imported.agreement());
      pledges += imported.agreement().pledges().size();
      for (var p : imported.agreement().pledges()) {
        for (Assumption assumed : imported.assumptions(p.id())) {
          assertThat(p.tags()).contains(assumed.tag());
        }
      }
    }
    assertThat(pledges).isGreaterThan(2398);
  }

  @Test
  void everyMalformedRowIsReportedAtItsPlace() {
    String members = shipped(AtopData.MEMBER_FILE);
    String[] lines = members.split("\n", -1);
    // Line 2: a flag that is not 0/1; line 3: a member code that is not a number.
    lines[1] =
        lines[1]
            .replaceFirst("^(\\d+),,,(\\d+),", "$1,,,$2,")
            .replaceFirst(",1,0,0,0,1,1,", ",7,0,0,0,1,1,");
    lines[2] = lines[2].replaceFirst("^(\\d+),,,\\d+,", "$1,,,x20,");
    String broken = String.join("\n", lines);
    String wars =
        shipped(AtopData.WAR_FILE)
            .replaceFirst(
                "\n1,Franco-Spanish1823,1,1,Franco-Spanish1823,1,1823,France,220,Spain,230,4,7,",
                "\n1,Franco-Spanish1823,1,1,Franco-Spanish1823,1,1823,France,220,Spain,230,4,40,");
    assertThatExceptionOfType(AtopFormatException.class)
        .isThrownBy(
            () ->
                AtopData.read(
                    name ->
                        name.equals(AtopData.MEMBER_FILE)
                            ? broken
                            : name.equals(AtopData.WAR_FILE) ? wars : shipped(name)))
        .satisfies(
            e -> {
              assertThat(e.problems()).anyMatch(p -> p.startsWith(AtopData.MEMBER_FILE + ":3:"));
              assertThat(e.problems()).anyMatch(p -> p.contains("member is 'x20'"));
              assertThat(e.problems())
                  .anyMatch(
                      p -> p.startsWith(AtopData.WAR_FILE + ":2:") && p.contains("not a date"));
            });
  }
}
