package org.attune.metric;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.ecosystem.Level;

/**
 * A metric made of others: the weighted mean of the parts whose scores are defined, the weights
 * renormalised over them; undefined only when every part is.
 *
 * <p>With parts k, weights w_k and scores s_k, and D the parts whose scores are defined:
 *
 * <pre>
 *   score = Σ_{k∈D} w_k s_k / Σ_{k∈D} w_k
 * </pre>
 *
 * <p>Its misfit, 1 − score, is Σ_{k∈D} (w_k / Σ_{j∈D} w_j)(1 − s_k); the contributions pass each
 * part's share of that misfit on to the part's own factors (a factor named by several parts adds
 * up), or to the part itself when it names none.
 *
 * <p>Only the ratios of the weights count: before the mean, the weights of the defined parts are
 * divided by the largest of them, so that weights up to {@link Double#MAX_VALUE} cannot overflow
 * their sum, and weights with the same ratios give the same bits at any scale. A weight too small to
 * count beside the largest rounds away, as it would in any sum; a part defined alone still scores
 * as itself, whatever its weight.
 *
 * <p>Immutable, null-hostile and thread-safe if its parts are.
 *
 * <pre>{@code
 * Metric fit = CompositeMetric.builder("fit", Level.MICRO)
 *     .part(new ProfileDeviation(), 2)
 *     .part(new Shortfall(), 1)
 *     .build();
 * }</pre>
 */
public final class CompositeMetric implements Metric {

  private final String name;
  private final Level level;
  private final ImmutableList<Metric> parts;
  private final double[] weights;

  private CompositeMetric(String name, Level level, List<Metric> parts, double[] weights) {
    this.name = name;
    this.level = level;
    this.parts = ImmutableList.copyOf(parts);
    this.weights = weights;
  }

