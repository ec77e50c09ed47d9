package io.github.guarantees.io;

import io.github.guarantees.condition.Condition;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.BindingForce;
import io.github.guarantees.model.Caveat;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Deadline;
import io.github.guarantees.model.Domain;
import io.github.guarantees.model.Fidelity;
import io.github.guarantees.model.Location;
import io.github.guarantees.model.Party;
import io.github.guarantees.model.PartyAttribute;
import io.github.guarantees.model.PartyKind;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.PledgeKind;
import io.github.guarantees.model.Reading;
import io.github.guarantees.model.Role;
import io.github.guarantees.model.Size;
import io.github.guarantees.model.Source;
import io.github.guarantees.model.Term;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** Agreements and scenarios built in code, using every part of the format. */
final class Fixtures {
  private Fixtures() {}

  static String resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Source source(String clause) {
    return Source.builder()
        .document("Test declaration, 1 January 2026")
        .clause(clause)
        .quote("the parties shall act: \"quoted\" words, with a colon")
        .build();
  }

  /** An agreement with every field and every kind of condition. */
  static Agreement everything() {
    Party fr =
        Party.builder()
            .id("fr")
            .name("France")
            .addAttributes(PartyAttribute.NATO_MEMBER, PartyAttribute.NUCLEAR_POWER)
            .build();
    Party it =
        Party.builder()
            .id("it")
            .name("Italy")
            .addCaveats(
                Caveat.builder()
                    .id("no-ground-troops")
                    .description("No Italian troops in Ukraine")
                    .addKinds(PledgeKind.FORCE_DEPLOYMENT)
                    .addDomains(Domain.LAND)
                    .addLocations(Location.IN_BENEFICIARY, Location.IN_BENEFICIARY_AWAY_FROM_FRONT)
                    .source(
                        Source.builder()
                            .document("Italian statement")
                            .clause("Press conference")
                            .quote("no Italian soldiers")
                            .fidelity(Fidelity.PRESS_REPORT)
                            .url("https://example.org/it")
                            .note("reported, not published")
                            .build())
                    .build())
            .build();
    Party eu = Party.builder().id("eu").name("European Union").kind(PartyKind.ORGANISATION).build();
    Party ua = Party.builder().id("ua").name("Ukraine").build();
    Party ru = Party.builder().id("ru").name("Russia").build();
    Condition request = Condition.inForce("request", "request-withdrawn");
    Pledge force =
        Pledge.builder()
            .id("force")
            .title("Force: yes, no, 2026 and other tricky words")
            .kind(PledgeKind.FORCE_DEPLOYMENT)
            .addDomains(Domain.LAND, Domain.AIR)
            .location(Location.IN_BENEFICIARY)
            .bindingForce(BindingForce.LEGALLY_BINDING_ASSISTANCE)
            .size(Size.approximately("thousands of soldiers"))
            .trigger(Condition.after("attack", "ceasefire"))
            .activation(
                Condition.allOf(
                    request,
                    Condition.anyOf(
                        Condition.occurred("cessation"),
                        Condition.not(Condition.occurred("attack", "ru"))),
                    Condition.atLeast(
                        2,
                        Condition.occurred("ceasefire"),
                        Condition.within("cessation", Duration.ofHours(24), "ceasefire"),
                        Condition.inForce(
                            Condition.occurred("request", "ua"),
                            Condition.occurred("request-withdrawn", "ua")),
                        Condition.after(
                            Condition.occurred("attack", "ru"), Condition.occurred("ceasefire")),
                        Condition.within(
                            Condition.occurred("cessation", "ua"),
                            Duration.ofDays(3),
                            Condition.occurred("ceasefire", "ru")))))
            .term(
                Term.builder()
                    .endsAt(Instant.parse("2036-01-01T00:00:00Z"))
                    .lastsFor(Duration.ofDays(3650))
                    .endsWhen(Condition.occurred("accession"))
                    .build())
            .source(source("Article 1"))
            .addContributions(
                Contribution.builder()
                    .party("fr")
                    .condition(Condition.occurred("approval", "fr"))
                    .size(Size.troops(2000))
                    .addDomains(Domain.LAND)
                    .bindingForce(BindingForce.DISCRETIONARY_ASSISTANCE)
                    .note("subject to a vote")
                    .illustrative("no source names this party")
                    .build(),
                Contribution.of("it"))
            .note("the heart of the agreement")
            .addTags("article-1", "force")
            .build();
    Pledge money =
        Pledge.builder()
            .id("money")
            .title("Financing")
            .kind(PledgeKind.FINANCING)
            .bindingForce(BindingForce.POLITICAL_DECLARATION)
            .size(
                Size.builder()
                    .amount(new BigDecimal("1.5E+9"))
                    .currency("EUR")
                    .over(Period.ofYears(2))
                    .description("1.5 billion euros")
                    .build())
            .trigger(Condition.always())
            .term(Term.lastsFor(Duration.ofDays(180), Condition.occurred("accession", "ua")))
            .addReadings(
                Reading.builder()
                    .name("ends-on-ceasefire")
                    .note("reported two ways")
                    .trigger(Condition.occurred("ceasefire"))
                    .activation(Condition.not(Condition.occurred("accession")))
                    .term(Term.endsAt(Instant.parse("2030-01-01T00:00:00Z")))
                    .build())
            .source(
                Source.builder()
                    .document("Test declaration")
                    .clause("Article 2")
                    .quote("financing")
                    .fidelity(Fidelity.SUMMARY)
                    .build())
            .addContributions(Contribution.of("eu"))
            .build();
    Pledge consult =
        Pledge.builder()
            .id("consult")
            .title("Consultations within 24 hours")
            .kind(PledgeKind.CONSULTATION)
            .bindingForce(BindingForce.CONSULTATION)
            .trigger(Condition.occurred("attack"))
            .deadline(Deadline.of(Condition.occurred("approval", "fr"), Duration.ofHours(24)))
            .source(source("Article 3"))
            .addContributions(Contribution.of("fr"))
            .build();
    Pledge restraint =
        Pledge.builder()
            .id("restraint")
            .title("Refrain from the use of force")
            .kind(PledgeKind.RESTRAINT)
            .bindingForce(BindingForce.LEGALLY_BINDING_ASSISTANCE)
            .trigger(Condition.always())
            .addRefrainsFrom(Condition.occurred("attack"), Condition.occurred("attack", "ru"))
            .source(source("Article 4"))
            .addContributions(Contribution.of("fr"), Contribution.of("ru"))
            .build();
    return Agreement.builder()
        .id("everything")
        .title("Every field of the format")
        .date(LocalDate.of(2026, 1, 1))
        .description("Multi-line\ndescription: with a colon and # a hash")
        .term(
            Term.builder()
                .endsAt(Instant.parse("2046-01-01T00:00:00Z"))
                .lastsFor(Duration.ofDays(7300))
                .endsWhen(Condition.occurred("ceasefire", "ru"))
                .build())
        .addParty(fr, Role.SIGNATORY)
        .addParty(it, Role.SIGNATORY, Role.OBSERVER)
        .addParty(eu, Role.NON_SIGNATORY_SUPPORTER)
        .addParty(ua, Role.BENEFICIARY)
        .addParty(ru, Role.THIRD_PARTY)
        .addTrigger("ceasefire", "A ceasefire enters into force")
        .addTrigger("cessation", "A credible cessation of hostilities is verified")
        .addTrigger("request", "Ukraine's request")
        .addTrigger("request-withdrawn", "Ukraine withdraws its request")
        .addTrigger("attack", "An armed attack")
        .addTrigger("approval", "Parliamentary approval")
        .addTrigger("accession", "NATO accession")
        .defaultTrigger(Condition.occurred("ceasefire"))
        .addPledges(force, money, consult, restraint)
        .build();
  }

  static Scenario scenario() {
    return Scenario.builder()
        .name("Attack after the ceasefire")
        .narrative("A ceasefire, then an attack.\nA second line.")
        .addEvent("ceasefire", Instant.parse("2026-03-01T00:00:00Z"))
        .addEvents(
            Event.builder()
                .trigger("attack")
                .party("ru")
                .at(Instant.parse("2026-04-01T06:30:00Z"))
                .note("a note")
                .build())
        .addEvent("request", "ua", Instant.parse("2026-04-01T08:00:00Z"))
        .asOf(Instant.parse("2026-05-01T00:00:00Z"))
        .build();
  }

  static ScenarioFile scenarioFile() {
    return ScenarioFile.of(
        "builtin:everything",
        scenario(),
        List.of(
            Expectation.of("force", Status.PENDING),
            Expectation.of("force", "fr", Status.PENDING),
            Expectation.builder()
                .pledge("money")
                .status(Status.ACTIVE)
                .at(Instant.parse("2026-03-02T00:00:00Z"))
                .build()));
  }
}
