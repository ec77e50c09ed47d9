package io.github.guarantees.model;

/**
 * What a pledge promises to do.
 *
 * <p>The obligations of the Alliance Treaty Obligations and Provisions data (ATOP v4.01, Leeds et
 * al. 2002) map to these kinds: {@code defense} to {@link #MILITARY_SUPPORT} owed to the member
 * attacked; {@code offense} to {@link #OFFENSIVE_SUPPORT}; {@code neutral} to {@link #NEUTRALITY};
 * {@code nonagg} to {@link #NON_AGGRESSION}; {@code consul} to {@link #CONSULTATION}. ATOP's
 * conditions ({@code conditio} and the {@code defco*}, {@code offco*}, {@code neuco*} flags) are
 * the pledge's trigger and activation: a specific adversary is the attack's actor, a location its
 * place, a conflict with a non-member an actor {@code @non-member}, a number of attackers {@code
 * atLeastParties}, non-provocation {@code not(after(attack on the member, attack by the member))};
 * consultation on request ({@code concoreq}) is a trigger on the request of the party owed. How
 * strongly each binds is the pledge's {@link BindingForce}. See docs/SEMANTICS.md.
 */
public enum PledgeKind {
  /** Monitoring and verification, e.g. of a ceasefire. */
  MONITORING,
  /** Deployment of armed forces. */
  FORCE_DEPLOYMENT,
  /** Military hubs for logistics, maintenance, coordination and training. */
  MILITARY_HUB,
  /** Protected facilities for weapons and military equipment. */
  PROTECTED_FACILITY,
  /** Supplies of arms and military equipment. */
  ARMS_SUPPLY,
  /** Financial support. */
  FINANCING,
  /** Training of armed forces. */
  TRAINING,
  /** Intelligence sharing and collaboration. */
  INTELLIGENCE,
  /** Logistic support. */
  LOGISTICS,
  /**
   * Use of military capabilities in support of the beneficiary; with a trigger on an attack against
   * the party owed, ATOP's {@code defense}.
   */
  MILITARY_SUPPORT,
  /** Technical assistance, e.g. with fortifications. */
  TECHNICAL_ASSISTANCE,
  /** Sanctions against an aggressor. */
  SANCTIONS,
  /** Diplomatic initiatives, including action in the UN Security Council. */
  DIPLOMATIC_ACTION,
  /**
   * Consultations among the parties; ATOP's {@code consul} (with {@code concoreq}, on the request
   * of a member: a trigger on the request by the party owed).
   */
  CONSULTATION,
  /** Joint defence-industrial production. */
  JOINT_PRODUCTION,
  /** Standing coordination bodies, such as a coordination cell. */
  COORDINATION,
  /** A promise to refrain from something: force, coercion, nuclear use. */
  RESTRAINT,
  /**
   * Military support in a conflict the member initiates or that the alliance names, not only in
   * defence; ATOP's {@code offense}.
   */
  OFFENSIVE_SUPPORT,
  /**
   * Neutrality: to give no aid to a party's adversary while that party is at war; ATOP's {@code
   * neutral}. Written as a restraint ({@code refrainsFrom}) on aid to the adversary, owed to the
   * party at war.
   */
  NEUTRALITY,
  /**
   * Non-aggression: to use no force against the other members; ATOP's {@code nonagg}. Written as a
   * restraint on an armed attack by a member against a member.
   */
  NON_AGGRESSION,
  /**
   * An obligation to perform, as in a contract: deliver the goods, pay the price. Usually with a
   * deadline ({@link Pledge#deadline()}).
   */
  OBLIGATION,
  /**
   * A power: its holder may, by an event, suspend, resume or terminate another pledge or terminate
   * the agreement, while the power is in effect ({@link Pledge#power()}, {@link Power}).
   */
  POWER
}
