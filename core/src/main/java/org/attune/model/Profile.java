package org.attune.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Strings.lenientFormat;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.primitives.Doubles;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.attune.model.internal.Arguments;
import org.jspecify.annotations.Nullable;

/**
 * A logic: what matters, and how much, over a set of {@link Dimension}s (CDL: customer logic is the
 * customer's own view of what matters; Heinonen &amp; Strandvik 2015). The same type holds a customer's
 * own logic, a provider's offering, a firm's model of its customer and a customer's image of a brand:
 * which one it is follows from the {@link Perspective} it is attached to.
 *
 * <p>Each dimension has a level in [0, 1] (how much of it is wanted, or offered) and an importance
 * weight, finite and non-negative (default {@value #DEFAULT_WEIGHT}); at least one weight is
 * positive, so a profile always has at least one dimension that counts. Dimensions keep the order in
 * which they were first given to the builder, so iteration is deterministic.
 *
 * <p><b>Weights are relative.</b> Only the ratios of the weights matter: {2, 1} and {200, 100} say
 * the same thing. So that no score depends on the scale of the weights, over the whole finite range
 * of doubles, a profile also holds its <em>relative weights</em>, computed once when it is built:
 * each weight divided by the largest, so that the largest is exactly 1, and their sum, {@link
 * #relativeTotalWeight()}, lies in [1, {@link #size()}] and never overflows, however large the
 * weights given. A weight less than {@link #NEGLIGIBLE_WEIGHT} of the largest, too small to change
 * the largest when added to it, counts as 0: its relative weight is 0. Every metric of this library
 * weighs by the relative weights ({@link #relativeWeightAt}, {@link #relativeTotalWeight()}), so
 * that two profiles whose weights have the same ratios (each weight of one is the other's times the
 * same factor, exactly) get the same scores, to the bit, from tiny weights to weights of {@code
 * Double.MAX_VALUE}, and {2, {@code Double.MIN_VALUE}} scores as {2, 0}. {@link #weight(Dimension)},
 * {@link #weightAt(int)} and {@link #weights()} still give the weights as they were given.
 *
 * <p>A level or weight of {@code -0.0} is stored as {@code 0.0}. Looking a dimension up ({@link
 * #indexOf}, {@link #level(Dimension)}, {@link #has}) takes constant time at any size: a small profile
 * scans its few dimensions, a larger one keeps a hash index built once.
 *
 * <p>Immutable, null-hostile and thread-safe. Two profiles are equal when they have the same
 * dimensions in the same order with the same levels and weights (as given).
 *
 * <pre>{@code
 * Profile logic = Profile.builder()
 *     .level(Dimension.FUNCTIONAL, 0.9).weight(Dimension.FUNCTIONAL, 2)
 *     .level(Dimension.EMOTIONAL, 0.7)
 *     .build();
 * }</pre>
 */
public final class Profile {

  /** The importance weight of a dimension given no weight: {@value}. */
  public static final double DEFAULT_WEIGHT = 1.0;

  /**
   * A weight less than this fraction of the largest weight of its profile counts as 0 in every
   * score: 2<sup>-53</sup> (about 1.1e-16), the unit roundoff of a double, below which adding the
   * weight to the largest one leaves it unchanged.
   */
  public static final double NEGLIGIBLE_WEIGHT = 0x1p-53;

  /** Up to this many dimensions, a lookup scans; beyond, it uses a hash index: {@value}. */
  static final int SCAN_LIMIT = 16;

  private static final int[] NO_TABLE = new int[0];

  private final Dimension[] dimensions;
  private final double[] levels;
  private final double[] weights;
  private final double[] relativeWeights;
  private final double relativeTotal;
  private final double totalWeight;
  /**
   * Open-addressing hash index of the dimensions, {@code index + 1} in each used slot (0 is empty);
   * empty up to {@link #SCAN_LIMIT} dimensions.
   */
  private final int[] table;

