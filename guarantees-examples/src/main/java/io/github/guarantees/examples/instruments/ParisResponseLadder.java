package io.github.guarantees.examples.instruments;

import static io.github.guarantees.condition.Condition.after;
import static io.github.guarantees.condition.Condition.anyOf;
import static io.github.guarantees.condition.Condition.occurred;
import static io.github.guarantees.examples.instruments.Vocabulary.ARMED_ATTACK;
import static io.github.guarantees.examples.instruments.Vocabulary.BREACH_ATTRIBUTED;
import static io.github.guarantees.examples.instruments.Vocabulary.CEASEFIRE;
import static io.github.guarantees.examples.instruments.Vocabulary.COALITION;
import static io.github.guarantees.examples.instruments.Vocabulary.COALITION_RESPONSE;
import static io.github.guarantees.examples.instruments.Vocabulary.COORDINATED_RESPONSE;
import static io.github.guarantees.examples.instruments.Vocabulary.RU;
import static io.github.guarantees.examples.instruments.Vocabulary.US;

import io.github.guarantees.condition.Condition;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.BindingForce;
import io.github.guarantees.model.Contribution;
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
 * The response ladder to a ceasefire breach in the Paris arrangements of January 2026, as reported
 * by the press — not in any official text: a response within 24 hours, Coalition forces in a second
 * phase, a coordinated response including the US military at 72 hours.
 *
 * <p>Every pledge is marked {@link Fidelity#PRESS_REPORT} and graded {@link
 * BindingForce#POLITICAL_DECLARATION}, the weakest force: nobody has published, let alone signed,
 * these steps. The report speaks of a ceasefire breach: here, after a ceasefire entered into force,
 * either a breach the Special Commission attributes to Russia or a Russian armed attack (the
 * gravest breach). The Paris agreement's component 4 answers only the armed attack, since a breach
 * is not necessarily one; the ladder answers both. Both clocks start at the breach.
 */
public final class ParisResponseLadder {
  /** The agreement's id. */
  public static final String ID = "paris-2026-response-ladder";

  /** First step: a response within 24 hours. */
  public static final String RESPONSE_24H = "ladder-response-24h";

  /** Second phase: Coalition forces. */
  public static final String COALITION_FORCES = "ladder-coalition-forces";

  /** Third step: a coordinated response including the US at 72 hours. */
  public static final String COORDINATED_72H = "ladder-coordinated-response-72h";

  /** "at 72 hours": kept in hours, as reported. */
  @SuppressWarnings("CanonicalDuration")
  private static final Duration HOURS_72 = Duration.ofHours(72);

  /**
   * A ceasefire breach: after a ceasefire entered into force, a breach attributed to Russia or a
   * Russian armed attack.
   */
  static final Condition BREACH =
      anyOf(
          after(occurred(BREACH_ATTRIBUTED, RU), occurred(CEASEFIRE)),
          after(occurred(ARMED_ATTACK, RU), occurred(CEASEFIRE)));

  private ParisResponseLadder() {}

  /**
   * Returns the press-reported ladder as a small agreement.
   *
   * @return the agreement
   */
  public static Agreement agreement() {
    Pledge response =
        Pledge.builder()
            .id(RESPONSE_24H)
            .title("A response to a ceasefire breach within 24 hours")
            .kind(PledgeKind.MILITARY_SUPPORT)
            .bindingForce(BindingForce.POLITICAL_DECLARATION)
            .trigger(BREACH)
            .deadline(Deadline.of(COALITION_RESPONSE, Duration.ofHours(24)))
            .addContributions(Contribution.of(COALITION))
            .source(source("Step 1", "a response within 24 hours"))
            .note("What the response consists of was not reported.")
            .build();
    Pledge forces =
        Pledge.builder()
            .id(COALITION_FORCES)
            .title("Coalition forces in a second phase")
            .kind(PledgeKind.FORCE_DEPLOYMENT)
            .addDomains(Domain.LAND, Domain.SEA, Domain.AIR)
            .bindingForce(BindingForce.POLITICAL_DECLARATION)
            .trigger(BREACH)
            .activation(occurred(COALITION_RESPONSE))
            .addContributions(Contribution.of(COALITION))
            .source(source("Step 2", "Coalition forces in a second phase"))
            .note(
                "A second phase: modelled as following the first response; no deadline was"
                    + " reported.")
            .build();
    Pledge coordinated =
        Pledge.builder()
            .id(COORDINATED_72H)
            .title("A coordinated response including the US military at 72 hours")
            .kind(PledgeKind.MILITARY_SUPPORT)
            .bindingForce(BindingForce.POLITICAL_DECLARATION)
            .trigger(BREACH)
            .deadline(Deadline.of(COORDINATED_RESPONSE, HOURS_72))
            .addContributions(Contribution.of(COALITION), Contribution.of(US))
            .source(
                source("Step 3", "a coordinated response including the US military at 72 hours"))
            .note("The US is not a formal party to the Paris declaration.")
            .build();
    return Vocabulary.declare(
            Agreement.builder()
                .id(ID)
                .title("Paris 2026 response ladder (press-reported)")
                .date(LocalDate.of(2026, 1, 6))
                .description(
                    "The steps reported by the press for a response to a ceasefire breach; not in"
                        + " the published declaration.")
                .addParty(Vocabulary.coalition(), Role.SIGNATORY)
                .addParty(Vocabulary.unitedStates(), Role.NON_SIGNATORY_SUPPORTER)
                .addParty(Vocabulary.ukraine(), Role.BENEFICIARY)
                .addParty(Vocabulary.russia(), Role.THIRD_PARTY),
            CEASEFIRE,
            ARMED_ATTACK,
            BREACH_ATTRIBUTED,
            COALITION_RESPONSE,
            COORDINATED_RESPONSE)
        .addPledges(response, forces, coordinated)
        .build();
  }

  private static Source source(String clause, String quote) {
    return Source.builder()
        .document("Paris arrangements, January 2026: response ladder to a ceasefire breach")
        .clause(clause)
        .quote(quote)
        .fidelity(Fidelity.PRESS_REPORT)
        .note(
            "Financial Times, via cash.ch; not in an official text. The report speaks of a"
                + " \"ceasefire breach\": a breach attributed by the Special Commission or an armed"
                + " attack after the ceasefire both start the ladder; whether it waits for the"
                + " attribution was not reported.")
        .build();
  }
}
