package org.attune.model;

/**
 * The three pillars of institutions after Scott (2014), which SDL takes up for its institutional
 * arrangements (Vargo &amp; Lusch 2016): what coerces, what obliges, and what is taken for granted.
 */
public enum ScottPillar {
  /** Rules, laws and sanctions: what coerces. */
  REGULATIVE,
  /** Norms, values and roles: what obliges. */
  NORMATIVE,
  /** Shared beliefs, meanings and practices: what is taken for granted. */
  CULTURAL_COGNITIVE
}
