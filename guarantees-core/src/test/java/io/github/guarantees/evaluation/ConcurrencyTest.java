package io.github.guarantees.evaluation;

import static io.github.guarantees.Fixtures.h;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.Fixtures;
import io.github.guarantees.Treaty;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Term;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One evaluator shared by several threads gives the same assessments as sequential evaluation. */
class ConcurrencyTest {
  private static final int THREADS = 4;

  /** Statuses and explanation reasons of every pledge and contribution, as one string. */
  private static String fingerprint(Assessment a) {
    StringBuilder out = new StringBuilder();
    for (PledgeAssessment p : a.pledges()) {
      Explanation e = a.explain(p.id());
      out.append(p.id()).append('=').append(p.status()).append(':').append(e.reason());
      out.append(e.missing()).append(e.obstacles()).append('\n');
      for (ContributionAssessment c : p.contributions()) {
        out.append("  ")
            .append(c.party())
            .append('=')
            .append(c.status())
            .append(':')
            .append(a.explain(p.id(), c.party()).reason())
            .append('\n');
      }
    }
    return out.toString();
  }

  private static Agreement agreement() {
    Agreement.Builder b = Treaty.base().addPledges(Treaty.force().build());
    b.addPledges(
        Treaty.force().id("force-10h").term(Term.lastsFor(Duration.ofHours(10))).build(),
        Fixtures.pledge("consult")
            .trigger(Condition.after("attack", "ceasefire"))
            .activation(Condition.within("approval", Duration.ofHours(24), "attack"))
            .addContributions(Contribution.of("FR"), Contribution.of("UK"))
            .build(),
        Fixtures.pledge("restraint")
            .trigger(Condition.always())
            .activation(Condition.not(Condition.occurred("attack")))
            .build());
    return b.build();
  }

  private static final String[] TRIGGERS = {
    "ceasefire",
    "ceasefire-collapsed",
    "request",
    "request-withdrawn",
    "credible-cessation",
    "approval",
    "approval-revoked",
    "attack",
    "accession"
  };
  private static final String[] PARTIES = {"UA", "UK", "FR"};

  private static List<Scenario> scenarios(long seed, int n) {
    Random r = new Random(seed);
    List<Scenario> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<Event> events = new ArrayList<>();
      int k = r.nextInt(9);
      long at = 0;
      for (int j = 0; j < k; j++) {
        at += r.nextInt(4);
        String t = TRIGGERS[r.nextInt(TRIGGERS.length)];
        events.add(
            r.nextBoolean() ? Event.of(t, h(at)) : Event.of(t, PARTIES[r.nextInt(3)], h(at)));
      }
      out.add(Scenario.builder().name("s" + i).addAllEvents(events).asOf(h(r.nextInt(30))).build());
    }
    return out;
  }

  @Test
  void sharedEvaluatorMatchesSequentialEvaluation() throws Exception {
    Evaluator evaluator = Evaluator.compile(agreement());
    List<Scenario> scenarios = scenarios(99L, 150);
    List<String> sequential = new ArrayList<>();
    for (Scenario s : scenarios) {
      sequential.add(fingerprint(evaluator.evaluate(s)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
          order.add(i);
        }
        Collections.shuffle(order, new Random(t));
        Callable<List<String>> task =
            () -> {
              start.await();
              String[] out = new String[scenarios.size()];
              for (int i : order) {
                out[i] = fingerprint(evaluator.evaluate(scenarios.get(i)));
              }
              return List.of(out);
            };
        futures.add(pool.submit(task));
      }
      start.countDown();
      for (Future<List<String>> f : futures) {
        assertThat(f.get(2, TimeUnit.MINUTES)).isEqualTo(sequential);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(sequential.stream().distinct().count()).isGreaterThan(10);
  }

  /** Pledges whose statuses read only their conditions: decided by words, explained on demand. */
  private static Agreement plain() {
    return Treaty.base()
        .addPledges(
            Fixtures.pledge("consult")
                .trigger(Condition.after("attack", "ceasefire"))
                .activation(Condition.within("approval", Duration.ofHours(24), "attack"))
                .addContributions(Contribution.of("FR"), Contribution.of("UK"))
                .build(),
            Fixtures.pledge("restraint")
                .trigger(Condition.always())
                .activation(Condition.not(Condition.occurred("attack")))
                .build())
        .build();
  }

  @Test
  void oneAssessmentIsExplainedAlikeByThreadsAskingAtOnce() throws Exception {
    Evaluator evaluator = Evaluator.compile(plain());
    assertThat(evaluator.kernel().program).as("decided by words").isNotNull();
    sharedAssessmentsAgree(evaluator, scenarios(11L, 40));
  }

  /**
   * A contract with deadlines, powers and a condition on a status: its explanations read statuses
   * the sweep computes (a deadline's due instant), on an assessment all threads share.
   */
  @Test
  void oneAssessmentWithDeadlinesIsExplainedAlikeByThreadsAskingAtOnce() throws Exception {
    Agreement sale = PowersTest.sale().build();
    Evaluator evaluator = Evaluator.compile(sale);
    assertThat(evaluator.kernel().program).as("swept").isNull();
    List<String> triggers = sale.triggers().stream().map(t -> t.id()).toList();
    String[] parties = {"SELLER", "BUYER"};
    Random r = new Random(13L);
    List<Scenario> scenarios = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Scenario.Builder b = PowersTest.unpaid().name("sale " + i);
      for (int j = r.nextInt(6); j > 0; j--) {
        b.addEvent(
            triggers.get(r.nextInt(triggers.size())),
            parties[r.nextInt(2)],
            PowersTest.day(r.nextInt(14)));
      }
      scenarios.add(b.asOf(PowersTest.day(r.nextInt(16))).build());
    }
    sharedAssessmentsAgree(evaluator, scenarios);
  }

  /**
   * Per scenario, {@value #THREADS} threads started at once each explain one shared assessment five
   * times over, and every answer equals a fresh assessment's, explained by one thread.
   */
  private static void sharedAssessmentsAgree(Evaluator evaluator, List<Scenario> scenarios)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (Scenario s : scenarios) {
        String sequential = fingerprint(evaluator.evaluate(s));
        Assessment shared = evaluator.evaluate(s);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          futures.add(
              pool.submit(
                  () -> {
                    start.await();
                    StringBuilder out = new StringBuilder();
                    for (int k = 0; k < 5; k++) {
                      out.append(fingerprint(shared));
                    }
                    return out.toString();
                  }));
        }
        start.countDown();
        for (Future<String> f : futures) {
          assertThat(f.get(1, TimeUnit.MINUTES)).as(s.name()).isEqualTo(sequential.repeat(5));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void evaluationIsAPureFunction() {
    Evaluator a = Evaluator.compile(agreement());
    Evaluator b = Evaluator.compile(agreement());
    for (Scenario s : scenarios(7L, 30)) {
      assertThat(fingerprint(a.evaluate(s)))
          .isEqualTo(fingerprint(a.evaluate(s)))
          .isEqualTo(fingerprint(b.evaluate(s)));
    }
  }
}
