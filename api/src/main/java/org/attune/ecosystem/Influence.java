package org.attune.ecosystem;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.attune.model.Actor;
import org.attune.model.Element;

/**
 * How strongly one actor bears on a customer's value formation, as found by {@link
 * ServiceEcosystem#influence(Actor)}: the strongest chain of relations by which its effect reaches the
 * customer, and that chain's strength.
 *
 * <p>Immutable, null-hostile and thread-safe.
 *
 * @param actor the actor whose influence this is
 * @param strength the product of the strengths along {@code path}: in (0, 1]
 * @param path the chain from {@code actor} to the customer, both ends included
 */
public record Influence(Actor actor, double strength, List<Element> path) {

  /**
   * Validates the components and copies the path.
   *
   * @param actor the actor whose influence this is
   * @param strength in (0, 1]
   * @param path the chain from {@code actor} to the customer: at least two elements, starting at
   *     {@code actor}
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if {@code strength} is out of range or {@code path} does not
   *     start at {@code actor}
   */
  public Influence {
    requireNonNull(actor, "actor");
    checkArgument(
        strength > 0 && strength <= 1, "strength must be a number in (0, 1], but was %s", strength);
    path = ImmutableList.copyOf(requireNonNull(path, "path"));
    checkArgument(
        path.size() >= 2 && path.get(0).equals(actor),
        "path must start at actor '%s' and hold at least two elements, but was %s",
        actor.id(),
        path);
  }

  /** {@return the number of relations along the path} */
  public int hops() {
    return path.size() - 1;
  }
}
