package org.attune.ecosystem;

/**
 * The level at which a phenomenon of a service ecosystem is observed (Chandler &amp; Vargo 2011; Vargo
 * &amp; Lusch 2016): the dyad, the customer ecosystem or provider network around it, and the
 * institutions that span them.
 */
public enum Level {
  /** The dyad: one customer and one provider. */
  MICRO,
  /** The customer ecosystem and the provider network: the actors around the dyad. */
  MESO,
  /** The institutions and institutional arrangements that coordinate the whole ecosystem. */
  MACRO
}
