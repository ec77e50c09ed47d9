/**
 * The Alliance Treaty Obligations and Provisions (ATOP v4.01) alliances as agreements of the
 * library's own model, the interstate wars (Reiter, Stam and Horowitz) as scenarios, and the casus
 * foederis of the 576 alliance–war pairs that Berkemeier and Fuhrmann (2018) coded by hand, decided
 * by the library's evaluator.
 *
 * <h2>Reading</h2>
 *
 * <p>{@link io.github.guarantees.atop.AtopData#load()} reads the four shipped files (cited in the
 * module's {@code NOTICE}); a malformed row is an {@link
 * io.github.guarantees.atop.AtopFormatException} naming the file, line and column of every problem.
 *
 * <h2>Importing and deciding</h2>
 *
 * <p>{@link io.github.guarantees.atop.AllianceImporter} turns an alliance into an {@link
 * io.github.guarantees.model.Agreement}: one pledge per member, phase and obligation, each with the
 * activation its ATOP conditions call for. Where the data cannot decide a condition, the importer
 * makes a named {@link io.github.guarantees.atop.Assumption}, recorded on the pledge and
 * switchable. {@link io.github.guarantees.atop.WarScenarios} turns a war into a scenario in an
 * agreement's vocabulary, and {@link io.github.guarantees.atop.CasusFoederis} decides a pair from
 * the evaluator's timeline. {@link io.github.guarantees.atop.AtopReport} compares every decision
 * with the human coding.
 */
@NullMarked
package io.github.guarantees.atop;

import org.jspecify.annotations.NullMarked;
