package io.github.guarantees.cli;

import io.github.guarantees.analysis.Verdict;
import io.github.guarantees.io.NamedProperty;
import io.github.guarantees.io.ScenarioFile;
import io.github.guarantees.scenario.Scenario;
import java.util.List;

/**
 * A counterexample as a runnable scenario file: it names the agreement, holds the counterexample's
 * events and as-of instant, and embeds the failed property under {@code holds:}, so that {@code
 * guarantees check} on it fails against the faulty agreement and passes once it is fixed.
 */
final class Counterexamples {
  private Counterexamples() {}

  static ScenarioFile file(NamedProperty p, Verdict.Counterexample c, String agreement) {
    Scenario found = c.scenario();
    Scenario s =
        Scenario.builder()
            .name("counterexample-" + p.name())
            .narrative(
                "A counterexample to the property '"
                    + p.name()
                    + "' with "
                    + AnalysisReports.events(c.events())
                    + ", found by guarantees analyse: it fails at "
                    + c.at()
                    + " on "
                    + String.join(", ", c.offending().stream().map(Object::toString).toList())
                    + ". Keep it as a regression test: it passes once the agreement is fixed.")
            .addAllEvents(found.events())
            .asOf(found.asOf())
            .build();
    return ScenarioFile.of(agreement, s, List.of(), List.of(p));
  }
}
