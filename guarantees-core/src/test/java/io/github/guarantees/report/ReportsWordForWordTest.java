package io.github.guarantees.report;

import static io.github.guarantees.Fixtures.h;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.Treaty;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.evaluation.Timeline;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.BindingForce;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Deadline;
import io.github.guarantees.model.Location;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.PledgeKind;
import io.github.guarantees.model.Source;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The text, timeline, Markdown and Mermaid renderings word for word on one small agreement and
 * scenario that use every part of a report: a long title and quote, tags, an illustrative
 * contribution, events with a party, target, place and note, events after the as-of instant, a
 * deadline that passes. The column widths, wrapping and shortening are checked exactly, at a narrow
 * width and at the default.
 */
class ReportsWordForWordTest {
  static Agreement agreement() {
    Pledge force =
        Treaty.force()
            .title("Multinational force deployed on request after a credible cessation")
            .source(
                Source.builder()
                    .document("Test Declaration")
                    .clause("Component 3")
                    .quote(
                        "The multinational force will be deployed at Ukraine's request, once a"
                            + " credible cessation of hostilities has been verified, to support"
                            + " the regeneration of the Ukrainian armed forces and deter renewed"
                            + " aggression, in the air, at sea and on land, as the participating"
                            + " states decide in accordance with their constitutions")
                    .build())
            .addTags("component-3", "deterrence")
            .contributions(
                java.util.List.of(
                    Contribution.of("FR"),
                    Contribution.builder()
                        .party("PL")
                        .illustrative("figures not published")
                        .build()))
            .build();
    Pledge monitor =
        Pledge.builder()
            .id("monitor")
            .title("Ceasefire monitoring")
            .kind(PledgeKind.MONITORING)
            .location(Location.IN_BENEFICIARY)
            .bindingForce(BindingForce.POLITICAL_DECLARATION)
            .trigger(Condition.occurred("ceasefire"))
            .deadline(Deadline.of("request", Duration.ofHours(1)))
            .source(
                Source.builder()
                    .document("Test Declaration")
                    .clause("Component 1")
                    .quote("monitored")
                    .build())
            .addContributions(Contribution.of("UK"))
            .build();
    return Treaty.base().addPledges(force, monitor).build();
  }

  static Scenario scenario() {
    return Treaty.scenario("firing")
        .narrative("The force fires; the monitors miss their deadline.")
        .addEvents(
            Event.builder()
                .trigger("ceasefire")
                .party("FR")
                .target("UA")
                .place("UA")
                .at(h(1))
                .note("announced in Paris")
                .build(),
            Event.of("credible-cessation", h(2)),
            Event.of("request", "UA", h(3)),
            Event.of("approval", "UK", h(10)),
            Event.builder().trigger("attack").place("UA").at(h(11)).build())
        .asOf(h(5))
        .build();
  }

  static Assessment assessment() {
    return Evaluator.compile(agreement()).evaluate(scenario());
  }

  static Timeline timeline() {
    return Evaluator.compile(agreement()).timeline(scenario());
  }

  @Test
  void aWrappedEventLineKeepsTwoSpacesAfterItsInstantAndContinuesUnderItsTrigger() {
    Scenario s =
        Scenario.builder()
            .from(scenario())
            .addEvents(
                Event.builder()
                    .trigger("attack")
                    .party("FR")
                    .at(h(12))
                    .note("reported by several capitals at once")
                    .build())
            .build();
    List<String> lines =
        TimelineReport.render(Evaluator.compile(agreement()).timeline(s), p -> false, 60)
            .lines()
            .toList();
    int i = lines.indexOf("     2026-01-01T12:00:00Z  attack (FR) — reported by several");
    assertThat(i).as("in %s", lines).isNotNegative();
    assertThat(lines.get(i + 1)).isEqualTo("                           capitals at once");
  }

