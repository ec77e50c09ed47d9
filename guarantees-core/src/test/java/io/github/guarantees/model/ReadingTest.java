package io.github.guarantees.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.guarantees.condition.Condition;
import org.junit.jupiter.api.Test;

/** Named readings: applied together by name, refused when they name what does not exist. */
class ReadingTest {
  static Source source() {
    return Source.builder()
        .document("A test")
        .clause("1")
        .quote("q")
        .fidelity(Fidelity.SUMMARY)
        .build();
  }

  static Pledge pledge(String id, Reading... readings) {
    return Pledge.builder()
        .id(id)
        .title(id)
        .kind(PledgeKind.CONSULTATION)
        .bindingForce(BindingForce.CONSULTATION)
        .trigger(Condition.occurred("a"))
        .addReadings(readings)
        .source(source())
        .build();
  }

  static Agreement.Builder agreement() {
    return Agreement.builder().id("test").title("Test").addTrigger("a", "a").addTrigger("b", "b");
  }

  static Reading onB() {
    return Reading.builder().name("on-b").note("two ways").trigger(Condition.occurred("b")).build();
  }

  @Test
  void aReadingReplacesItsFieldsInEveryPledgeThatCarriesItAndOnlyThere() {
    Agreement a =
        agreement().addPledges(pledge("p", onB()), pledge("q", onB()), pledge("r")).build();
    assertThat(a.readingNames()).containsExactly("on-b");
    Agreement read = a.under("on-b");
    assertThat(read.pledge("p").trigger()).contains(Condition.occurred("b"));
    assertThat(read.pledge("q").trigger()).contains(Condition.occurred("b"));
    assertThat(read.pledge("r").trigger()).contains(Condition.occurred("a"));
    assertThat(read.pledge("p").activation()).isEqualTo(a.pledge("p").activation());
    assertThatIllegalArgumentException()
        .isThrownBy(() -> a.under("on-c"))
        .withMessageContaining("on-b");
  }

  @Test
  void badReadingsAreRefusedNamingTheField() {
    assertThatExceptionOfType(ValidationException.class)
        .isThrownBy(() -> pledge("p", onB(), onB()))
        .satisfies(
            x ->
                assertThat(x.problems())
                    .extracting(Problem::site)
                    .containsExactly(Site.pledge("p", "readings[on-b]")));
    Reading typo =
        Reading.builder().name("typo").note("n").activation(Condition.occurred("c")).build();
    assertThatExceptionOfType(ValidationException.class)
        .isThrownBy(() -> agreement().addPledges(pledge("p", typo)).build())
        .satisfies(
            x ->
                assertThat(x.problems())
                    .extracting(Problem::site)
                    .containsExactly(Site.pledge("p", "readings[typo].activation")));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Reading.builder().name("empty").note("n").build());
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> Reading.builder().name("x").note(" ").trigger(Condition.always()).build());
  }
}
