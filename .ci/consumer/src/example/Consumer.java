package example;

import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.io.FileFormat;
import io.github.guarantees.io.Syntax;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Party;
import io.github.guarantees.model.Role;
import io.github.guarantees.scenario.Scenario;
import java.time.Instant;

/**
 * A user's code, compiled by CI with {@code javac -Xlint:all -Werror} against the built core and io
 * jars and their runtime dependencies only (no Immutables on the class path): builders of the
 * generated immutable types, the file format and the evaluator must compile without a warning.
 */
public final class Consumer {
  private Consumer() {}

  /**
   * Reads a small agreement, adds a party to a copy with a builder, and evaluates a scenario built in code.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Agreement read =
        FileFormat.readAgreement(
            "consumer.yaml",
            String.join(
                "\n",
                "id: consumer",
                "title: A pledge on request",
                "parties:",
                "  - {id: fr, name: France, roles: [signatory]}",
                "  - {id: ua, name: Ukraine, roles: [beneficiary]}",
                "triggers:",
                "  - {id: request, description: Ukraine asks}",
                "pledges:",
                "  - id: help",
                "    title: Help on request",
                "    kind: military-support",
                "    bindingForce: political-declaration",
                "    activation: {occurred: request}",
                "    source: {document: Consumer, clause: '1', quote: help on request}",
                "    contributions: [fr]",
                ""),
            Syntax.YAML);
    Agreement agreement =
        Agreement.builder()
            .from(read)
            .addParty(Party.builder().id("pl").name("Poland").build(), Role.SIGNATORY)
            .build();
    Scenario scenario =
        Scenario.builder()
            .name("asked")
            .addEvent("request", Instant.parse("2026-04-01T00:00:00Z"))
            .asOf(Instant.parse("2026-04-02T00:00:00Z"))
            .build();
    Assessment assessment = Evaluator.compile(agreement).evaluate(scenario);
    Status help = assessment.status("help");
    if (help != Status.ACTIVE) {
      throw new AssertionError("expected help to be ACTIVE, was " + help);
    }
    System.out.println("consumer: help is " + help);
  }
}
