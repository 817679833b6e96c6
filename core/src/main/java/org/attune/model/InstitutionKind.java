package org.attune.model;

/**
 * What kind of institution an {@link Institution} is: the humanly devised rules, norms and beliefs
 * that enable and constrain action (Vargo &amp; Lusch 2016, axiom 5; culture, norms, values and roles in
 * the alignment literature). Each kind belongs to one of Scott's pillars.
 */
public enum InstitutionKind {
  /** A formal rule, law or contract term. */
  RULE(ScottPillar.REGULATIVE),
  /** An informal norm: how things ought to be done. */
  NORM(ScottPillar.NORMATIVE),
  /** A value: what is preferred or desirable. */
  VALUE(ScottPillar.NORMATIVE),
  /** A role: the expectations attached to a position, such as "patient" or "advisor". */
  ROLE(ScottPillar.NORMATIVE),
  /** A shared belief or meaning. */
  BELIEF(ScottPillar.CULTURAL_COGNITIVE),
  /** A taken-for-granted practice or script. */
  PRACTICE(ScottPillar.CULTURAL_COGNITIVE);

  private final ScottPillar pillar;

  InstitutionKind(ScottPillar pillar) {
    this.pillar = pillar;
  }

  /** {@return the pillar of Scott (2014) this kind belongs to} */
  public ScottPillar pillar() {
    return pillar;
  }
}
