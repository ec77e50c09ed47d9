package io.github.guarantees.report;

import static io.github.guarantees.Fixtures.h;
import static io.github.guarantees.Fixtures.pledge;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.Treaty;
import io.github.guarantees.comparison.Comparison;
import io.github.guarantees.comparison.Outcome;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The comparison in text, Markdown and CSV word for word, and its CSV quoting exactly the fields
 * RFC 4180 asks to quote.
 */
class ComparisonReportTest {
  @Test
  void fieldsWithCommasQuotesOrLineEndsAreQuotedAndQuotesDoubled() {
    StringBuilder out = new StringBuilder();
    ComparisonReport.csvRow(out, "plain", "a, b", "say \"no\"", "two\nlines", "", "cr\rhere");
    assertThat(out.toString())
        .isEqualTo("plain,\"a, b\",\"say \"\"no\"\"\",\"two\nlines\",,\"cr\rhere\"\r\n");
  }

  /** The scenario of {@link ReportsWordForWordTest}, and sanctions that neither agreement knows. */
  static Scenario scenario() {
    return Scenario.builder()
        .from(ReportsWordForWordTest.scenario())
        .addEvents(Event.of("sanctions", "US", h(4)))
        .build();
  }

  /**
   * The agreement of {@link ReportsWordForWordTest} (a force that fires and monitoring that misses
   * its deadline), and the test treaty with a restraint that is kept and a long pledge id.
   */
  static List<Outcome> outcomes() {
    Agreement other =
        Agreement.builder()
            .from(Treaty.agreement())
            .id("other")
            .title("Another treaty")
            .addPledges(
                pledge("no-strikes-on-civilian-infrastructure-of-any-kind")
                    .addRefrainsFrom(Condition.occurred("attack"))
                    .build())
            .build();
    return Comparison.run(List.of(ReportsWordForWordTest.agreement(), other), scenario());
  }

  @Test
  void theTextAtSeventyTwoColumns() {
    assertThat(ComparisonReport.text(scenario(), outcomes(), 72))
        .isEqualTo(
            """
            == comparison: firing — every instrument against the same events, as of
               2026-01-01T05:00:00Z
               The force fires; the monitors miss their deadline.
               events:
                 2026-01-01T01:00:00Z  ceasefire (FR) — announced in Paris
                 2026-01-01T02:00:00Z  credible-cessation
                 2026-01-01T03:00:00Z  request (UA)
                 2026-01-01T04:00:00Z  sanctions (US)

                 PLEDGE / CONTRIBUTION       STATUS     WHY
               Test treaty
                 force                       active     fires: trigger and
                                                        activation hold
                   (discretionary assistance; source: summary)
                 · PL                        blocked    blocked by caveat 'no-land'
                                                        of PL: No land forces
                 monitor                     violated   deadline passed: request was
                                                        due by 2026-01-01T02:00:00Z
                                                        (within 1 hour of first
                                                        activation at
                                                        2026-01-01T01:00:00Z); it
                                                        came late at
                                                        2026-01-01T03:00:00Z
                   (political declaration; source: summary)
               Another treaty
                 force                       active     fires: trigger and
                                                        activation hold
                   (discretionary assistance; source: summary)
                 · UK                        pending    in play; needs: approval by
                                                        UK
                 · IT                        blocked    blocked by caveat
                                                        'no-ground-troops' of IT: No
                                                        ground troops in Ukraine
                 · DE                        blocked    blocked by caveat
                                                        'nothing-in-ukraine' of DE:
                                                        Forces only on neighbouring
                                                        NATO territory
                 no-strikes-on-civilian-inf  active     fires: trigger and
                 rastructure-of-any-kind                activation hold; restraint:
                                                        refrains from attack
                   (discretionary assistance; source: summary)
               (a contribution is shown only where its status differs from its
               pledge's)
               Test treaty ignores: sanctions by US @ 2026-01-01T04:00:00Z
                 (trigger not declared)
               Another treaty ignores: sanctions by US @ 2026-01-01T04:00:00Z
                 (trigger not declared)

            -- timeline: firing — Test treaty, up to 2026-01-01T05:00:00Z
               stopped at 2026-01-01T05:00:00Z: 2 events after the as-of instant
                 2026-01-01T05:00:00Z, ignored
                 2026-01-01T10:00:00Z  approval (UK)
                 2026-01-01T11:00:00Z  attack (? in UA)
               Ceasefire monitoring (monitor) — Test Declaration, Component 1
                   (summary only)
                 from the start              dormant
                 2026-01-01T01:00:00Z        dormant → active
                     ceasefire by FR against UA in UA @ 2026-01-01T01:00:00Z
                 after 2026-01-01T02:00:00Z  active → violated
                     deadline passed: request was due by 2026-01-01T02:00:00Z
                     (within 1 hour of first activation at 2026-01-01T01:00:00Z); it
                     has not come
                 · UK: as the pledge
            """);
  }

