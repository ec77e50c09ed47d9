package io.github.guarantees.examples.alliances;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.examples.alliances.AtopAlliances.BfCoding;
import io.github.guarantees.examples.alliances.AtopAlliances.Case;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.PledgeKind;
import io.github.guarantees.scenario.Event;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five ATOP alliances against the data they were encoded from: each case gives its expected
 * status; its Berkemeier–Fuhrmann coding is the file's; a coded casus foederis met is a triggered
 * obligation and a coded "not met" an untriggered one; every attack is a dyad of its war in the war
 * file; every obligation encoded is one the ATOP row codes. The data are read from the ATOP
 * module's copy of ../shared/data/atop.
 */
class AtopAlliancesTest {
  static final Path DATA =
      Path.of("..", "guarantees-atop", "src", "main", "resources", "io", "github", "guarantees")
          .resolve(Path.of("atop", "data"));

  /** Correlates of War country codes of the party ids the cases use. */
  static final Map<String, String> COW =
      Map.ofEntries(
          Map.entry("US", "2"),
          Map.entry("HN", "91"),
          Map.entry("SV", "92"),
          Map.entry("CO", "100"),
          Map.entry("AR", "160"),
          Map.entry("GB", "200"),
          Map.entry("BE", "211"),
          Map.entry("FR", "220"),
          Map.entry("DE", "255"),
          Map.entry("PL", "290"),
          Map.entry("AT", "300"),
          Map.entry("IT", "325"),
          Map.entry("RS", "345"),
          Map.entry("SU", "365"),
          Map.entry("RU", "365"),
          Map.entry("FI", "375"),
          Map.entry("TR", "640"),
          Map.entry("CN", "710"),
          Map.entry("KP", "731"),
          Map.entry("JP", "740"));

  static Stream<Case> cases() {
    return AtopAlliances.cases().stream();
  }

  /** A CSV file's rows as maps from column to value (the files have no quoted commas). */
  static List<Map<String, String>> csv(String file) throws IOException {
    List<String> lines = Files.readAllLines(DATA.resolve(file), StandardCharsets.UTF_8);
    String[] header = lines.get(0).split(",", -1);
    List<Map<String, String>> out = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.length && i < cells.length; i++) {
        row.put(header[i], cells[i]);
      }
      out.add(row);
    }
    return out;
  }

  private static String cell(Map<String, String> row, String column) {
    String v = row.get(column);
    return v == null ? "" : v;
  }

  private static boolean one(String value) {
    return value.equals("1") || value.equals("1.0");
  }

  private static int id(String value) {
    return (int) Double.parseDouble(value);
  }

  static BfCoding coding(Case c) throws IOException {
    for (Map<String, String> r : csv("berkemeier-fuhrmann-2018-alliance-war.csv")) {
      if (id(cell(r, "atopid")) == c.atopId() && id(cell(r, "warid")) == c.warId()) {
        if (one(cell(r, "honorBF"))) {
          return BfCoding.HONOURED;
        }
        if (one(cell(r, "violateBF"))) {
          return BfCoding.VIOLATED;
        }
        if (one(cell(r, "nonaggBF"))) {
          return BfCoding.EXCLUDED_NON_AGGRESSION;
        }
        if (one(cell(r, "consulBF"))) {
          return BfCoding.EXCLUDED_CONSULTATION;
        }
        if (one(cell(r, "cfnaBF"))) {
          return BfCoding.NOT_MET;
        }
      }
    }
    return BfCoding.NOT_CODED;
  }

  @ParameterizedTest
  @MethodSource("cases")
  void theOutcomeIsTheExpectedOne(Case c) {
    assertThat(Evaluator.compile(c.agreement()).evaluate(c.scenario()).status(c.pledge()))
        .as("%s, %s", c.agreement().id(), c.scenario().name())
        .isEqualTo(c.expected());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void theCodingIsTheFilesAndTheOutcomeAgreesWithIt(Case c) throws IOException {
    assertThat(coding(c)).as("the BF coding of %s/%s", c.atopId(), c.warId()).isEqualTo(c.bf());
    switch (c.bf()) {
      case HONOURED, VIOLATED -> assertThat(c.triggered()).as(c.narrative()).isTrue();
      case NOT_MET -> assertThat(c.triggered()).as(c.narrative()).isFalse();
      default -> assertThat(c.narrative()).contains("exclude");
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void everyAttackIsADyadOfTheWar(Case c) throws IOException {
    Set<String> dyads = new LinkedHashSet<>();
    for (Map<String, String> r : csv("interstate-wars-rev-2016.csv")) {
      if (cell(r, "larger_war_id").equals(String.valueOf(c.warId()))) {
        dyads.add(
            cell(r, "init_ccode")
                + ">"
                + cell(r, "target_ccode")
                + "@"
                + cell(r, "year")
                + "-"
                + cell(r, "month_entry")
                + "-"
                + cell(r, "day_entry"));
      }
    }
    for (Event e : c.scenario().events()) {
      ZonedDateTime at = e.at().atZone(ZoneOffset.UTC);
      String dyad =
          COW.get(e.party().orElseThrow())
              + ">"
              + COW.get(e.target().orElseThrow())
              + "@"
              + at.getYear()
              + "-"
              + at.getMonthValue()
              + "-"
              + at.getDayOfMonth();
      assertThat(dyads).as("war %s: %s", c.warId(), e).contains(dyad);
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void everyObligationEncodedIsOneTheAtopRowCodes(Case c) throws IOException {
    Map<String, String> row =
        csv("atop-4.01-member-level.csv").stream()
            .filter(r -> cell(r, "atopid").equals(String.valueOf(c.atopId())))
            .findFirst()
            .orElseThrow();
    for (Pledge p : c.agreement().pledges()) {
      String flag =
          switch (p.kind()) {
            case MILITARY_SUPPORT -> "defense";
            case OFFENSIVE_SUPPORT -> "offense";
            case NEUTRALITY -> "neutral";
            case NON_AGGRESSION -> "nonagg";
            case CONSULTATION -> "consul";
            default -> throw new AssertionError("not an ATOP obligation: " + p.kind());
          };
      assertThat(cell(row, flag)).as("%s: %s", c.agreement().id(), flag).isEqualTo("1");
    }
    assertThat(c.agreement().pledges())
        .extracting(Pledge::kind)
        .doesNotContain(PledgeKind.RESTRAINT);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void everyAllianceHasOneTriggeredAndOneUntriggeredCase(Case c) {
    List<Case> mine = AtopAlliances.cases(c.atopId());
    assertThat(mine).hasSize(2);
    assertThat(mine.stream().map(Case::triggered)).containsExactlyInAnyOrder(true, false);
    assertThat(mine.stream().map(Case::expected)).doesNotContain(Status.PENDING);
  }
}
