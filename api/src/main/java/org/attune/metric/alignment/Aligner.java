package org.attune.metric.alignment;

import org.attune.model.Dimension;
import org.attune.model.Profile;

/**
 * Lines the levels of one profile P up with the dimensions of customer profiles C: {@code
 * align(c)[i]} is P's level of C's i-th dimension, or 0 if P lacks it (not offered). Remembers the
 * last dimensions it saw, so that a batch of customers with the same dimensions, the usual CRM case,
 * costs a comparison per dimension and allocates nothing.
 *
 * <p>Mutable and not thread-safe: one per thread, or per chunk of a batch.
 */
final class Aligner {

  private static final Dimension[] NONE = new Dimension[0];

  private final Profile other;
  private Dimension[] dimensions = NONE;
  private double[] levels = new double[0];
  private int size = -1;
  private Dimension[] lastLayout = NONE;

  /**
   * Creates an aligner of {@code other}'s levels.
   *
   * @param other the profile P whose levels are lined up
   */
  public Aligner(Profile other) {
    this.other = other;
  }

  /**
   * {@return P's levels in the order of {@code customer}'s dimensions}; the array is reused by the
   * next call and may be longer than {@code customer.size()}
   *
   * @param customer the customer's profile C
   */
  public double[] align(Profile customer) {
    int n = customer.size();
    if (n != size || !sameDimensions(customer, n)) {
      ensure(n);
      for (int i = 0; i < n; i++) {
        dimensions[i] = customer.dimensionAt(i);
      }
      fill(n);
    }
    return levels;
  }

  /**
   * {@return P's levels in the order of {@code layout}}; the array is reused by the next call and
   * may be longer than the layout. Calling again with the same array costs nothing.
   *
   * @param layout the customer's dimensions, in order; must not change between calls
   */
  public double[] align(Dimension[] layout) {
    if (layout != lastLayout) {
      int n = layout.length;
      ensure(n);
      System.arraycopy(layout, 0, dimensions, 0, n);
      fill(n);
      lastLayout = layout;
    }
    return levels;
  }

  /**
   * {@return P's levels in the order of {@code customer}'s dimensions, in a new array of exactly its
   * size}
   *
   * @param customer the customer's profile C
   * @param other the profile P
   */
  public static double[] alignOnce(Profile customer, Profile other) {
    return new Aligner(other).align(customer); // a new aligner allocates exactly n
  }

  @SuppressWarnings("ReferenceEquality") // identity first, as a fast path; equals decides
  private boolean sameDimensions(Profile customer, int n) {
    for (int i = 0; i < n; i++) {
      Dimension d = customer.dimensionAt(i);
      if (d != dimensions[i] && !d.equals(dimensions[i])) {
        return false;
      }
    }
    return true;
  }

  private void ensure(int n) {
    if (dimensions.length < n) {
      dimensions = new Dimension[n];
      levels = new double[n];
    }
  }

  private void fill(int n) {
    for (int i = 0; i < n; i++) {
      int j = other.indexOf(dimensions[i]);
      levels[i] = j < 0 ? 0 : other.levelAt(j);
    }
    size = n;
    lastLayout = NONE;
  }
}
