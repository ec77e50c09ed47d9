package io.github.guarantees.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.scenario.Scenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The kernel against the reference evaluator on seeded random agreements and scenarios (half of
 * them with the constructs of alliances: roles, party patterns, pledges owed to a set, memberships
 * over time, places, {@code atLeastParties}): the same status for every pledge and contribution
 * (from {@code evaluate} and from {@code decide}), and the same timeline. Half of each kind also
 * use the constructs of contracts: conditions on earlier pledges' statuses, deadlines at a fixed
 * instant, with the bound excluded, or with no time limit, powers that suspend, resume or terminate
 * a pledge or the agreement, pledges that survive termination, and paused deadlines. {@code
 * -Dguarantees.differential.pairs=N} sets the number of pairs (10^5 by default; the {@code
 * differential} Maven profile runs 10^6); {@code -Dguarantees.seed=S} replays the agreement a
 * failure names.
 */
class DifferentialTest {
  static final int PAIRS = Integer.getInteger("guarantees.differential.pairs", 100_000);

  /** Scenarios per agreement. */
  static final int SCENARIOS = 20;

  /** One scenario in this many also has every explanation's verdicts compared. */
  static final int EXPLAIN_EVERY = 20;

  /** Every node of a kernel trace holds exactly when the reference says its condition holds. */
  static void sameTruths(
      ConditionTrace t, ReferenceEvaluator reference, Scenario scenario, String where) {
    assertThat(t.holds())
        .as("%s: trace node %s", where, t.condition())
        .isEqualTo(reference.holdsIn(t.condition(), scenario));
    for (ConditionTrace o : t.operands()) {
      sameTruths(o, reference, scenario, where);
    }
  }

  /** One scenario in this many also has its whole timeline compared. */
  static final int TIMELINE_EVERY = 4;

  @Test
  void kernelAgreesWithTheReference() {
    long base = RandomCases.baseSeed(20261130L);
    int agreements = Math.max(1, PAIRS / SCENARIOS);
    Map<Status, Integer> seen = new EnumMap<>(Status.class);
    for (long seed = base; seed < base + agreements; seed++) {
      check(seed, seen);
    }
    System.out.println(
        "differential: "
            + agreements * SCENARIOS
            + " pairs from seed "
            + base
            + ", statuses "
            + seen
            + ", constructs of alliances that held "
            + COVERAGE);
    // The generator reaches every status, so agreement is not the agreement of two idle engines.
    assertThat(seen.keySet()).containsExactlyInAnyOrder(Status.values());
    // ... and the constructs of alliances hold in some pairs and fail in others.
    if (agreements >= 1000) {
      assertThat(COVERAGE.keySet()).containsExactlyInAnyOrder(Construct.values());
    }
  }

  /**
   * A generated minute on the nanosecond scale: every instant and duration a multiple of 0.7 s and
   * 1 ns, so that instants have nanoseconds and their sums and differences carry and borrow.
   */
  static final Duration ODD_MINUTE = Duration.ofNanos(700_000_001);

  /**
   * The same comparison, for a fifth of the pairs, with every generated time and duration a
   * multiple of {@link #ODD_MINUTE}: windows, terms, deadlines and suspensions computed across
   * second boundaries.
   */
  @Test
  void kernelAgreesWithTheReferenceOnTimesWithNanoseconds() {
    long base = RandomCases.baseSeed(20261201L);
    int agreements = Math.max(1, PAIRS / SCENARIOS / 5);
    Map<Status, Integer> seen = new EnumMap<>(Status.class);
    for (long seed = base; seed < base + agreements; seed++) {
      check(seed, seen, ODD_MINUTE);
    }
    System.out.println(
        "differential, nanosecond scale: "
            + agreements * SCENARIOS
            + " pairs from seed "
            + base
            + ", statuses "
            + seen);
    assertThat(seen.keySet()).contains(Status.VIOLATED, Status.EXPIRED, Status.SUSPENDED);
  }

