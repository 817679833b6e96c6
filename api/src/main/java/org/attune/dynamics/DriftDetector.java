package org.attune.dynamics;

import java.time.Instant;
import java.util.List;

/**
 * Detects changes in the level of a fit series: a sequence of observations {@code (times[i],
 * values[i])} in time order, such as a customer's profile-deviation or attunement over successive
 * versions. Implementations are sequential change detectors in the sense of Basseville &amp;
 * Nikiforov (1993, <i>Detection of Abrupt Changes: Theory and Application</i>, Prentice Hall): they
 * read the series once, in order, raise a {@link DriftAlert} when a statistic crosses its
 * threshold, then restart on the observations after the alarm, so that one series can raise several
 * alerts.
 *
 * <p>Two are provided: {@link PageHinkley} (Page 1954; Hinkley 1971) and {@link Cusum} (Page 1954).
 * Both watch for a {@link DriftDirection#DROP}, a {@link DriftDirection#RISE} or both.
 *
 * <p>Implementations are immutable, thread-safe and deterministic: the same series gives the same
 * alerts.
 */
public interface DriftDetector {

  /**
   * {@return the alerts raised on the series, in the order of their detection}; empty if none
   *
   * @param times the instant of each observation: non-decreasing, no nulls
   * @param values the value of each observation, finite; as many as {@code times}. Not modified.
   * @throws NullPointerException if an argument or an instant is null
   * @throws IllegalArgumentException if the lengths differ, the instants go back in time or a value
   *     is not finite
   */
  List<DriftAlert> detect(List<Instant> times, double[] values);
}
