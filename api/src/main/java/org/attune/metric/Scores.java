package org.attune.metric;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.attune.model.Actor;

/**
 * The scores of one metric for one provider against every customer of a {@link Cohort}, as {@link
 * Scoring} gives them: per customer, in the cohort's order, the value or the reason it is undefined,
 * and its top factors. Each is what {@link Metric#measure(Dyad)} gives for that customer, to the bit;
 * only the explanation of a defined score is left out (call {@code measure} for the customers whose
 * sentence is wanted).
 *
 * <pre>{@code
 * Scores fit = Scoring.sequential().score(metric, cohort, clinic);
 * fit.valueOrNaN(i);       // NaN where undefined
 * fit.reason(i);           // why, where undefined
 * fit.topFactors(i);       // [functional 0.75, emotional 0.25]
 * fit.lowest(20);          // the 20 customers who fit worst
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Scores {

  private final String metric;
  private final Actor provider;
  private final List<Actor> customers;
  private final ScoreSink[] chunks;

  Scores(String metric, Actor provider, List<Actor> customers, ScoreSink[] chunks) {
    this.metric = metric;
    this.provider = provider;
    this.customers = customers;
    this.chunks = chunks;
  }

  /** {@return the name of the metric} */
  public String metric() {
    return metric;
  }

  /** {@return the provider scored} */
  public Actor provider() {
    return provider;
  }

  /** {@return the customers, in order} */
  public List<Actor> customers() {
    return customers;
  }

  /** {@return the number of customers} */
  public int size() {
    return customers.size();
  }

  /**
   * {@return the customer at {@code i}}
   *
   * @param i in [0, {@link #size()})
   */
  public Actor customer(int i) {
    return customers.get(i);
  }

  /**
   * {@return whether the score of customer {@code i} is defined}
   *
   * @param i in [0, {@link #size()})
   */
  public boolean isDefined(int i) {
    return chunk(i).isDefined(i);
  }

  /**
   * {@return the value of customer {@code i}, in [0, 1]}
   *
   * @param i in [0, {@link #size()})
   * @throws IllegalStateException if the score is undefined; the message gives the reason
   */
  public double value(int i) {
    ScoreSink chunk = chunk(i);
    if (!chunk.isDefined(i)) {
      throw new IllegalStateException(
          "score of customers[" + i + "] is undefined: " + chunk.reason(i).orElseThrow());
    }
    return chunk.valueOrNaN(i);
  }

  /**
   * {@return the value of customer {@code i}, or {@link Double#NaN} if it is undefined}
   *
   * @param i in [0, {@link #size()})
   */
  public double valueOrNaN(int i) {
    return chunk(i).valueOrNaN(i);
  }

  /**
   * {@return the value of customer {@code i}, or empty if it is undefined}
   *
   * @param i in [0, {@link #size()})
   */
  public OptionalDouble valueOrEmpty(int i) {
    ScoreSink chunk = chunk(i);
    return chunk.isDefined(i) ? OptionalDouble.of(chunk.valueOrNaN(i)) : OptionalDouble.empty();
  }

  /**
   * {@return why the score of customer {@code i} is undefined, or empty if it is defined}
   *
   * @param i in [0, {@link #size()})
   */
  public Optional<String> reason(int i) {
    return chunk(i).reason(i);
  }

  /**
   * {@return the largest contributions of customer {@code i}, largest share first}: the first ones
   * of {@link Score#contributions()}, as many as {@link Scoring#withTopFactors(int)} kept; empty
   * when undefined or without misfit
   *
   * @param i in [0, {@link #size()})
   */
  public List<Contribution> topFactors(int i) {
    return chunk(i).contributions(i);
  }

  /** {@return every value, in order, {@link Double#NaN} where undefined}: a new array */
  public double[] values() {
    double[] out = new double[customers.size()];
    for (ScoreSink chunk : chunks) {
      for (int i = chunk.from(); i < chunk.to(); i++) {
        out[i] = chunk.valueOrNaN(i);
      }
    }
    return out;
  }

  /** {@return how many customers have a defined score} */
  public int definedCount() {
    int count = 0;
    for (ScoreSink chunk : chunks) {
      for (int i = chunk.from(); i < chunk.to(); i++) {
        if (chunk.isDefined(i)) {
          count++;
        }
      }
    }
    return count;
  }

  /**
   * {@return the indices of the {@code n} customers with the lowest defined values, lowest first,
   * ties in the cohort's order}; fewer if fewer are defined. Undefined scores are never among them:
   * a customer without data is not a customer who fits badly.
   *
   * @param n how many: at least 0
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public List<Integer> lowest(int n) {
    checkArgument(n >= 0, "n must be a count >= 0, but was %s", n);
    double[] values = values();
    Integer[] defined = new Integer[values.length];
    int m = 0;
    for (int i = 0; i < values.length; i++) {
      if (!Double.isNaN(values[i])) {
        defined[m++] = i;
      }
    }
    Integer[] order = Arrays.copyOf(defined, m);
    // stable: equal values keep the cohort's order
    Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
    return ImmutableList.copyOf(Arrays.asList(order).subList(0, Math.min(n, m)));
  }

  /** {@return a form such as {@code Scores{profile-deviation for clinic: 1000 customers, 990 defined}}} */
  @Override
  public String toString() {
    return "Scores{" + metric + " for " + provider.id() + ": " + customers.size()
        + " customers, " + definedCount() + " defined}";
  }

  private ScoreSink chunk(int i) {
    checkElementIndex(i, customers.size(), "customer index");
    return chunks[i / Scoring.CHUNK];
  }
}
