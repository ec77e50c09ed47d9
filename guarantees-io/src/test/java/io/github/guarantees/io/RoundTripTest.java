package io.github.guarantees.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.condition.Condition;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.BindingForce;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.PledgeKind;
import io.github.guarantees.scenario.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RoundTripTest {

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void agreementWithEveryFieldReadsBackEqual(Syntax syntax) {
    Agreement a = Fixtures.everything();
    String text = FileFormat.write(a, syntax);
    assertThat(FileFormat.readAgreement("everything", text, syntax)).isEqualTo(a);
    // and writing is stable
    assertThat(FileFormat.write(FileFormat.readAgreement("x", text, syntax), syntax))
        .isEqualTo(text);
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void scenarioFileWithExpectationsReadsBackEqual(Syntax syntax) {
    ScenarioFile f = Fixtures.scenarioFile();
    String text = FileFormat.write(f, syntax);
    assertThat(FileFormat.readScenario("s", text, syntax)).isEqualTo(f);
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void bareScenarioReadsBackEqual(Syntax syntax) {
    Scenario s = Fixtures.scenario();
    ScenarioFile back = FileFormat.readScenario("s", FileFormat.write(s, syntax), syntax);
    assertThat(back.scenario()).isEqualTo(s);
    assertThat(back.agreement()).isEmpty();
    assertThat(back.expectations()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void conditionAtTheDepthLimitReadsBackEqual(Syntax syntax) {
    Condition c = Condition.occurred("t");
    for (int i = 1; i < Condition.MAX_DEPTH; i++) {
      c = i % 2 == 0 ? Condition.not(c) : Condition.allOf(c, Condition.occurred("t"));
    }
    assertThat(c.depth()).isEqualTo(Condition.MAX_DEPTH);
    Agreement a =
        Agreement.builder()
            .id("deep")
            .title("Deep")
            .addTrigger("t", "T")
            .addPledges(
                Pledge.builder()
                    .id("p")
                    .title("P")
                    .kind(PledgeKind.CONSULTATION)
                    .bindingForce(BindingForce.CONSULTATION)
                    .activation(c)
                    .source(Fixtures.source("1"))
                    .build())
            .build();
    assertThat(FileFormat.readAgreement("deep", FileFormat.write(a, syntax), syntax)).isEqualTo(a);
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void documentedExampleReadsBackEqual(Syntax syntax) {
    Agreement a =
        FileFormat.readAgreement(
            "example-agreement.yaml", Fixtures.resource("example-agreement.yaml"), Syntax.YAML);
    ScenarioFile s =
        FileFormat.readScenario(
            "example-scenario.yaml", Fixtures.resource("example-scenario.yaml"), Syntax.YAML);
    assertThat(FileFormat.readAgreement("a", FileFormat.write(a, syntax), syntax)).isEqualTo(a);
    assertThat(FileFormat.readScenario("s", FileFormat.write(s, syntax), syntax)).isEqualTo(s);
  }
}
