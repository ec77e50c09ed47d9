/**
 * The instruments to compare the Paris arrangements against, run side by side on the same events.
 *
 * <h2>Instruments</h2>
 *
 * <ul>
 *   <li>{@link io.github.guarantees.examples.instruments.NorthAtlanticTreaty}: Articles 4 and 5;
 *   <li>{@link io.github.guarantees.examples.instruments.BudapestMemorandum}: the assurances of 5
 *       December 1994, points 1–6, with the guarantors' restraints as pledges a guarantor breaches
 *       by attacking;
 *   <li>{@link io.github.guarantees.examples.instruments.FranceUkraine2024} and {@link
 *       io.github.guarantees.examples.instruments.UkUkraine2024}: consultations within 24 hours of
 *       a request after a future Russian armed attack, then assistance; the UK agreement's ten-year
 *       term ends on Ukraine's NATO accession;
 *   <li>{@link io.github.guarantees.examples.instruments.ParisResponseLadder}: the press-reported
 *       response ladder to a ceasefire breach (24 hours, a second phase, 72 hours).
 * </ul>
 *
 * <h2>One vocabulary, each instrument its own triggers</h2>
 *
 * <p>Every instrument draws its triggers from {@link
 * io.github.guarantees.examples.instruments.Vocabulary} and declares only those it uses. An
 * evaluator rejects events of undeclared triggers, so {@link
 * io.github.guarantees.examples.instruments.Comparison} gives each instrument only the events it
 * declares (and whose party it knows) and lists, per instrument, the events it ignored. The named
 * scenarios are in {@link io.github.guarantees.examples.instruments.ComparisonScenarios}.
 */
@NullMarked
package io.github.guarantees.examples.instruments;

import org.jspecify.annotations.NullMarked;