  /**
   * The same comparison, for a fifth of the pairs, on agreements of plain pledges (no term,
   * deadline, restraint or power), which {@code decide} decides by its program over words ({@link
   * WordProgram}) rather than by the sweep: every one of them has the program.
   */
  @Test
  void wordsAgreeWithTheReference() {
    long base = RandomCases.baseSeed(20261202L);
    int agreements = Math.max(1, PAIRS / SCENARIOS / 5);
    Map<Status, Integer> seen = new EnumMap<>(Status.class);
    for (long seed = base; seed < base + agreements; seed++) {
      check(seed, seen, seed % 3 == 0 ? ODD_MINUTE : Duration.ofMinutes(1), true);
    }
    System.out.println(
        "differential, plain pledges: "
            + agreements * SCENARIOS
            + " pairs from seed "
            + base
            + ", statuses "
            + seen);
    assertThat(seen.keySet())
        .contains(Status.DORMANT, Status.PENDING, Status.ACTIVE, Status.SUSPENDED, Status.BLOCKED);
  }

  /** The constructs of alliances whose truth the test counts, to show it exercises them. */
  enum Construct {
    /** An event pattern with a target, a place or an actor that is not named held. */
    PATTERN_WITH_ROLES,
    /** A pattern reading membership held in an agreement whose membership changes. */
    MEMBERSHIP_OVER_TIME,
    /** An {@code atLeastParties} held. */
    AT_LEAST_PARTIES,
    /** A pledge instance owed to one party of a set fired. */
    OWED_INSTANCE_ACTIVE,
    /** A condition on another pledge's or contribution's status held. */
    STATUS_CONDITION,
    /** An obligation due at a fixed instant was decided (fulfilled or violated). */
    FIXED_DUE_DECIDED,
    /** An obligation whose due instant is excluded was decided. */
    EXCLUSIVE_DEADLINE_DECIDED,
    /** An obligation with no time limit was fulfilled. */
    NO_LIMIT_FULFILLED,
    /** A power's exercise took effect (explained so). */
    POWER_EXERCISED,
    /** An exercise came while its power was not in effect (explained so). */
    EXERCISE_IGNORED,
    /** A term's duration counted from its {@code since} condition ran out (explained so). */
    TERM_SINCE_ENDED,
    /** The agreement's own term ended a pledge (explained so). */
    AGREEMENT_ENDED
  }

  static final Map<Construct, Integer> COVERAGE = new EnumMap<>(Construct.class);

  private static void cover(
      Agreement agreement,
      ReferenceEvaluator reference,
      Scenario scenario,
      List<PledgeAssessment> ps) {
    for (PledgeAssessment p : ps) {
      boolean decided = p.status() == Status.FULFILLED || p.status() == Status.VIOLATED;
      p.pledge()
          .deadline()
          .filter(d -> decided)
          .ifPresent(
              d -> {
                if (d.dueAt().isPresent()) {
                  COVERAGE.merge(Construct.FIXED_DUE_DECIDED, 1, Integer::sum);
                }
                if (d.excludesDue()) {
                  COVERAGE.merge(Construct.EXCLUSIVE_DEADLINE_DECIDED, 1, Integer::sum);
                }
                if (!d.isLimited()) {
                  COVERAGE.merge(Construct.NO_LIMIT_FULFILLED, 1, Integer::sum);
                }
              });
      for (var e : agreement.statusConditionsOf(p.pledge())) {
        if (reference.holdsIn(e.getValue(), scenario)) {
          COVERAGE.merge(Construct.STATUS_CONDITION, 1, Integer::sum);
        }
      }
      if (p.pledge().owedParty().isPresent() && p.status() == Status.ACTIVE) {
        COVERAGE.merge(Construct.OWED_INSTANCE_ACTIVE, 1, Integer::sum);
      }
      for (io.github.guarantees.condition.Condition c :
          List.of(agreement.triggerOf(p.pledge()), p.pledge().activation())) {
        for (io.github.guarantees.condition.Occurred o : c.patterns()) {
          if (!o.isSimple() && ReferenceEvaluator.holds(o, agreement, scenario)) {
            COVERAGE.merge(Construct.PATTERN_WITH_ROLES, 1, Integer::sum);
            String text = o.toString();
            if (!agreement.memberships().isEmpty() && text.contains("member")) {
              COVERAGE.merge(Construct.MEMBERSHIP_OVER_TIME, 1, Integer::sum);
            }
          }
        }
        if (anyCountHolds(c, agreement, scenario)) {
          COVERAGE.merge(Construct.AT_LEAST_PARTIES, 1, Integer::sum);
        }
      }
    }
  }

