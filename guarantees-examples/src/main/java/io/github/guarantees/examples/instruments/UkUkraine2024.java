package io.github.guarantees.examples.instruments;

import static io.github.guarantees.condition.Condition.occurred;
import static io.github.guarantees.examples.instruments.Vocabulary.ARMED_ATTACK;
import static io.github.guarantees.examples.instruments.Vocabulary.CONSULTATIONS_HELD;
import static io.github.guarantees.examples.instruments.Vocabulary.CONSULTATION_REQUEST;
import static io.github.guarantees.examples.instruments.Vocabulary.NATO_ACCESSION;
import static io.github.guarantees.examples.instruments.Vocabulary.UA;
import static io.github.guarantees.examples.instruments.Vocabulary.UK;

import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Fidelity;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.Reading;
import io.github.guarantees.model.Role;
import io.github.guarantees.model.Source;
import io.github.guarantees.model.Term;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The UK–Ukraine agreement on security co-operation of 12 January 2024: a consultation clause like
 * the French one, then assistance, for a ten-year term.
 *
 * <p>Only a summary of this agreement was available: every pledge is marked {@link
 * Fidelity#SUMMARY}. On Ukraine's NATO accession accounts differ: press reports of the signing say
 * the agreement then ends; its own text is recalled as leaving its future status for the
 * participants to decide then. This encoding takes the first reading (the term ends on 12 January
 * 2034 or on Ukraine's accession, whichever comes first) and marks it as one reading: each pledge
 * carries the tag {@link #ONE_READING}, which the reports show, and the source note says so.
 */
public final class UkUkraine2024 {
  /** The agreement's id. */
  public static final String ID = "uk-ukraine-2024";

  /** Consultations within 24 hours. */
  public static final String CONSULTATIONS = "uk-ua-consultations-24h";

  /** Swift and sustained security assistance. */
  public static final String ASSISTANCE = "uk-ua-security-assistance";

  /** The tag of a pledge whose term encodes one of two readings of the accession clause. */
  public static final String ONE_READING = "one-reading-accession-ends-term";

  /**
   * The other reading of the accession clause: Ukraine's NATO accession does not end the agreement
   * (the participants decide its future then), so only the ten years do.
   */
  public static final String ACCESSION_DOES_NOT_END_TERM = "accession-does-not-end-term";

  /** The end of the ten-year term. */
  public static final Instant TEN_YEARS = Instant.parse("2034-01-12T00:00:00Z");

  private static final String DOCUMENT =
      "Agreement on Security Co-operation between the United Kingdom and Ukraine, 12 January 2024";

  private UkUkraine2024() {}

  /**
   * Returns the agreement's clauses for a future Russian armed attack, with its term.
   *
   * @return the agreement
   */
  public static Agreement agreement() {
    Term term = Term.builder().endsAt(TEN_YEARS).endsWhen(occurred(NATO_ACCESSION, UA)).build();
    Reading accessionLeftOpen =
        Reading.builder()
            .name(ACCESSION_DOES_NOT_END_TERM)
            .note(
                "The agreement's text is recalled as leaving its future status, on Ukraine's NATO"
                    + " accession, for the participants to decide then: under this reading the"
                    + " accession does not end it, and only the ten years do (press reports of"
                    + " the signing say instead that it ends, the encoding's reading).")
            .term(Term.endsAt(TEN_YEARS))
            .build();
    Pledge consultations =
        Pledge.builder()
            .from(
                FranceUkraine2024.consultations(
                    CONSULTATIONS,
                    UK,
                    source(
                        "Future Russian armed attack: consultations",
                        "a like clause: consultations within 24 hours at the request of either"
                            + " participant after a future Russian armed attack")))
            .term(term)
            .addTags(ONE_READING)
            .addReadings(accessionLeftOpen)
            .build();
    Pledge assistance =
        Pledge.builder()
            .from(
                FranceUkraine2024.assistance(
                    ASSISTANCE,
                    source(
                        "Future Russian armed attack: assistance",
                        "swift and sustained security assistance after the consultations")))
            .term(term)
            .addTags(ONE_READING)
            .addReadings(accessionLeftOpen)
            .build();
    return Vocabulary.declare(
            Agreement.builder()
                .id(ID)
                .title("UK–Ukraine agreement, 12 January 2024")
                .date(LocalDate.of(2024, 1, 12))
                .description(
                    "Bilateral security co-operation for ten years; known from a summary. Whether"
                        + " Ukraine's NATO accession ends it is reported two ways: the encoding"
                        + " takes one reading (it ends), tagged on each pledge.")
                .addParty(Vocabulary.unitedKingdom(), Role.SIGNATORY)
                .addParty(Vocabulary.ukraine(), Role.SIGNATORY, Role.BENEFICIARY)
                .addParty(Vocabulary.russia(), Role.THIRD_PARTY),
            ARMED_ATTACK,
            CONSULTATION_REQUEST,
            CONSULTATIONS_HELD,
            NATO_ACCESSION)
        .addPledges(consultations, assistance)
        .build();
  }

  private static Source source(String clause, String quote) {
    return Source.builder()
        .document(DOCUMENT)
        .clause(clause)
        .quote(quote)
        .fidelity(Fidelity.SUMMARY)
        .note(
            "Ten-year term (summary). One reading of two: press reports of the signing say the"
                + " agreement ends on Ukraine's NATO accession (\"incorporated into the NATO"
                + " system\"); its text is recalled as leaving its future status for the"
                + " participants to decide then. The term encodes the first reading.")
        .build();
  }
}
