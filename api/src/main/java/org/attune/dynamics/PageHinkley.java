package org.attune.dynamics;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The Page–Hinkley test (Page 1954, "Continuous inspection schemes", <i>Biometrika</i> 41:100–115;
 * Hinkley 1971, "Inference about the change-point from cumulative sum tests", <i>Biometrika</i>
 * 58:509–523; Basseville &amp; Nikiforov 1993, §2.2), in its sequential form with a running mean.
 *
 * <p>From the first observation {@code s} of a segment, with {@code mean(t)} the mean of the
 * observations {@code s..t}:
 *
 * <ul>
 *   <li>for a {@link DriftDirection#DROP}: {@code m(t) = sum over j in s..t of (x(j) - mean(j) +
 *       delta)}, {@code M(t) = max(0, m(s), ..., m(t))}; an alarm when {@code M(t) - m(t) >
 *       lambda};
 *   <li>for a {@link DriftDirection#RISE}: {@code u(t) = sum over j in s..t of (x(j) - mean(j) -
 *       delta)}, {@code U(t) = min(0, u(s), ..., u(t))}; an alarm when {@code u(t) - U(t) >
 *       lambda}.
 * </ul>
 *
 * <p>{@code delta} is the tolerance: a change smaller than about {@code delta} per observation is
 * not accumulated; {@code lambda} is the threshold: larger means fewer false alarms and a longer
 * delay. Both are in the units of the series. The change point is estimated, after Hinkley (1971),
 * as the observation just after the last extremum of the cumulative sum ({@code M} for a drop,
 * {@code U} for a rise); the alert's size is the difference of the means after and before it. After
 * an alarm both sums restart at the next observation.
 *
 * <p>Immutable, thread-safe and deterministic.
 *
 * <pre>{@code
 * DriftDetector detector = PageHinkley.of(0.01, 0.5);  // watches for drops
 * List<DriftAlert> alerts = detector.detect(times, deviations);
 * }</pre>
 */
public final class PageHinkley implements DriftDetector {

  private final double delta;
  private final double lambda;
  private final Set<DriftDirection> directions;

  private PageHinkley(double delta, double lambda, Set<DriftDirection> directions) {
    this.delta = Series.nonNegative(delta, "delta");
    this.lambda = Series.positive(lambda, "lambda");
    this.directions = Series.directions(directions);
  }

  /**
   * {@return a detector of drops}
   *
   * @param delta the tolerance, finite and {@code >= 0}, in the units of the series
   * @param lambda the threshold, finite and {@code > 0}, in the units of the series
   * @throws IllegalArgumentException if a parameter is out of range
   */
  public static PageHinkley of(double delta, double lambda) {
    return new PageHinkley(delta, lambda, EnumSet.of(DriftDirection.DROP));
  }

  /**
   * {@return a detector of the changes in the given directions}
   *
   * @param delta the tolerance, finite and {@code >= 0}, in the units of the series
   * @param lambda the threshold, finite and {@code > 0}, in the units of the series
   * @param directions {@link DriftDirection#DROP}, {@link DriftDirection#RISE} or both
   * @throws IllegalArgumentException if a parameter is out of range or {@code directions} is empty
   */
  public static PageHinkley of(double delta, double lambda, Set<DriftDirection> directions) {
    return new PageHinkley(delta, lambda, directions);
  }

  /** {@return the tolerance delta} */
  public double delta() {
    return delta;
  }

  /** {@return the threshold lambda} */
  public double lambda() {
    return lambda;
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
    double sum = 0; // of x(s..t), for the running mean
    double m = 0; // the sum for drops
    double max = 0; // its maximum so far, 0 before the segment
    int maxAt = -1; // where the maximum was reached, start - 1 before the segment
    double u = 0; // the sum for rises
    double min = 0;
    int minAt = -1;
    for (int t = 0; t < x.length; t++) {
      if (t == start) {
        sum = 0;
        m = 0;
        max = 0;
        maxAt = start - 1;
        u = 0;
        min = 0;
        minAt = start - 1;
      }
      sum += x[t];
      double deviation = x[t] - sum / (t - start + 1);
      m += deviation + delta;
      u += deviation - delta;
      if (m >= max) {
        max = m;
        maxAt = t;
      }
      if (u <= min) {
        min = u;
        minAt = t;
      }
      DriftAlert alert = null;
      if (drops && max - m > lambda) {
        alert = Series.alert(at, x, start, maxAt + 1, t, DriftDirection.DROP);
      } else if (rises && u - min > lambda) {
        alert = Series.alert(at, x, start, minAt + 1, t, DriftDirection.RISE);
      }
      if (alert != null) {
        alerts.add(alert);
        start = t + 1;
      }
    }
    return alerts.build();
  }

  /** {@return a form such as {@code PageHinkley[delta=0.01, lambda=0.5, directions=[DROP]]}} */
  @Override
  public String toString() {
    return "PageHinkley[delta=" + delta + ", lambda=" + lambda + ", directions=" + directions + "]";
  }
}
