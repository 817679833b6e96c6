package org.attune.journey;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Arrays;

/**
 * Percentiles by linear interpolation between closest ranks: Hyndman &amp; Fan (1996), definition 7,
 * the default of R, NumPy and Excel's PERCENTILE.INC. For sorted x_0 ≤ … ≤ x_{n−1} and p in [0, 1]:
 * h = (n − 1)·p, and the percentile is x_⌊h⌋ + (h − ⌊h⌋)·(x_⌊h⌋+1 − x_⌊h⌋). The median is p = 0.5
 * (the mean of the two middle values when n is even).
 *
 * <p>The arithmetic is exact, in nanoseconds, with p taken as the decimal it is written as (0.9, not
 * its nearest binary fraction), and the result rounded half up to the nanosecond; it holds for any
 * durations, also those between {@link java.time.Instant#MIN} and {@link java.time.Instant#MAX}, far
 * beyond a {@code long} of nanoseconds (about 292 years).
 */
final class Percentiles {

  private static final BigInteger NANOS_PER_SECOND = BigInteger.valueOf(1_000_000_000L);

  private Percentiles() {}

  /** {@return the p-th percentile of the first {@code n} values, which this method sorts} */
  static Duration of(long[] nanos, int n, double p) {
    Arrays.sort(nanos, 0, n);
    return sorted(nanos, n, p);
  }

  /** {@return the p-th percentile of the first {@code n} values, already sorted} */
  static Duration sorted(long[] nanos, int n, double p) {
    Rank r = rank(n, p);
    return interpolate(Duration.ofNanos(nanos[r.lo]), Duration.ofNanos(nanos[r.hi]), r.frac);
  }

  /** {@return the p-th percentile of the first {@code n} values, already sorted} */
  static Duration sorted(Duration[] values, int n, double p) {
    Rank r = rank(n, p);
    return interpolate(values[r.lo], values[r.hi], r.frac);
  }

  /** Where h = (n − 1)·p falls: between ranks {@code lo} and {@code hi}, {@code frac} of the way. */
  private record Rank(int lo, int hi, BigDecimal frac) {}

  private static Rank rank(int n, double p) {
    checkArgument(n >= 1, "n must be at least 1, but was %s", n);
    checkArgument(p >= 0 && p <= 1, "p must be in [0, 1], but was %s", p);
    BigDecimal h = BigDecimal.valueOf(n - 1L).multiply(BigDecimal.valueOf(p));
    int lo = h.intValue(); // h >= 0, so this is the floor
    int hi = Math.min(lo + 1, n - 1);
    return new Rank(lo, hi, h.subtract(BigDecimal.valueOf(lo)));
  }

  /** {@return lo + frac·(hi − lo), rounded half up to the nanosecond} */
  private static Duration interpolate(Duration lo, Duration hi, BigDecimal frac) {
    if (frac.signum() == 0) {
      return lo;
    }
    BigInteger gap = nanos(hi).subtract(nanos(lo));
    BigInteger step = new BigDecimal(gap).multiply(frac)
        .setScale(0, RoundingMode.HALF_UP).toBigIntegerExact();
    BigInteger[] secondsAndNanos = nanos(lo).add(step).divideAndRemainder(NANOS_PER_SECOND);
    return Duration.ofSeconds(secondsAndNanos[0].longValueExact(), secondsAndNanos[1].longValue());
  }

  private static BigInteger nanos(Duration d) {
    return BigInteger.valueOf(d.getSeconds()).multiply(NANOS_PER_SECOND)
        .add(BigInteger.valueOf(d.getNano()));
  }
}
