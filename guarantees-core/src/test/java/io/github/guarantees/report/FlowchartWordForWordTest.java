package io.github.guarantees.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.Fixtures;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.EventRole;
import io.github.guarantees.condition.PartyPattern;
import io.github.guarantees.condition.Standing;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.BindingForce;
import io.github.guarantees.model.Caveat;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Deadline;
import io.github.guarantees.model.Fidelity;
import io.github.guarantees.model.Location;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.PledgeKind;
import io.github.guarantees.model.Power;
import io.github.guarantees.model.Role;
import io.github.guarantees.model.Source;
import io.github.guarantees.model.Term;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The activation flowchart of an agreement that uses every condition kind, every power, every kind
 * of deadline, a restraint, contributions (one blocked by a caveat, one illustrative), a pledge
 * owed to each party, a summary source, a pledge that survives termination, two clauses of one name
 * in two documents and the agreement's own term, held word for word: every node, label and edge.
 */
class FlowchartWordForWordTest {
  private static Source source(String document, String clause, Fidelity fidelity) {
    return Source.builder()
        .document(document)
        .clause(clause)
        .quote("the words of " + clause)
        .fidelity(fidelity)
        .build();
  }

  private static Pledge.Builder pledge(String id, String document, String clause) {
    return Pledge.builder()
        .id(id)
        .title("Pledge " + id)
        .kind(PledgeKind.MONITORING)
        .location(Location.UNSPECIFIED)
        .bindingForce(BindingForce.DISCRETIONARY_ASSISTANCE)
        .source(source(document, clause, Fidelity.VERBATIM));
  }

  static Agreement everything() {
    Caveat noTroops =
        Caveat.builder()
            .id("no-troops")
            .description("No troops abroad")
            .addKinds(PledgeKind.FORCE_DEPLOYMENT)
            .build();
    return Agreement.builder()
        .id("all-kinds")
        .title("Every kind")
        .addParty(Fixtures.party("P", noTroops), Role.SIGNATORY)
        .addParty(Fixtures.party("Q"), Role.BENEFICIARY)
        .addTrigger("attack", "An armed attack")
        .addTrigger("truce", "A truce")
        .addTrigger("breach", "The truce is breached")
        .addTrigger("vote", "A vote")
        .addTrigger("aid", "Aid delivered")
        .addTrigger("exit", "An exit")
        .addPledges(
            pledge("force", "Treaty", "Art. 1")
                .kind(PledgeKind.FORCE_DEPLOYMENT)
                .location(Location.IN_BENEFICIARY)
                .trigger(Condition.inForce("truce", "breach"))
                .activation(
                    Condition.allOf(
                        Condition.anyOf(
                            Condition.after("vote", "attack"),
                            Condition.within("aid", Duration.ofHours(36), "attack")),
                        Condition.not(Condition.occurred("exit")),
                        Condition.atLeast(
                            1,
                            Condition.always(),
                            Condition.occurred("attack")
                                .by(PartyPattern.named("P"))
                                .against(PartyPattern.named("Q"))
                                .in("Q")),
                        Condition.atLeastParties(2, Condition.occurred("attack"), EventRole.ACTOR)))
                .term(Term.lastsFor(Duration.ofDays(2), Condition.occurred("vote")))
                .deadline(Deadline.of("aid", Duration.ofHours(2)))
                .addContributions(
                    Contribution.builder()
                        .party("P")
                        .condition(Condition.occurred("vote", "P"))
                        .build(),
                    Contribution.builder().party("Q").illustrative("a guess").build())
                .build(),
            pledge("watch", "Annex", "Art. 1")
                .trigger(Condition.statusIs("force", "P", Standing.ACTIVE))
                .activation(Condition.not(Condition.always()))
                .owedTo(PartyPattern.named("Q"))
                .addContributions(Contribution.of("Q"))
                .term(Term.endsWhen(Condition.occurred("exit")))
                .deadline(Deadline.by(Condition.occurred("aid"), Fixtures.h(5)))
                .source(source("Annex", "Art. 1", Fidelity.SUMMARY))
                .survivesTermination(true)
                .build(),
            pledge("report", "Treaty", "Art. 2")
                .trigger(Condition.fulfilled("watch@Q"))
                .activation(Condition.statusIs("watch@Q", Standing.VIOLATED))
                .deadline(Deadline.noLimit(Condition.occurred("aid")))
                .build(),
            pledge("hold", "Treaty", "Art. 2")
                .kind(PledgeKind.RESTRAINT)
                .trigger(Condition.occurred("truce"))
                .addRefrainsFrom(Condition.occurred("attack", "Q"))
                .build(),
            pledge("pause", "Treaty", "Art. 3")
                .kind(PledgeKind.POWER)
                .power(Power.suspend("force", Condition.occurred("vote", "Q")))
                .build(),
            pledge("restart", "Treaty", "Art. 3")
                .kind(PledgeKind.POWER)
                .power(Power.resume("force", Condition.occurred("vote", "P")))
                .build(),
            pledge("cancel", "Treaty", "Art. 3")
                .kind(PledgeKind.POWER)
                .power(Power.terminate("watch@Q", Condition.occurred("exit", "P")))
                .build(),
            pledge("denounce", "Treaty", "Art. 4")
                .kind(PledgeKind.POWER)
                .power(Power.terminateAgreement(Condition.occurred("exit", "Q")))
                .build())
        .term(Term.lastsFor(Duration.ofDays(365), Condition.occurred("truce")))
        .build();
  }

