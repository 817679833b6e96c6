package org.attune.metric;

import java.util.Arrays;

/**
 * The one computation of a score's contributions from its misfit parts, shared by {@link
 * Contribution#shares} and {@link ScoreSink}, so that a batch gives the same shares, to the bit, and
 * in the same order, as {@link Metric#measure(Dyad)}.
 */
final class Shares {

  /** Up to how many shares an insertion sort orders: {@value}. */
  private static final int SMALL = 32;

  private Shares() {}

  /**
   * Computes each part's share of the total and orders the positive shares, largest first, ties (to 9
   * decimals) in the order of the parts.
   *
   * @param parts the parts, each finite and non-negative
   * @param n how many of {@code parts} to read
   * @param shares where each part's share goes, by the part's index
   * @param order where the indices of the positive shares go, in order
   * @return how many shares are positive: the length of {@code order} that was written
   */
  static int compute(double[] parts, int n, double[] shares, int[] order) {
    double total = 0;
    double max = 0;
    for (int i = 0; i < n; i++) {
      total += parts[i];
      max = Math.max(max, parts[i]);
    }
    if (total <= 0) {
      return 0;
    }
    // parts that add up past Double.MAX_VALUE: scale them so the largest lies in [1, 2)
    int shift = Double.isInfinite(total) ? -Math.getExponent(max) : 0;
    if (shift != 0) {
      total = 0;
      for (int i = 0; i < n; i++) {
        total += Math.scalb(parts[i], shift);
      }
    }
    int m = 0;
    for (int i = 0; i < n; i++) {
      double share = Math.min(1, Math.scalb(parts[i], shift) / total);
      shares[i] = share;
      if (share > 0) {
        order[m++] = i;
      }
    }
    sort(shares, order, m);
    return m;
  }

  /** Orders {@code order[0, m)} by rank, largest first, stably: ties keep the order of the parts. */
  private static void sort(double[] shares, int[] order, int m) {
    if (m <= SMALL) {
      for (int k = 1; k < m; k++) {
        int i = order[k];
        double rank = rank(shares[i]);
        int at = k;
        while (at > 0 && rank(shares[order[at - 1]]) < rank) {
          order[at] = order[at - 1];
          at--;
        }
        order[at] = i;
      }
      return;
    }
    Integer[] boxed = new Integer[m];
    for (int k = 0; k < m; k++) {
      boxed[k] = order[k];
    }
    // a stable sort: equal ranks keep their order
    Arrays.sort(boxed, (a, b) -> Double.compare(rank(shares[b]), rank(shares[a])));
    for (int k = 0; k < m; k++) {
      order[k] = boxed[k];
    }
  }

  /**
   * Checks one misfit part.
   *
   * @param factor the factor it belongs to
   * @param part the part
   * @throws IllegalArgumentException if the part is negative, NaN or infinite
   */
  static void check(String factor, double part) {
    if (!(part >= 0 && Double.isFinite(part))) {
      throw new IllegalArgumentException(
          "misfit of " + factor + " must be a finite number >= 0, but was " + part);
    }
  }

  /** {@return the share rounded to 9 decimals: the sort key that lets rounding noise tie} */
  static double rank(double share) {
    return Math.rint(share * 1e9);
  }
}