  @Test
  void theTextReportAtSeventyTwoColumns() {
    // (an event line that wraps keeps the two spaces after its instant, and continues under its
    // trigger)
    assertThat(TextReport.render(assessment(), 72))
        .isEqualTo(
            """
            == firing — Test treaty, as of 2026-01-01T05:00:00Z
               The force fires; the monitors miss their deadline.
               events:
                 2026-01-01T01:00:00Z  ceasefire (FR against UA in UA) — announced
                                       in Paris
                 2026-01-01T02:00:00Z  credible-cessation
                 2026-01-01T03:00:00Z  request (UA)
               2 events after the as-of instant 2026-01-01T05:00:00Z, ignored:
                 2026-01-01T10:00:00Z  approval (UK)
                 2026-01-01T11:00:00Z  attack (? in UA)

               PLEDGE / CONTRIBUTION              STATUS     REASON
               Multinational force deployed on    active     fires: trigger and
               request after a credible                      activation hold
               cessation
                 force: “The multinational force will be deployed at Ukraine's
                   request, once a credible cessation of hostilities has been…” —
                   Test Declaration, Component 3 (summary only); component-3,
                   deterrence
                 · Party FR (FR)                  active     fires: pledge active
                                                             and own condition holds
                 · Party PL (PL)                  blocked    blocked by caveat
                                                             'no-land' of PL: No
                                                             land forces
                     (illustrative: figures not published)
               Ceasefire monitoring               violated   deadline passed:
                                                             request was due by
                                                             2026-01-01T02:00:00Z
                                                             (within 1 hour of first
                                                             activation at
                                                             2026-01-01T01:00:00Z);
                                                             it came late at
                                                             2026-01-01T03:00:00Z
                 monitor: “monitored” — Test Declaration, Component 1 (summary only)
                 · Party UK (UK)                  violated   deadline passed:
                                                             request was due by
                                                             2026-01-01T02:00:00Z
                                                             (within 1 hour of first
                                                             activation at
                                                             2026-01-01T01:00:00Z);
                                                             it came late at
                                                             2026-01-01T03:00:00Z
            """);
  }

  @Test
  void theTextReportAtTheDefaultWidth() {
    assertThat(TextReport.render(assessment()))
        .isEqualTo(
            """
            == firing — Test treaty, as of 2026-01-01T05:00:00Z
               The force fires; the monitors miss their deadline.
               events:
                 2026-01-01T01:00:00Z  ceasefire (FR against UA in UA) — announced in Paris
                 2026-01-01T02:00:00Z  credible-cessation
                 2026-01-01T03:00:00Z  request (UA)
               2 events after the as-of instant 2026-01-01T05:00:00Z, ignored:
                 2026-01-01T10:00:00Z  approval (UK)
                 2026-01-01T11:00:00Z  attack (? in UA)

               PLEDGE / CONTRIBUTION                               STATUS     REASON
               Multinational force deployed on request after a     active     fires: trigger and activation hold
               credible cessation
                 force: “The multinational force will be deployed at Ukraine's request, once a credible
                   cessation of hostilities has been verified, to support the regeneration of the Ukrainian
                   armed…” — Test Declaration, Component 3 (summary only); component-3, deterrence
                 · Party FR (FR)                                   active     fires: pledge active and own
                                                                              condition holds
                 · Party PL (PL)                                   blocked    blocked by caveat 'no-land' of PL:
                                                                              No land forces
                     (illustrative: figures not published)
               Ceasefire monitoring                                violated   deadline passed: request was due
                                                                              by 2026-01-01T02:00:00Z (within 1
                                                                              hour of first activation at
                                                                              2026-01-01T01:00:00Z); it came
                                                                              late at 2026-01-01T03:00:00Z
                 monitor: “monitored” — Test Declaration, Component 1 (summary only)
                 · Party UK (UK)                                   violated   deadline passed: request was due
                                                                              by 2026-01-01T02:00:00Z (within 1
                                                                              hour of first activation at
                                                                              2026-01-01T01:00:00Z); it came
                                                                              late at 2026-01-01T03:00:00Z
            """);
  }

