package io.github.guarantees.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.ContributionAssessment;
import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.evaluation.PledgeAssessment;
import io.github.guarantees.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One evaluator shared by two threads gives the same results as sequential evaluation. */
class ConcurrentEvaluationTest {

  @Test
  void sharedEvaluatorMatchesSequentialEvaluation() throws Exception {
    Evaluator evaluator = Evaluator.compile(Paris2026.agreement());
    List<Scenario> scenarios = new ArrayList<>();
    for (Scenario s : Paris2026Scenarios.all()) {
      for (int hours = 0; hours < 24 * 200; hours += 24) {
        scenarios.add(s.asOf(s.asOf().minusSeconds(3600L * hours)));
      }
    }
    List<String> sequential = new ArrayList<>();
    for (Scenario s : scenarios) {
      sequential.add(fingerprint(evaluator.evaluate(s)));
    }

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int thread = 0; thread < 2; thread++) {
        Callable<List<String>> task =
            () -> {
              List<String> out = new ArrayList<>();
              for (Scenario s : scenarios) {
                out.add(fingerprint(evaluator.evaluate(s)));
              }
              return out;
            };
        futures.add(pool.submit(task));
      }
      for (Future<List<String>> f : futures) {
        assertThat(f.get()).containsExactlyElementsOf(sequential);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String fingerprint(Assessment a) {
    StringBuilder out = new StringBuilder(a.scenario().name()).append('@').append(a.asOf());
    for (PledgeAssessment p : a.pledges()) {
      out.append(' ').append(p.id()).append('=').append(p.status());
      for (ContributionAssessment c : p.contributions()) {
        out.append(',').append(c.party()).append('=').append(c.status());
      }
    }
    out.append(" | ").append(a.explain(Paris2026.MULTINATIONAL_FORCE).reason());
    return out.toString();
  }
}
