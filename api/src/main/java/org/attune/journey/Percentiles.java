package org.attune.journey;

import java.time.Duration;
import java.util.Arrays;

/**
 * Percentiles by linear interpolation between closest ranks: Hyndman &amp; Fan (1996), definition 7,
 * the default of R, NumPy and Excel's PERCENTILE.INC. For sorted x_0 ≤ … ≤ x_{n−1} and p in [0, 1]:
 * h = (n − 1)·p, and the percentile is x_⌊h⌋ + (h − ⌊h⌋)·(x_⌊h⌋+1 − x_⌊h⌋). The median is p = 0.5
 * (the mean of the two middle values when n is even).
 */
final class Percentiles {

  private Percentiles() {}

  /** {@return the p-th percentile of the first {@code n} values, which this method sorts} */
  static Duration of(long[] nanos, int n, double p) {
    Arrays.sort(nanos, 0, n);
    return sorted(nanos, n, p);
  }

  /** {@return the p-th percentile of the first {@code n} values, already sorted} */
  static Duration sorted(long[] nanos, int n, double p) {
    if (n <= 0) {
      throw new IllegalArgumentException("n must be at least 1, but was " + n);
    }
    double h = (n - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, n - 1);
    double frac = h - lo;
    long v = nanos[lo] + Math.round(frac * (nanos[hi] - nanos[lo]));
    return Duration.ofNanos(v);
  }
}