  private Profile(Dimension[] dimensions, double[] levels, double[] weights) {
    this.dimensions = dimensions;
    this.levels = levels;
    this.weights = weights;
    double total = 0;
    double max = 0;
    for (double w : weights) {
      total += w;
      max = Math.max(max, w);
    }
    this.totalWeight = total;
    double[] relative = new double[weights.length];
    double relativeSum = 0;
    boolean same = true;
    for (int i = 0; i < weights.length; i++) {
      double r = weights[i] / max; // correctly rounded, so equal ratios give equal bits
      relative[i] = r < NEGLIGIBLE_WEIGHT ? 0 : r;
      relativeSum += relative[i];
      same &= relative[i] == weights[i];
    }
    // the usual case, a largest weight of 1: share the array rather than hold a copy
    this.relativeWeights = same ? weights : relative;
    this.relativeTotal = relativeSum;
    this.table = dimensions.length > SCAN_LIMIT ? hashIndex(dimensions) : NO_TABLE;
  }

  private static int[] hashIndex(Dimension[] dimensions) {
    int[] table = new int[Integer.highestOneBit(dimensions.length) * 4];
    int mask = table.length - 1;
    for (int i = 0; i < dimensions.length; i++) {
      int slot = spread(dimensions[i].hashCode()) & mask;
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = i + 1;
    }
    return table;
  }

  private static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a profile with the given levels, each of default weight, in the map's iteration order}
   *
   * @param levels dimension to level in [0, 1]; at least one
   * @throws IllegalArgumentException if {@code levels} is empty or a level is out of range
   */
  public static Profile of(Map<Dimension, Double> levels) {
    requireNonNull(levels, "levels");
    Builder builder = builder();
    levels.forEach((d, v) -> builder.level(d, requireNonNull(v, () -> "level of " + d)));
    return builder.build();
  }

  /** {@return a builder holding this profile's levels and weights, to derive a changed profile} */
  public Builder toBuilder() {
    Builder builder = builder();
    for (int i = 0; i < dimensions.length; i++) {
      builder.level(dimensions[i], levels[i], weights[i]);
    }
    return builder;
  }

  /** {@return the number of dimensions: at least one} */
  public int size() {
    return dimensions.length;
  }

  /** {@return the dimensions, in the order they were given} */
  public List<Dimension> dimensions() {
    return ImmutableList.copyOf(dimensions);
  }

  /**
   * {@return whether this profile has a level for {@code dimension}}
   *
   * @param dimension the dimension to look up
   */
  public boolean has(Dimension dimension) {
    return indexOf(dimension) >= 0;
  }

  /**
   * {@return the level of {@code dimension}, or empty if this profile does not have it}
   *
   * @param dimension the dimension to look up
   */
  public OptionalDouble level(Dimension dimension) {
    int i = indexOf(dimension);
    return i < 0 ? OptionalDouble.empty() : OptionalDouble.of(levels[i]);
  }

  /**
   * {@return the importance weight of {@code dimension}, or empty if this profile does not have it}
   *
   * @param dimension the dimension to look up
   */
  public OptionalDouble weight(Dimension dimension) {
    int i = indexOf(dimension);
    return i < 0 ? OptionalDouble.empty() : OptionalDouble.of(weights[i]);
  }

  /**
   * {@return the position of {@code dimension} in {@link #dimensions()}, or -1 if this profile does
   * not have it}; with {@link #levelAt} and {@link #weightAt}, for loops that must not allocate
   *
   * @param dimension the dimension to look up
   */
  public int indexOf(Dimension dimension) {
    requireNonNull(dimension, "dimension");
    if (table.length == 0) {
      for (int i = 0; i < dimensions.length; i++) {
        if (dimensions[i].equals(dimension)) {
          return i;
        }
      }
      return -1;
    }
    int mask = table.length - 1;
    for (int slot = spread(dimension.hashCode()) & mask; ; slot = (slot + 1) & mask) {
      int entry = table[slot];
      if (entry == 0) {
        return -1;
      }
      if (dimensions[entry - 1].equals(dimension)) {
        return entry - 1;
      }
    }
  }

  /**
   * {@return the dimension at {@code index}}
   *
   * @param index in [0, {@link #size()})
   * @throws IndexOutOfBoundsException if {@code index} is out of range
   */
  public Dimension dimensionAt(int index) {
    return dimensions[checkIndex(index)];
  }

  /**
   * {@return the level at {@code index}, in [0, 1]}
   *
   * @param index in [0, {@link #size()})
   * @throws IndexOutOfBoundsException if {@code index} is out of range
   */
  public double levelAt(int index) {
    return levels[checkIndex(index)];
  }