  @Test
  void everyConstructIsDrawnWordForWord() {
    String flow = MermaidDiagram.flowchart(everything());
    MermaidSubset.check(flow);
    assertThat(flow).isEqualTo(EXPECTED);
  }

  private static final String EXPECTED =
      """
      flowchart LR
          t1(["attack<br/>An armed attack"])
          t2(["truce<br/>A truce"])
          t3(["breach<br/>The truce is breached"])
          t4(["vote<br/>A vote"])
          t5(["aid<br/>Aid delivered"])
          t6(["exit<br/>An exit"])
          c1{{"in force"}}
          c2{{"all of"}}
          c3{{"any of"}}
          c4{{"after"}}
          c5{{"within 36h"}}
          c6{{"not"}}
          c7{{"at least 1 of"}}
          c8{{"always"}}
          c9{{"at least 2 distinct parties as actor"}}
          c10{{"not"}}
          a1["the agreement as a whole<br/>all-kinds"]
          subgraph g1 ["Art. 1 — Treaty"]
              p1["Pledge force<br/>force · force deployment · discretionary assistance · in beneficiary"]
              p1k1("P<br/>blocked by caveat no-troops<br/>No troops abroad")
              p1k2("Q #40;illustrative#41;")
          end
          subgraph g2 ["Art. 1 — Annex"]
              p2["Pledge watch<br/>watch · monitoring · discretionary assistance<br/>owed to each Q<br/>source#58; summary<br/>survives termination"]
              p2k3("Q")
          end
          subgraph g3 ["Art. 2"]
              p3["Pledge report<br/>report · monitoring · discretionary assistance"]
              p4["Pledge hold<br/>hold · restraint · discretionary assistance"]
          end
          subgraph g4 ["Art. 3"]
              p5["Pledge pause<br/>pause · power · discretionary assistance"]
              p6["Pledge restart<br/>restart · power · discretionary assistance"]
              p7["Pledge cancel<br/>cancel · power · discretionary assistance"]
          end
          subgraph g5 ["Art. 4"]
              p8["Pledge denounce<br/>denounce · power · discretionary assistance"]
          end
          t2 -- "starts" --> c1
          t3 -. "revokes" .-> c1
          c1 -- "trigger" --> p1
          t4 -- "later" --> c4
          t1 -- "earlier" --> c4
          c4 --> c3
          t5 -- "event" --> c5
          t1 -- "from" --> c5
          c5 --> c3
          c3 --> c2
          t6 --> c6
          c6 --> c2
          c8 --> c7
          t1 -- "by P against Q in Q" --> c7
          c7 --> c2
          t1 -- "event" --> c9
          c9 --> c2
          c2 -- "activation" --> p1
          t4 -- "term counted from" --> p1
          t5 -. "fulfils within 2h" .-> p1
          p1 --> p1k1
          t4 -- "condition · by P" --> p1k1
          p1 --> p1k2
          p1k1 -. "trigger · active" .-> p2
          c8 --> c10
          c10 -- "activation" --> p2
          t6 -- "ends when" --> p2
          t5 -. "fulfils by 2026-01-01T05#58;00#58;00Z" .-> p2
          p2 --> p2k3
          p2 -. "trigger · fulfilled of watch@Q" .-> p3
          p2 -. "activation · violated of watch@Q" .-> p3
          t5 -. "fulfils" .-> p3
          t2 -- "trigger" --> p4
          t1 -. "breaches · by Q" .-> p4
          c8 -- "trigger" --> p5
          t4 -- "exercised by · by Q" --> p5
          p5 -. "suspends" .-> p1
          c8 -- "trigger" --> p6
          t4 -- "exercised by · by P" --> p6
          p6 -. "resumes" .-> p1
          c8 -- "trigger" --> p7
          t6 -- "exercised by · by P" --> p7
          p7 -. "terminates of watch@Q" .-> p2
          c8 -- "trigger" --> p8
          t6 -- "exercised by · by Q" --> p8
          p8 -. "terminates" .-> a1
          t2 -- "term counted from" --> a1
          classDef trigger fill:lightyellow,stroke:goldenrod
          classDef condition fill:white,stroke:gray
          classDef pledge fill:aliceblue,stroke:steelblue
          classDef power fill:lavender,stroke:slateblue
          classDef contribution fill:honeydew,stroke:seagreen
          classDef blocked fill:mistyrose,stroke:firebrick,stroke-dasharray:4 3
          class t1,t2,t3,t4,t5,t6 trigger
          class p1,p2,p3,p4,a1 pledge
          class p1k1 blocked
          class p1k2,p2k3 contribution
          class p5,p6,p7,p8 power
          class c1,c2,c3,c4,c5,c6,c7,c8,c9,c10 condition
      """;
}