  /** Whether some {@code atLeastParties} inside the condition holds. */
  private static boolean anyCountHolds(
      io.github.guarantees.condition.Condition c, Agreement agreement, Scenario scenario) {
    java.util.Deque<io.github.guarantees.condition.Condition> todo = new java.util.ArrayDeque<>();
    todo.push(c);
    while (!todo.isEmpty()) {
      io.github.guarantees.condition.Condition next = todo.pop();
      if (next instanceof io.github.guarantees.condition.AtLeastParties
          && ReferenceEvaluator.holds(next, agreement, scenario)) {
        return true;
      }
      io.github.guarantees.condition.Condition.operandsOf(next).forEach(todo::push);
    }
    return false;
  }

  /** Checks one agreement's pairs. */
  static void check(long seed, Map<Status, Integer> seen) {
    check(seed, seen, Duration.ofMinutes(1));
  }

  /** Checks one agreement's pairs, its times multiples of {@code minute}. */
  static void check(long seed, Map<Status, Integer> seen, Duration minute) {
    check(seed, seen, minute, false);
  }

  /**
   * Checks one agreement's pairs, its times multiples of {@code minute}; with {@code plain}, an
   * agreement of plain pledges, which must have a program over words.
   */
  static void check(long seed, Map<Status, Integer> seen, Duration minute, boolean plain) {
    // Odd seeds use the constructs of alliances too; even ones the language before them.
    RandomAgreements random =
        seed % 2 != 0
            ? RandomAgreements.withAlliances(seed, UnaryOperator.identity())
            : new RandomAgreements(seed);
    random.withMinute(minute);
    // Half of each kind also name pledges' statuses in their conditions.
    if (plain) {
      random.plain();
    } else if (seed % 4 >= 2) {
      random.withStatuses();
    }
    Agreement agreement = random.agreement();
    Evaluator kernel = Evaluator.compile(agreement);
    if (plain) {
      assertThat(kernel.kernel().program).as("seed %s: a program over words", seed).isNotNull();
    }
    ReferenceEvaluator reference = ReferenceEvaluator.of(agreement);
    for (int i = 0; i < SCENARIOS; i++) {
      Scenario scenario = random.scenario(10);
      String where =
          "seed " + seed + " (replay with -Dguarantees.seed=" + seed + "), scenario " + i;
      ImmutableList<PledgeAssessment> expected = reference.assess(scenario);
      Assessment actual = kernel.evaluate(scenario);
      assertThat(statuses(actual.pledges()))
          .as("%s: evaluate\n%s\n%s", where, agreement.pledges(), scenario.events())
          .isEqualTo(statuses(expected));
      assertThat(actual.agreementStatus())
          .as("%s: agreement status", where)
          .isEqualTo(AgreementStatus.of(expected, reference.agreementEnded(scenario)));
      assertThat(decided(agreement, kernel.decide(scenario)))
          .as("%s: decide", where)
          .isEqualTo(statuses(expected));
      for (PledgeAssessment p : expected) {
        seen.merge(p.status(), 1, Integer::sum);
        p.contributions().forEach(c -> seen.merge(c.status(), 1, Integer::sum));
      }
      if (i % EXPLAIN_EVERY == 0) {
        cover(agreement, reference, scenario, expected);
        for (PledgeAssessment p : expected) {
          Explanation why = actual.explain(p.id());
          for (Cause c : why.causes()) {
            if (c instanceof Cause.PowerExercised) {
              COVERAGE.merge(Construct.POWER_EXERCISED, 1, Integer::sum);
            } else if (c instanceof Cause.ExerciseIgnored) {
              COVERAGE.merge(Construct.EXERCISE_IGNORED, 1, Integer::sum);
            } else if (c instanceof Cause.AgreementEnded) {
              COVERAGE.merge(Construct.AGREEMENT_ENDED, 1, Integer::sum);
            } else if (c instanceof Cause.TermEnded t && t.since().isPresent()) {
              COVERAGE.merge(Construct.TERM_SINCE_ENDED, 1, Integer::sum);
            }
          }
          assertThat(why.status()).as("%s: explain %s", where, p.id()).isEqualTo(p.status());
          sameTruths(why.trigger(), reference, scenario, where);
          sameTruths(why.activation(), reference, scenario, where);
          for (ContributionAssessment c : p.contributions()) {
            Explanation cw = actual.explain(p.id(), c.party());
            assertThat(cw.status())
                .as("%s: explain %s/%s", where, p.id(), c.party())
                .isEqualTo(c.status());
            sameTruths(cw.contributionCondition().orElseThrow(), reference, scenario, where);
          }
        }
      }
      if (i % TIMELINE_EVERY == 0) {
        assertThat(changes(kernel.timeline(scenario)))
            .as("%s: timeline\n%s\n%s", where, agreement.pledges(), scenario)
            .isEqualTo(changes(reference.timeline(scenario)));
      }
    }
  }