  /**
   * {@return the importance weight at {@code index}, as given: finite and non-negative}
   *
   * @param index in [0, {@link #size()})
   * @throws IndexOutOfBoundsException if {@code index} is out of range
   */
  public double weightAt(int index) {
    return weights[checkIndex(index)];
  }

  /**
   * {@return the relative weight at {@code index}: the weight divided by the largest weight, in [0,
   * 1]; 0 if that is less than {@link #NEGLIGIBLE_WEIGHT}}; what metrics weigh by, so that scores do
   * not depend on the scale of the weights
   *
   * @param index in [0, {@link #size()})
   * @throws IndexOutOfBoundsException if {@code index} is out of range
   */
  public double relativeWeightAt(int index) {
    return relativeWeights[checkIndex(index)];
  }

  /**
   * {@return the sum of the relative weights, in dimension order: in [1, {@link #size()}]}; the
   * denominator of the weighted means of metrics, finite however large the weights given
   */
  public double relativeTotalWeight() {
    return relativeTotal;
  }

  /**
   * {@return the sum of the weights as given, in dimension order: positive}; {@link
   * Double#POSITIVE_INFINITY} if the weights add up past {@link Double#MAX_VALUE}, which is why
   * metrics weigh by {@link #relativeTotalWeight()} instead
   */
  public double totalWeight() {
    return totalWeight;
  }

  /** {@return dimension to level, in dimension order} */
  public Map<Dimension, Double> levels() {
    ImmutableMap.Builder<Dimension, Double> map = ImmutableMap.builderWithExpectedSize(size());
    for (int i = 0; i < dimensions.length; i++) {
      map.put(dimensions[i], levels[i]);
    }
    return map.buildOrThrow();
  }

