package io.github.guarantees.atop;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.io.Resources;
import io.github.guarantees.evaluation.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The import's semantics on small made-up alliances and wars, written in the files' own columns:
 * who must be attacked, by whom, when, and what each condition and assumption changes.
 */
class CasusFoederisTest {
  private static final int A = 200;
  private static final int B = 220;
  private static final int X = 365;
  private static final int Y = 710;

  private final List<Map<String, String>> members = new ArrayList<>();
  private final List<Map<String, String>> alliances = new ArrayList<>();
  private final List<Map<String, String>> wars = new ArrayList<>();

  private static String header(String file) {
    try {
      String text =
          Resources.toString(
              Resources.getResource(AtopData.class, "data/" + file), StandardCharsets.UTF_8);
      return text.substring(0, text.indexOf('\n'));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String csv(String file, List<Map<String, String>> rows) {
    String header = header(file);
    StringBuilder out = new StringBuilder(header).append('\n');
    for (Map<String, String> row : rows) {
      List<String> fields = new ArrayList<>();
      for (String column : header.split(",", -1)) {
        fields.add(row.getOrDefault(column, file.equals(AtopData.WAR_FILE) ? "NA" : "0"));
      }
      out.append(String.join(",", fields)).append('\n');
    }
    return out.toString();
  }

  /** A member row: in the alliance from {@code from} (a year) to {@code to} (0: in force). */
  private Map<String, String> member(int atopId, int code, int from, int to, String... flags) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("atopid", "" + atopId);
    row.put("member", "" + code);
    row.put("yrent", "" + from);
    row.put("moent", "1");
    row.put("dayent", "1");
    row.put("yrexit", "" + to);
    row.put("moexit", to == 0 ? "0" : "12");
    row.put("dayexit", to == 0 ? "0" : "31");
    for (String f : flags) {
      String[] kv = f.split("=", -1);
      row.put(kv[0], kv.length > 1 ? kv[1] : "1");
    }
    members.add(row);
    if (alliances.stream().noneMatch(a -> ("" + atopId).equals(a.get("atopid")))) {
      Map<String, String> a = new LinkedHashMap<>();
      a.put("atopid", "" + atopId);
      a.put("begyr", "" + from);
      a.put("begmo", "1");
      a.put("begday", "1");
      alliances.add(a);
    }
    alliances.stream()
        .filter(a -> ("" + atopId).equals(a.get("atopid")))
        .forEach(
            a -> {
              for (int i = 1; i <= 59; i++) {
                if (!a.containsKey("mem" + i) || ("" + code).equals(a.get("mem" + i))) {
                  a.put("mem" + i, "" + code);
                  break;
                }
              }
            });
    return row;
  }

  private void attack(int war, int initiator, int target, int year) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("version", "1");
    row.put("larger_war_name", "War" + war);
    row.put("larger_war_id", "" + war);
    row.put("init_war_id", "" + (war * 100 + wars.size()));
    row.put("init_war_name", "War" + war);
    row.put("year", "" + year);
    row.put("init_name", "S" + initiator);
    row.put("init_ccode", "" + initiator);
    row.put("target_name", "S" + target);
    row.put("target_ccode", "" + target);
    row.put("month_entry", "5");
    row.put("day_entry", "1");
    row.put("month_exit", "6");
    row.put("day_exit", "1");
    row.put("joiner", "0");
    wars.add(row);
  }

  private AtopData data() {
    return AtopData.read(
        name ->
            switch (name) {
              case AtopData.MEMBER_FILE -> csv(name, members);
              case AtopData.ALLIANCE_FILE -> csv(name, alliances);
              case AtopData.WAR_FILE -> csv(name, wars);
              default -> header(name) + "\n";
            });
  }

  private boolean met(int atopId, int war) {
    return met(atopId, war, Assumption.all());
  }

  private boolean met(int atopId, int war, Set<Assumption> assumptions) {
    return CasusFoederis.of(data(), assumptions).decide(atopId, war).orElseThrow().met();
  }

  @Test
  void aDefencePledgeFiresWhenAPartnerIsAttackedNotWhenItAttacks() {
    member(1, A, 1900, 0, "defense");
    member(1, B, 1900, 0, "defense");
    attack(1, X, B, 1910);
    attack(2, B, X, 1910);
    assertThat(met(1, 1)).isTrue();
    assertThat(met(1, 2)).isFalse();
  }

