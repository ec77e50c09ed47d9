package io.github.guarantees.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.evaluation.AgreementStatus;
import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.ContributionAssessment;
import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.evaluation.PledgeAssessment;
import io.github.guarantees.evaluation.PledgeTimeline;
import io.github.guarantees.evaluation.ReferenceEvaluator;
import io.github.guarantees.evaluation.StatusChange;
import io.github.guarantees.evaluation.Timeline;
import io.github.guarantees.examples.ExampleCatalogue;
import io.github.guarantees.io.FileFormat;
import io.github.guarantees.io.ScenarioFile;
import io.github.guarantees.io.Syntax;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sale-of-goods contract's scenario files (Symboleo's meat-sale example, shipped with
 * guarantees-examples): each meets its expectations, and the kernel and the reference evaluator
 * (guarantees-core's test-jar) agree on every pledge and contribution at every instant where a
 * status may change, and on either side of it.
 */
class SaleOfGoodsTest {
  private static final String ID = "sale-of-goods";
  private static final ExampleCatalogue CATALOGUE = new ExampleCatalogue();

  static Stream<String> scenarios() {
    return CATALOGUE.scenarios().keySet().stream()
        .filter(name -> name.startsWith(ID + "/"))
        .sorted();
  }

  static ScenarioFile read(String name) {
    URL url = Objects.requireNonNull(CATALOGUE.scenarios().get(name), name);
    try (InputStream in = url.openStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return FileFormat.readScenario(url.toString(), text, Syntax.YAML);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Agreement agreement() {
    return Objects.requireNonNull(CATALOGUE.agreements().get(ID), ID).get();
  }

  @Test
  void theContractItselfIsCompletedWhenAllIsPerformedTerminatedByThePowerElseInEffect() {
    Evaluator e = Evaluator.compile(agreement());
    ReferenceEvaluator reference = ReferenceEvaluator.of(agreement());
    Map<String, AgreementStatus> statuses = new LinkedHashMap<>();
    scenarios()
        .forEach(
            name -> {
              Scenario s = read(name).scenario();
              Assessment a = e.evaluate(s);
              assertThat(a.agreementStatus())
                  .as(name)
                  .isEqualTo(AgreementStatus.of(reference.assess(s), reference.agreementEnded(s)));
              statuses.put(name.substring(ID.length() + 1), a.agreementStatus());
            });
    assertThat(statuses)
        .containsEntry("deliver-on-time", AgreementStatus.COMPLETED)
        .containsEntry("terminate", AgreementStatus.TERMINATED)
        .containsEntry("never-deliver", AgreementStatus.IN_EFFECT)
        .containsEntry("deliver-late", AgreementStatus.IN_EFFECT);
    // evaluate --format json carries it, and the text report says it
    CliTest.Result json =
        CliTest.run("evaluate", "-s", "builtin:sale-of-goods/terminate", "--format", "json");
    assertThat(json.code()).isZero();
    assertThat(json.out()).contains("\"agreementStatus\" : \"TERMINATED\"");
  }

  @Test
  void everyNamedScenarioIsBuiltIn() {
    assertThat(scenarios())
        .containsExactly(
            ID + "/deliver-late",
            ID + "/deliver-on-time",
            ID + "/disclose",
            ID + "/never-deliver",
            ID + "/pay-late-and-resume",
            ID + "/suspend-delivery",
            ID + "/terminate");
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void meetsItsExpectationsAndExpectsEveryPledge(String name) {
    ScenarioFile file = read(name);
    assertThat(file.agreement()).contains("builtin:" + ID);
    assertThat(file.scenario().narrative()).as(name).isPresent();
    assertThat(file.check(agreement())).as(name).isEmpty();
    // Every pledge's status at the as-of instant is stated, not only the interesting ones.
    assertThat(
            file.expectations().stream()
                .filter(e -> e.at().isEmpty() && e.party().isEmpty())
                .map(e -> e.pledge()))
        .as(name)
        .containsExactlyInAnyOrderElementsOf(
            agreement().pledges().stream().map(p -> p.id()).toList());
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void kernelAndReferenceAgreeOnEveryPledgeAtEveryChange(String name) {
    Agreement agreement = agreement();
    Scenario scenario = read(name).scenario();
    Evaluator kernel = Evaluator.compile(agreement);
    ReferenceEvaluator reference = ReferenceEvaluator.of(agreement);
    TreeSet<Instant> instants = new TreeSet<>();
    instants.add(scenario.asOf());
    for (Event e : scenario.events()) {
      instants.add(e.at());
    }
    Timeline timeline = kernel.timeline(scenario);
    for (PledgeTimeline p : timeline.pledges()) {
      for (StatusChange c : p.changes()) {
        instants.add(c.at());
      }
    }
    int compared = 0;
    for (Instant t : new ArrayList<>(instants)) {
      for (Instant at : List.of(t.minusNanos(1), t, t.plusNanos(1))) {
        if (at.isAfter(scenario.asOf())) {
          continue;
        }
        Scenario then = scenario.asOf(at);
        assertThat(statuses(kernel.evaluate(then).pledges()))
            .as("%s as of %s", name, at)
            .isEqualTo(statuses(reference.assess(then)));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(2 * scenario.events().size());
  }

  static Map<String, String> statuses(List<PledgeAssessment> pledges) {
    Map<String, String> out = new LinkedHashMap<>();
    for (PledgeAssessment p : pledges) {
      out.put(p.id(), p.status().name());
      for (ContributionAssessment c : p.contributions()) {
        out.put(p.id() + "/" + c.party(), c.status().name());
      }
    }
    return out;
  }
}