  @Test
  void theTextAtOneHundredColumns() {
    assertThat(ComparisonReport.text(scenario(), outcomes(), 100))
        .isEqualTo(
            """
            == comparison: firing — every instrument against the same events, as of 2026-01-01T05:00:00Z
               The force fires; the monitors miss their deadline.
               events:
                 2026-01-01T01:00:00Z  ceasefire (FR) — announced in Paris
                 2026-01-01T02:00:00Z  credible-cessation
                 2026-01-01T03:00:00Z  request (UA)
                 2026-01-01T04:00:00Z  sanctions (US)

                 PLEDGE / CONTRIBUTION                   STATUS     WHY
               Test treaty
                 force                                   active     fires: trigger and activation hold
                   (discretionary assistance; source: summary)
                 · PL                                    blocked    blocked by caveat 'no-land' of PL: No land
                                                                    forces
                 monitor                                 violated   deadline passed: request was due by
                                                                    2026-01-01T02:00:00Z (within 1 hour of first
                                                                    activation at 2026-01-01T01:00:00Z); it came
                                                                    late at 2026-01-01T03:00:00Z
                   (political declaration; source: summary)
               Another treaty
                 force                                   active     fires: trigger and activation hold
                   (discretionary assistance; source: summary)
                 · UK                                    pending    in play; needs: approval by UK
                 · IT                                    blocked    blocked by caveat 'no-ground-troops' of IT:
                                                                    No ground troops in Ukraine
                 · DE                                    blocked    blocked by caveat 'nothing-in-ukraine' of
                                                                    DE: Forces only on neighbouring NATO
                                                                    territory
                 no-strikes-on-civilian-infrastructure-  active     fires: trigger and activation hold;
                 of-any-kind                                        restraint: refrains from attack
                   (discretionary assistance; source: summary)
               (a contribution is shown only where its status differs from its pledge's)
               Test treaty ignores: sanctions by US @ 2026-01-01T04:00:00Z (trigger not declared)
               Another treaty ignores: sanctions by US @ 2026-01-01T04:00:00Z (trigger not declared)

            -- timeline: firing — Test treaty, up to 2026-01-01T05:00:00Z
               stopped at 2026-01-01T05:00:00Z: 2 events after the as-of instant 2026-01-01T05:00:00Z, ignored
                 2026-01-01T10:00:00Z  approval (UK)
                 2026-01-01T11:00:00Z  attack (? in UA)
               Ceasefire monitoring (monitor) — Test Declaration, Component 1 (summary only)
                 from the start              dormant
                 2026-01-01T01:00:00Z        dormant → active       ceasefire by FR against UA in UA @
                                                                    2026-01-01T01:00:00Z
                 after 2026-01-01T02:00:00Z  active → violated      deadline passed: request was due by
                                                                    2026-01-01T02:00:00Z (within 1 hour of first
                                                                    activation at 2026-01-01T01:00:00Z); it has
                                                                    not come
                 · UK: as the pledge
            """);
  }

