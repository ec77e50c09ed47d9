package io.github.guarantees.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.condition.Condition;
import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.BindingForce;
import io.github.guarantees.model.Fidelity;
import io.github.guarantees.model.Location;
import io.github.guarantees.model.Party;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.PledgeKind;
import io.github.guarantees.model.Role;
import io.github.guarantees.model.Source;
import io.github.guarantees.scenario.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's Java example runs, and the README shows exactly the code run here. */
class ReadmeExampleTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path SELF =
      Path.of("src/test/java/io/github/guarantees/examples/ReadmeExampleTest.java");

  @Test
  void readmeExampleRunsAsDocumented() {
    // README example begins
    Agreement agreement =
        Agreement.builder()
            .id("example")
            .title("A force deployed on request after a verified ceasefire")
            .addParty(Party.builder().id("FR").name("France").build(), Role.SIGNATORY)
            .addParty(Party.builder().id("UA").name("Ukraine").build(), Role.BENEFICIARY)
            .addTrigger("ceasefire", "A ceasefire enters into force")
            .addTrigger("credible-cessation", "A credible cessation of hostilities is verified")
            .addTrigger("ukraine-request", "Ukraine requests the force")
            .addTrigger("request-withdrawn", "Ukraine withdraws its request")
            .addPledges(
                Pledge.builder()
                    .id("force")
                    .title("Multinational force")
                    .kind(PledgeKind.FORCE_DEPLOYMENT)
                    .location(Location.IN_BENEFICIARY)
                    .bindingForce(BindingForce.POLITICAL_DECLARATION)
                    .trigger(Condition.occurred("ceasefire"))
                    .activation(
                        Condition.allOf(
                            Condition.inForce("ukraine-request", "request-withdrawn"),
                            Condition.occurred("credible-cessation")))
                    .source(
                        Source.builder()
                            .document("Paris Declaration, 6 January 2026")
                            .clause("Component 3")
                            .quote("implemented at Ukraine's request after a credible cessation")
                            .fidelity(Fidelity.SUMMARY)
                            .build())
                    .build())
            .build();

    Evaluator evaluator = Evaluator.compile(agreement); // once; immutable and thread-safe
    Scenario scenario =
        Scenario.builder()
            .name("ceasefire-and-request")
            .addEvent("ceasefire", Instant.parse("2026-04-01T00:00:00Z"))
            .addEvent("ukraine-request", Instant.parse("2026-04-02T09:00:00Z"))
            .asOf(Instant.parse("2026-04-10T00:00:00Z"))
            .build();
    Assessment assessment = evaluator.evaluate(scenario); // decisions only: cheap
    Status force = assessment.status("force"); // PENDING
    String why = assessment.explain("force").reason(); // "in play; needs: credible-cessation"
    // README example ends

    assertThat(force).isEqualTo(Status.PENDING);
    assertThat(why).isEqualTo("in play; needs: credible-cessation");
  }

  @Test
  void readmeShowsTheCodeThisTestRuns() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(block.find()).as("a ```java block in README.md").isTrue();
    String shown = withoutImports(block.group(1));

    String self = Files.readString(SELF, StandardCharsets.UTF_8);
    String ran =
        self.substring(
            self.indexOf("// README example begins") + "// README example begins".length(),
            self.indexOf("    // README example ends"));
    assertThat(normalise(shown)).isEqualTo(normalise(ran));
  }

  @Test
  void quickStartHasExactlyTheRunCommandThenVerify() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Matcher quick =
        Pattern.compile("## Quick start\\s*\n\\s*```\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(quick.find()).isTrue();
    assertThat(quick.group(1).strip().split("\n"))
        .containsExactly(
            "./mvnw -B -q -pl guarantees-examples -am compile exec:java", "./mvnw -B verify");
  }

  private static String withoutImports(String code) {
    return code.lines().filter(l -> !l.startsWith("import ")).collect(Collectors.joining("\n"));
  }

  private static String normalise(String code) {
    return code.lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty())
        .collect(Collectors.joining("\n"));
  }
}
