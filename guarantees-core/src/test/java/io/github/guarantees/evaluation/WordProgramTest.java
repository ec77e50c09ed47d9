package io.github.guarantees.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.Fixtures;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Deadline;
import io.github.guarantees.model.Party;
import io.github.guarantees.model.Role;
import io.github.guarantees.model.Term;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code decide} on an agreement of plain pledges runs the kernel's program over words ({@link
 * WordProgram}) instead of the sweep. On seeded random agreements and scenarios, some longer than
 * one chunk of {@value WordProgram#STEPS} instants, every node's word must give the truth at as-of
 * the sweep gives it, and the state statuses read must be the sweep's: the truth and first true
 * instant of every node they read. An agreement whose statuses read more has no program. {@code
 * -Dguarantees.seed=S} replays the agreement a failure names.
 */
class WordProgramTest {
  static final int AGREEMENTS = RandomCases.count(1000);
  static final int SCENARIOS = 10;

  @Test
  void theWordsLeaveTheStateTheSweepLeaves() {
    long base = RandomCases.baseSeed(52_000_000L);
    int nodes = 0;
    for (long seed = base; seed < base + AGREEMENTS; seed++) {
      RandomAgreements random =
          (seed % 2 == 0
                  ? new RandomAgreements(seed)
                  : RandomAgreements.withAlliances(seed, x -> x))
              .plain();
      Agreement agreement = random.agreement();
      Kernel k = Evaluator.compile(agreement).kernel();
      WordProgram program = java.util.Objects.requireNonNull(k.program, "a program over words");
      Sweep swept = new Sweep(k);
      Sweep words = new Sweep(k);
      // The same agreement compiled again, its program's code made at once (every other pair of
      // seeds with one node per method, so that guards are split between methods).
      Kernel generated = Evaluator.compile(agreement).kernel();
      assertThat(generated.makeCode(seed / 2 % 2 == 0 ? WordCode.METHOD_BYTES : 1))
          .as("seed %s: the program's code", seed)
          .isNotNull();
      Sweep coded = new Sweep(generated);
      for (int i = 0; i < SCENARIOS; i++) {
        // Every third scenario is several laid end to end: more instants than one chunk holds.
        Scenario scenario = i % 3 == 2 ? laidEndToEnd(random, 4 + i) : random.scenario(12);
        String where =
            "seed " + seed + " (replay with -Dguarantees.seed=" + seed + "), scenario " + i;
        swept.run(scenario.events(), scenario.asOf(), null);
        assertThat(words.decideByWords(scenario.events(), scenario.asOf(), null))
            .as(where)
            .isTrue();
        assertThat(wordTruths(words, k))
            .as("%s: every node's truth\n%s", where, scenario)
            .isEqualTo(swept.val);
        for (int n : program.read) {
          assertThat(words.val[n]).as("%s: truth of node %s", where, n).isEqualTo(swept.val[n]);
          assertThat(words.firstSec[n] + "." + words.firstNano[n])
              .as("%s: first true instant of node %s", where, n)
              .isEqualTo(
                  swept.firstSec[n]
                      + "."
                      + (swept.firstSec[n] == Kernel.NEVER
                          ? words.firstNano[n]
                          : swept.firstNano[n]));
        }
        byte[] statuses = new byte[k.slots];
        // (the sweep reused, as the evaluator's per-thread one is)
        assertThat(words.decideByWords(scenario.events(), scenario.asOf(), statuses)).isTrue();
        assertThat(statuses)
            .as("%s: every status read from the words\n%s", where, scenario)
            .isEqualTo(sweptStatuses(swept, k, scenario.asOf()));
        byte[] fromCode = new byte[k.slots];
        assertThat(coded.decideByWords(scenario.events(), scenario.asOf(), fromCode)).isTrue();
        assertThat(fromCode)
            .as("%s: every status read from the code's words\n%s", where, scenario)
            .isEqualTo(statuses);
        assertCodeSetsWhatStatusesRead(coded, words, k, where);
        nodes += k.nodeCount;
      }
    }
    System.out.println(
        "words: " + nodes + " node truths compared with the sweep's, from seed " + base);
  }

  /**
   * After a decision by the code ({@code coded}, a one-chunk scenario) and one by the program
   * ({@code words}): every trigger's word, and for each pledge whose trigger held in the chunk
   * every word its status reads, give the program's truth at as-of.
   */
  private static void assertCodeSetsWhatStatusesRead(
      Sweep coded, Sweep words, Kernel k, String where) {
    if (!coded.oneChunk()) {
      return;
    }
    for (int p = 0; p < k.pledgeCount; p++) {
      List<Integer> read = new ArrayList<>(List.of(k.trigger[p]));
      if (coded.everHeld(k.trigger[p])) {
        read.add(k.active[p]);
        for (int c = k.contributionStart[p]; c < k.contributionStart[p + 1]; c++) {
          read.add(k.own[c]);
          read.add(k.fire[c]);
        }
      }
      for (int n : read) {
        assertThat(coded.wordHolds(n))
            .as("%s: pledge %s, node %s from the code", where, p, n)
            .isEqualTo(words.wordHolds(n));
      }
    }
  }

  /** Every pledge's and contribution's status at as-of, read by the sweep's rules. */
  private static byte[] sweptStatuses(Sweep swept, Kernel k, Instant asOf) {
    byte[] out = new byte[k.slots];
    for (int p = 0; p < k.pledgeCount; p++) {
      Status status = swept.pledge(p, asOf.getEpochSecond(), asOf.getNano(), false);
      out[k.slot[p]] = Decisions.encode(status);
      for (int c = k.contributionStart[p], j = 1; c < k.contributionStart[p + 1]; c++) {
        out[k.slot[p] + j++] =
            Decisions.encode(
                swept.contribution(c, p, status, asOf.getEpochSecond(), asOf.getNano(), false));
      }
    }
    return out;
  }

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  /** Every node's truth at as-of, read from the words {@code decideByWords} left. */
  private static boolean[] wordTruths(Sweep words, Kernel k) {
    boolean[] out = new boolean[k.nodeCount];
    for (int n = 0; n < out.length; n++) {
      out[n] = words.wordHolds(n);
    }
    return out;
  }

  /**
   * {@code copies} scenarios of the generator laid end to end, each 15 hours after the one before
   * (a scenario's events lie within 14 hours), as of a random instant of the last.
   */
  private static Scenario laidEndToEnd(RandomAgreements random, int copies) {
    List<Event> events = new ArrayList<>();
    Scenario last = random.scenario(12);
    for (int c = 0; c < copies; c++) {
      Scenario s = c == copies - 1 ? last : random.scenario(12);
      Duration shift = Duration.ofHours(15L * c);
      for (Event e : s.events()) {
        events.add(Event.builder().from(e).at(e.at().plus(shift)).build());
      }
    }
    return Scenario.builder()
        .name("long")
        .events(events)
        .asOf(last.asOf().plus(Duration.ofHours(15L * (copies - 1))))
        .build();
  }

  /** One plain pledge per kind of atom over triggers a and b, and thresholds over them. */
  private static final Agreement ATOMS = atoms();

  private static Agreement atoms(io.github.guarantees.model.Pledge... more) {
    return Agreement.builder()
        .id("atoms")
        .title("Atoms")
        .addParty(Party.builder().id("P").name("Party P").build(), Role.SIGNATORY)
        .addTrigger("a", "event a")
        .addTrigger("b", "event b")
        .addPledges(
            Fixtures.pledge("after").activation(Condition.after(a(), b())).build(),
            Fixtures.pledge("inForce").activation(Condition.inForce(a(), b())).build(),
            Fixtures.pledge("within")
                .activation(Condition.within(a(), Duration.ofMinutes(1), b()))
                .build(),
            Fixtures.pledge("not").activation(Condition.not(Condition.occurred("b"))).build(),
            Fixtures.pledge("atLeast")
                .activation(
                    Condition.atLeast(
                        2,
                        Condition.inForce(a(), b()),
                        Condition.inForce(b(), a()),
                        Condition.occurred("a")))
                .build(),
            // (three of four: counted, where two of three is a formula)
            Fixtures.pledge("atLeastOfFour")
                .activation(
                    Condition.atLeast(
                        3,
                        Condition.inForce(a(), b()),
                        Condition.after(b(), a()),
                        Condition.occurred("a"),
                        Condition.not(Condition.within(a(), Duration.ofMinutes(1), b()))))
                .build())
        .addPledges(more)
        .build();
  }

  private static io.github.guarantees.condition.Occurred a() {
    return Condition.occurred("a");
  }

  private static io.github.guarantees.condition.Occurred b() {
    return Condition.occurred("b");
  }

  /**
   * Events a and b, one a minute, then as of the last: a, a, b over and over, with a long run of a
   * (no b) from minute 60 to 70 and from 120 to 135, so that atoms stay true across chunks.
   */
  private static Scenario turns(int instants) {
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < instants; i++) {
      boolean run = (i >= 60 && i <= 70) || (i >= 120 && i <= 135);
      events.add(Event.of(i % 3 == 2 && !run ? "b" : "a", T0.plusSeconds(60L * i)));
    }
    return Scenario.builder()
        .name("turns")
        .events(events)
        .asOf(T0.plusSeconds(60L * Math.max(0, instants - 1)))
        .build();
  }

  @Test
  void anEvaluatorDecidingManyScenariosMakesItsCodeAndDecidesAsBefore() {
    long seed = RandomCases.baseSeed(53_000_000L);
    RandomAgreements random = new RandomAgreements(seed).plain();
    Evaluator evaluator = Evaluator.compile(random.agreement());
    List<Scenario> scenarios = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      scenarios.add(random.scenario(12));
    }
    List<Decisions> before = scenarios.stream().map(evaluator::decide).toList();
    assertThat(evaluator.kernel().hasCode()).as("code after 100 decisions").isFalse();
    for (int i = 0; i < Kernel.DECISIONS_BEFORE_CODE; i++) {
      evaluator.decide(scenarios.get(i % scenarios.size()));
    }
    assertThat(evaluator.kernel().hasCode())
        .as("code after %s decisions", Kernel.DECISIONS_BEFORE_CODE + 100)
        .isTrue();
    assertThat(scenarios.stream().map(evaluator::decide).toList())
        .as("seed %s: decisions by the code", seed)
        .isEqualTo(before);
  }

  @Test
  void scenariosOfManyInstantsAreTakenChunkByChunkWithTheSameStatuses() {
    Evaluator evaluator = Evaluator.compile(ATOMS);
    ReferenceEvaluator reference = ReferenceEvaluator.of(ATOMS);
    Kernel k = evaluator.kernel();
    Sweep words = new Sweep(k);
    Sweep swept = new Sweep(k);
    Kernel coded = Evaluator.compile(ATOMS).kernel();
    assertThat(coded.makeCode()).isNotNull();
    // Chunks end after 63 instants: on each side of one and two boundaries, and as of any instant.
    for (int instants : new int[] {0, 1, 2, 62, 63, 64, 65, 126, 127, 128, 200}) {
      Scenario all = turns(instants);
      for (int asOf = Math.max(0, instants - 3); asOf <= instants + 1; asOf++) {
        Scenario s =
            Scenario.builder()
                .name("turns")
                .events(all.events())
                .asOf(T0.plusSeconds(60L * asOf - 30))
                .build();
        String where = instants + " instants, as of minute " + asOf + " less 30 s";
        byte[] fromCode = new byte[coded.slots];
        assertThat(new Sweep(coded).decideByWords(s.events(), s.asOf(), fromCode)).isTrue();
        assertThat(fromCode)
            .as(where + ", by the code")
            .isEqualTo(statusBytes(evaluator.decide(s)));
        assertThat(words.decideByWords(s.events(), s.asOf(), null)).as(where).isTrue();
        swept.run(s.events(), s.asOf(), null);
        assertThat(wordTruths(words, k)).as(where).isEqualTo(swept.val);
        assertThat(DifferentialTest.decided(ATOMS, evaluator.decide(s)))
            .as(where)
            .isEqualTo(DifferentialTest.statuses(reference.assess(s)));
      }
    }
  }

  @Test
  void withinCountsInSecondsWhereAChunkSpansCenturies() {
    // Windows of a minute and of 400 years; instants from 300 years before T0 to a minute after.
    Agreement centuries =
        atoms(
            Fixtures.pledge("withinCenturies")
                .activation(Condition.within(a(), Duration.ofDays(400L * 366), b()))
                .build());
    Evaluator evaluator = Evaluator.compile(centuries);
    ReferenceEvaluator reference = ReferenceEvaluator.of(centuries);
    Kernel generated = Evaluator.compile(centuries).kernel();
    assertThat(generated.makeCode()).isNotNull();
    Sweep coded = new Sweep(generated);
    Instant past = T0.minus(Duration.ofDays(300L * 365));
    List<List<Event>> cases =
        List.of(
            List.of(Event.of("b", past), Event.of("a", T0)),
            List.of(Event.of("b", past), Event.of("b", T0), Event.of("a", T0.plusSeconds(60))),
            List.of(Event.of("b", past), Event.of("a", T0.plusSeconds(61))),
            List.of(Event.of("b", T0), Event.of("a", T0.plusSeconds(60))));
    for (List<Event> events : cases) {
      Scenario s =
          Scenario.builder().name("centuries").events(events).asOf(T0.plusSeconds(120)).build();
      byte[] fromCode = new byte[generated.slots];
      assertThat(coded.decideByWords(s.events(), s.asOf(), fromCode)).isTrue();
      assertThat(DifferentialTest.decided(centuries, evaluator.decide(s)))
          .as("%s", events)
          .isEqualTo(DifferentialTest.statuses(reference.assess(s)));
      assertThat(fromCode)
          .as("%s, by the code", events)
          .isEqualTo(statusBytes(evaluator.decide(s)));
    }
  }

  private static byte[] statusBytes(Decisions d) {
    byte[] out = new byte[d.pledgeCount()];
    for (int p = 0; p < out.length; p++) {
      out[p] = Decisions.encode(d.pledgeStatus(p));
    }
    return out;
  }

  @Test
  void aNodeThatPledgesOfManyTriggersReadIsComputedWhateverTheirTriggers() {
    // Six pledges of six triggers share one activation (read for more than MAX_GUARD triggers);
    // each adds a node of its own, read for its trigger alone.
    Condition shared = Condition.anyOf(Condition.after(a(), b()), Condition.inForce(b(), a()));
    Agreement.Builder builder =
        Agreement.builder()
            .id("shared")
            .title("Shared")
            .addParty(Party.builder().id("P").name("Party P").build(), Role.SIGNATORY)
            .addTrigger("a", "event a")
            .addTrigger("b", "event b");
    String[] triggers = {"t1", "t2", "t3", "t4", "t5", "t6"};
    for (int i = 0; i < triggers.length; i++) {
      builder.addTrigger(triggers[i], "event " + triggers[i]);
      builder.addPledges(
          Fixtures.pledge("p" + i)
              .trigger(Condition.occurred(triggers[i]))
              .activation(
                  i % 2 == 0
                      ? shared
                      : Condition.allOf(shared, Condition.not(Condition.occurred(triggers[0]))))
              .build());
    }
    Agreement agreement = builder.build();
    Evaluator evaluator = Evaluator.compile(agreement);
    ReferenceEvaluator reference = ReferenceEvaluator.of(agreement);
    Kernel generated = Evaluator.compile(agreement).kernel();
    assertThat(generated.makeCode()).isNotNull();
    Sweep coded = new Sweep(generated);
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    String[] all = {"a", "b", "t1", "t2", "t3", "t4", "t5", "t6"};
    for (int c = 0; c < 200; c++) {
      List<Event> events = new ArrayList<>();
      int count = random.nextInt(8);
      for (int e = 0; e < count; e++) {
        events.add(Event.of(all[random.nextInt(all.length)], T0.plusSeconds(60L * e)));
      }
      Scenario s =
          Scenario.builder()
              .name("shared")
              .events(events)
              .asOf(T0.plusSeconds(60L * random.nextInt(9)))
              .build();
      byte[] fromCode = new byte[generated.slots];
      assertThat(coded.decideByWords(s.events(), s.asOf(), fromCode)).isTrue();
      assertThat(DifferentialTest.decided(agreement, evaluator.decide(s)))
          .as("%s", s)
          .isEqualTo(DifferentialTest.statuses(reference.assess(s)));
      assertThat(fromCode).as("%s, by the code", s).isEqualTo(statusBytes(evaluator.decide(s)));
    }
  }

  @Test
  void threadsDecidingPastTheThresholdDecideAsOneThreadDid() throws Exception {
    RandomAgreements random = new RandomAgreements(RandomCases.baseSeed(54_000_000L)).plain();
    Evaluator evaluator = Evaluator.compile(random.agreement());
    List<Scenario> scenarios = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      scenarios.add(random.scenario(12));
    }
    List<Decisions> expected = scenarios.stream().map(evaluator::decide).toList();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Integer>> wrong = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        wrong.add(
            pool.submit(
                () -> {
                  int differ = 0;
                  for (int i = 0; i < Kernel.DECISIONS_BEFORE_CODE / 2; i++) {
                    int j = i % scenarios.size();
                    if (!evaluator.decide(scenarios.get(j)).equals(expected.get(j))) {
                      differ++;
                    }
                  }
                  return differ;
                }));
      }
      for (java.util.concurrent.Future<Integer> f : wrong) {
        assertThat(f.get()).as("decisions that differ from one thread's").isZero();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(evaluator.kernel().hasCode()).isTrue();
  }

  @Test
  void aKernelOfMoreNodesThanTheBoundGetsNoCodeAndDecidesByItsProgram() {
    List<io.github.guarantees.model.Pledge> many = new ArrayList<>();
    for (int i = 0; i < WordCode.MAX_NODES / 3 + 1; i++) {
      many.add(
          Fixtures.pledge("p" + i)
              .activation(
                  Condition.allOf(
                      Condition.within(a(), Duration.ofSeconds(i + 1), b()),
                      Condition.occurred("a")))
              .build());
    }
    Agreement big = atoms(many.toArray(new io.github.guarantees.model.Pledge[0]));
    Evaluator evaluator = Evaluator.compile(big);
    Kernel k = evaluator.kernel();
    assertThat(k.nodeCount).isGreaterThan(WordCode.MAX_NODES);
    assertThat(k.makeCode()).isNull();
    Scenario s = turns(12);
    assertThat(DifferentialTest.decided(big, evaluator.decide(s)))
        .isEqualTo(DifferentialTest.statuses(ReferenceEvaluator.of(big).assess(s)));
  }

  @Test
  void anAgreementWhoseStatusesReadMoreHasNoProgram() {
    Agreement deadline =
        atoms(
            Fixtures.pledge("due")
                .deadline(Deadline.of(Condition.occurred("b"), Duration.ofHours(1)))
                .build());
    Agreement term = atoms(Fixtures.pledge("ends").term(Term.endsAt(T0.plusSeconds(600))).build());
    Agreement status =
        atoms(
            Fixtures.pledge("follows")
                .activation(
                    Condition.statusIs("after", io.github.guarantees.condition.Standing.ACTIVE))
                .build());
    assertThat(Evaluator.compile(ATOMS).kernel().program).isNotNull();
    for (Agreement a : List.of(deadline, term, status)) {
      Kernel k = Evaluator.compile(a).kernel();
      assertThat(k.program).as("%s", a.pledges().get(a.pledges().size() - 1).id()).isNull();
      Scenario s = turns(5);
      assertThat(new Sweep(k).decideByWords(s.events(), s.asOf(), null)).isFalse();
    }
  }
}
