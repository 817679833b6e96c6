package org.attune.dynamics;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The cumulative sum (CUSUM) test of Page (1954, "Continuous inspection schemes", <i>Biometrika</i>
 * 41:100–115), one- or two-sided, in the tabular form of Basseville &amp; Nikiforov (1993, §2.2).
 *
 * <p>The reference level {@code mu} of a segment is the mean of its first {@code warmup}
 * observations. From the next one on:
 *
 * <ul>
 *   <li>for a {@link DriftDirection#DROP}: {@code L(t) = max(0, L(t-1) + (mu - x(t)) - k)}, an
 *       alarm when {@code L(t) > h};
 *   <li>for a {@link DriftDirection#RISE}: {@code S(t) = max(0, S(t-1) + (x(t) - mu) - k)}, an
 *       alarm when {@code S(t) > h}.
 * </ul>
 *
 * <p>{@code k}, the drift (or allowance), is usually half the smallest shift worth detecting;
 * {@code h} is the threshold. Both are in the units of the series. The change point is estimated as
 * the first observation of the run of positive sums that raised the alarm (the observation after
 * the sum was last 0), and the alert's size is the difference of the means after and before it.
 * After an alarm the test restarts at the next observation, with a new warm-up.
 *
 * <p>Immutable, thread-safe and deterministic.
 *
 * <pre>{@code
 * DriftDetector detector = Cusum.of(0.05, 0.4, 4);  // watches for drops
 * List<DriftAlert> alerts = detector.detect(times, deviations);
 * }</pre>
 */
public final class Cusum implements DriftDetector {

  private final double k;
  private final double h;
  private final int warmup;
  private final Set<DriftDirection> directions;

  private Cusum(double k, double h, int warmup, Set<DriftDirection> directions) {
    this.k = Series.nonNegative(k, "k");
    this.h = Series.positive(h, "h");
    checkArgument(warmup >= 1, "warmup must be an integer >= 1, but was %s", warmup);
    this.warmup = warmup;
    this.directions = Series.directions(directions);
  }

  /**
   * {@return a one-sided detector of drops}
   *
   * @param k the drift, finite and {@code >= 0}, in the units of the series
   * @param h the threshold, finite and {@code > 0}, in the units of the series
   * @param warmup how many observations set the reference level, {@code >= 1}
   * @throws IllegalArgumentException if a parameter is out of range
   */
  public static Cusum of(double k, double h, int warmup) {
    return new Cusum(k, h, warmup, EnumSet.of(DriftDirection.DROP));
  }

  /**
   * {@return a detector of the changes in the given directions: two-sided with both}
   *
   * @param k the drift, finite and {@code >= 0}, in the units of the series
   * @param h the threshold, finite and {@code > 0}, in the units of the series
   * @param warmup how many observations set the reference level, {@code >= 1}
   * @param directions {@link DriftDirection#DROP}, {@link DriftDirection#RISE} or both
   * @throws IllegalArgumentException if a parameter is out of range or {@code directions} is empty
   */
  public static Cusum of(double k, double h, int warmup, Set<DriftDirection> directions) {
    return new Cusum(k, h, warmup, directions);
  }

  /** {@return the drift k} */
  public double k() {
    return k;
  }

  /** {@return the threshold h} */
  public double h() {
    return h;
  }

  /** {@return how many observations set the reference level} */
  public int warmup() {
    return warmup;
  }

  /** {@return the directions watched, in the order of {@link DriftDirection}} */
  public Set<DriftDirection> directions() {
    return directions;
  }

  @Override
  public List<DriftAlert> detect(List<Instant> times, double[] values) {
    Series.check(times, values);
    List<Instant> at = ImmutableList.copyOf(times);
    double[] x = values.clone();
    boolean drops = directions.contains(DriftDirection.DROP);
    boolean rises = directions.contains(DriftDirection.RISE);
    ImmutableList.Builder<DriftAlert> alerts = ImmutableList.builder();
    int start = 0;
    double mu = 0;
    double low = 0; // L, the sum for drops
    int lowFrom = 0; // the first observation of its current positive run
    double high = 0; // S, the sum for rises
    int highFrom = 0;
    for (int t = 0; t < x.length; t++) {
      if (t < start + warmup) {
        continue;
      }
      if (t == start + warmup) {
        mu = Series.mean(x, start, t);
        low = 0;
        high = 0;
      }
      if (low == 0) {
        lowFrom = t;
      }
      if (high == 0) {
        highFrom = t;
      }
      low = Math.max(0, low + (mu - x[t]) - k);
      high = Math.max(0, high + (x[t] - mu) - k);
      DriftAlert alert = null;
      if (drops && low > h) {
        alert = Series.alert(at, x, start, lowFrom, t, DriftDirection.DROP);
      } else if (rises && high > h) {
        alert = Series.alert(at, x, start, highFrom, t, DriftDirection.RISE);
      }
      if (alert != null) {
        alerts.add(alert);
        start = t + 1;
      }
    }
    return alerts.build();
  }

  /** {@return a form such as {@code Cusum[k=0.05, h=0.4, warmup=4, directions=[DROP]]}} */
  @Override
  public String toString() {
    return "Cusum[k=" + k + ", h=" + h + ", warmup=" + warmup + ", directions=" + directions + "]";
  }
}
