package org.attune.ecosystem;

/** Which relations of an element a query follows: those leaving it, those reaching it, or both. */
public enum Direction {
  /** Relations whose source is the element. */
  OUTGOING,
  /** Relations whose target is the element. */
  INCOMING,
  /** Relations whose source or target is the element; a relation of an element to itself once. */
  BOTH
}
