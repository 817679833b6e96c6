package org.attune.model;

/**
 * What a customer pays for under a {@link ValueProposition}: the degree of servitization of the
 * offer, from selling a product to contracting on its value-in-use (Vandermerwe &amp; Rada 1988;
 * Tukker 2004's product-, use- and result-oriented services). The journeys essay's example: an
 * engine maker that contracts on aircraft in the air rather than on engines sold.
 */
public enum PaymentBasis {
  /** Ownership passes to the customer, who pays for the thing: engines sold. The default. */
  OWNERSHIP,
  /** The customer pays for access to or use of what the provider keeps: leasing, renting, by use. */
  ACCESS,
  /**
   * The customer pays for an outcome, value-in-use: flying hours, aircraft in the air, documents
   * managed.
   */
  OUTCOME
}
