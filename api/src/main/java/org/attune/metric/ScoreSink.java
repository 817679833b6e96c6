package org.attune.metric;

import static com.google.common.base.Preconditions.checkState;
import static com.google.common.base.Strings.lenientFormat;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Where a batch path writes the scores of a range of a cohort's customers: for each customer, in
 * order, either {@link #undefined(int, String)} with the reason, or the misfit parts ({@link
 * #misfit(String, double)}) and then {@link #defined(int, double)} with the value. The sink turns
 * the parts into shares exactly as {@link Contribution#shares} does, so that a batch gives the same
 * contributions, to the bit and in the same order, as {@link Metric#measure(Dyad)}, and keeps the
 * largest of them (the top factors).
 *
 * <pre>{@code
 * return (from, to, sink) -> {
 *   for (int i = from; i < to; i++) {
 *     ...
 *     if (nothingToScore) {
 *       sink.undefined(i, "The customer performs no activity.");
 *       continue;
 *     }
 *     sink.misfit("activity cooking", 0.4);
 *     sink.defined(i, 0.6);
 *   }
 * };
 * }</pre>
 *
 * <p>Mutable and not thread-safe: {@link Scoring} gives each range of customers its own sink.
 */
public final class ScoreSink {

  /** Up to how many factors of one customer a name is looked up by a scan: {@value}. */
  private static final int SCAN = 32;

  private static final String[] NO_NAMES = new String[0];
  private static final double[] NO_SHARES = new double[0];

  private final String metric;
  private final int from;
  private final int to;
  private final int keep;

  private final double[] values;
  private final @Nullable String[] reasons;
  /** Customer j's kept factors are at {@code [starts[j], starts[j + 1])} of the factor arrays. */
  private final int[] starts;
  private @Nullable String[] names = NO_NAMES;
  private double[] kept = NO_SHARES;
  private int factors;
  private int next;
  private boolean closed;

  // the misfit parts of the customer being written
  private @Nullable String[] openPrefixes = NO_NAMES;
  private String[] openFactors = NO_NAMES;
  private double[] openParts = NO_SHARES;
  private double[] openShares = NO_SHARES;
  private int[] order = new int[0];
  private int open;
  /** The open factors by name, once there are more than {@value #SCAN}; null until then. */
  private @Nullable Map<Key, Integer> openIndex;

  ScoreSink(String metric, int from, int to, int keep) {
    this.metric = metric;
    this.from = from;
    this.to = to;
    this.keep = keep;
    int n = to - from;
    this.values = new double[n];
    this.reasons = new String[n];
    this.starts = new int[n + 1];
    this.next = from;
  }

  /**
   * {@return a sink for one customer, at index 0, that keeps every factor}: the way a metric's
   * {@link Metric#measure(Dyad)} can run its batch path and read the full contributions back with
   * {@link #contributions(int)}
   *
   * @param metric the metric's name, for messages
   */
  public static ScoreSink single(String metric) {
    return new ScoreSink(requireNonNull(metric, "metric"), 0, 1, Integer.MAX_VALUE);
  }

  /** {@return whether the contributions are wanted at all}: a kernel may skip its misfit parts if not */
  public boolean wantsFactors() {
    return keep > 0;
  }

  /**
   * Adds a factor's part of the misfit of the customer being written; a factor named again adds up,
   * keeping its first place (as {@link java.util.Map#merge} on a {@link java.util.LinkedHashMap}).
   *
   * @param factor what cost fit, such as a dimension name: non-blank
   * @param part its part of the misfit: finite and non-negative
   * @throws IllegalArgumentException if {@code part} is negative, NaN or infinite
   */
  public void misfit(String factor, double part) {
    misfit(null, factor, part);
  }

  /**
   * Adds a part of the misfit to a factor named {@code prefix + ": " + factor}, without building the
   * name unless the factor is kept: the way a composite names its parts' factors.
   */
  void misfit(@Nullable String prefix, String factor, double part) {
    requireNonNull(factor, "factor");
    if (!(part >= 0 && Double.isFinite(part))) {
      Shares.check(prefix == null ? factor : prefix + ": " + factor, part);
    }
    if (open <= SCAN) {
      for (int k = 0; k < open; k++) {
        if (Objects.equals(openPrefixes[k], prefix) && openFactors[k].equals(factor)) {
          openParts[k] += part;
          return;
        }
      }
    } else {
      Integer k = index(open).get(new Key(prefix, factor));
      if (k != null) {
        openParts[k] += part;
        return;
      }
    }
    if (open == openFactors.length) {
      int size = Math.max(8, open * 2);
      openPrefixes = Arrays.copyOf(openPrefixes, size);
      openFactors = Arrays.copyOf(openFactors, size);
      openParts = Arrays.copyOf(openParts, size);
      openShares = new double[size];
      order = new int[size];
    }
    openPrefixes[open] = prefix;
    openFactors[open] = factor;
    openParts[open] = part;
    if (open >= SCAN) {
      index(open).put(new Key(prefix, factor), open);
    }
    open++;
  }

  /**
   * {@return the index of the open factors by name, holding the first {@code size} of them}:
   * built when a customer passes {@value #SCAN} factors, so that many factors cost linear time
   */
  private Map<Key, Integer> index(int size) {
    Map<Key, Integer> result = openIndex;
    if (result == null) {
      result = new HashMap<>();
      openIndex = result;
    }
    for (int k = result.size(); k < size; k++) {
      result.put(new Key(openPrefixes[k], openFactors[k]), k);
    }
    return result;
  }

  /** A factor's full name, as a key of {@link #openIndex}. */
  private record Key(@Nullable String prefix, String factor) {}

  /**
   * Writes a defined score: {@code value} and the misfit parts added since the last customer, turned
   * into shares; with a value of exactly 1 there is no misfit, so the parts are dropped (as {@link
   * Score#defined} drops them).
   *
   * @param customer the customer's index in the cohort: the next one of this sink's range
   * @param value in [0, 1]
   * @throws IllegalArgumentException if {@code value} is not in [0, 1]
   * @throws IllegalStateException if {@code customer} is not the next customer of the range
   */
  public void defined(int customer, double value) {
    int j = slot(customer);
    if (!(value >= 0 && value <= 1)) { // checked by hand: no boxing on the hot path
      throw new IllegalArgumentException(
          lenientFormat(
              "value of metric '%s' for customers[%s] must be a number in [0, 1], but was %s",
              metric,
              customer,
              value));
    }
    values[j] = value;
    int m = value == 1 ? 0 : Shares.compute(openParts, open, openShares, order);
    int take = Math.min(m, keep);
    ensureFactors(take);
    for (int k = 0; k < take; k++) {
      int i = order[k];
      String prefix = openPrefixes[i];
      names[factors] = prefix == null ? openFactors[i] : prefix + ": " + openFactors[i];
      kept[factors] = openShares[i];
      factors++;
    }
    close(j);
  }

  /**
   * Writes an undefined score; misfit parts added for this customer are dropped.
   *
   * @param customer the customer's index in the cohort: the next one of this sink's range
   * @param reason what is missing, as one sentence: non-blank
   * @throws IllegalArgumentException if {@code reason} is blank
   * @throws IllegalStateException if {@code customer} is not the next customer of the range
   */
  public void undefined(int customer, String reason) {
    int j = slot(customer);
    requireNonNull(reason, "reason");
    if (reason.isBlank()) { // checked by hand: no boxing on the hot path
      throw new IllegalArgumentException(
          lenientFormat(
              "reason of metric '%s' for customers[%s] must be a non-blank sentence, but was"
                  + " \"%s\"",
              metric,
              customer,
              reason));
    }
    values[j] = Double.NaN;
    reasons[j] = reason;
    close(j);
  }

  /**
   * Writes a score a metric's {@link Metric#measure(Dyad)} gave: its value or reason, and its
   * largest contributions.
   *
   * @param customer the customer's index in the cohort: the next one of this sink's range
   * @param score the score
   * @throws IllegalStateException if {@code customer} is not the next customer of the range
   */
  public void score(int customer, Score score) {
    requireNonNull(score, () -> "score of metric " + metric);
    if (!score.isDefined()) {
      undefined(customer, score.explanation());
      return;
    }
    int j = slot(customer);
    values[j] = score.value();
    List<Contribution> contributions = score.contributions();
    int take = Math.min(contributions.size(), keep);
    ensureFactors(take);
    for (int k = 0; k < take; k++) {
      names[factors] = contributions.get(k).factor();
      kept[factors] = contributions.get(k).share();
      factors++;
    }
    close(j);
  }

  /**
   * {@return whether the score written for {@code customer} is defined}
   *
   * @param customer an index of this sink's range, already written
   */
  public boolean isDefined(int customer) {
    return reasons[written(customer)] == null;
  }

  /**
   * {@return the value written for {@code customer}, or NaN if it is undefined}
   *
   * @param customer an index of this sink's range, already written
   */
  public double valueOrNaN(int customer) {
    return values[written(customer)];
  }

  /**
   * {@return the reason written for {@code customer}, or empty if its score is defined}
   *
   * @param customer an index of this sink's range, already written
   */
  public Optional<String> reason(int customer) {
    return Optional.ofNullable(reasons[written(customer)]);
  }

  /**
   * {@return the contributions kept for {@code customer}, largest share first}
   *
   * @param customer an index of this sink's range, already written
   */
  public List<Contribution> contributions(int customer) {
    int j = written(customer);
    ImmutableList.Builder<Contribution> result =
        ImmutableList.builderWithExpectedSize(starts[j + 1] - starts[j]);
    for (int f = starts[j]; f < starts[j + 1]; f++) {
      result.add(new Contribution(name(f), kept[f]));
    }
    return result.build();
  }

  /**
   * {@return the score written for {@code customer}, with an explanation made from its value and
   * contributions if it is defined}: how a metric's {@link Metric#measure(Dyad)} turns the one
   * customer it scored into a {@link #single(String)} sink into a {@link Score}
   *
   * @param customer an index of this sink's range, already written
   * @param explain the sentence explaining a defined score, from its value and contributions
   */
  public Score toScore(int customer, BiFunction<Double, List<Contribution>, String> explain) {
    requireNonNull(explain, "explain");
    if (!isDefined(customer)) {
      return Score.undefined(reason(customer).orElseThrow());
    }
    double value = valueOrNaN(customer);
    List<Contribution> contributions = contributions(customer);
    return Score.defined(value, contributions, explain.apply(value, contributions));
  }

  /** {@return how many factors are kept for {@code customer}} */
  int factorCount(int customer) {
    int j = written(customer);
    return starts[j + 1] - starts[j];
  }

  /** {@return the name of the {@code k}-th factor kept for {@code customer}} */
  String factor(int customer, int k) {
    return name(starts[written(customer)] + k);
  }

  /** {@return the share of the {@code k}-th factor kept for {@code customer}} */
  double share(int customer, int k) {
    return kept[starts[written(customer)] + k];
  }

  /** {@return the first index of this sink's range} */
  int from() {
    return from;
  }

  /** {@return the index past this sink's range} */
  int to() {
    return to;
  }

  /**
   * Checks that every customer of the range was written, and closes the sink to further writes.
   *
   * @throws IllegalStateException if a customer was not written
   */
  void finish() {
    checkState(
        next == to,
        "metric '%s' must write a score for each of customers[%s..%s), but stopped before"
            + " customers[%s]",
        metric,
        from,
        to,
        next);
    closed = true;
    openPrefixes = NO_NAMES;
    openFactors = NO_NAMES;
    openParts = NO_SHARES;
    openShares = NO_SHARES;
    order = new int[0];
  }

  private String name(int f) {
    return requireNonNull(names[f]);
  }

  private int slot(int customer) {
    if (closed || customer != next) { // checked by hand: no boxing on the hot path
      checkState(
          !closed, "the scores of metric '%s' are complete; nothing more can be written", metric);
      throw new IllegalStateException(
          lenientFormat(
              "metric '%s' must write customers[%s..%s) in order, each once, but wrote"
                  + " customers[%s] when customers[%s] was next",
              metric,
              from,
              to,
              customer,
              next));
    }
    return customer - from;
  }

  private void close(int j) {
    open = 0;
    openIndex = null;
    starts[j + 1] = factors;
    next++;
  }

  private int written(int customer) {
    if (customer < from || customer >= next) {
      throw new IndexOutOfBoundsException(
          "customer must be an index written to this sink, in [" + from + ", " + next
              + "), but was " + customer);
    }
    return customer - from;
  }

  private void ensureFactors(int more) {
    if (factors + more > kept.length) {
      int size = Math.max(factors + more, Math.max(16, kept.length * 2));
      names = Arrays.copyOf(names, size);
      kept = Arrays.copyOf(kept, size);
    }
  }
}
