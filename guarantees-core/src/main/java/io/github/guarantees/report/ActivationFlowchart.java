package io.github.guarantees.report;

import com.google.common.collect.ListMultimap;
import com.google.common.collect.MultimapBuilder;
import io.github.guarantees.condition.After;
import io.github.guarantees.condition.AllOf;
import io.github.guarantees.condition.Always;
import io.github.guarantees.condition.AnyOf;
import io.github.guarantees.condition.AtLeast;
import io.github.guarantees.condition.AtLeastParties;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.ConditionVisitor;
import io.github.guarantees.condition.InForce;
import io.github.guarantees.condition.Not;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.condition.StatusIs;
import io.github.guarantees.condition.Within;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Deadline;
import io.github.guarantees.model.Fidelity;
import io.github.guarantees.model.Location;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.Power;
import io.github.guarantees.model.Term;
import io.github.guarantees.model.Trigger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Writes the Mermaid flowchart of an agreement's activation logic (see {@link
 * MermaidDiagram#flowchart(Agreement)}). Each distinct condition is one node, however many pledges
 * share it, so the diagram grows with the distinct conditions, not with their paths.
 */
final class ActivationFlowchart implements ConditionVisitor<ActivationFlowchart.Port> {
  /**
   * Where a condition's truth comes from, as an edge's start: a node, the words on the edge, and
   * whether the edge is dotted (a status of another pledge rather than an event).
   */
  record Port(String node, String label, boolean dotted) {}

  private static final String INDENT = "    ";

  private final Agreement agreement;
  private final List<String> top = new ArrayList<>();
  private final List<String> edges = new ArrayList<>();
  private final Map<String, String> triggers = new HashMap<>();
  private final Map<Condition, String> conditions = new HashMap<>();
  private final Map<String, String> pledges = new HashMap<>();
  private final Map<String, String> contributions = new HashMap<>();
  private final ListMultimap<String, String> classes =
      MultimapBuilder.linkedHashKeys().arrayListValues().build();
  private @Nullable String wholeAgreement;

  private ActivationFlowchart(Agreement agreement) {
    this.agreement = agreement;
  }

  static String render(Agreement agreement) {
    return new ActivationFlowchart(agreement).write();
  }

  private String write() {
    for (Trigger t : agreement.triggers()) {
      String id = "t" + (triggers.size() + 1);
      triggers.put(t.id(), id);
      node(
          top,
          id,
          "([",
          "])",
          MermaidText.escape(t.id()) + MermaidText.BREAK + MermaidText.escape(t.description()),
          "trigger");
    }
    Map<List<String>, List<Pledge>> groups = new LinkedHashMap<>();
    for (Pledge p : agreement.pledges()) {
      pledges.put(p.id(), "p" + (pledges.size() + 1));
      groups
          .computeIfAbsent(
              List.of(p.source().document(), p.source().clause()), k -> new ArrayList<>())
          .add(p);
      for (Contribution c : p.contributions()) {
        contributions.put(
            key(p.id(), c.party()), pledges.get(p.id()) + "k" + (contributions.size() + 1));
      }
    }
    Map<String, Integer> clauses = new HashMap<>();
    groups.keySet().forEach(k -> clauses.merge(k.get(1), 1, Integer::sum));
    List<String> body = new ArrayList<>();
    int g = 0;
    for (Map.Entry<List<String>, List<Pledge>> group : groups.entrySet()) {
      String clause = group.getKey().get(1);
      String title =
          clauses.getOrDefault(clause, 1) > 1 ? clause + " — " + group.getKey().get(0) : clause;
      body.add(INDENT + "subgraph g" + ++g + " [" + MermaidText.quoted(title) + "]");
      for (Pledge p : group.getValue()) {
        pledge(body, p);
      }
      body.add(INDENT + "end");
    }
    for (Pledge p : agreement.pledges()) {
      logic(p);
    }
    agreement
        .term()
        .ifPresent(
            t -> {
              t.endsWhen().ifPresent(c -> edge(c.accept(this), agreementNode(), "ends when"));
              t.since().ifPresent(c -> edge(c.accept(this), agreementNode(), "term counted from"));
            });
    StringBuilder out = new StringBuilder("flowchart LR\n");
    top.forEach(line -> out.append(line).append('\n'));
    body.forEach(line -> out.append(line).append('\n'));
    edges.forEach(line -> out.append(line).append('\n'));
    out.append(INDENT).append("classDef trigger fill:lightyellow,stroke:goldenrod\n");
    out.append(INDENT).append("classDef condition fill:white,stroke:gray\n");
    out.append(INDENT).append("classDef pledge fill:aliceblue,stroke:steelblue\n");
    out.append(INDENT).append("classDef power fill:lavender,stroke:slateblue\n");
    out.append(INDENT).append("classDef contribution fill:honeydew,stroke:seagreen\n");
    out.append(INDENT)
        .append("classDef blocked fill:mistyrose,stroke:firebrick,stroke-dasharray:4 3\n");
    for (Map.Entry<String, Collection<String>> c : classes.asMap().entrySet()) {
      out.append(INDENT)
          .append("class ")
          .append(String.join(",", c.getValue()))
          .append(' ')
          .append(c.getKey())
          .append('\n');
    }
    return out.toString();
  }

