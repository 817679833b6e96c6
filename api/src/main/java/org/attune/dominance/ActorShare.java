package org.attune.dominance;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.attune.model.Actor;

/**
 * How much of a customer's value-in-use one actor's contributions carry, as {@link
 * CustomerDominance#ranking()} counts it: each value-in-use's |valence| split first between the
 * {@link Side sides}, then equally among that side's contributors. A share of value weight, not of
 * control: who directs is {@link CustomerDominance#conductor()}.
 *
 * <p>Immutable, null-hostile and thread-safe.
 *
 * @param actor the contributing actor
 * @param side the side the actor is on
 * @param weight the |valence| its contributions carry: finite, greater than 0
 * @param share {@code weight} over the customer's total |valence|: in (0, 1]
 */
public record ActorShare(Actor actor, Side side, double weight, double share) {

  /**
   * Validates the components.
   *
   * @param actor the contributing actor
   * @param side the side the actor is on
   * @param weight finite, greater than 0
   * @param share in (0, 1]
   * @throws NullPointerException if {@code actor} or {@code side} is null
   * @throws IllegalArgumentException if {@code weight} or {@code share} is out of range
   */
  public ActorShare {
    requireNonNull(actor, "actor");
    requireNonNull(side, "side");
    checkArgument(
        weight > 0 && Double.isFinite(weight), "weight must be a finite number > 0, but was %s",
        weight);
    checkArgument(share > 0 && share <= 1, "share must be a number in (0, 1], but was %s", share);
  }
}
