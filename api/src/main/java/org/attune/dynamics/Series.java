package org.attune.dynamics;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Argument checks shared by the drift detectors. */
final class Series {

  private Series() {}

  /** Checks a series for {@link DriftDetector#detect}. */
  static void check(List<Instant> times, double[] values) {
    requireNonNull(times, "times");
    requireNonNull(values, "values");
    checkArgument(
        times.size() == values.length,
        "times and values must have the same length, but were %s and %s",
        times.size(),
        values.length);
    Instant previous = null;
    for (int i = 0; i < values.length; i++) {
      int index = i;
      Instant t = requireNonNull(times.get(i), () -> "times[" + index + "]");
      if (previous != null && t.isBefore(previous)) {
        throw new IllegalArgumentException(
            "times must be non-decreasing, but times["
                + i
                + "] = "
                + t
                + " is before times["
                + (i - 1)
                + "] = "
                + previous);
      }
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(
            "values[" + i + "] must be a finite number, but was " + values[i]);
      }
      previous = t;
    }
  }

  /** {@return a copy of {@code directions}, checked non-empty} */
  static Set<DriftDirection> directions(Set<DriftDirection> directions) {
    requireNonNull(directions, "directions");
    for (DriftDirection d : directions) {
      requireNonNull(d, "directions holds a null");
    }
    checkArgument(!directions.isEmpty(), "directions must hold DROP, RISE or both, but was empty");
    return ImmutableSet.copyOf(EnumSet.copyOf(directions));
  }

  /** {@return {@code value}} if it is finite and {@code > 0} */
  static double positive(double value, String field) {
    checkArgument(
        value > 0 && Double.isFinite(value),
        "%s must be a finite number > 0, but was %s",
        field,
        value);
    return value;
  }

  /** {@return {@code value}} if it is finite and {@code >= 0} */
  static double nonNegative(double value, String field) {
    checkArgument(
        value >= 0 && Double.isFinite(value),
        "%s must be a finite number >= 0, but was %s",
        field,
        value);
    return value;
  }

  /** {@return the mean of {@code values[from..to)}}, summed in index order */
  static double mean(double[] values, int from, int to) {
    double sum = 0;
    for (int i = from; i < to; i++) {
      sum += values[i];
    }
    return sum / (to - from);
  }

  /**
   * {@return the alert for a change found in {@code [start, detected]} starting at {@code change}}
   */
  static DriftAlert alert(
      List<Instant> times,
      double[] values,
      int start,
      int change,
      int detected,
      DriftDirection direction) {
    return new DriftAlert(
        times.get(detected),
        detected,
        times.get(change),
        change,
        mean(values, start, change),
        mean(values, change, detected + 1),
        direction);
  }
}
