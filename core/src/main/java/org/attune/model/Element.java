package org.attune.model;

/**
 * Something that takes part in a service ecosystem: an actor, a resource, an institution, an
 * activity, a touchpoint or a value proposition (Vargo &amp; Lusch 2016; Voima, Heinonen &amp; Strandvik
 * 2011).
 *
 * <p>The family is closed: every element is one of the six records that this interface permits, so a
 * {@code switch} over an element is exhaustive. Ids are non-blank, and within one ecosystem they are
 * unique across all kinds. Two elements are equal when they are of the same kind with equal
 * components.
 *
 * <p>Every element is immutable, null-hostile and thread-safe.
 */
public sealed interface Element
    permits Actor, Resource, Institution, Activity, Touchpoint, ValueProposition {

  /** {@return the id: non-blank, unique within an ecosystem across all kinds} */
  String id();

  /** {@return the human-readable name: non-blank} */
  String name();

  /** {@return which of the six kinds this element is} */
  ElementKind elementKind();
}
