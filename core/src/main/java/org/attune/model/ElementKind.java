package org.attune.model;

/**
 * The kinds of {@link Element}, one per record of the sealed family. A {@link RelationType} names the
 * kinds it may connect.
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum ElementKind {
  /** An {@link Actor}: a resource integrator (SDL axiom 3). */
  ACTOR,
  /** A {@link Resource}: operant or operand (SDL FP4). */
  RESOURCE,
  /** An {@link Institution}: a rule, norm, value, role, belief or practice (SDL axiom 5). */
  INSTITUTION,
  /** An {@link Activity} of the customer's life (CDL). */
  ACTIVITY,
  /** A {@link Touchpoint} along a journey (Lemon &amp; Verhoef 2016). */
  TOUCHPOINT,
  /** A {@link ValueProposition}: an invitation to co-create value (SDL FP7). */
  VALUE_PROPOSITION
}