  @Test
  void theTimelineReportAtSixtyColumnsPutsEachCauseBelowItsChange() {
    assertThat(TimelineReport.render(timeline(), p -> true, 60))
        .isEqualTo(
            """
            -- timeline: firing — Test treaty, up to
               2026-01-01T05:00:00Z
               stopped at 2026-01-01T05:00:00Z: 2 events after the
                 as-of instant 2026-01-01T05:00:00Z, ignored
                 2026-01-01T10:00:00Z  approval (UK)
                 2026-01-01T11:00:00Z  attack (? in UA)
               Multinational force deployed on request after a
                   credible cessation (force) — Test Declaration,
                   Component 3 (summary only); component-3, deterrence
                 from the start              dormant
                 2026-01-01T01:00:00Z        dormant → pending
                     ceasefire by FR against UA in UA @
                     2026-01-01T01:00:00Z
                 2026-01-01T03:00:00Z        pending → active
                     request by UA @ 2026-01-01T03:00:00Z
                 · FR: as the pledge
                 · PL [illustrative: figures not published]
                   from the start              blocked
               Ceasefire monitoring (monitor) — Test Declaration,
                   Component 1 (summary only)
                 from the start              dormant
                 2026-01-01T01:00:00Z        dormant → active
                     ceasefire by FR against UA in UA @
                     2026-01-01T01:00:00Z
                 after 2026-01-01T02:00:00Z  active → violated
                     deadline passed: request was due by
                     2026-01-01T02:00:00Z (within 1 hour of first
                     activation at 2026-01-01T01:00:00Z); it has not
                     come
                 · UK: as the pledge
            """);
  }

  @Test
  void theTimelineReportAtEightyColumns() {
    assertThat(TimelineReport.render(timeline(), p -> true, 80))
        .isEqualTo(
            """
            -- timeline: firing — Test treaty, up to 2026-01-01T05:00:00Z
               stopped at 2026-01-01T05:00:00Z: 2 events after the as-of instant
                 2026-01-01T05:00:00Z, ignored
                 2026-01-01T10:00:00Z  approval (UK)
                 2026-01-01T11:00:00Z  attack (? in UA)
               Multinational force deployed on request after a credible cessation
                   (force) — Test Declaration, Component 3 (summary only); component-3,
                   deterrence
                 from the start              dormant
                 2026-01-01T01:00:00Z        dormant → pending      ceasefire by FR against
                                                                    UA in UA @
                                                                    2026-01-01T01:00:00Z
                 2026-01-01T03:00:00Z        pending → active       request by UA @
                                                                    2026-01-01T03:00:00Z
                 · FR: as the pledge
                 · PL [illustrative: figures not published]
                   from the start              blocked
               Ceasefire monitoring (monitor) — Test Declaration, Component 1 (summary only)
                 from the start              dormant
                 2026-01-01T01:00:00Z        dormant → active       ceasefire by FR against
                                                                    UA in UA @
                                                                    2026-01-01T01:00:00Z
                 after 2026-01-01T02:00:00Z  active → violated      deadline passed: request
                                                                    was due by
                                                                    2026-01-01T02:00:00Z
                                                                    (within 1 hour of first
                                                                    activation at
                                                                    2026-01-01T01:00:00Z);
                                                                    it has not come
                 · UK: as the pledge
            """);
  }

