package org.attune.dynamics;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Locale;

/**
 * An alarm raised by a {@link DriftDetector}: when the change was detected, where it is estimated
 * to have begun, how large it is and which way it went.
 *
 * <p>The size is the difference of two means of the series: the mean of the observations from the
 * estimated change point up to the detection ({@code meanAfter}) minus the mean of the observations
 * watched before the change point ({@code meanBefore}), so it is negative for a {@link
 * DriftDirection#DROP} and positive for a {@link DriftDirection#RISE}. This is the usual estimate
 * of the size of a step change once its location is estimated (Basseville &amp; Nikiforov 1993, ch.
 * 2).
 *
 * <p>Immutable, null-hostile and thread-safe.
 *
 * @param detectedAt the instant of the observation at which the alarm was raised
 * @param detectedIndex the index of that observation in the series
 * @param changeAt the instant of the estimated change point: the first observation after the change
 * @param changeIndex the index of that observation, at most {@code detectedIndex}
 * @param meanBefore the mean of the observations watched before the change point
 * @param meanAfter the mean of the observations from the change point to the detection, inclusive
 * @param direction which way the series moved
 */
public record DriftAlert(
    Instant detectedAt,
    int detectedIndex,
    Instant changeAt,
    int changeIndex,
    double meanBefore,
    double meanAfter,
    DriftDirection direction) {

  /**
   * Validates the alert.
   *
   * @param detectedAt the instant of the observation at which the alarm was raised
   * @param detectedIndex the index of that observation in the series
   * @param changeAt the instant of the estimated change point
   * @param changeIndex the index of that observation, at most {@code detectedIndex}
   * @param meanBefore the mean of the observations watched before the change point
   * @param meanAfter the mean of the observations from the change point to the detection
   * @param direction which way the series moved
   * @throws NullPointerException if an instant or the direction is null
   * @throws IllegalArgumentException if an index is negative, the change comes after the detection,
   *     or a mean is not finite
   */
  public DriftAlert {
    requireNonNull(detectedAt, "detectedAt");
    requireNonNull(changeAt, "changeAt");
    requireNonNull(direction, "direction");
    checkArgument(
        changeIndex >= 0 && changeIndex <= detectedIndex,
        "changeIndex must be in [0, detectedIndex = %s], but was %s",
        detectedIndex,
        changeIndex);
    checkArgument(
        !changeAt.isAfter(detectedAt),
        "changeAt must not be after detectedAt (%s), but was %s",
        detectedAt,
        changeAt);
    checkArgument(
        Double.isFinite(meanBefore), "meanBefore must be a finite number, but was %s", meanBefore);
    checkArgument(
        Double.isFinite(meanAfter), "meanAfter must be a finite number, but was %s", meanAfter);
  }

  /** {@return the size of the change: {@code meanAfter - meanBefore}, negative for a drop} */
  public double size() {
    return meanAfter - meanBefore;
  }

  /**
   * {@return a sentence such as "the fit fell by 0.30 (from 0.80 to 0.50), from
   * 2026-03-01T00:00:00Z; detected at 2026-05-01T00:00:00Z"}, with the means to two decimals
   */
  public String sentence() {
    return String.format(
        Locale.ROOT,
        "the fit %s by %.2f (from %.2f to %.2f), from %s; detected at %s",
        direction.verb(),
        Math.abs(size()),
        meanBefore,
        meanAfter,
        changeAt,
        detectedAt);
  }
}
