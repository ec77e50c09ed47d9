package io.github.guarantees.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.guarantees.condition.Condition;
import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.BindingForce;
import io.github.guarantees.model.Party;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.PledgeKind;
import io.github.guarantees.model.Role;
import io.github.guarantees.scenario.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shared conditions in files: the writer names a shared condition once under {@code conditions} and
 * refers to it after, the reader rebuilds the same sharing, and a deep shared condition round-trips
 * fast.
 */
class SharedConditionsFileTest {
  /** Level i+1 uses level i twice: 2^levels paths, 3 distinct composites per level. */
  static Condition ladder(int levels) {
    Condition c = Condition.occurred("t0");
    for (int i = 1; i <= levels; i++) {
      c =
          Condition.anyOf(
              Condition.allOf(c, Condition.occurred("t" + i)),
              Condition.allOf(c, Condition.not(Condition.occurred("t" + i))));
    }
    return c;
  }

  static Agreement agreement(Condition activation, int triggers) {
    Agreement.Builder b =
        Agreement.builder()
            .id("dag")
            .title("Shared conditions")
            .addParty(Party.builder().id("fr").name("France").build(), Role.SIGNATORY);
    for (int i = 0; i <= triggers; i++) {
      b.addTrigger("t" + i, "Trigger " + i);
    }
    for (String id : List.of("p", "q")) {
      b.addPledges(
          Pledge.builder()
              .id(id)
              .title(id)
              .kind(PledgeKind.CONSULTATION)
              .bindingForce(BindingForce.CONSULTATION)
              .activation(activation)
              .source(Fixtures.source("c"))
              .build());
    }
    return b.build();
  }

  @Test
  void aSharedConditionIsWrittenOnceByNameAndReadBackShared() {
    Condition shared = Condition.anyOf(Condition.occurred("t0"), Condition.occurred("t1"));
    Condition activation = Condition.allOf(shared, Condition.not(shared));
    Agreement a = agreement(activation, 1);
    for (Syntax syntax : Syntax.values()) {
      String text = FileFormat.write(a, syntax);
      Agreement back = FileFormat.readAgreement("dag", text, syntax);
      assertThat(back).as(syntax.toString()).isEqualTo(a);
      Condition p = back.pledge("p").activation();
      assertThat(back.pledge("q").activation()).as("one object for both pledges").isSameAs(p);
      List<Condition> operands = Condition.operandsOf(p);
      assertThat(Condition.operandsOf(operands.get(1)).get(0)).isSameAs(operands.get(0));
    }
    assertThat(FileFormat.write(a, Syntax.YAML))
        .contains(
            "conditions:\n"
                + "  shared-1:\n"
                + "    anyOf:\n"
                + "      - occurred: t0\n"
                + "      - occurred: t1\n"
                + "  shared-2:\n"
                + "    allOf:\n"
                + "      - ref: shared-1\n"
                + "      - not:\n"
                + "          ref: shared-1\n")
        .contains("    activation:\n      ref: shared-2\n");
  }

  @Test
  void aTreeIsWrittenWithoutNames() {
    Agreement a =
        agreement(
            Condition.allOf(
                Condition.anyOf(Condition.occurred("t0"), Condition.occurred("t1")),
                Condition.occurred("t0")),
            1);
    // Two pledges with the same activation share it: a tree per pledge would still be written once.
    assertThat(FileFormat.write(a, Syntax.YAML)).contains("conditions:").contains("ref: shared-1");
    Agreement single = Agreement.builder().from(a).pledges(List.of(a.pledge("p"))).build();
    assertThat(FileFormat.write(single, Syntax.YAML)).doesNotContain("conditions:", "ref:");
  }

  @Test
  void aThirtyLevelSharedConditionBuildsEvaluatesPrintsAndRoundTripsFast() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> {
          long start = System.nanoTime();
          Agreement a = agreement(ladder(30), 30);
          Evaluator evaluator = Evaluator.compile(a);
          Scenario.Builder events =
              Scenario.builder().name("all").asOf(Instant.parse("2026-02-01T00:00:00Z"));
          for (int i = 0; i <= 30; i += 2) {
            events.addEvent("t" + i, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i));
          }
          // t0 occurred, and every level holds through one branch or the other.
          assertThat(evaluator.evaluate(events.build()).status("p")).isEqualTo(Status.ACTIVE);
          assertThat(
                  evaluator
                      .evaluate(
                          Scenario.builder()
                              .name("none")
                              .asOf(Instant.parse("2026-02-01T00:00:00Z"))
                              .build())
                      .status("p"))
              .isEqualTo(Status.PENDING);
          String text = a.pledge("p").activation().toString();
          assertThat(text.length()).isLessThan(10_000);
          String yaml = FileFormat.write(a, Syntax.YAML);
          assertThat(yaml.length()).as("linear in distinct conditions").isLessThan(20_000);
          Agreement back = FileFormat.readAgreement("dag", yaml, Syntax.YAML);
          // toString is linear on a DAG; equals on two separately built DAGs need not be.
          assertThat(back.pledge("p").activation().toString())
              .isEqualTo(a.pledge("p").activation().toString());
          assertThat(FileFormat.write(back, Syntax.YAML)).isEqualTo(yaml);
          System.out.printf(
              "30-level shared condition: build, compile, evaluate twice, print, write and read in"
                  + " %d ms%n",
              (System.nanoTime() - start) / 1_000_000);
        });
  }

  @Test
  void aReferenceMustNameAConditionDefinedAbove() {
    String text =
        BadInputTest.replace(
            BadInputTest.BASE,
            "pledges:\n",
            "conditions:\n"
                + "  first: {allOf: [{ref: second}]}\n"
                + "  second: {occurred: ceasefire}\n"
                + "  bad name: {occurred: ceasefire}\n"
                + "pledges:\n");
    text =
        BadInputTest.replace(
            text, "    activation:\n", "    trigger: {ref: secnd}\n    activation:\n");
    assertThat(BadInputTest.agreementProblems(text))
        .containsExactly(
            "bad.yaml:10:25: conditions.first.allOf[0].ref: no condition named 'second' above this"
                + " point; define it under 'conditions' before its first use",
            "bad.yaml:12:13: conditions.bad name: condition name 'bad name': a name starts with a"
                + " letter or digit, holds only letters, digits, '.', '_' and '-', and is at most"
                + " 100 characters long",
            "bad.yaml:19:20: pledges[0].trigger.ref: no condition named 'secnd' above this point;"
                + " did you mean 'second'?; define it under 'conditions' before its first use");
  }
}