  private String pledgeId(String pledge) {
    return Objects.requireNonNull(pledges.get(pledge), pledge);
  }

  private String contributionId(String pledge, String party) {
    return Objects.requireNonNull(contributions.get(key(pledge, party)), party);
  }

  private static String key(String pledge, String party) {
    return pledge + "\u0000" + party;
  }

  private void node(
      List<String> into, String id, String open, String close, String label, String cls) {
    into.add(INDENT + id + open + '"' + label + '"' + close);
    classes.put(cls, id);
  }

  /** The pledge's node and its contributions' nodes, inside its group. */
  private void pledge(List<String> body, Pledge p) {
    StringBuilder label = new StringBuilder(MermaidText.escape(p.title()));
    label.append(MermaidText.BREAK).append(MermaidText.escape(p.id()));
    label.append(" · ").append(Layout.words(p.kind()));
    label.append(" · ").append(Layout.words(p.bindingForce()));
    if (p.location() != Location.UNSPECIFIED) {
      label.append(" · ").append(Layout.words(p.location()));
    }
    p.owedTo()
        .ifPresent(
            o ->
                label
                    .append(MermaidText.BREAK)
                    .append("owed to each ")
                    .append(MermaidText.escape(o.toString())));
    if (p.source().fidelity() != Fidelity.VERBATIM) {
      // what the clause's words rest on, where a reader of the picture sees it
      label
          .append(MermaidText.BREAK)
          .append(MermaidText.escape("source: " + Layout.words(p.source().fidelity())));
    }
    if (p.survivesTermination()) {
      label.append(MermaidText.BREAK).append("survives termination");
    }
    String id = pledgeId(p.id());
    body.add(INDENT + INDENT + id + "[\"" + label + "\"]");
    classes.put(p.power().isPresent() ? "power" : "pledge", id);
    for (Contribution c : p.contributions()) {
      String cid = contributionId(p.id(), c.party());
      StringBuilder cl = new StringBuilder(MermaidText.escape(c.party()));
      c.illustrative().ifPresent(why -> cl.append(" #40;illustrative#41;"));
      Optional<io.github.guarantees.model.Caveat> caveat = agreement.blockingCaveat(p, c);
      caveat.ifPresent(
          v ->
              cl.append(MermaidText.BREAK)
                  .append("blocked by caveat ")
                  .append(MermaidText.escape(v.id()))
                  .append(MermaidText.BREAK)
                  .append(MermaidText.escape(v.description())));
      body.add(INDENT + INDENT + cid + "(\"" + cl + "\")");
      classes.put(caveat.isPresent() ? "blocked" : "contribution", cid);
    }
  }

