package io.github.guarantees.atop;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Fidelity;
import io.github.guarantees.model.Party;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.Role;
import io.github.guarantees.model.Source;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Imports an ATOP alliance as an {@link Agreement}: each member a signatory, each named adversary a
 * third party, and one pledge per member, phase and obligation.
 *
 * <p>A pledge is in play while its member is in the phase (its trigger: the member's entry in
 * force, not yet followed by its exit) and fires while some partner, itself in the alliance at the
 * time, is in the situation the obligation is about:
 *
 * <ul>
 *   <li>defence: the partner is attacked and still fighting the attacker;
 *   <li>offence: the partner attacks and is still fighting;
 *   <li>neutrality and consultation: the partner is at war, attacked or attacking (attacked only,
 *       if the clause says so);
 *   <li>non-aggression: a restraint, breached when the member attacks a partner.
 * </ul>
 *
 * <p>Each ATOP condition narrows the situation: a specific adversary to attacks by or on the states
 * named; a conflict with a non-member to wars where no member fights the partner; the others
 * through a named {@link Assumption}. An attack is "on" the partner when the war file lists the
 * partner as the target of a dyad; the events come from {@link WarScenarios}.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class AllianceImporter {
  private static final Condition NEVER = Condition.not(Condition.always());

  private final ImmutableSet<Assumption> assumptions;
  private final IntFunction<String> names;

  private AllianceImporter(Set<Assumption> assumptions, IntFunction<String> names) {
    this.assumptions = ImmutableSet.copyOf(assumptions);
    this.names = names;
  }

  /**
   * An importer making every assumption, naming states as the data do.
   *
   * @param data the data, for state names; not null
   * @return the importer
   * @throws NullPointerException if data is null
   */
  public static AllianceImporter of(AtopData data) {
    return of(data, Assumption.all());
  }

  /**
   * An importer making the given assumptions only.
   *
   * @param data the data, for state names; not null
   * @param assumptions the assumptions switched on, not null
   * @return the importer
   * @throws NullPointerException if an argument is null
   */
  public static AllianceImporter of(AtopData data, Set<Assumption> assumptions) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(assumptions, "assumptions");
    Map<Integer, String> names = new LinkedHashMap<>();
    data.wars().values().forEach(w -> w.stateNames().forEach(names::putIfAbsent));
    return new AllianceImporter(
        assumptions, code -> names.getOrDefault(code, "State " + code + " (COW code)"));
  }

  /**
   * Returns the assumptions switched on.
   *
   * @return the assumptions
   */
  public ImmutableSet<Assumption> assumptions() {
    return assumptions;
  }

  /**
   * Imports one alliance.
   *
   * @param alliance the alliance, not null
   * @return the agreement with its limitations and assumptions
   * @throws NullPointerException if alliance is null
   */
  public ImportedAlliance importAlliance(AtopData.Alliance alliance) {
    Objects.requireNonNull(alliance, "alliance");
    Set<Limitation> limitations = EnumSet.noneOf(Limitation.class);
    if (!alliance.members().equals(alliance.memberCodes())) {
      limitations.add(Limitation.MEMBER_LISTS_DIFFER);
    }
    ImmutableSet<Integer> members = alliance.memberCodes();
    Agreement.Builder agreement =
        Agreement.builder()
            .id("atop-" + alliance.atopId())
            .title("ATOP alliance " + alliance.atopId())
            .date(alliance.begin())
            .description(
                "ATOP v4.01 alliance "
                    + alliance.atopId()
                    + ", signed "
                    + alliance.begin()
                    + alliance.end().map(e -> ", ended " + e).orElse(", in force")
                    + "; imported from the coding, not the treaty's words.");
    Set<Integer> adversaries = new LinkedHashSet<>();
    alliance.phases().forEach(p -> adversaries.addAll(p.adversaries()));
    for (int m : members) {
      agreement.addParty(party(m), Role.SIGNATORY);
      String name = names.apply(m);
      agreement
          .addTrigger(Vocabulary.attacked(m), name + " is attacked")
          .addTrigger(
              Vocabulary.attackedHome(m), name + " is attacked by a state of its own region")
          .addTrigger(Vocabulary.attacks(m), name + " attacks")
          .addTrigger(Vocabulary.attacksHome(m), name + " attacks a state of its own region")
          .addTrigger(Vocabulary.peace(m), name + " stops fighting a state");
    }
    for (int a : adversaries) {
      if (!members.contains(a)) {
        agreement.addParty(party(a), Role.THIRD_PARTY);
      }
    }
    Map<String, ImmutableSet<Assumption>> assumed = new LinkedHashMap<>();
    for (AtopData.MemberPhase phase : alliance.phases()) {
      String name = names.apply(phase.member());
      agreement
          .addTrigger(
              Vocabulary.enters(phase.member(), phase.sequence()),
              name + " enters the alliance (" + phaseName(phase) + ")")
          .addTrigger(
              Vocabulary.exits(phase.member(), phase.sequence()),
              name + " leaves the alliance (" + phaseName(phase) + ")");
      for (Obligation o : phase.obligations()) {
        Set<Assumption> used = EnumSet.noneOf(Assumption.class);
        Pledge pledge = pledge(alliance, members, phase, o, used, limitations);
        assumed.put(pledge.id(), ImmutableSet.copyOf(used));
        agreement.addPledges(pledge);
      }
    }
    return new ImportedAlliance(
        alliance,
        agreement.build(),
        ImmutableSet.copyOf(limitations),
        ImmutableMap.copyOf(assumed),
        assumptions);
  }

  private Party party(int code) {
    return Party.builder().id(Vocabulary.party(code)).name(names.apply(code)).build();
  }

  private static String phaseName(AtopData.MemberPhase phase) {
    return "phase "
        + phase.sequence()
        + ", "
        + phase.entry()
        + " to "
        + phase.exit().map(Object::toString).orElse("in force");
  }

  private Pledge pledge(
      AtopData.Alliance alliance,
      Set<Integer> members,
      AtopData.MemberPhase phase,
      Obligation o,
      Set<Assumption> used,
      Set<Limitation> limitations) {
    int m = phase.member();
    Set<ConditionFlag> flags = phase.conditionsOf(o);
    Pledge.Builder pledge =
        Pledge.builder()
            .id(Vocabulary.pledge(o, m, phase.sequence()))
            .title(names.apply(m) + ": " + o.column() + " (" + phaseName(phase) + ")")
            .kind(o.kind())
            .bindingForce(o.bindingForce())
            .trigger(
                Condition.inForce(
                    Vocabulary.enters(m, phase.sequence()), Vocabulary.exits(m, phase.sequence())))
            .source(source(alliance, phase, o))
            .addContributions(Contribution.of(Vocabulary.party(m)))
            .addTags(o.tag());
    List<Integer> partners = new ArrayList<>(members);
    partners.remove(Integer.valueOf(m));
    if (o == Obligation.NON_AGGRESSION) {
      for (int p : partners) {
        pledge.addRefrainsFrom(Condition.occurred(Vocabulary.attacks(m), Vocabulary.party(p)));
      }
      used.add(Assumption.NON_AGGRESSION_BREACH_IS_CASUS_FOEDERIS);
    } else {
      if (o == Obligation.CONSULTATION) {
        used.add(Assumption.CONSULTATION_NOT_CASUS_FOEDERIS);
      }
      pledge.activation(
          activation(alliance, members, partners, phase, o, flags, used, limitations));
    }
    for (Assumption a : used) {
      pledge.addTags(a.tag());
    }
    return pledge.build();
  }

  private Condition activation(
      AtopData.Alliance alliance,
      Set<Integer> members,
      List<Integer> partners,
      AtopData.MemberPhase phase,
      Obligation o,
      Set<ConditionFlag> flags,
      Set<Assumption> used,
      Set<Limitation> limitations) {
    boolean never = false;
    never |=
        decide(
            flags,
            ConditionFlag.NUMBER_OF_ATTACKERS,
            Limitation.NUMBER_OF_ATTACKERS_NOT_COUNTED,
            used,
            limitations);
    never |=
        decide(flags, ConditionFlag.DEMANDS, Limitation.DEMANDS_NOT_IN_DATA, used, limitations);
    never |=
        decide(flags, ConditionFlag.REQUEST, Limitation.REQUEST_NOT_IN_DATA, used, limitations);
    boolean attackedOnly =
        o == Obligation.DEFENSE || flags.contains(ConditionFlag.PARTNER_ATTACKED);
    if (flags.contains(ConditionFlag.NON_PROVOCATION)) {
      never |=
          decide(
              flags,
              ConditionFlag.NON_PROVOCATION,
              Limitation.PROVOCATION_NOT_IN_DATA,
              used,
              limitations);
      attackedOnly = true;
    }
    boolean home = false;
    if (flags.contains(ConditionFlag.LOCATION)) {
      limitations.add(Limitation.LOCATION_NOT_IN_DATA);
      used.add(Assumption.LOCATION_HOME_REGION);
      home = assumptions.contains(Assumption.LOCATION_HOME_REGION);
    }
    List<Integer> adversaries = phase.adversaries();
    boolean anyAdversary = true;
    if (flags.contains(ConditionFlag.SPECIFIC_ADVERSARY)) {
      if (adversaries.isEmpty()) {
        limitations.add(Limitation.ADVERSARY_NOT_NAMED);
        used.add(Assumption.UNNAMED_ADVERSARY_ANY_STATE);
        never |= !assumptions.contains(Assumption.UNNAMED_ADVERSARY_ANY_STATE);
      } else {
        anyAdversary = false;
      }
    }
    if (never || partners.isEmpty()) {
      return NEVER;
    }
    List<Integer> named = anyAdversary ? List.of() : adversaries;
    boolean nonMember = flags.contains(ConditionFlag.NON_MEMBER_CONFLICT);
    boolean underWay = attackedOnly && alliance.wartime();
    if (underWay) {
      used.add(Assumption.WARTIME_ALLIANCE_ANSWERS_WAR_UNDER_WAY);
      underWay = assumptions.contains(Assumption.WARTIME_ALLIANCE_ANSWERS_WAR_UNDER_WAY);
    }
    List<Condition> perPartner = new ArrayList<>();
    for (int p : partners) {
      List<Condition> situations = new ArrayList<>();
      if (o != Obligation.OFFENSE) {
        situations.add(situation(p, true, home, named, nonMember, members));
      }
      if (o == Obligation.OFFENSE || !attackedOnly) {
        situations.add(situation(p, false, home, named, nonMember, members));
      }
      if (underWay) {
        // The partner fights in a war it began before this member entered: the war the alliance
        // was made for.
        situations.add(
            Condition.allOf(
                situation(p, false, home, named, nonMember, members),
                Condition.after(
                    Vocabulary.enters(phase.member(), phase.sequence()), Vocabulary.attacks(p))));
      }
      perPartner.add(Condition.allOf(inAlliance(alliance, p), anyOf(situations)));
    }
    return anyOf(perPartner);
  }

  /** Records a condition decided by an assumption; true if the assumption is off (never met). */
  private boolean decide(
      Set<ConditionFlag> flags,
      ConditionFlag flag,
      Limitation limitation,
      Set<Assumption> used,
      Set<Limitation> limitations) {
    if (!flags.contains(flag)) {
      return false;
    }
    limitations.add(limitation);
    Assumption a = limitation.decidedBy().orElseThrow();
    used.add(a);
    return !assumptions.contains(a);
  }

  /** The partner is a member at the time: in one of its phases. */
  private static Condition inAlliance(AtopData.Alliance alliance, int partner) {
    List<Condition> phases = new ArrayList<>();
    for (AtopData.MemberPhase q : alliance.phasesByMember().get(partner)) {
      phases.add(
          Condition.inForce(
              Vocabulary.enters(partner, q.sequence()), Vocabulary.exits(partner, q.sequence())));
    }
    return anyOf(phases);
  }

  /**
   * The partner is fighting: attacked (or attacking), by (or on) one of the adversaries if any are
   * named, in its own region if {@code home}, and with no member on the other side if {@code
   * nonMember}.
   */
  private static Condition situation(
      int partner,
      boolean attacked,
      boolean home,
      List<Integer> adversaries,
      boolean nonMember,
      Set<Integer> members) {
    String any = attacked ? Vocabulary.attacked(partner) : Vocabulary.attacks(partner);
    String begins =
        home
            ? (attacked ? Vocabulary.attackedHome(partner) : Vocabulary.attacksHome(partner))
            : any;
    String ends = Vocabulary.peace(partner);
    Condition fighting;
    if (adversaries.isEmpty()) {
      fighting = Condition.inForce(begins, ends);
    } else {
      List<Condition> each = new ArrayList<>();
      for (int a : adversaries) {
        String id = Vocabulary.party(a);
        each.add(Condition.inForce(Condition.occurred(begins, id), Condition.occurred(ends, id)));
      }
      fighting = anyOf(each);
    }
    if (!nonMember) {
      return fighting;
    }
    List<Condition> byMembers = new ArrayList<>();
    for (int x : members) {
      if (x != partner) {
        byMembers.add(Condition.occurred(any, Vocabulary.party(x)));
      }
    }
    return byMembers.isEmpty()
        ? fighting
        : Condition.allOf(fighting, Condition.not(anyOf(byMembers)));
  }

  private static Condition anyOf(List<Condition> operands) {
    return operands.size() == 1 ? operands.get(0) : Condition.anyOf(operands);
  }

  private static Source source(
      AtopData.Alliance alliance, AtopData.MemberPhase phase, Obligation o) {
    StringBuilder quote = new StringBuilder(o.column()).append("=1");
    List<String> conditions = new ArrayList<>();
    for (ConditionFlag f : phase.conditionsOf(o)) {
      conditions.add(o.conditionColumn(f) + "=1");
    }
    if (!conditions.isEmpty()) {
      quote.append("; ").append(String.join(", ", conditions));
    }
    if (phase.conditionsOf(o).contains(ConditionFlag.SPECIFIC_ADVERSARY)) {
      for (int i = 0; i < phase.adversaries().size(); i++) {
        quote
            .append(i == 0 ? "; " : ", ")
            .append("statthr")
            .append(i + 1)
            .append('=')
            .append(phase.adversaries().get(i));
      }
    }
    return Source.builder()
        .document(
            "ATOP v4.01 (Leeds, Ritter, Mitchell and Long 2002), alliance " + alliance.atopId())
        .clause(
            "member " + phase.member() + ", phase " + phase.phase() + " (" + phase.where() + ")")
        .quote(quote.toString())
        .fidelity(Fidelity.SUMMARY)
        .note("ATOP's coding of the treaty, not its words")
        .build();
  }

  static ImmutableList<Occurred> none() {
    return ImmutableList.of();
  }
}
