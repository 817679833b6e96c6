package org.attune.dominance;

/**
 * A side of a customer's value formation: the customer's own side or the provider's side. {@link
 * CustomerDominance#side(org.attune.model.Actor)} says which side a contributor is on, and the
 * dominance index splits joint value between the sides, not between heads.
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum Side {

  /**
   * The customer and the actors of its own ecosystem: its members, the collectives it belongs to
   * (a family, a household) and their members (Voima, Heinonen &amp; Strandvik 2011).
   */
  CUSTOMER,

  /**
   * The actors that serve the customer, their members (staff) and their partners: the firm and its
   * musicians, in the orchestra image.
   */
  PROVIDER
}