  /**
   * The edges into a pledge and its contributions: what creates, activates, ends and fulfils it.
   */
  private void logic(Pledge p) {
    String id = pledgeId(p.id());
    edge(agreement.triggerOf(p).accept(this), id, "trigger");
    if (!p.activation().equals(Condition.always())) {
      edge(p.activation().accept(this), id, "activation");
    }
    p.term().flatMap(Term::endsWhen).ifPresent(c -> edge(c.accept(this), id, "ends when"));
    p.term().flatMap(Term::since).ifPresent(c -> edge(c.accept(this), id, "term counted from"));
    p.deadline().ifPresent(d -> edge(dotted(d.fulfilledBy().accept(this)), id, fulfils(d)));
    for (Occurred o : p.refrainsFrom()) {
      edge(dotted(o.accept(this)), id, "breaches");
    }
    p.power().ifPresent(w -> power(id, w));
    for (Contribution c : p.contributions()) {
      String cid = contributionId(p.id(), c.party());
      edges.add(INDENT + id + " --> " + cid);
      if (!c.condition().equals(Condition.always())) {
        edge(c.condition().accept(this), cid, "condition");
      }
    }
  }

  private void power(String id, Power w) {
    edge(w.exercisedBy().accept(this), id, "exercised by");
    String verb =
        switch (w.action()) {
          case SUSPEND -> "suspends";
          case RESUME -> "resumes";
          case TERMINATE -> "terminates";
        };
    if (w.target().isPresent()) {
      Port t = pledgeNode(w.target().get(), Optional.empty());
      edges.add(
          arrow(new Port(id, t.label().isEmpty() ? verb : verb + " " + t.label(), true), t.node()));
    } else {
      edges.add(arrow(new Port(id, verb, true), agreementNode()));
    }
  }

  private String agreementNode() {
    if (wholeAgreement == null) {
      wholeAgreement = "a1";
      node(
          top,
          wholeAgreement,
          "[",
          "]",
          "the agreement as a whole" + MermaidText.BREAK + MermaidText.escape(agreement.id()),
          "pledge");
    }
    return wholeAgreement;
  }

  private static String fulfils(Deadline d) {
    if (d.within().isPresent()) {
      return "fulfils within " + duration(d.within().get());
    }
    return d.dueAt().map(at -> "fulfils by " + at).orElse("fulfils");
  }

  private static Port dotted(Port p) {
    return new Port(p.node(), p.label(), true);
  }

  /** An edge into a pledge or contribution, its role (e.g. {@code activation}) in words. */
  private void edge(Port from, String to, String role) {
    String label = MermaidText.escape(role);
    edges.add(
        arrow(
            new Port(
                from.node(),
                from.label().isEmpty() ? label : label + " · " + from.label(),
                from.dotted()),
            to));
  }

  /** A node for a condition, once; null if it is drawn already. */
  private @Nullable String fresh(Condition c, String label) {
    if (conditions.containsKey(c)) {
      return null;
    }
    String id = "c" + (conditions.size() + 1);
    conditions.put(c, id);
    node(top, id, "{{", "}}", label, "condition");
    return id;
  }

  private Port drawn(Condition c) {
    return new Port(Objects.requireNonNull(conditions.get(c)), "", false);
  }

  private Port composite(Condition c, String label, Iterable<Condition> operands) {
    @Nullable String id = fresh(c, label);
    if (id == null) {
      return drawn(c);
    }
    for (Condition o : operands) {
      edges.add(arrow(o.accept(this), id));
    }
    return new Port(id, "", false);
  }

  /** A condition node with labelled operands: the events of {@code after}, {@code within}. */
  private Port twoPlace(
      Condition c,
      String label,
      Occurred a,
      String aRole,
      Occurred b,
      String bRole,
      boolean bDotted) {
    @Nullable String id = fresh(c, label);
    if (id == null) {
      return drawn(c);
    }
    edge(a.accept(this), id, aRole);
    Port from = b.accept(this);
    edge(bDotted ? dotted(from) : from, id, bRole);
    return new Port(id, "", false);
  }