  @Test
  void anAttackBeforeTheAllianceOrAfterAMemberLeftDoesNotCount() {
    member(1, A, 1900, 1905, "defense");
    member(1, B, 1900, 0, "defense");
    attack(1, X, B, 1890);
    attack(2, X, B, 1910);
    attack(3, X, A, 1903);
    assertThat(met(1, 1)).as("before the alliance").isFalse();
    assertThat(met(1, 2)).as("A had left: no partner owes B").isFalse();
    assertThat(met(1, 3)).as("B owes A while both are in").isTrue();
  }

  @Test
  void aSpecificAdversaryMustBeTheAttacker() {
    member(1, A, 1900, 0, "defense", "defcoadv", "statthr1=" + Y);
    member(1, B, 1900, 0, "defense", "defcoadv", "statthr1=" + Y);
    attack(1, X, B, 1910);
    attack(2, Y, B, 1910);
    assertThat(met(1, 1)).isFalse();
    assertThat(met(1, 2)).isTrue();
  }

  @Test
  void aConflictWithANonMemberExcludesAnAttackByAMember() {
    member(1, A, 1900, 0, "defense", "defcocon");
    member(1, B, 1900, 0, "defense", "defcocon");
    member(2, A, 1900, 0, "defense");
    member(2, B, 1900, 0, "defense");
    attack(1, A, B, 1910);
    assertThat(met(1, 1)).isFalse();
    assertThat(met(2, 1)).as("without the condition an attack by a member counts").isTrue();
  }

  @Test
  void neutralityWithTheAttackConditionNeedsThePartnerAttacked() {
    member(1, A, 1900, 0, "neutral");
    member(1, B, 1900, 0, "neutral");
    member(2, A, 1900, 0, "neutral", "neucoatt");
    member(2, B, 1900, 0, "neutral", "neucoatt");
    attack(1, B, X, 1910);
    assertThat(met(1, 1)).isTrue();
    assertThat(met(2, 1)).isFalse();
  }

  @Test
  void aNonAggressionBreachCountsOnlyUnderItsAssumption() {
    member(1, A, 1900, 0, "nonagg");
    member(1, B, 1900, 0, "nonagg");
    attack(1, A, B, 1910);
    attack(2, X, B, 1910);
    assertThat(met(1, 1)).isTrue();
    assertThat(met(1, 2)).isFalse();
    Set<Assumption> off = Assumption.all();
    off.remove(Assumption.NON_AGGRESSION_BREACH_IS_CASUS_FOEDERIS);
    assertThat(met(1, 1, off)).isFalse();
  }

  @Test
  void consultationDoesNotDecideUnlessItsAssumptionIsOff() {
    member(1, A, 1900, 0, "consul");
    member(1, B, 1900, 0, "consul");
    attack(1, X, B, 1910);
    assertThat(met(1, 1)).isFalse();
    Set<Assumption> off = Assumption.all();
    off.remove(Assumption.CONSULTATION_NOT_CASUS_FOEDERIS);
    assertThat(met(1, 1, off)).isTrue();
  }

  @Test
  void aLocationClauseFollowsTheHomeRegionAssumption() {
    member(1, A, 1900, 0, "defense", "defcoloc");
    member(1, B, 1900, 0, "defense", "defcoloc");
    attack(1, Y, B, 1910); // an Asian state attacks a European one
    attack(2, X, B, 1910); // a European state attacks a European one
    assertThat(met(1, 1)).isFalse();
    assertThat(met(1, 2)).isTrue();
    assertThat(met(1, 1, EnumSet.noneOf(Assumption.class))).isTrue();
  }

  @Test
  void aWartimeAllianceAnswersTheWarItsPartnerAlreadyFights() {
    member(1, A, 1911, 0, "defense");
    member(1, B, 1911, 0, "defense");
    alliances.get(0).put("wartime", "1");
    attack(1, B, X, 1910);
    wars.get(0).put("month_exit", "12");
    wars.get(0).put("day_exit", "31");
    attack(1, B, X, 1911);
    wars.get(1).put("init_war_id", wars.get(0).getOrDefault("init_war_id", ""));
    wars.get(1).put("month_entry", "1");
    assertThat(met(1, 1)).isTrue();
    Set<Assumption> off = Assumption.all();
    off.remove(Assumption.WARTIME_ALLIANCE_ANSWERS_WAR_UNDER_WAY);
    assertThat(met(1, 1, off)).isFalse();
  }