  @Test
  void theMarkdown() {
    assertThat(ComparisonReport.markdown(scenario(), outcomes()))
        .isEqualTo(
            """
            ## Comparison: firing, as of 2026-01-01T05:00:00Z

            The force fires; the monitors miss their deadline.

            - 2026-01-01T01:00:00Z  ceasefire (FR against UA in UA) — announced in Paris
            - 2026-01-01T02:00:00Z  credible-cessation
            - 2026-01-01T03:00:00Z  request (UA)
            - 2026-01-01T04:00:00Z  sanctions (US)

            ### Test treaty

            | pledge / contribution | status | binding force | source | reason |
            |---|---|---|---|---|
            | force | **active** | discretionary assistance | summary | fires: trigger and activation hold |
            | force · PL | **blocked** | discretionary assistance | summary | blocked by caveat 'no-land' of PL: No land forces |
            | monitor | **violated** | political declaration | summary | deadline passed: request was due by 2026-01-01T02:00:00Z (within 1 hour of first activation at 2026-01-01T01:00:00Z); it came late at 2026-01-01T03:00:00Z |

            Ignored: sanctions by US @ 2026-01-01T04:00:00Z (trigger not declared)

            ### Another treaty

            | pledge / contribution | status | binding force | source | reason |
            |---|---|---|---|---|
            | force | **active** | discretionary assistance | summary | fires: trigger and activation hold |
            | force · UK | **pending** | discretionary assistance | summary | in play; needs: approval by UK |
            | force · IT | **blocked** | discretionary assistance | summary | blocked by caveat 'no-ground-troops' of IT: No ground troops in Ukraine |
            | force · DE | **blocked** | discretionary assistance | summary | blocked by caveat 'nothing-in-ukraine' of DE: Forces only on neighbouring NATO territory |
            | no-strikes-on-civilian-infrastructure-of-any-kind | **active** | discretionary assistance | summary | fires: trigger and activation hold; restraint: refrains from attack |

            Ignored: sanctions by US @ 2026-01-01T04:00:00Z (trigger not declared)

            """);
  }

  @Test
  void theCsvWithCrLfLineEnds() {
    String expected =
        """
            agreement,pledge,party,status,bindingForce,reason
            treaty,force,,ACTIVE,DISCRETIONARY_ASSISTANCE,fires: trigger and activation hold
            treaty,force,FR,ACTIVE,DISCRETIONARY_ASSISTANCE,fires: pledge active and own condition holds
            treaty,force,PL,BLOCKED,DISCRETIONARY_ASSISTANCE,blocked by caveat 'no-land' of PL: No land forces
            treaty,monitor,,VIOLATED,POLITICAL_DECLARATION,deadline passed: request was due by 2026-01-01T02:00:00Z (within 1 hour of first activation at 2026-01-01T01:00:00Z); it came late at 2026-01-01T03:00:00Z
            treaty,monitor,UK,VIOLATED,POLITICAL_DECLARATION,deadline passed: request was due by 2026-01-01T02:00:00Z (within 1 hour of first activation at 2026-01-01T01:00:00Z); it came late at 2026-01-01T03:00:00Z
            treaty,,,IGNORED,,sanctions by US @ 2026-01-01T04:00:00Z (trigger not declared)
            other,force,,ACTIVE,DISCRETIONARY_ASSISTANCE,fires: trigger and activation hold
            other,force,FR,ACTIVE,DISCRETIONARY_ASSISTANCE,fires: pledge active and own condition holds
            other,force,UK,PENDING,DISCRETIONARY_ASSISTANCE,in play; needs: approval by UK
            other,force,IT,BLOCKED,DISCRETIONARY_ASSISTANCE,blocked by caveat 'no-ground-troops' of IT: No ground troops in Ukraine
            other,force,DE,BLOCKED,DISCRETIONARY_ASSISTANCE,blocked by caveat 'nothing-in-ukraine' of DE: Forces only on neighbouring NATO territory
            other,force,PL,ACTIVE,DISCRETIONARY_ASSISTANCE,fires: pledge active and own condition holds
            other,no-strikes-on-civilian-infrastructure-of-any-kind,,ACTIVE,DISCRETIONARY_ASSISTANCE,fires: trigger and activation hold; restraint: refrains from attack
            other,,,IGNORED,,sanctions by US @ 2026-01-01T04:00:00Z (trigger not declared)
            """;
    assertThat(ComparisonReport.csv(outcomes())).isEqualTo(expected.replace("\n", "\r\n"));
  }
}
