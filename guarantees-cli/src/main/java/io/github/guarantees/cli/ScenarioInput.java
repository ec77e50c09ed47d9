package io.github.guarantees.cli;

import io.github.guarantees.io.AgreementFile;
import io.github.guarantees.io.ScenarioFile;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.scenario.Scenario;
import io.github.guarantees.scenario.ScenarioWarning;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.HashSet;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options of the commands that read one scenario: {@code --scenario}, {@code --agreement} and
 * {@code --as-of}, and their loading (the scenario checked against its agreement, the agreement's
 * warnings on standard error).
 */
final class ScenarioInput {
  @Option(
      names = {"-a", "--agreement"},
      paramLabel = "AGREEMENT",
      description = "The agreement; default: the one the scenario file names.")
  @Nullable String agreement;

  @Option(
      names = {"-s", "--scenario"},
      paramLabel = "SCENARIO",
      required = true,
      description = "The scenario file.")
  String scenario = "";

  @Option(
      names = "--as-of",
      paramLabel = "INSTANT",
      converter = Inputs.InstantConverter.class,
      description =
          "Use this instant instead of the scenario's own as-of instant (e.g."
              + " 2026-05-01T00:00:00Z or 2026-05-01).")
  @Nullable Instant asOf;

  @Option(
      names = "--reading",
      paramLabel = "NAME",
      description =
          "Evaluate the agreement under one named reading of its vague clauses (e.g."
              + " accession-does-not-end-term); a wrong name lists those it has.")
  @Nullable String reading;

  /** A scenario read and checked against its agreement, as of the instant asked for. */
  record Loaded(Agreement agreement, Scenario scenario) {}

  /**
   * Reads the scenario and its agreement, checks one against the other and prints the agreement's
   * warnings.
   *
   * @throws IllegalArgumentException (a load or validation exception) for bad input
   */
  Loaded load(PrintWriter err) {
    ScenarioFile file = Inputs.scenario(scenario);
    AgreementFile af = Inputs.agreementFor(file, scenario, agreement);
    Agreement a = af.agreement();
    String r = reading;
    if (r != null) {
      a = a.under(r);
    }
    file.validate(a);
    Inputs.warn(af, err, new HashSet<>());
    for (ScenarioWarning w : file.eventWarnings(a)) {
      err.println("warning: " + w);
    }
    Instant at = asOf;
    return new Loaded(a, at == null ? file.scenario() : file.scenario().asOf(at));
  }
}
