package org.attune.model;

/**
 * Which way the effect of a {@link Relation} flows: which of its two ends bears on the other's value
 * formation. Each {@link RelationType} states its flow; the influence ranking and the customer
 * ecosystem's traversal read it from there, so a user-declared type takes part in them as a built-in
 * does.
 *
 * <p>The direction of a relation says who does what ({@code clinic SERVES alice}); the flow says whose
 * life it bears on. Mostly they agree: the provider that serves the customer affects it. They differ
 * for the relations by which an actor holds or joins something of its own life: the actor {@code
 * PERFORMS} the activity, but the activity forms value in the actor's life, so the effect flows from
 * the activity back to the actor.
 */
public enum EffectFlow {

  /** The source affects the target: the provider that {@code SERVES} the customer affects it. */
  FORWARD,

  /**
   * The target affects the source: what an actor holds or joins bears on the actor (the activity it
   * {@code PERFORMS}, the resource it {@code ACCESSES}, the institution it {@code ADHERES_TO}, the
   * collective it is a {@code MEMBER_OF}, the resource an activity {@code INTEGRATES}).
   */
  BACKWARD,

  /** Each end affects the other: partners ({@code PARTNERS_WITH}) bear on one another. */
  MUTUAL;

  /** {@return whether the source of a relation of this flow affects its target} */
  public boolean sourceAffectsTarget() {
    return this != BACKWARD;
  }

  /** {@return whether the target of a relation of this flow affects its source} */
  public boolean targetAffectsSource() {
    return this != FORWARD;
  }
}