  static List<String> statuses(List<PledgeAssessment> pledges) {
    List<String> out = new ArrayList<>();
    for (PledgeAssessment p : pledges) {
      out.add(p.id() + "=" + p.status());
      for (ContributionAssessment c : p.contributions()) {
        out.add(p.id() + "/" + c.party() + "=" + c.status());
      }
    }
    return out;
  }

  static List<String> decided(Agreement agreement, Decisions d) {
    List<String> out = new ArrayList<>();
    for (int p = 0; p < d.pledgeCount(); p++) {
      String id = agreement.instances().get(p).id();
      out.add(id + "=" + d.pledgeStatus(p));
      for (int c = 0; c < d.contributionCount(p); c++) {
        out.add(
            id
                + "/"
                + agreement.instances().get(p).contributions().get(c).party()
                + "="
                + d.contributionStatus(p, c));
      }
    }
    return out;
  }

  static List<String> changes(Timeline t) {
    List<String> out = new ArrayList<>();
    for (PledgeTimeline p : t.pledges()) {
      out.add(p.id() + " initially " + p.initial());
      for (ContributionTimeline c : p.contributions()) {
        out.add(p.id() + "/" + c.party() + " initially " + c.initial());
      }
    }
    List<String> moves = new ArrayList<>();
    for (PledgeTimeline p : t.pledges()) {
      for (StatusChange c : p.changes()) {
        moves.add(c.at() + " " + p.id() + " " + c.from() + "->" + c.to());
      }
      for (ContributionTimeline ct : p.contributions()) {
        for (StatusChange c : ct.changes()) {
          moves.add(c.at() + " " + p.id() + "/" + ct.party() + " " + c.from() + "->" + c.to());
        }
      }
    }
    moves.sort(null);
    out.addAll(moves);
    return out;
  }

  static List<String> changes(ReferenceEvaluator.Lifecycle l) {
    List<String> out = new ArrayList<>();
    for (PledgeAssessment p : l.initial()) {
      out.add(p.id() + " initially " + p.status());
      for (ContributionAssessment c : p.contributions()) {
        out.add(p.id() + "/" + c.party() + " initially " + c.status());
      }
    }
    List<String> moves = new ArrayList<>();
    for (ReferenceEvaluator.Change c : l.changes()) {
      PledgeAssessment p = l.initial().get(c.pledge());
      String who =
          c.contribution() < 0
              ? p.id()
              : p.id() + "/" + p.contributions().get(c.contribution()).party();
      moves.add(c.at() + " " + who + " " + c.from() + "->" + c.to());
    }
    moves.sort(null);
    out.addAll(moves);
    return out;
  }
}
