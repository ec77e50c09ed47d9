package io.github.guarantees.examples.instruments;

import static io.github.guarantees.condition.Condition.occurred;
import static io.github.guarantees.examples.instruments.Vocabulary.ARMED_ATTACK;
import static io.github.guarantees.examples.instruments.Vocabulary.CONSULTATION_REQUEST;
import static io.github.guarantees.examples.instruments.Vocabulary.ECONOMIC_COERCION;
import static io.github.guarantees.examples.instruments.Vocabulary.NUCLEAR_USE;
import static io.github.guarantees.examples.instruments.Vocabulary.RU;
import static io.github.guarantees.examples.instruments.Vocabulary.THREAT_OF_FORCE;
import static io.github.guarantees.examples.instruments.Vocabulary.UK;
import static io.github.guarantees.examples.instruments.Vocabulary.US;

import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.BindingForce;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Fidelity;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.PledgeKind;
import io.github.guarantees.model.Role;
import io.github.guarantees.model.Source;
import java.time.LocalDate;

/**
 * The Budapest Memorandum on Security Assurances of 5 December 1994: Russia, the United Kingdom and
 * the United States to Ukraine, points 1–6.
 *
 * <p>Points 1, 2, 3 and 5 are restraints: each guarantor promises not to do something, so each is a
 * {@link PledgeKind#RESTRAINT} pledge with one contribution per guarantor and the events that
 * breach it ({@link Pledge#refrainsFrom()}). A guarantor that attacks Ukraine breaches points 1 and
 * 2: its own contribution becomes {@code VIOLATED} (and the pledge with it) while the others' stay
 * in effect — a breach, never assistance. The only action owed is point 4, seeking Security Council
 * action, and only when nuclear weapons are used; point 6 promises consultation. The memorandum
 * gives assurances, not guarantees: every pledge is graded at most {@link
 * BindingForce#CONSULTATION}.
 */
public final class BudapestMemorandum {
  /** The agreement's id. */
  public static final String ID = "budapest-memorandum-1994";

  /** Point 1: respect independence, sovereignty and existing borders. */
  public static final String POINT_1 = "point1-respect-borders";

  /** Point 2: refrain from the threat or use of force. */
  public static final String POINT_2 = "point2-no-force";

  /** Point 3: refrain from economic coercion. */
  public static final String POINT_3 = "point3-no-coercion";

  /** Point 4: seek Security Council action if nuclear weapons are used. */
  public static final String POINT_4 = "point4-seek-unsc-action";

  /** Point 5: no use of nuclear weapons against Ukraine. */
  public static final String POINT_5 = "point5-no-nuclear-use";

  /** Point 6: consult when a question arises. */
  public static final String POINT_6 = "point6-consultation";

  private static final String DOCUMENT =
      "Budapest Memorandum on Security Assurances, 5 December 1994";

  private static final String CONDENSED =
      "Points 1–4 were seen verbatim, but the notes kept only point 4's words; points 1–3 are"
          + " given here in the notes' condensed wording.";

  private BudapestMemorandum() {}

  /**
   * Returns the memorandum's six points.
   *
   * @return the agreement
   */
  public static Agreement agreement() {
    Pledge point1 =
        restraint(POINT_1, "Respect independence, sovereignty and existing borders")
            .addRefrainsFrom(occurred(ARMED_ATTACK))
            .source(
                source(
                    "Point 1",
                    "respect independence, sovereignty and existing borders",
                    Fidelity.SUMMARY))
            .note(
                CONDENSED
                    + " An armed attack by a guarantor is what breaches it in the comparison.")
            .build();
    Pledge point2 =
        restraint(POINT_2, "Refrain from the threat or use of force")
            .addRefrainsFrom(occurred(ARMED_ATTACK), occurred(THREAT_OF_FORCE))
            .source(source("Point 2", "refrain from the threat or use of force", Fidelity.SUMMARY))
            .note(CONDENSED)
            .build();
    Pledge point3 =
        restraint(POINT_3, "Refrain from economic coercion")
            .addRefrainsFrom(occurred(ECONOMIC_COERCION))
            .source(source("Point 3", "refrain from economic coercion", Fidelity.SUMMARY))
            .note(CONDENSED)
            .build();
    Pledge point4 =
        Pledge.builder()
            .id(POINT_4)
            .title("Seek immediate UN Security Council action if nuclear weapons are used")
            .kind(PledgeKind.DIPLOMATIC_ACTION)
            .bindingForce(BindingForce.POLITICAL_DECLARATION)
            .trigger(occurred(NUCLEAR_USE))
            .addContributions(guarantors())
            .source(
                source(
                    "Point 4",
                    "seek immediate United Nations Security Council action to provide assistance"
                        + " to Ukraine … if Ukraine should become a victim of an act of aggression"
                        + " or an object of a threat of aggression in which nuclear weapons are"
                        + " used.",
                    Fidelity.VERBATIM))
            .note(
                "The only action the memorandum owes, and only when nuclear weapons are used;"
                    + " 'immediate' sets no measurable deadline.")
            .build();
    Pledge point5 =
        restraint(POINT_5, "Not use nuclear weapons against Ukraine")
            .addRefrainsFrom(occurred(NUCLEAR_USE))
            .source(source("Point 5", "no nuclear use against Ukraine", Fidelity.SUMMARY))
            .note("Known from a summary only; any exception the full text makes is not modelled.")
            .build();
    Pledge point6 =
        Pledge.builder()
            .id(POINT_6)
            .title("Consult when a question arises concerning these commitments")
            .kind(PledgeKind.CONSULTATION)
            .bindingForce(BindingForce.CONSULTATION)
            .trigger(occurred(CONSULTATION_REQUEST))
            .addContributions(guarantors())
            .source(
                source(
                    "Point 6",
                    "consult when a question arises about these commitments",
                    Fidelity.SUMMARY))
            .note("A request for consultations stands for the question arising; no deadline.")
            .build();
    return Vocabulary.declare(
            Agreement.builder()
                .id(ID)
                .title("Budapest Memorandum, 1994")
                .date(LocalDate.of(1994, 12, 5))
                .description(
                    "Security assurances by Russia, the United Kingdom and the United States to"
                        + " Ukraine on its accession to the NPT. Assurances, not guarantees.")
                .addParty(Vocabulary.russia(), Role.SIGNATORY)
                .addParty(Vocabulary.unitedKingdom(), Role.SIGNATORY)
                .addParty(Vocabulary.unitedStates(), Role.SIGNATORY)
                .addParty(Vocabulary.ukraine(), Role.SIGNATORY, Role.BENEFICIARY),
            ARMED_ATTACK,
            THREAT_OF_FORCE,
            ECONOMIC_COERCION,
            NUCLEAR_USE,
            CONSULTATION_REQUEST)
        .addPledges(point1, point2, point3, point4, point5, point6)
        .build();
  }

  private static Pledge.Builder restraint(String id, String title) {
    return Pledge.builder()
        .id(id)
        .title(title)
        .kind(PledgeKind.RESTRAINT)
        .bindingForce(BindingForce.POLITICAL_DECLARATION)
        .addContributions(guarantors());
  }

  private static Contribution[] guarantors() {
    return new Contribution[] {Contribution.of(RU), Contribution.of(UK), Contribution.of(US)};
  }

  private static Source source(String clause, String quote, Fidelity fidelity) {
    return Source.builder()
        .document(DOCUMENT)
        .clause(clause)
        .quote(quote)
        .fidelity(fidelity)
        .build();
  }
}
