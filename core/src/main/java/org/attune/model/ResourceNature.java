package org.attune.model;

/**
 * Operant or operand (Vargo &amp; Lusch 2004, FP4: "operant resources are the fundamental source of
 * strategic benefit"). Operant resources act on other resources: knowledge and skills. Operand
 * resources are acted upon: goods, money, raw materials.
 */
public enum ResourceNature {
  /** A resource that acts: knowledge, skills, competences. */
  OPERANT,
  /** A resource acted upon: goods, money, equipment. */
  OPERAND
}