  /** Makes the last attack row run to the end of its year, and adds the next year's row. */
  private void goesOnIntoNextYear() {
    Map<String, String> last = wars.get(wars.size() - 1);
    last.put("month_exit", "12");
    last.put("day_exit", "31");
    Map<String, String> next = new LinkedHashMap<>(last);
    next.put("year", "" + (Integer.parseInt(last.get("year")) + 1));
    next.put("month_entry", "1");
    next.put("day_entry", "1");
    next.put("month_exit", "6");
    next.put("day_exit", "1");
    wars.add(next);
  }

  @Test
  void anAttackStillWagedWhenItsTargetJoinsBreachesNonAggression() {
    member(1, A, 1900, 0, "nonagg");
    member(1, B, 1911, 0, "nonagg");
    attack(1, A, B, 1910);
    goesOnIntoNextYear();
    attack(2, A, B, 1910);
    assertThat(met(1, 1)).as("A still attacks B when B enters").isTrue();
    assertThat(met(1, 2)).as("the fighting ended before B entered").isFalse();
  }

  @Test
  void aPartnerAttackedByTwoStatesIsAttackedUntilBothStop() {
    member(1, A, 1911, 0, "defense");
    member(1, B, 1900, 0, "defense");
    attack(1, X, B, 1910);
    attack(1, Y, B, 1910);
    goesOnIntoNextYear();
    attack(2, X, B, 1910);
    assertThat(met(1, 1)).as("Y still attacks B when A enters, though X has stopped").isTrue();
    assertThat(met(1, 2)).as("all attacks on B ended before A entered").isFalse();
  }

  @Test
  void russiaAndTurkeyLieInTwoRegionsUnderTheirAssumption() {
    int russia = 365;
    int turkey = 640;
    int serbia = 345;
    member(1, russia, 1900, 0, "defense", "defcoloc");
    member(1, B, 1900, 0, "defense", "defcoloc");
    member(2, turkey, 1900, 0, "defense", "defcoloc");
    member(2, B, 1900, 0, "defense", "defcoloc");
    attack(1, Y, russia, 1910); // an Asian state attacks Russia
    attack(2, serbia, turkey, 1910); // a European state attacks Turkey
    Set<Assumption> off = Assumption.all();
    off.remove(Assumption.TRANSCONTINENTAL_STATES);
    assertThat(met(1, 1)).isTrue();
    assertThat(met(2, 2)).isTrue();
    assertThat(met(1, 1, off)).as("Russia in Europe only").isFalse();
    assertThat(met(2, 2, off)).as("Turkey in the Middle East only").isFalse();
  }

  @Test
  void aWartimeAllianceAnswersFightingBegunOnTheDayItWasMade() {
    member(1, A, 1911, 0, "defense");
    member(1, B, 1911, 0, "defense");
    alliances.get(0).put("wartime", "1");
    attack(1, B, X, 1911);
    wars.get(0).put("month_entry", "1");
    assertThat(met(1, 1)).isTrue();
    Set<Assumption> off = Assumption.all();
    off.remove(Assumption.WARTIME_ALLIANCE_ANSWERS_WAR_UNDER_WAY);
    assertThat(met(1, 1, off)).isFalse();
  }

  @Test
  void theTransparentRuleCountsANonAggressionBreach() {
    member(1, A, 1900, 0, "nonagg");
    member(1, B, 1900, 0, "nonagg");
    attack(1, A, B, 1910);
    attack(2, X, B, 1910);
    AtopData data = data();
    AtopData.Alliance alliance = data.alliance(1).orElseThrow();
    assertThat(TransparentRule.met(alliance, data.war(1).orElseThrow())).isTrue();
    assertThat(TransparentRule.met(alliance, data.war(2).orElseThrow())).isFalse();
  }

  @Test
  void theDecisionNamesThePledgeThatFiredAndItsExplanation() {
    member(1, A, 1900, 0, "defense");
    member(1, B, 1900, 0, "defense");
    attack(1, X, B, 1910);
    Decision d = CasusFoederis.of(data()).decide(1, 1).orElseThrow();
    assertThat(d.pledgeId()).contains("defense." + A + ".p1");
    assertThat(d.status()).contains(Status.ACTIVE);
    assertThat(d.explanation().orElseThrow().status()).isEqualTo(Status.ACTIVE);
    assertThat(d.explanation().orElseThrow().source().quote()).isEqualTo("defense=1");
  }
}
