package io.github.guarantees.model;

/** What a pledge promises to do. */
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
  /** Use of military capabilities in support of the beneficiary. */
  MILITARY_SUPPORT,
  /** Technical assistance, e.g. with fortifications. */
  TECHNICAL_ASSISTANCE,
  /** Sanctions against an aggressor. */
  SANCTIONS,
  /** Diplomatic initiatives, including action in the UN Security Council. */
  DIPLOMATIC_ACTION,
  /** Consultations among the parties. */
  CONSULTATION,
  /** Joint defence-industrial production. */
  JOINT_PRODUCTION,
  /** Standing coordination bodies, such as a coordination cell. */
  COORDINATION,
  /** A promise to refrain from something: force, coercion, nuclear use. */
  RESTRAINT
}