  /** {@return dimension to importance weight, in dimension order} */
  public Map<Dimension, Double> weights() {
    ImmutableMap.Builder<Dimension, Double> map = ImmutableMap.builderWithExpectedSize(size());
    for (int i = 0; i < dimensions.length; i++) {
      map.put(dimensions[i], weights[i]);
    }
    return map.buildOrThrow();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Profile that
        && Arrays.equals(dimensions, that.dimensions)
        && Arrays.equals(levels, that.levels)
        && Arrays.equals(weights, that.weights);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(dimensions) + Arrays.hashCode(levels))
        + Arrays.hashCode(weights);
  }

  /** {@return a form such as {@code Profile{functional=0.9 (w 2.0), emotional=0.7 (w 1.0)}}} */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Profile{");
    for (int i = 0; i < dimensions.length; i++) {
      if (i > 0) {
        s.append(", ");
      }
      s.append(dimensions[i]).append('=').append(levels[i]).append(" (w ").append(weights[i]);
      s.append(')');
    }
    return s.append('}').toString();
  }

  private int checkIndex(int index) {
    return java.util.Objects.checkIndex(index, dimensions.length);
  }

  /**
   * Builds a {@link Profile}. Mutable and not thread-safe; it can be reused after {@link #build()}.
   * Every setter checks its argument at once; {@link #build()} checks the whole.
   */
  public static final class Builder {

    private Dimension[] dimensions = new Dimension[8];
    private double[] levels = new double[8];
    private double[] weights = new double[8];
    private int size;
    private @Nullable Map<Dimension, Integer> index;

    private Builder() {}

    /**
     * Sets the level of {@code dimension}, keeping its weight if one was set (default {@value
     * Profile#DEFAULT_WEIGHT}). A level of {@code -0.0} is stored as {@code 0.0}. A rejected call
     * leaves the builder unchanged.
     *
     * @param dimension the dimension
     * @param level in [0, 1]
     * @return this builder
     * @throws IllegalArgumentException if {@code level} is not a number in [0, 1]
     */
    @CanIgnoreReturnValue
    public Builder level(Dimension dimension, double level) {
      requireNonNull(dimension, "dimension");
      checkLevel(dimension, level);
      int i = slot(dimension); // before the array is read: slot() may grow it
      levels[i] = level + 0.0; // -0.0 + 0.0 is 0.0
      return this;
    }

    /**
     * Sets the importance weight of {@code dimension}. The dimension must also get a level before
     * {@link #build()}. A weight of {@code -0.0} is stored as {@code 0.0}. A rejected call leaves the
     * builder unchanged.
     *
     * @param dimension the dimension
     * @param weight finite and non-negative
     * @return this builder
     * @throws IllegalArgumentException if {@code weight} is negative, NaN or infinite
     */
    @CanIgnoreReturnValue
    public Builder weight(Dimension dimension, double weight) {
      requireNonNull(dimension, "dimension");
      checkWeight(dimension, weight);
      int i = slot(dimension); // before the array is read: slot() may grow it
      weights[i] = weight + 0.0;
      return this;
    }

    /**
     * Sets the level and the importance weight of {@code dimension}; {@code -0.0} is stored as
     * {@code 0.0}. A rejected call leaves the builder unchanged.
     *
     * @param dimension the dimension
     * @param level in [0, 1]
     * @param weight finite and non-negative
     * @return this builder
     * @throws IllegalArgumentException if {@code level} or {@code weight} is out of range
     */
    @CanIgnoreReturnValue
    public Builder level(Dimension dimension, double level, double weight) {
      requireNonNull(dimension, "dimension");
      checkLevel(dimension, level);
      checkWeight(dimension, weight);
      int i = slot(dimension);
      levels[i] = level + 0.0;
      weights[i] = weight + 0.0;
      return this;
    }

    /**
     * {@return a new profile of the levels and weights set so far}
     *
     * @throws IllegalArgumentException if no dimension was set, a weighted dimension has no level,
     *     or every weight is 0
     */
    public Profile build() {
      checkArgument(size > 0, "levels must hold at least one dimension, but was empty");
      boolean positive = false;
      for (int i = 0; i < size; i++) {
        checkArgument(
            !Double.isNaN(levels[i]),
            "level of %s must be set when its weight is, but was missing (weight %s)",
            dimensions[i],
            weights[i]);
        positive |= weights[i] > 0;
      }
      checkArgument(
          positive,
          "weights must hold at least one positive weight, but were all 0: %s",
          Doubles.asList(weights).subList(0, size)); // a view: printed only on failure
      return new Profile(
          Arrays.copyOf(dimensions, size), Arrays.copyOf(levels, size), Arrays.copyOf(weights, size));
    }

    /**
     * Rejects a level outside [0, 1] with the message of {@link Arguments#inClosedRange}; the
     * message is made only then, not for every level set.
     */
    private static void checkLevel(Dimension dimension, double level) {
      if (!(level >= 0 && level <= 1)) {
        throw new IllegalArgumentException(lenientFormat(
            "%s must be a finite number in [%s, %s], but was %s", "level of " + dimension, 0.0,
            1.0, level));
      }
    }

    /**
     * Rejects a negative or non-finite weight with the message of {@link
     * Arguments#nonNegativeFinite}; the message is made only then.
     */
    private static void checkWeight(Dimension dimension, double weight) {
      if (!(weight >= 0 && Double.isFinite(weight))) {
        throw new IllegalArgumentException(lenientFormat(
            "%s must be a finite number >= 0, but was %s", "weight of " + dimension, weight));
      }
    }

    /** {@return the slot of {@code dimension}, made (level unset, default weight) if new} */
    private int slot(Dimension dimension) {
      if (index != null) {
        Integer i = index.get(dimension);
        if (i != null) {
          return i;
        }
      } else {
        for (int i = 0; i < size; i++) {
          if (dimensions[i].equals(dimension)) {
            return i;
          }
        }
      }
      if (size == dimensions.length) {
        dimensions = Arrays.copyOf(dimensions, size * 2);
        levels = Arrays.copyOf(levels, size * 2);
        weights = Arrays.copyOf(weights, size * 2);
      }
      dimensions[size] = dimension;
      levels[size] = Double.NaN;
      weights[size] = DEFAULT_WEIGHT;
      if (index != null) {
        index.put(dimension, size);
      } else if (size + 1 > SCAN_LIMIT) {
        index = new HashMap<>();
        for (int i = 0; i <= size; i++) {
          index.put(dimensions[i], i);
        }
      }
      return size++;
    }
  }
}
