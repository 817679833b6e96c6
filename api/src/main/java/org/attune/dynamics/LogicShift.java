package org.attune.dynamics;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Actor;
import org.attune.model.Dimension;
import org.attune.model.Profile;

/**
 * How far a customer's own logic moved between two versions: per dimension the change in level and
 * in relative weight, the dimensions added and dropped, the largest movement, and a sentence such
 * as "expectations on the emotional dimension rose by 0.30". This is the second drift signal of the
 * flexibility essay ("what was right keeps changing"): not a fit that falls, but the customer's
 * logic itself moving, which a firm that follows its customers must notice.
 *
 * <p>Level changes are {@code after - before}, on the dimensions both profiles have, in [-1, 1].
 * Weight changes are taken on the relative weights ({@link Profile#relativeWeightAt}: each weight
 * over the largest of its profile), since only the ratios of weights carry meaning; they also lie
 * in [-1, 1]. The largest movement is the largest absolute level change; added and dropped
 * dimensions are listed apart and do not count in it.
 *
 * <p>A shift read from two ecosystems ({@link #of(ServiceEcosystem, ServiceEcosystem, Actor)}) is
 * <em>undefined</em> when either side has no own logic for the customer: it then has no changes, a
 * largest movement of 0, never {@linkplain #exceeds exceeds} a threshold, and gives the reason.
 *
 * <p>Immutable, null-hostile and thread-safe. Sentences and messages name dimensions and actors by
 * their id only, never by a person's name.
 */
public final class LogicShift {

  private final ImmutableMap<Dimension, Double> levelChanges;
  private final ImmutableMap<Dimension, Double> weightChanges;
  private final ImmutableList<Dimension> added;
  private final ImmutableList<Dimension> dropped;
  private final Optional<String> undefinedReason;

  private LogicShift(
      ImmutableMap<Dimension, Double> levelChanges,
      ImmutableMap<Dimension, Double> weightChanges,
      ImmutableList<Dimension> added,
      ImmutableList<Dimension> dropped,
      Optional<String> undefinedReason) {
    this.levelChanges = levelChanges;
    this.weightChanges = weightChanges;
    this.added = added;
    this.dropped = dropped;
    this.undefinedReason = undefinedReason;
  }

  /**
   * {@return the shift from {@code before} to {@code after}}
   *
   * @param before the earlier logic
   * @param after the later logic
   * @throws NullPointerException if an argument is null
   */
  public static LogicShift between(Profile before, Profile after) {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    ImmutableMap.Builder<Dimension, Double> levels = ImmutableMap.builder();
    ImmutableMap.Builder<Dimension, Double> weights = ImmutableMap.builder();
    ImmutableList.Builder<Dimension> dropped = ImmutableList.builder();
    for (int i = 0; i < before.size(); i++) {
      Dimension d = before.dimensionAt(i);
      int j = after.indexOf(d);
      if (j < 0) {
        dropped.add(d);
      } else {
        levels.put(d, after.levelAt(j) - before.levelAt(i) + 0.0); // + 0.0: no -0.0
        weights.put(d, after.relativeWeightAt(j) - before.relativeWeightAt(i) + 0.0);
      }
    }
    ImmutableList.Builder<Dimension> added = ImmutableList.builder();
    for (int j = 0; j < after.size(); j++) {
      if (!before.has(after.dimensionAt(j))) {
        added.add(after.dimensionAt(j));
      }
    }
    return new LogicShift(
        levels.buildOrThrow(),
        weights.buildOrThrow(),
        added.build(),
        dropped.build(),
        Optional.empty());
  }

  /**
   * {@return the shift of {@code customer}'s own logic, {@code perspective(customer, customer)},
   * from {@code before} to {@code after}}; undefined, with the reason, when either version has none
   * (or does not hold the customer)
   *
   * @param before the earlier version
   * @param after the later version
   * @param customer whose logic
   * @throws NullPointerException if an argument is null
   */
  public static LogicShift of(ServiceEcosystem before, ServiceEcosystem after, Actor customer) {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    requireNonNull(customer, "customer");
    Optional<Profile> was = before.perspective(customer, customer);
    Optional<Profile> is = after.perspective(customer, customer);
    if (was.isPresent() && is.isPresent()) {
      return between(was.get(), is.get());
    }
    String side =
        was.isPresent()
            ? "the after version"
            : is.isPresent() ? "the before version" : "either version";
    return new LogicShift(
        ImmutableMap.of(),
        ImmutableMap.of(),
        ImmutableList.of(),
        ImmutableList.of(),
        Optional.of("customer " + customer.id() + " has no own logic in " + side));
  }