  /**
   * {@return a new builder of a composite of the given name and level}
   *
   * @param name the composite's name: non-blank
   * @param level the level it observes
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static Builder builder(String name, Level level) {
    return new Builder(name, level);
  }

  /**
   * {@return a composite of {@code parts}, each of weight 1}
   *
   * @param name the composite's name: non-blank
   * @param level the level it observes
   * @param parts at least one, of distinct names
   * @throws IllegalArgumentException if {@code name} is blank, or the parts are empty or repeat a
   *     name
   */
  public static CompositeMetric equalWeights(String name, Level level, List<? extends Metric> parts) {
    Builder builder = builder(name, level);
    for (Metric part : requireNonNull(parts, "parts")) {
      builder.part(part, 1);
    }
    return builder.build();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Level level() {
    return level;
  }

  /** {@return the parts, in the order given} */
  public List<Metric> parts() {
    return parts;
  }

  /** {@return part name to weight, in the order given} */
  public Map<String, Double> weights() {
    ImmutableMap.Builder<String, Double> result = ImmutableMap.builderWithExpectedSize(weights.length);
    for (int k = 0; k < weights.length; k++) {
      result.put(parts.get(k).name(), weights[k]);
    }
    return result.buildOrThrow();
  }

  /**
   * {@return the weighted mean of the defined parts' scores, the weights renormalised over them}; the
   * explanation lists each part's value and which parts were left out
   *
   * @param dyad the customer and the provider
   */
  @Override
  public Score measure(Dyad dyad) {
    requireNonNull(dyad, "dyad");
    int n = parts.size();
    Score[] scores = new Score[n];
    double max = 0;
    for (int k = 0; k < n; k++) {
      scores[k] = requireNonNull(parts.get(k).measure(dyad), () -> "score of " + name);
      if (scores[k].isDefined()) {
        max = Math.max(max, weights[k]);
      }
    }
    double[] relative = relativeWeights(max);
    double weighted = 0;
    double total = 0;
    for (int k = 0; k < n; k++) {
      if (scores[k].isDefined()) {
        weighted += relative[k] * scores[k].value();
        total += relative[k];
      }
    }
    if (max == 0) {
      List<String> reasons = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        reasons.add(parts.get(k).name() + ": " + Wording.clause(scores[k].explanation()));
      }
      return Score.undefined(
          "Every part of " + name + " is undefined (" + String.join("; ", reasons) + ").");
    }
    double value = weighted / total;
    Map<String, Double> misfit = new LinkedHashMap<>();
    List<String> values = new ArrayList<>(n);
    List<String> undefined = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      Score s = scores[k];
      if (!s.isDefined()) {
        undefined.add(parts.get(k).name());
        continue;
      }
      values.add(parts.get(k).name() + " " + Wording.number(s.value()));
      double lost = relative[k] / total * (1 - s.value());
      if (lost <= 0) {
        continue;
      }
      if (s.contributions().isEmpty()) {
        misfit.merge(parts.get(k).name(), lost, Double::sum);
      }
      for (Contribution c : s.contributions()) {
        misfit.merge(c.factor(), lost * c.share(), Double::sum);
      }
    }
    String explanation =
        (undefined.isEmpty() ? "Weighted mean of all " + n + " parts: " : "Weighted mean of "
            + values.size() + " of " + n + " parts, weights renormalised over them: ")
            + String.join(", ", values)
            + (undefined.isEmpty() ? "" : "; undefined: " + String.join(", ", undefined))
            + ".";
    return Score.defined(value, Contribution.shares(misfit), explanation);
  }

  /**
   * {@return the weights divided by {@code max}}, so that their sum is finite and only their ratios
   * count; {@code max} is a weight, or 0 for none (then all are 0)
   */
  private double[] relativeWeights(double max) {
    double[] relative = new double[weights.length];
    if (max == 0) {
      return relative;
    }
    for (int k = 0; k < weights.length; k++) {
      relative[k] = weights[k] / max;
    }
    return relative;
  }

  /** {@return a form such as {@code CompositeMetric{attunement: a 1.0, b 1.0}}} */
  @Override
  public String toString() {
    return "CompositeMetric{" + name + ": " + weights() + "}";
  }

  /**
   * Builds a {@link CompositeMetric}. Mutable and not thread-safe; it can be reused after {@link
   * #build()}.
   */
  public static final class Builder {
    private final String name;
    private final Level level;
    private final List<Metric> parts = new ArrayList<>();
    private final List<Double> weights = new ArrayList<>();

    private Builder(String name, Level level) {
      requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("name must be non-blank, but was \"" + name + "\"");
      }
      this.name = name;
      this.level = requireNonNull(level, "level");
    }

    /**
     * Adds a part.
     *
     * @param metric the part
     * @param weight its weight: finite and positive
     * @return this builder
     * @throws IllegalArgumentException if {@code weight} is not a finite positive number
     */
    @CanIgnoreReturnValue
    public Builder part(Metric metric, double weight) {
      requireNonNull(metric, "metric");
      if (!(weight > 0 && Double.isFinite(weight))) {
        throw new IllegalArgumentException(
            "weight of part '" + metric.name() + "' must be a finite number > 0, but was "
                + weight);
      }
      parts.add(metric);
      weights.add(weight);
      return this;
    }

    /**
     * {@return a new composite of the parts added so far}
     *
     * @throws IllegalArgumentException if no part was added, two parts share a name, or a part has
     *     the composite's own name
     */
    public CompositeMetric build() {
      if (parts.isEmpty()) {
        throw new IllegalArgumentException(
            "parts of composite '" + name + "' must hold at least one metric, but was empty");
      }
      Set<String> names = new HashSet<>();
      for (Metric part : parts) {
        if (part.name().equals(name)) {
          throw new IllegalArgumentException(
              "parts of composite '" + name + "' must not include a metric of its own name");
        }
        if (!names.add(part.name())) {
          throw new IllegalArgumentException(
              "parts of composite '" + name + "' must have distinct names, but '" + part.name()
                  + "' was added twice");
        }
      }
      double[] w = new double[weights.size()];
      for (int k = 0; k < w.length; k++) {
        w[k] = weights.get(k);
      }
      return new CompositeMetric(name, level, parts, w);
    }
  }
}
