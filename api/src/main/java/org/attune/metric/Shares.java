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
   * decimals) in the order of the parts; of them, only the first {@code keep} if fewer are wanted.
   *
   * @param parts the parts, each finite and non-negative
   * @param n how many of {@code parts} to read
   * @param shares where each part's share goes, by the part's index
   * @param ranks scratch space for each part's rank, at least {@code n} long
   * @param order where the indices of the positive shares go, in order
   * @param keep how many of the largest are wanted; the first ones of the full order
   * @return how many indices were written to {@code order}: the positive shares, at most {@code
   *     keep}
   */
  static int compute(
      double[] parts, int n, double[] shares, double[] ranks, int[] order, int keep) {
    double total = 0;
    double max = 0;
    for (int i = 0; i < n; i++) {
      total += parts[i];
      max = Math.max(max, parts[i]);
    }
    if (total <= 0 || keep <= 0) {
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
      ranks[i] = rank(share);
      if (share > 0) {
        m++;
      }
    }
    if (keep < m) {
      return select(shares, ranks, n, order, keep);
    }
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (shares[i] > 0) {
        order[k++] = i;
      }
    }
    sort(ranks, order, m);
    return m;
  }

  /**
   * Writes to {@code order} the indices of the {@code keep} largest positive shares, in the order a
   * stable sort gives them: one pass, each share moving ahead only of strictly smaller ranks.
   */
  private static int select(double[] shares, double[] ranks, int n, int[] order, int keep) {
    int count = 0;
    for (int i = 0; i < n; i++) {
      if (!(shares[i] > 0)) {
        continue;
      }
      double rank = ranks[i];
      int at;
      if (count < keep) {
        at = count++;
      } else if (rank > ranks[order[keep - 1]]) {
        at = keep - 1; // the last one drops out
      } else {
        continue;
      }
      while (at > 0 && ranks[order[at - 1]] < rank) {
        order[at] = order[at - 1];
        at--;
      }
      order[at] = i;
    }
    return count;
  }

  /** Orders {@code order[0, m)} by rank, largest first, stably: ties keep the order of the parts. */
  private static void sort(double[] ranks, int[] order, int m) {
    if (m <= SMALL) {
      for (int k = 1; k < m; k++) {
        int i = order[k];
        double rank = ranks[i];
        int at = k;
        while (at > 0 && ranks[order[at - 1]] < rank) {
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
    Arrays.sort(boxed, (a, b) -> Double.compare(ranks[b], ranks[a]));
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