  @Test
  void theTimelineReportAtTheDefaultWidth() {
    String expected =
        """
            -- timeline: firing — Test treaty, up to 2026-01-01T05:00:00Z
               stopped at 2026-01-01T05:00:00Z: 2 events after the as-of instant 2026-01-01T05:00:00Z, ignored
                 2026-01-01T10:00:00Z  approval (UK)
                 2026-01-01T11:00:00Z  attack (? in UA)
               Multinational force deployed on request after a credible cessation (force) — Test
                   Declaration, Component 3 (summary only); component-3, deterrence
                 from the start              dormant
                 2026-01-01T01:00:00Z        dormant → pending      ceasefire by FR against UA in UA @
                                                                    2026-01-01T01:00:00Z
                 2026-01-01T03:00:00Z        pending → active       request by UA @ 2026-01-01T03:00:00Z
                 · FR: as the pledge
                 · PL [illustrative: figures not published]
                   from the start              blocked
               Ceasefire monitoring (monitor) — Test Declaration, Component 1 (summary only)
                 from the start              dormant
                 2026-01-01T01:00:00Z        dormant → active       ceasefire by FR against UA in UA @
                                                                    2026-01-01T01:00:00Z
                 after 2026-01-01T02:00:00Z  active → violated      deadline passed: request was due by
                                                                    2026-01-01T02:00:00Z (within 1 hour of first
                                                                    activation at 2026-01-01T01:00:00Z); it has
                                                                    not come
                 · UK: as the pledge
            """;
    assertThat(TimelineReport.render(timeline())).isEqualTo(expected);
    assertThat(TimelineReport.render(timeline(), p -> true)).isEqualTo(expected);
  }

  @Test
  void theMarkdownReport() {
    assertThat(MarkdownReport.render(assessment(), false))
        .isEqualTo(
            """
            ## firing — Test treaty, as of 2026-01-01T05:00:00Z

            The force fires; the monitors miss their deadline.

            | at | event | by or about | note |
            |---|---|---|---|
            | 2026-01-01T01:00:00Z | ceasefire | FR against UA in UA | announced in Paris |
            | 2026-01-01T02:00:00Z | credible-cessation |  |  |
            | 2026-01-01T03:00:00Z | request | UA |  |

            **2 events after the as-of instant 2026-01-01T05:00:00Z, ignored:**

            - 2026-01-01T10:00:00Z  approval (UK)
            - 2026-01-01T11:00:00Z  attack (? in UA)

            | pledge / contribution | status | reason | source |
            |---|---|---|---|
            | force | **ACTIVE** | fires: trigger and activation hold | Test Declaration, Component 3 (summary only); component-3, deterrence |
            | ↳ FR | ACTIVE | fires: pledge active and own condition holds |  |
            | ↳ PL | BLOCKED | blocked by caveat 'no-land' of PL: No land forces | illustrative: figures not published |
            | monitor | **VIOLATED** | deadline passed: request was due by 2026-01-01T02:00:00Z (within 1 hour of first activation at 2026-01-01T01:00:00Z); it came late at 2026-01-01T03:00:00Z | Test Declaration, Component 1 (summary only) |
            | ↳ UK | VIOLATED | deadline passed: request was due by 2026-01-01T02:00:00Z (within 1 hour of first activation at 2026-01-01T01:00:00Z); it came late at 2026-01-01T03:00:00Z |  |
            """);
  }

