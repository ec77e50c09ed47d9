package io.github.guarantees.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.evaluation.RandomAgreements;
import io.github.guarantees.io.FileFormat;
import io.github.guarantees.io.Syntax;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.scenario.Scenario;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The file format round-trips the kernel's random alliance agreements and scenarios (from
 * guarantees-core's test-jar). It lives here rather than in guarantees-io because io is built
 * before the examples, whose run command ({@code compile exec:java}) resolves every upstream
 * module's test dependencies without compiling their tests: a test-jar dependency in io would break
 * it.
 */
class GeneratedFilesRoundTripTest {
  @ParameterizedTest
  @EnumSource(Syntax.class)
  void everyGeneratedAllianceAgreementAndScenarioReadsBackEqual(Syntax syntax) {
    for (long seed = 1; seed <= 300; seed++) {
      RandomAgreements random = RandomAgreements.withAlliances(seed, UnaryOperator.identity());
      if (seed % 2 == 0) {
        // Conditions on earlier pledges' statuses too.
        random.withStatuses();
      }
      Agreement a = random.agreement();
      String text = FileFormat.write(a, syntax);
      assertThat(FileFormat.readAgreement("seed " + seed, text, syntax))
          .as("seed %s\n%s", seed, text)
          .isEqualTo(a);
      Scenario s = random.scenario(10);
      assertThat(
              FileFormat.readScenario("seed " + seed, FileFormat.write(s, syntax), syntax)
                  .scenario())
          .isEqualTo(s);
    }
  }
}
