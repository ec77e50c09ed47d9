package io.github.guarantees.examples;

import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.Evaluator;

/** Shared access to the compiled Paris agreement for the scenario tests. */
final class ParisFixtures {
  static final Evaluator EVALUATOR = Evaluator.compile(Paris2026.agreement());

  private ParisFixtures() {}

  static Assessment assess(String scenarioName) {
    return EVALUATOR.evaluate(Paris2026Scenarios.named(scenarioName));
  }
}
