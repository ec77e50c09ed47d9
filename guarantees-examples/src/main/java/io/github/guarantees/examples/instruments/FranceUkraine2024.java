package io.github.guarantees.examples.instruments;

import static io.github.guarantees.condition.Condition.anyOf;
import static io.github.guarantees.condition.Condition.occurred;
import static io.github.guarantees.examples.instruments.Vocabulary.ARMED_ATTACK;
import static io.github.guarantees.examples.instruments.Vocabulary.CONSULTATIONS_HELD;
import static io.github.guarantees.examples.instruments.Vocabulary.CONSULTATION_REQUEST;
import static io.github.guarantees.examples.instruments.Vocabulary.FR;
import static io.github.guarantees.examples.instruments.Vocabulary.RU;
import static io.github.guarantees.examples.instruments.Vocabulary.UA;

import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.BindingForce;
import io.github.guarantees.model.Deadline;
import io.github.guarantees.model.Domain;
import io.github.guarantees.model.Fidelity;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.PledgeKind;
import io.github.guarantees.model.Role;
import io.github.guarantees.model.Source;
import java.time.Duration;
import java.time.LocalDate;

/**
 * The France–Ukraine agreement on security cooperation of 16 February 2024: consultations within 24
 * hours at the request of either participant after a future Russian armed attack, then swift and
 * sustained assistance.
 *
 * <p>Creation and effect are kept apart: a Russian armed attack <em>creates</em> the obligation to
 * consult (the pledge's trigger); a request by either participant puts it <em>in effect</em> (its
 * activation), which starts the 24-hour clock; consultations held by then fulfil it, and it is
 * violated otherwise. The assistance follows once consultations have determined the measures.
 */
public final class FranceUkraine2024 {
  /** The agreement's id. */
  public static final String ID = "france-ukraine-2024";

  /** Consultations within 24 hours. */
  public static final String CONSULTATIONS = "fr-ua-consultations-24h";

  /** Swift and sustained security assistance. */
  public static final String ASSISTANCE = "fr-ua-security-assistance";

  /** Economic assistance and costs imposed on Russia. */
  public static final String COSTS = "fr-ua-economic-assistance-and-costs";

  private static final String DOCUMENT =
      "Agreement on security cooperation between France and Ukraine, 16 February 2024";

  private FranceUkraine2024() {}

  /**
   * Returns the agreement's clauses for a future Russian armed attack.
   *
   * @return the agreement
   */
  public static Agreement agreement() {
    return Vocabulary.declare(
            Agreement.builder()
                .id(ID)
                .title("France–Ukraine agreement, 16 February 2024")
                .date(LocalDate.of(2024, 2, 16))
                .description(
                    "Bilateral security cooperation; the clause for a future Russian armed attack.")
                .addParty(Vocabulary.france(), Role.SIGNATORY)
                .addParty(Vocabulary.ukraine(), Role.SIGNATORY, Role.BENEFICIARY)
                .addParty(Vocabulary.russia(), Role.THIRD_PARTY),
            ARMED_ATTACK,
            CONSULTATION_REQUEST,
            CONSULTATIONS_HELD)
        .addPledges(
            consultations(
                CONSULTATIONS,
                FR,
                Source.builder()
                    .document(DOCUMENT)
                    .clause("Future Russian armed attack: consultations")
                    .quote(
                        "In the event of a future Russian armed attack against Ukraine, at the"
                            + " request of either Participant, the Participants will hold"
                            + " consultations within 24 hours to determine the measures needed to"
                            + " counter or deter the aggression.")
                    .fidelity(Fidelity.VERBATIM_TRANSLATION)
                    .build()),
            assistance(
                ASSISTANCE,
                Source.builder()
                    .document(DOCUMENT)
                    .clause("Future Russian armed attack: assistance")
                    .quote(
                        "swift and sustained security assistance, modern military equipment in all"
                            + " domains")
                    .fidelity(Fidelity.SUMMARY)
                    .build()),
            Pledge.builder()
                .id(COSTS)
                .title("Economic assistance and costs imposed on Russia")
                .kind(PledgeKind.SANCTIONS)
                .bindingForce(BindingForce.DISCRETIONARY_ASSISTANCE)
                .trigger(occurred(ARMED_ATTACK, RU))
                .activation(occurred(CONSULTATIONS_HELD))
                .source(
                    Source.builder()
                        .document(DOCUMENT)
                        .clause("Future Russian armed attack: economic measures")
                        .quote("economic assistance, costs imposed on Russia")
                        .fidelity(Fidelity.SUMMARY)
                        .build())
                .note("Economic assistance (financing) and costs on Russia, summarised together.")
                .build())
        .build();
  }

  /**
   * The consultation clause shared by the French and British agreements: created by a Russian armed
   * attack, in effect at the request of either participant, fulfilled by consultations within 24
   * hours of the request.
   */
  static Pledge consultations(String id, String guarantor, Source source) {
    return Pledge.builder()
        .id(id)
        .title("Consultations within 24 hours at the request of either participant")
        .kind(PledgeKind.CONSULTATION)
        .bindingForce(BindingForce.CONSULTATION)
        .trigger(occurred(ARMED_ATTACK, RU))
        .activation(
            anyOf(occurred(CONSULTATION_REQUEST, UA), occurred(CONSULTATION_REQUEST, guarantor)))
        .deadline(Deadline.of(CONSULTATIONS_HELD, Duration.ofHours(24)))
        .source(source)
        .note(
            "A future attack creates the obligation; a request puts it in effect and starts the"
                + " 24-hour clock. Every attack in a scenario counts as a future one: a scenario"
                + " dated before the agreement asks what it would have done had it been in"
                + " force. One obligation per pledge: a second attack creates no second clock.")
        .build();
  }

  /** Assistance after the consultations that determine the measures. */
  static Pledge assistance(String id, Source source) {
    return Pledge.builder()
        .id(id)
        .title("Swift and sustained security assistance")
        .kind(PledgeKind.MILITARY_SUPPORT)
        .addDomains(Domain.LAND, Domain.SEA, Domain.AIR)
        .bindingForce(BindingForce.DISCRETIONARY_ASSISTANCE)
        .trigger(occurred(ARMED_ATTACK, RU))
        .activation(occurred(CONSULTATIONS_HELD))
        .source(source)
        .note(
            "The measures are those the consultations determine, so the assistance is in effect"
                + " once consultations have been held; its extent is the guarantor's to decide.")
        .build();
  }
}
