package io.github.guarantees.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.guarantees.analysis.Budget;
import io.github.guarantees.analysis.Item;
import io.github.guarantees.analysis.Property;
import io.github.guarantees.analysis.Selector;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.BindingForce;
import io.github.guarantees.model.Location;
import io.github.guarantees.model.PledgeKind;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Property files: every kind and field read back equal, bad input reported with positions. */
class PropertyFileTest {
  static final Condition DEPLOY =
      Condition.allOf(
          Condition.inForce("ukraine-request", "request-withdrawn"),
          Condition.occurred("credible-cessation"));

  /** One property of every kind, every selector field used somewhere. */
  static PropertyFile everyKind() {
    return PropertyFile.of(
        "every kind",
        new Budget(3, 1),
        List.of(
            new NamedProperty(
                "invariant",
                Optional.of("no force without request and cessation"),
                new Property.NeverActiveUnless(
                    Selector.builder()
                        .kinds(PledgeKind.FORCE_DEPLOYMENT, PledgeKind.MILITARY_HUB)
                        .locations(Location.IN_BENEFICIARY)
                        .withContributions()
                        .build(),
                    DEPLOY)),
            NamedProperty.of(
                "response",
                new Property.RespondsWithin(
                    Condition.occurred("ceasefire", "fr"),
                    Optional.of(Condition.not(Condition.occurred("request-withdrawn"))),
                    Selector.builder().atLeast(BindingForce.CONSULTATION).build(),
                    Duration.ofDays(3))),
            NamedProperty.of(
                "apart",
                new Property.NeverTogether(Selector.ids("force"), Selector.ids("monitoring"))),
            NamedProperty.of("fr-can-fire", new Property.CanFire(Item.contribution("force", "fr"))),
            NamedProperty.of(
                "fires-after-withdrawal",
                new Property.CanFire(
                    Item.pledge("force"), Optional.of(Condition.occurred("request-withdrawn")))),
            NamedProperty.of(
                "readings",
                new Property.ReadingsAgree(
                    "strict", Selector.builder().withContributions().build())),
            NamedProperty.of(
                "italy-blocked",
                new Property.Always(Item.contribution("force", "it"), Status.BLOCKED))));
  }