  /** An edge; its label, if any, is Mermaid text already escaped. */
  private static String arrow(Port from, String to) {
    if (from.label().isEmpty()) {
      return INDENT + from.node() + (from.dotted() ? " -.-> " : " --> ") + to;
    }
    return INDENT
        + from.node()
        + (from.dotted() ? " -. " : " -- ")
        + '"'
        + from.label()
        + '"'
        + (from.dotted() ? " .-> " : " --> ")
        + to;
  }

  /** The qualifiers of an event pattern in words: {@code by RU against UA in UA}. */
  private static String qualifiers(Occurred o) {
    StringBuilder out = new StringBuilder();
    o.actor().ifPresent(a -> out.append("by ").append(a));
    o.target().ifPresent(t -> out.append(out.length() > 0 ? " " : "").append("against ").append(t));
    o.place().ifPresent(p -> out.append(out.length() > 0 ? " " : "").append("in ").append(p));
    return MermaidText.escape(out.toString());
  }

  static String duration(Duration d) {
    return d.toString().substring(2).toLowerCase(Locale.ROOT);
  }

  /** The node of a pledge a status condition or a power names, with the instance it means. */
  private Port pledgeNode(String pledge, Optional<String> party) {
    String base = pledge;
    String instance = "";
    if (!pledges.containsKey(pledge)) {
      for (Pledge p : agreement.pledges()) {
        if (p.owedTo().isPresent() && pledge.startsWith(p.id() + "@")) {
          base = p.id();
          instance = "of " + pledge;
        }
      }
    }
    if (party.isPresent()) {
      String c = contributions.get(key(base, party.get()));
      if (c != null) {
        return new Port(c, MermaidText.escape(instance), true);
      }
      instance = (instance.isEmpty() ? "" : instance + " ") + "by " + party.get();
    }
    return new Port(
        Objects.requireNonNull(pledges.get(base), base), MermaidText.escape(instance), true);
  }

  @Override
  public Port visitAlways(Always c) {
    @Nullable String id = fresh(c, "always");
    return id == null ? drawn(c) : new Port(id, "", false);
  }

  @Override
  public Port visitOccurred(Occurred c) {
    return new Port(
        Objects.requireNonNull(triggers.get(c.trigger()), c.trigger()), qualifiers(c), false);
  }

  @Override
  public Port visitAllOf(AllOf c) {
    return composite(c, "all of", c.operands());
  }

  @Override
  public Port visitAnyOf(AnyOf c) {
    return composite(c, "any of", c.operands());
  }

  @Override
  public Port visitNot(Not c) {
    return composite(c, "not", List.of(c.operand()));
  }

  @Override
  public Port visitAtLeast(AtLeast c) {
    return composite(c, "at least " + c.k() + " of", c.operands());
  }

  @Override
  public Port visitInForce(InForce c) {
    return twoPlace(c, "in force", c.trigger(), "starts", c.revokedBy(), "revokes", true);
  }

  @Override
  public Port visitAfter(After c) {
    return twoPlace(c, "after", c.later(), "later", c.earlier(), "earlier", false);
  }

  @Override
  public Port visitWithin(Within c) {
    return twoPlace(
        c, "within " + duration(c.window()), c.event(), "event", c.anchor(), "from", false);
  }

  @Override
  public Port visitAtLeastParties(AtLeastParties c) {
    @Nullable String id =
        fresh(c, "at least " + c.k() + " distinct parties as " + Layout.words(c.role()));
    if (id == null) {
      return drawn(c);
    }
    edge(c.pattern().accept(this), id, "event");
    return new Port(id, "", false);
  }

  @Override
  public Port visitStatusIs(StatusIs c) {
    Port p = pledgeNode(c.pledge(), c.party());
    String standing = c.standing().keyword();
    return new Port(p.node(), p.label().isEmpty() ? standing : standing + " " + p.label(), true);
  }
}
