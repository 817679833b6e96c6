package org.attune.model;

/**
 * Who took the initiative in an {@link Episode}. Customer initiative matters to attunement: a
 * customer's contributions should be taken as worthy (Ashworth, Longmate &amp; Morrison 1992), which
 * shows in whether customer-initiated episodes are acknowledged.
 */
public enum Initiative {
  /** The customer started the encounter. */
  CUSTOMER,
  /** The provider started the encounter. */
  PROVIDER,
  /** Someone else started it: a partner, a peer, the environment. */
  OTHER,
  /** Not recorded: the default, so that no initiative is invented. */
  UNKNOWN
}