  /** {@return whether both sides had a logic to compare} */
  public boolean isDefined() {
    return undefinedReason.isEmpty();
  }

  /** {@return why the shift is undefined, or empty if it is defined} */
  public Optional<String> undefinedReason() {
    return undefinedReason;
  }

  /**
   * {@return dimension to change in level, {@code after - before}, for the dimensions both sides
   * have, in the order of the before profile}
   */
  public Map<Dimension, Double> levelChanges() {
    return levelChanges;
  }

  /**
   * {@return dimension to change in relative weight, {@code after - before}, for the dimensions
   * both sides have, in the order of the before profile}
   */
  public Map<Dimension, Double> weightChanges() {
    return weightChanges;
  }

  /**
   * {@return the change in level of {@code dimension}, or empty if one side lacks it}
   *
   * @param dimension the dimension
   */
  public OptionalDouble levelChange(Dimension dimension) {
    Double change = levelChanges.get(requireNonNull(dimension, "dimension"));
    return change == null ? OptionalDouble.empty() : OptionalDouble.of(change);
  }

  /** {@return the dimensions only the after profile has, in its order} */
  public List<Dimension> added() {
    return added;
  }

  /** {@return the dimensions only the before profile has, in its order} */
  public List<Dimension> dropped() {
    return dropped;
  }

  /** {@return the largest absolute change in level, in [0, 1]; 0 if undefined or nothing shared} */
  public double largestMovement() {
    double largest = 0;
    for (double change : levelChanges.values()) {
      largest = Math.max(largest, Math.abs(change));
    }
    return largest;
  }

  /**
   * {@return the dimension whose level moved most, the first in order on a tie; empty if undefined,
   * nothing is shared or no level moved}
   */
  public Optional<Dimension> mostMoved() {
    Dimension most = null;
    double largest = 0;
    for (Map.Entry<Dimension, Double> e : levelChanges.entrySet()) {
      if (Math.abs(e.getValue()) > largest) {
        largest = Math.abs(e.getValue());
        most = e.getKey();
      }
    }
    return Optional.ofNullable(most);
  }

  /**
   * {@return whether the largest movement is strictly above {@code threshold}}; false when
   * undefined
   *
   * @param threshold in [0, 1]
   * @throws IllegalArgumentException if {@code threshold} is not a number in [0, 1]
   */
  public boolean exceeds(double threshold) {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException(
          "threshold must be a finite number in [0, 1], but was " + threshold);
    }
    return largestMovement() > threshold;
  }

  /**
   * {@return a sentence naming the dimensions that moved, largest movement first, such as
   * "expectations on the emotional dimension rose by 0.30, on the functional dimension fell by
   * 0.10; the social dimension was added"}, changes to two decimals; "the logic did not move" when
   * nothing changed, and the reason when undefined
   */
  public String sentence() {
    if (undefinedReason.isPresent()) {
      return "undefined: " + undefinedReason.get();
    }
    List<Map.Entry<Dimension, Double>> moved = new ArrayList<>();
    for (Map.Entry<Dimension, Double> e : levelChanges.entrySet()) {
      if (e.getValue() != 0) {
        moved.add(e);
      }
    }
    // stable: ties keep the order of the before profile
    moved.sort(
        Comparator.comparingDouble((Map.Entry<Dimension, Double> e) -> -Math.abs(e.getValue())));
    List<String> moves = new ArrayList<>();
    for (Map.Entry<Dimension, Double> e : moved) {
      moves.add(
          String.format(
              Locale.ROOT,
              "%s the %s dimension %s by %.2f",
              moves.isEmpty() ? "expectations on" : "on",
              e.getKey().name(),
              e.getValue() > 0 ? "rose" : "fell",
              Math.abs(e.getValue())));
    }
    List<String> parts = new ArrayList<>();
    if (!moves.isEmpty()) {
      parts.add(String.join(", ", moves));
    }
    for (Dimension d : added) {
      parts.add("the " + d.name() + " dimension was added");
    }
    for (Dimension d : dropped) {
      parts.add("the " + d.name() + " dimension was dropped");
    }
    return parts.isEmpty() ? "the logic did not move" : String.join("; ", parts);
  }

  /** {@return the sentence} */
  @Override
  public String toString() {
    return "LogicShift[" + sentence() + "]";
  }
}
