package org.attune.model;

/**
 * Who owns a {@link Touchpoint}, after Lemon &amp; Verhoef (2016): the firm controls only its own
 * touchpoints, shares partner-owned ones, and cannot control customer-owned or social/external ones.
 */
public enum TouchpointOwnership {
  /** Designed and managed by the firm: its app, its branch, its advisor. */
  BRAND_OWNED,
  /** Designed and managed jointly with a partner: a retailer, an agent, a platform. */
  PARTNER_OWNED,
  /** Part of the customer's own world, outside the firm's influence: the customer's own routines. */
  CUSTOMER_OWNED,
  /** Other customers, peers, independent sources and the wider environment. */
  SOCIAL_EXTERNAL;

  /** {@return whether the brand controls touchpoints of this ownership: only {@link #BRAND_OWNED}} */
  public boolean isBrandControlled() {
    return this == BRAND_OWNED;
  }
}
