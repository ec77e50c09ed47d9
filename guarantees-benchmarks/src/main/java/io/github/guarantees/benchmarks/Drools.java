package io.github.guarantees.benchmarks;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
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
import io.github.guarantees.model.Pledge;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.StatelessKieSession;

/**
 * The agreement's rules run by Drools 10.2: one DRL rule per pledge, built as an executable model,
 * fired by a new stateless session per scenario over the scenario's events (those up to as-of) as
 * {@link EventFact}s.
 *
 * <pre>{@code
 * Drools engine = Drools.of(workload.agreement(), workload.triggerIndex());
 * engine.decide(Drools.facts(workload.times(0)), fired);
 * }</pre>
 *
 * <p>Conditions become DRL conditional elements: {@code occurred} an {@code exists}, {@code after}
 * and {@code within} a join inside {@code exists}, {@code inForce} the latest event with two {@code
 * not}s, {@code atLeast(k, ...)} the disjunction of every {@code k}-subset. Building takes seconds
 * to minutes (about 80 s for 2,000 pledges on a 2-core machine). This class is thread-safe.
 */
public final class Drools {
  private final String drl;
  private final KieBase base;

  private Drools(String drl, KieBase base) {
    this.drl = drl;
    this.base = base;
  }

  /**
   * Builds the rules of an agreement whose patterns name no party.
   *
   * @param agreement the agreement, not null
   * @param triggerIndex the index of every trigger id, as the facts number them, not null
   * @return the engine
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a pattern names a party
   * @throws IllegalStateException if Drools reports an error building the rules
   */
  public static Drools of(Agreement agreement, Map<String, Integer> triggerIndex) {
    Objects.requireNonNull(agreement, "agreement");
    String drl = drl(agreement, ImmutableMap.copyOf(triggerIndex));
    KieServices services = KieServices.Factory.get();
    ReleaseId release =
        services.newReleaseId(
            "io.github.guarantees.benchmarks", "rules-" + UUID.randomUUID(), "1.0.0");
    KieFileSystem files = services.newKieFileSystem();
    files.generateAndWritePomXML(release);
    files.write("src/main/resources/io/github/guarantees/benchmarks/rules.drl", drl);
    KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      throw new IllegalStateException("Drools rejects the generated rules: " + errors);
    }
    return new Drools(drl, services.newKieContainer(release).getKieBase());
  }

  /**
   * Returns a scenario's events up to as-of as facts.
   *
   * @param times the scenario's events by trigger, as {@link Workload#times(int)} gives them
   * @return one fact per event
   */
  public static ImmutableList<EventFact> facts(long[][] times) {
    ImmutableList.Builder<EventFact> out = ImmutableList.builder();
    for (int t = 0; t < times.length; t++) {
      for (long at : times[t]) {
        out.add(new EventFact(t, at));
      }
    }
    return out.build();
  }

  /**
   * Decides which pledges fire in one scenario, in a new stateless session.
   *
   * @param facts the scenario's events up to as-of, from {@link #facts(long[][])}
   * @param fired set to whether each pledge, in the agreement's order, is ACTIVE at as-of
   */
  public void decide(List<EventFact> facts, boolean[] fired) {
    BitSet set = new BitSet(fired.length);
    StatelessKieSession session = base.newStatelessKieSession();
    session.setGlobal("fired", set);
    session.execute(facts);
    for (int p = 0; p < fired.length; p++) {
      fired[p] = set.get(p);
    }
  }

  /**
   * Returns the generated rules.
   *
   * @return the DRL text
   */
  public String drl() {
    return drl;
  }

  private static String drl(Agreement agreement, ImmutableMap<String, Integer> triggerIndex) {
    StringBuilder out = new StringBuilder();
    out.append("package io.github.guarantees.benchmarks;\n\n");
    out.append("import ").append(EventFact.class.getCanonicalName()).append(";\n\n");
    out.append("global java.util.BitSet fired;\n\n");
    List<Pledge> pledges = agreement.pledges();
    Element element = new Element(triggerIndex);
    for (int p = 0; p < pledges.size(); p++) {
      Pledge pledge = pledges.get(p);
      out.append("rule \"").append(pledge.id()).append("\"\nwhen\n  ");
      out.append(agreement.triggerOf(pledge).accept(element)).append("\n  ");
      out.append(pledge.activation().accept(element)).append('\n');
      out.append("then\n  fired.set(").append(p).append(");\nend\n\n");
    }
    return out.toString();
  }

  /**
   * One event of a scenario as a Drools fact: its trigger's index and its instant in seconds.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class EventFact {
    private final int trigger;
    private final long at;

    /**
     * Creates a fact.
     *
     * @param trigger the trigger's index
     * @param at the instant, in seconds since the workload's origin
     */
    public EventFact(int trigger, long at) {
      this.trigger = trigger;
      this.at = at;
    }

    /**
     * Returns the trigger's index.
     *
     * @return the index
     */
    public int getTrigger() {
      return trigger;
    }

    /**
     * Returns the instant, in seconds since the workload's origin.
     *
     * @return the instant
     */
    public long getAt() {
      return at;
    }

    @Override
    public String toString() {
      return "t" + trigger + "@" + at;
    }
  }

  /** A condition as a DRL conditional element. */
  private static final class Element implements ConditionVisitor<String> {
    private final ImmutableMap<String, Integer> triggerIndex;
    private int variables;

    Element(ImmutableMap<String, Integer> triggerIndex) {
      this.triggerIndex = triggerIndex;
    }

    private String event(Occurred pattern, String constraints) {
      int i = Patterns.index(pattern, triggerIndex);
      return "EventFact( trigger == " + i + constraints + " )";
    }

    private String variable() {
      return "$v" + variables++;
    }

    private String join(List<Condition> operands, String operator) {
      List<String> parts = new ArrayList<>(operands.size());
      for (Condition c : operands) {
        parts.add(c.accept(this));
      }
      return "( " + String.join(" " + operator + " ", parts) + " )";
    }

    @Override
    public String visitAlways(Always c) {
      return "eval( true )";
    }

    @Override
    public String visitOccurred(Occurred c) {
      return "exists " + event(c, "");
    }

    @Override
    public String visitAllOf(AllOf c) {
      return join(c.operands(), "and");
    }

    @Override
    public String visitAnyOf(AnyOf c) {
      return join(c.operands(), "or");
    }

    @Override
    public String visitNot(Not c) {
      return "not ( " + c.operand().accept(this) + " )";
    }

    @Override
    public String visitAtLeast(AtLeast c) {
      List<List<Condition>> subsets = new ArrayList<>();
      subsets(c.operands(), c.k(), 0, new ArrayList<>(), subsets);
      List<String> parts = new ArrayList<>(subsets.size());
      for (List<Condition> subset : subsets) {
        parts.add(join(subset, "and"));
      }
      return "( " + String.join(" or ", parts) + " )";
    }

    private static void subsets(
        List<Condition> operands,
        int k,
        int from,
        List<Condition> chosen,
        List<List<Condition>> out) {
      if (chosen.size() == k) {
        out.add(new ArrayList<>(chosen));
        return;
      }
      for (int i = from; i < operands.size(); i++) {
        chosen.add(operands.get(i));
        subsets(operands, k, i + 1, chosen, out);
        chosen.remove(chosen.size() - 1);
      }
    }

    @Override
    public String visitInForce(InForce c) {
      String v = variable();
      return "exists ( "
          + event(c.trigger(), ", " + v + " : at")
          + " and not "
          + event(c.trigger(), ", at > " + v)
          + " and not "
          + event(c.revokedBy(), ", at >= " + v)
          + " )";
    }

    @Override
    public String visitAfter(After c) {
      String v = variable();
      return "exists ( "
          + event(c.earlier(), ", " + v + " : at")
          + " and "
          + event(c.later(), ", at > " + v)
          + " )";
    }

    @Override
    public String visitAtLeastParties(AtLeastParties c) {
      throw new IllegalArgumentException(
          c + ": the peer engines do not count distinct parties (the kernel's language only)");
    }

    @Override
    public String visitStatusIs(StatusIs c) {
      throw new IllegalArgumentException(
          c + ": the peer engines do not read pledges' statuses (the kernel's language only)");
    }

    @Override
    public String visitWithin(Within c) {
      String v = variable();
      return "exists ( "
          + event(c.anchor(), ", " + v + " : at")
          + " and "
          + event(c.event(), ", at >= " + v + ", at <= " + v + " + " + Patterns.windowSeconds(c))
          + " )";
    }
  }
}
