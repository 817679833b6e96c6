package org.attune.model;

/**
 * What an {@link Actor} is, not what it does: SDL's actor-to-actor view (Vargo &amp; Lusch 2011, 2016,
 * axiom 3) holds that every actor is a resource integrator and that the roles of producer and consumer
 * come from relations, not from the actor.
 */
public enum ActorType {
  /** A person, such as a customer or a member of staff. */
  INDIVIDUAL,
  /** A group of people without a formal organisation, such as a household or a community. */
  COLLECTIVE,
  /** A formal organisation, such as a firm, a clinic or a public agency. */
  ORGANISATION
}