  @Test
  void theFlowchart() {
    assertThat(MermaidDiagram.flowchart(agreement()))
        .isEqualTo(
            """
            flowchart LR
                t1(["ceasefire<br/>A ceasefire enters into force"])
                t2(["ceasefire-collapsed<br/>The ceasefire collapses"])
                t3(["request<br/>Ukraine requests the force"])
                t4(["request-withdrawn<br/>Ukraine withdraws its request"])
                t5(["credible-cessation<br/>A credible cessation of hostilities is verified"])
                t6(["approval<br/>A parliament approves"])
                t7(["approval-revoked<br/>A parliament revokes its approval"])
                t8(["attack<br/>An armed attack"])
                t9(["accession<br/>NATO accession"])
                c1{{"in force"}}
                c2{{"all of"}}
                c3{{"in force"}}
                subgraph g1 ["Component 3"]
                    p1["Multinational force deployed on request after a credible cessation<br/>force · force deployment · discretionary assistance · in beneficiary<br/>source#58; summary"]
                    p1k1("FR")
                    p1k2("PL #40;illustrative#41;<br/>blocked by caveat no-land<br/>No land forces")
                end
                subgraph g2 ["Component 1"]
                    p2["Ceasefire monitoring<br/>monitor · monitoring · political declaration · in beneficiary<br/>source#58; summary"]
                    p2k3("UK")
                end
                t1 -- "starts" --> c1
                t2 -. "revokes" .-> c1
                c1 -- "trigger" --> p1
                t3 -- "starts" --> c3
                t4 -. "revokes" .-> c3
                c3 --> c2
                t5 --> c2
                c2 -- "activation" --> p1
                p1 --> p1k1
                p1 --> p1k2
                t1 -- "trigger" --> p2
                t3 -. "fulfils within 1h" .-> p2
                p2 --> p2k3
                classDef trigger fill:lightyellow,stroke:goldenrod
                classDef condition fill:white,stroke:gray
                classDef pledge fill:aliceblue,stroke:steelblue
                classDef power fill:lavender,stroke:slateblue
                classDef contribution fill:honeydew,stroke:seagreen
                classDef blocked fill:mistyrose,stroke:firebrick,stroke-dasharray:4 3
                class t1,t2,t3,t4,t5,t6,t7,t8,t9 trigger
                class p1,p2 pledge
                class p1k1,p2k3 contribution
                class p1k2 blocked
                class c1,c2,c3 condition
            """);
  }

  @Test
  void theGantt() {
    assertThat(MermaidDiagram.gantt(timeline()))
        .isEqualTo(
            """
            gantt
                title firing — Test treaty
                dateFormat YYYY-MM-DD HH:mm:ss
                axisFormat %Y-%m-%d
                todayMarker off
                section Multinational force deployed on request after a credible cessation #40;force#41;
                pending :s1, 2026-01-01 01:00:00, 2026-01-01 03:00:00
                active :active, s2, 2026-01-01 03:00:00, 2026-01-01 05:00:00
                ↳ PL · blocked :crit, s3, 2026-01-01 01:00:00, 2026-01-01 05:00:00
                section Ceasefire monitoring #40;monitor#41;
                active :active, s4, 2026-01-01 01:00:00, 2026-01-01 02:00:00
                violated :crit, s5, 2026-01-01 02:00:00, 2026-01-01 05:00:00
            """);
  }

  @Test
  void theMarkdownTimeline() {
    assertThat(MarkdownTimelineReport.render(timeline(), p -> true))
        .isEqualTo(
            """
            ## timeline: firing — Test treaty, up to 2026-01-01T05:00:00Z

            **2 events after the as-of instant 2026-01-01T05:00:00Z, ignored:**

            - 2026-01-01T10:00:00Z  approval (UK)
            - 2026-01-01T11:00:00Z  attack (? in UA)

            ### Multinational force deployed on request after a credible cessation (force)

            Test Declaration, Component 3 (summary only); component-3, deterrence

            | pledge / contribution | from | status | cause |
            |---|---|---|---|
            | force | the start | dormant | |
            | force | 2026-01-01T01:00:00Z | dormant → **pending** | ceasefire by FR against UA in UA @ 2026-01-01T01:00:00Z |
            | force | 2026-01-01T03:00:00Z | pending → **active** | request by UA @ 2026-01-01T03:00:00Z |
            | ↳ FR | | as the pledge | |
            | ↳ PL (illustrative: figures not published) | the start | blocked | |

            ### Ceasefire monitoring (monitor)

            Test Declaration, Component 1 (summary only)

            | pledge / contribution | from | status | cause |
            |---|---|---|---|
            | monitor | the start | dormant | |
            | monitor | 2026-01-01T01:00:00Z | dormant → **active** | ceasefire by FR against UA in UA @ 2026-01-01T01:00:00Z |
            | monitor | after 2026-01-01T02:00:00Z | active → **violated** | deadline passed: request was due by 2026-01-01T02:00:00Z (within 1 hour of first activation at 2026-01-01T01:00:00Z); it has not come |
            | ↳ UK | | as the pledge | |

            """);
  }
}
