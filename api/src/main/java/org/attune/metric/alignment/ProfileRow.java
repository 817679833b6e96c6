package org.attune.metric.alignment;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import org.attune.model.Profile;

/**
 * The one {@link ProfileView} batch scoring uses: a cursor over flat arrays of levels and weights,
 * moved from customer to customer. A cohort {@link #point points} it into its packed arrays; the
 * other paths {@link #load} a {@link Profile} into its own scratch arrays. A single class, so that a
 * kernel's calls on the view stay monomorphic and compile to plain array reads.
 *
 * <p>Mutable and not thread-safe: one per thread, or per chunk of a batch.
 */
final class ProfileRow implements ProfileView {

  private static final double[] NONE = new double[0];

  private double[] levels = NONE;
  private double[] weights = NONE;
  private double[] scratchLevels = NONE;
  private double[] scratchWeights = NONE;
  private double[] other = NONE;
  private int base;
  private int size;
  private double total;

  /** Creates a view of nothing yet: {@link #point} or {@link #load} it before use. */
  public ProfileRow() {}

  /**
   * {@return this view, now of the customer at {@code [base, base + size)} of the flat arrays}
   *
   * @param levels the flat levels
   * @param weights the flat relative weights
   * @param base where the customer's dimensions start
   * @param size how many dimensions it has
   * @param total its total relative weight
   * @param other P's levels lined up with its dimensions, from index 0
   */
  @CanIgnoreReturnValue
  public ProfileRow point(
      double[] levels, double[] weights, int base, int size, double total, double[] other) {
    this.levels = levels;
    this.weights = weights;
    this.base = base;
    this.size = size;
    this.total = total;
    this.other = other;
    return this;
  }

  /**
   * {@return this view, now of {@code customer}, copied into scratch arrays, against {@code other}}
   *
   * @param customer the customer's own logic C
   * @param other P's level of each of C's dimensions, in C's order
   */
  @CanIgnoreReturnValue
  public ProfileRow load(Profile customer, double[] other) {
    int n = customer.size();
    if (scratchLevels.length < n) {
      scratchLevels = new double[Math.max(n, 16)];
      scratchWeights = new double[scratchLevels.length];
    }
    for (int i = 0; i < n; i++) {
      scratchLevels[i] = customer.levelAt(i);
      scratchWeights[i] = customer.relativeWeightAt(i);
    }
    return point(scratchLevels, scratchWeights, 0, n, customer.relativeTotalWeight(), other);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public double level(int i) {
    return levels[base + i];
  }

  @Override
  public double weight(int i) {
    return weights[base + i];
  }

  @Override
  public double totalWeight() {
    return total;
  }

  @Override
  public double other(int i) {
    return other[i];
  }
}