  static Agreement example() {
    return FileFormat.readAgreement(
        "example-agreement.yaml", Fixtures.resource("example-agreement.yaml"), Syntax.YAML);
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void everyKindReadsBackEqualAndWritesStably(Syntax syntax) {
    PropertyFile f = everyKind();
    String text = FileFormat.write(f, syntax);
    PropertyFile back = FileFormat.readProperties("p", text, syntax);
    assertThat(back).isEqualTo(f);
    assertThat(back.budget()).contains(new Budget(3, 1));
    assertThat(FileFormat.write(back, syntax)).isEqualTo(text);
    // the example agreement has every name the properties use but the reading
    assertThatThrownBy(() -> back.validate(example()))
        .isInstanceOf(LoadException.class)
        .satisfies(
            e ->
                assertThat(((LoadException) e).problems())
                    .extracting(FileProblem::message)
                    .containsExactly("agreement 'example' has no readings at all"));
    back.validate(example(), "fires-after-withdrawal");
  }

  @Test
  void theFixtureHasEveryKindAndTheFormatAKeyForEach() {
    Set<Class<?>> kinds =
        everyKind().properties().stream()
            .map(p -> p.property().getClass())
            .collect(Collectors.toSet());
    assertThat(kinds).containsExactlyInAnyOrder(Property.class.getPermittedSubclasses());
    assertThat(Decoder.PROPERTY_KINDS).hasSize(Property.class.getPermittedSubclasses().length);
    for (Class<?> k : Property.class.getPermittedSubclasses()) {
      String key =
          Character.toLowerCase(k.getSimpleName().charAt(0)) + k.getSimpleName().substring(1);
      assertThat(Decoder.PROPERTY_KINDS).contains(key);
    }
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void scenarioFileWithPropertiesReadsBackEqual(Syntax syntax) {
    ScenarioFile f =
        ScenarioFile.of(
            "example-agreement.yaml", Fixtures.scenario(), List.of(), everyKind().properties());
    String text = FileFormat.write(f, syntax);
    ScenarioFile back = FileFormat.readScenario("s", text, syntax);
    assertThat(back).isEqualTo(f);
    assertThat(back.holds()).isEqualTo(everyKind().properties());
  }

  @Test
  void aScenarioDecidesItsPropertiesAndSaysWhereAndOnWhatOneFails() {
    String text =
        String.join(
            "\n",
            "agreement: example-agreement.yaml",
            "name: deployed",
            "asOf: 2026-04-01T00:00:00Z",
            "events:",
            "  - {at: 2026-03-01T00:00:00Z, trigger: ceasefire}",
            "  - {at: 2026-03-02T00:00:00Z, trigger: ukraine-request, party: ua}",
            "  - {at: 2026-03-03T00:00:00Z, trigger: credible-cessation}",
            "holds:",
            "  - name: deploy-rule",
            "    neverActiveUnless:",
            "      select: {kinds: [force-deployment]}",
            "      condition: {occurred: credible-cessation}",
            "  - name: needs-a-vote",
            "    neverActiveUnless:",
            "      select: {ids: [force]}",
            "      condition: {occurred: parliament-approval}",
            "");
    ScenarioFile f = FileFormat.readScenario("s.yaml", text, Syntax.YAML);
    assertThat(f.holds())
        .extracting(NamedProperty::name)
        .containsExactly("deploy-rule", "needs-a-vote");
    assertThat(f.checkProperties(example()))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.where()).isEqualTo("s.yaml:13:5: holds[1]");
              assertThat(x.property().name()).isEqualTo("needs-a-vote");
              assertThat(x.at()).isEqualTo(java.time.Instant.parse("2026-03-03T00:00:00Z"));
              assertThat(x.offending()).containsExactly(Item.pledge("force"));
              assertThat(x.explanations())
                  .extracting(e -> e.status())
                  .containsExactly(Status.ACTIVE);
            });
    assertThat(f.check(example())).isEmpty();
  }

  @Test
  void everyProblemIsReportedWithItsPosition() {
    String text =
        String.join(
            "\n",
            "budget: {maxEvents: 9, maxRepeats: 1}",
            "properties:",
            "  - name: a",
            "    neverActiveUnles: {select: {}, condition: always}",
            "  - name: a",
            "    canFire: {pledge: force}",
            "  - name: b",
            "    canFire: {pledge: force}",
            "    always: {pledge: force, status: active}",
            "  - name: c",
            "    neverActiveUnless:",
            "      select: {kinds: [force-deploymnet], colour: red}",
            "      condition: {occured: ceasefire}",
            "  - name: d",
            "    respondsWithin: {trigger: ceasefire, select: {}}",
            "");
    assertThatThrownBy(() -> FileFormat.readProperties("bad.yaml", text, Syntax.YAML))
        .isInstanceOf(LoadException.class)
        .satisfies(
            e ->
                assertThat(((LoadException) e).problems())
                    .extracting(FileProblem::line, FileProblem::column, FileProblem::path)
                    .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(1, 21, "budget.maxEvents"),
                        org.assertj.core.groups.Tuple.tuple(4, 5, "properties[0].neverActiveUnles"),
                        org.assertj.core.groups.Tuple.tuple(3, 5, "properties[0]"),
                        org.assertj.core.groups.Tuple.tuple(5, 11, "properties[1].name"),
                        org.assertj.core.groups.Tuple.tuple(7, 5, "properties[2]"),
                        org.assertj.core.groups.Tuple.tuple(
                            12, 24, "properties[3].neverActiveUnless.select.kinds[0]"),
                        org.assertj.core.groups.Tuple.tuple(
                            12, 43, "properties[3].neverActiveUnless.select.colour"),
                        org.assertj.core.groups.Tuple.tuple(
                            13, 19, "properties[3].neverActiveUnless.condition.occured"),
                        org.assertj.core.groups.Tuple.tuple(
                            15, 21, "properties[4].respondsWithin")));
  }

  @Test
  void anUnknownFieldListsTheAllowedOnes() {
    String text = "properties:\n  - name: a\n    canFire: {pledge: force, colour: red}\n";
    assertThatThrownBy(() -> FileFormat.readProperties("bad.yaml", text, Syntax.YAML))
        .isInstanceOf(LoadException.class)
        .satisfies(
            e ->
                assertThat(((LoadException) e).problems())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.path()).isEqualTo("properties[0].canFire.colour");
                          assertThat(p.message()).endsWith("allowed here: pledge, party, after");
                        }));
  }

  @Test
  void namesTheAgreementLacksAreFoundWhereTheFileHasThem() {
    String text =
        String.join(
            "\n",
            "properties:",
            "  - name: a",
            "    neverActiveUnless:",
            "      select: {ids: [forse]}",
            "      condition: {occurred: ceasfire by gb}",
            "  - name: b",
            "    always: {pledge: force, party: uk, status: blocked}",
            "");
    PropertyFile f = FileFormat.readProperties("p.yaml", text, Syntax.YAML);
    assertThatThrownBy(() -> f.validate(example()))
        .isInstanceOf(LoadException.class)
        .satisfies(
            e ->
                assertThat(((LoadException) e).problems())
                    .extracting(FileProblem::line, FileProblem::path)
                    .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                            4, "properties[0].neverActiveUnless.select.ids[0]"),
                        org.assertj.core.groups.Tuple.tuple(
                            5, "properties[0].neverActiveUnless.condition.occurred"),
                        org.assertj.core.groups.Tuple.tuple(
                            5, "properties[0].neverActiveUnless.condition.occurred"),
                        org.assertj.core.groups.Tuple.tuple(7, "properties[1].always.party")));
    // one property at a time: b names only what it must
    assertThatThrownBy(() -> f.validate(example(), "b")).isInstanceOf(LoadException.class);
    assertThatThrownBy(() -> f.property("c"))
        .isInstanceOf(LoadException.class)
        .hasMessageContaining("(properties: a, b)");
  }

  @Test
  void aPropertyBuiltInCodeIsCheckedAgainstTheAgreementToo() {
    PropertyFile f =
        PropertyFile.of(
            null,
            null,
            List.of(NamedProperty.of("x", new Property.CanFire(Item.pledge("nothing")))));
    assertThatThrownBy(() -> f.validate(example()))
        .isInstanceOf(LoadException.class)
        .satisfies(
            e ->
                assertThat(((LoadException) e).problems())
                    .extracting(FileProblem::message)
                    .singleElement()
                    .asString()
                    .startsWith("agreement 'example' has no evaluated pledge 'nothing'"));
    assertThat(Arrays.asList(Decoder.PROPERTY_FIELDS.toArray())).contains("name", "description");
  }
}
