package io.github.guarantees.atop;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.EventRole;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.condition.PartyPattern;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Fidelity;
import io.github.guarantees.model.Membership;
import io.github.guarantees.model.MembershipChange;
import io.github.guarantees.model.Party;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.Role;
import io.github.guarantees.model.Source;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * Imports an ATOP alliance as an {@link Agreement}: each member a signatory whose {@link
 * Membership} runs from its first entry to its last exit (away where its phases leave a gap), every
 * other state of the data a third party, the Correlates of War world regions as regions, and one
 * pledge per member, phase and obligation.
 *
 * <p>A war's events are armed attacks (actor: the initiator, target: the state attacked, place: the
 * region both lie in, if one), attacks still waged when one of their two states enters the
 * alliance, the end of each pair's fighting, and the end of each state's fighting as initiator and
 * as target; see {@link WarScenarios}. A pledge is in play while its member is in the phase (its
 * trigger: the member's entry in force, not yet followed by its exit) and fires while some partner,
 * itself in the alliance at the time, is in the situation the obligation is about:
 *
 * <ul>
 *   <li>defence: the partner is attacked and still fighting an attacker;
 *   <li>offence: the partner attacks and is still fighting a state it attacked;
 *   <li>neutrality and consultation: the partner is at war, attacked or attacking (attacked only,
 *       if the clause says so);
 *   <li>non-aggression: a restraint, breached when the member attacks a member, or is still waging
 *       an attack on a state when either of the two enters the alliance.
 * </ul>
 *
 * <p>Each ATOP condition narrows the situation: a specific adversary to attacks by or on the states
 * named; a conflict with a non-member to attacks by or on a state that is not a member when the
 * attack comes ({@code @non-member}); the others through a named {@link Assumption}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AllianceImporter {
  private static final Condition NEVER = Condition.not(Condition.always());

  private final ImmutableSet<Assumption> assumptions;
  private final IntFunction<String> names;
  private final ImmutableSet<Integer> states;

  private AllianceImporter(
      Set<Assumption> assumptions, IntFunction<String> names, ImmutableSet<Integer> states) {
    this.assumptions = ImmutableSet.copyOf(assumptions);
    this.names = names;
    this.states = states;
  }

  /**
   * An importer making every assumption, naming states as the data do.
   *
   * @param data the data, for the states and their names; not null
   * @return the importer
   * @throws NullPointerException if data is null
   */
  public static AllianceImporter of(AtopData data) {
    return of(data, Assumption.all());
  }

  /**
   * An importer making the given assumptions only.
   *
   * @param data the data, for the states and their names; not null
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
        assumptions,
        code -> names.getOrDefault(code, "State " + code + " (COW code)"),
        ImmutableSet.copyOf(new TreeSet<>(names.keySet())));
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
                    + "; imported from the coding, not the treaty's words.")
            .addTrigger(Vocabulary.ARMED_ATTACK, "A state attacks another")
            .addTrigger(
                Vocabulary.FIGHTING_CONTINUES,
                "A state's attack on another goes on as one of them enters the alliance")
            .addTrigger(Vocabulary.FIGHTING_ENDS, "A state's fighting with another ends")
            .addTrigger(Vocabulary.ATTACKS_END, "No attack by a state goes on")
            .addTrigger(Vocabulary.ATTACKED_END, "No attack on a state goes on");
    for (Region r : Region.values()) {
      agreement.addRegions(io.github.guarantees.model.Region.of(r.id(), r.title()));
    }
    Set<Integer> others = new TreeSet<>(states);
    alliance.phases().forEach(p -> others.addAll(p.adversaries()));
    others.removeAll(members);
    for (int m : members) {
      agreement.addParty(party(m), Role.SIGNATORY);
      agreement.addMemberships(membership(alliance, m));
    }
    for (int s : others) {
      agreement.addParty(party(s), Role.THIRD_PARTY);
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

  /**
   * From the member's first entry to the day after its last exit, if it has left; away from the day
   * after an exit to a later entry, where its phases leave days between them.
   */
  private static Membership membership(AtopData.Alliance alliance, int member) {
    List<AtopData.MemberPhase> phases = new ArrayList<>(alliance.phasesByMember().get(member));
    phases.sort((a, b) -> a.entry().compareTo(b.entry()));
    LocalDate first = phases.get(0).entry();
    Membership m =
        Membership.of(Vocabulary.party(member)).joins(MembershipChange.at(WarScenarios.day(first)));
    Optional<LocalDate> last = Optional.of(first);
    for (int i = 0; i < phases.size(); i++) {
      AtopData.MemberPhase p = phases.get(i);
      if (i > 0 && last.isPresent() && p.entry().isAfter(last.get().plusDays(1))) {
        m = m.absent(WarScenarios.day(last.get().plusDays(1)), WarScenarios.day(p.entry()));
      }
      last = p.exit().isEmpty() || last.isEmpty() ? Optional.empty() : later(last, p.exit());
    }
    Membership joined = m;
    return last.map(l -> joined.leaves(MembershipChange.at(WarScenarios.day(l.plusDays(1)))))
        .orElse(joined);
  }

  private static Optional<LocalDate> later(Optional<LocalDate> a, Optional<LocalDate> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(a.get().isAfter(b.get()) ? a.get() : b.get());
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
      // No armed attack by this member against a member (at the time of the attack), and no
      // attack waged on as its target, or this member, enters: force used against a member.
      for (String attack : List.of(Vocabulary.ARMED_ATTACK, Vocabulary.FIGHTING_CONTINUES)) {
        pledge.addRefrainsFrom(
            Condition.occurred(attack)
                .by(PartyPattern.named(Vocabulary.party(m)))
                .against(PartyPattern.member()));
      }
      used.add(Assumption.NON_AGGRESSION_BREACH_IS_CASUS_FOEDERIS);
    } else {
      if (o == Obligation.CONSULTATION) {
        used.add(Assumption.CONSULTATION_NOT_CASUS_FOEDERIS);
      }
      pledge.activation(activation(alliance, partners, phase, o, flags, used, limitations));
    }
    for (Assumption a : used) {
      pledge.addTags(a.tag());
    }
    return pledge.build();
  }

  private Condition activation(
      AtopData.Alliance alliance,
      List<Integer> partners,
      AtopData.MemberPhase phase,
      Obligation o,
      Set<ConditionFlag> flags,
      Set<Assumption> used,
      Set<Limitation> limitations) {
    boolean never = false;
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
    boolean twoOrMore = false;
    if (flags.contains(ConditionFlag.NUMBER_OF_ATTACKERS)) {
      limitations.add(Limitation.NUMBER_NOT_IN_DATA);
      used.add(Assumption.TWO_OR_MORE_ATTACKERS);
      twoOrMore = assumptions.contains(Assumption.TWO_OR_MORE_ATTACKERS);
    }
    boolean home = false;
    if (flags.contains(ConditionFlag.LOCATION)) {
      limitations.add(Limitation.LOCATION_NOT_IN_DATA);
      used.add(Assumption.LOCATION_HOME_REGION);
      home = assumptions.contains(Assumption.LOCATION_HOME_REGION);
      if (home) {
        used.add(Assumption.TRANSCONTINENTAL_STATES);
      }
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
    Fighting fighting =
        new Fighting(
            home,
            assumptions.contains(Assumption.TRANSCONTINENTAL_STATES),
            anyAdversary ? List.of() : adversaries,
            flags.contains(ConditionFlag.NON_MEMBER_CONFLICT));
    boolean underWay = attackedOnly && alliance.wartime();
    if (underWay) {
      used.add(Assumption.WARTIME_ALLIANCE_ANSWERS_WAR_UNDER_WAY);
      underWay = assumptions.contains(Assumption.WARTIME_ALLIANCE_ANSWERS_WAR_UNDER_WAY);
    }
    List<Condition> perPartner = new ArrayList<>();
    for (int p : partners) {
      List<Condition> situations = new ArrayList<>();
      if (o != Obligation.OFFENSE) {
        Condition attacked = fighting.of(p, EventRole.TARGET);
        if (twoOrMore) {
          attacked =
              Condition.allOf(
                  attacked,
                  Condition.atLeastParties(
                      2,
                      Condition.occurred(Vocabulary.ARMED_ATTACK).against(named(p)),
                      EventRole.ACTOR));
        }
        situations.add(attacked);
      }
      if (o == Obligation.OFFENSE || !attackedOnly) {
        situations.add(fighting.of(p, EventRole.ACTOR));
      }
      if (underWay) {
        // The partner fights in a war it began no later than the day this member entered (the
        // data give days; ATOP's wartime code says the war was under way when the alliance was
        // made): the war the alliance was made for.
        Occurred entry = Condition.occurred(Vocabulary.enters(phase.member(), phase.sequence()));
        Occurred began = Condition.occurred(Vocabulary.ARMED_ATTACK).by(named(p));
        situations.add(
            Condition.allOf(
                fighting.of(p, EventRole.ACTOR),
                Condition.anyOf(
                    Condition.after(entry, began), Condition.within(entry, Duration.ZERO, began))));
      }
      perPartner.add(Condition.allOf(inAlliance(alliance, p), anyOf(situations)));
    }
    return anyOf(perPartner);
  }

  /** The fighting a partner is in, narrowed by an obligation's conditions. */
  private static final class Fighting {
    final boolean home;
    final boolean transcontinental;
    final List<Integer> adversaries;
    final boolean nonMember;

    Fighting(boolean home, boolean transcontinental, List<Integer> adversaries, boolean nonMember) {
      this.home = home;
      this.transcontinental = transcontinental;
      this.adversaries = adversaries;
      this.nonMember = nonMember;
    }

    /**
     * The partner is fighting in the role given (attacked: the target; attacking: the actor), by or
     * on one of the adversaries if any are named, with a state not a member at the time if {@code
     * nonMember}, in its own region (or regions) if {@code home}; until that fighting ends: the
     * fighting with the adversary named, or, with none named, all of the partner's fighting in that
     * role (a partner attacked by two states is still attacked when one of them stops).
     */
    Condition of(int partner, EventRole role) {
      List<Condition> each = new ArrayList<>();
      List<Optional<Integer>> others = new ArrayList<>();
      if (adversaries.isEmpty()) {
        others.add(Optional.empty());
      } else {
        adversaries.forEach(a -> others.add(Optional.of(a)));
      }
      for (Optional<Integer> other : others) {
        Optional<PartyPattern> them = other.map(AllianceImporter::named);
        if (nonMember) {
          them =
              Optional.of(
                  them.map(t -> PartyPattern.both(t, PartyPattern.nonMember()))
                      .orElse(PartyPattern.nonMember()));
        }
        Occurred begins = side(Vocabulary.ARMED_ATTACK, partner, role, them);
        // With an adversary named, the fighting with it ends; with none, the partner's fighting
        // in this role ends only when none of its dyads in the role goes on.
        Occurred ends =
            other.isPresent()
                ? side(Vocabulary.FIGHTING_ENDS, partner, role, other.map(AllianceImporter::named))
                : side(
                    role == EventRole.TARGET ? Vocabulary.ATTACKED_END : Vocabulary.ATTACKS_END,
                    partner,
                    role,
                    Optional.empty());
        if (home) {
          for (Region r : Region.allOf(partner, transcontinental)) {
            each.add(Condition.inForce(begins.in(r.id()), ends));
          }
        } else {
          each.add(Condition.inForce(begins, ends));
        }
      }
      return anyOf(each);
    }

    private static Occurred side(
        String trigger, int partner, EventRole role, Optional<PartyPattern> them) {
      Occurred o = Condition.occurred(trigger);
      if (role == EventRole.TARGET) {
        o = o.against(named(partner));
        return them.map(o::by).orElse(o);
      }
      o = o.by(named(partner));
      return them.map(o::against).orElse(o);
    }
  }

  private static PartyPattern named(int code) {
    return PartyPattern.named(Vocabulary.party(code));
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

  /** The partner is in the alliance at the time: in one of its phases. */
  private static Condition inAlliance(AtopData.Alliance alliance, int partner) {
    List<Condition> phases = new ArrayList<>();
    for (AtopData.MemberPhase q : alliance.phasesByMember().get(partner)) {
      phases.add(
          Condition.inForce(
              Vocabulary.enters(partner, q.sequence()), Vocabulary.exits(partner, q.sequence())));
    }
    return anyOf(phases);
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
}
