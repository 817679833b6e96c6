package org.attune.metric;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.attune.ecosystem.Level;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Actor;
import org.attune.model.internal.Arguments;
import org.jspecify.annotations.Nullable;

/**
 * A metric made of others: the weighted mean of the parts whose scores are defined, the weights
 * renormalised over them. An academic's way to combine conditions (Ashworth et al.'s four, in the
 * built-in {@code attunement}) or levels of fit into one reading.
 *
 * <p>With parts k, weights w_k and scores s_k, and D the parts whose scores are defined:
 *
 * <pre>
 *   score = Σ_{k∈D} w_k s_k / Σ_{k∈D} w_k
 * </pre>
 *
 * <p><b>Undefined</b> when a {@linkplain Builder#requiredPart required part} is undefined, when
 * fewer parts are defined than {@linkplain Builder#minDefinedParts the minimum} (one by default),
 * or when every defined part weighs 0 for the dyad. A customer without survey answers is then
 * undefined rather than scored on whichever parts happen to have data.
 *
 * <p><b>Weights</b> are fixed numbers, or functions of the dyad ({@link Weight}), such as a mood
 * that re-weights the conditions of attunement. Only their ratios count: before the mean, the weights
 * of the defined parts are divided by the largest of them, so that weights up to {@link
 * Double#MAX_VALUE} cannot overflow their sum, and weights with the same ratios give the same bits at
 * any scale.
 *
 * <p><b>Contributions</b>: its misfit, 1 − score, is Σ_{k∈D} (w_k / Σ_{j∈D} w_j)(1 − s_k); each
 * part's share of it passes on to the part's own factors, each named after its part ({@code
 * "emotional: touchpoint consult"}), so that factors of different parts never merge; a part that
 * names no factor carries its share under its own name.
 *
 * <p><b>Families</b>: {@link #alignment} builds an {@link AlignmentComposite} and {@link #attunement}
 * an {@link AttunementComposite}, which a {@link MetricRegistry} lists and looks up as alignment or
 * attunement metrics.
 *
 * <p><b>Batch</b>: a composite is a {@link BatchMetric}: it runs each part's batch path (or its
 * {@code measure}, for a part without one) over a range of customers and combines them with the same
 * arithmetic as {@link #measure(Dyad)}, so a batch gives the same bits.
 *
 * <p>Immutable, null-hostile and thread-safe if its parts and weight functions are.
 *
 * <pre>{@code
 * AttunementComposite tuned = CompositeMetric.attunement("mood-tuned", Level.MICRO)
 *     .requiredPart(new KnowledgeSymmetry(), 1)
 *     .part(new EmotionalAttunement(), dyad -> anxious(dyad) ? 3 : 1)
 *     .part(new Recognition(), 1)
 *     .minDefinedParts(2)
 *     .build();
 * }</pre>
 */
public class CompositeMetric implements BatchMetric {

  /**
   * The weight of a part as a function of the dyad: finite and non-negative, 0 to leave the part out
   * for that dyad. Must be pure and thread-safe.
   */
  @FunctionalInterface
  public interface Weight {

    /**
     * {@return the part's weight for {@code dyad}: finite and {@code >= 0}}
     *
     * @param dyad the customer and the provider being scored
     */
    double of(Dyad dyad);
  }

  private final String name;
  private final Level level;
  private final ImmutableList<Metric> parts;
  private final ImmutableList<String> partNames;
  /** The fixed weight of each part, or NaN where {@link #dynamic} gives it. */
  private final double[] fixed;
  private final @Nullable Weight[] dynamic;
  private final boolean anyDynamic;
  private final boolean[] required;
  private final int minDefined;

  CompositeMetric(Builder<?> builder) {
    this.name = builder.name;
    this.level = builder.level;
    this.parts = ImmutableList.copyOf(builder.parts);
    this.partNames = parts.stream().map(Metric::name).collect(ImmutableList.toImmutableList());
    int n = parts.size();
    this.fixed = new double[n];
    this.dynamic = new Weight[n];
    this.required = new boolean[n];
    boolean any = false;
    for (int k = 0; k < n; k++) {
      Object weight = builder.weights.get(k);
      if (weight instanceof Weight w) {
        dynamic[k] = w;
        fixed[k] = Double.NaN;
        any = true;
      } else {
        fixed[k] = (Double) weight;
      }
      required[k] = builder.required.get(k);
    }
    this.anyDynamic = any;
    this.minDefined = builder.minDefined;
  }

  /**
   * {@return a new builder of a composite of the given name and level}, of neither family
   *
   * @param name the composite's name: non-blank
   * @param level the level it observes
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static Builder<CompositeMetric> builder(String name, Level level) {
    return new Builder<>(name, level, CompositeMetric::new);
  }

  /**
   * {@return a new builder of an alignment composite}: registered, listed and looked up as an
   * {@link AlignmentMetric}
   *
   * @param name the composite's name: non-blank
   * @param level the level it observes
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static Builder<AlignmentComposite> alignment(String name, Level level) {
    return new Builder<>(name, level, AlignmentComposite::new);
  }

  /**
   * {@return a new builder of an attunement composite}: registered, listed and looked up as an
   * {@link AttunementMetric}
   *
   * @param name the composite's name: non-blank
   * @param level the level it observes
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static Builder<AttunementComposite> attunement(String name, Level level) {
    return new Builder<>(name, level, AttunementComposite::new);
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
    requireNonNull(parts, "parts");
    Builder<CompositeMetric> builder = builder(name, level);
    for (Metric part : parts) {
      builder.part(part, 1);
    }
    return builder.build();
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final Level level() {
    return level;
  }

  /** {@return the parts, in the order given} */
  public final List<Metric> parts() {
    return parts;
  }

  /**
   * {@return part name to fixed weight, in the order given}; a part whose weight is a function of
   * the dyad is left out (see {@link #weights(Dyad)})
   */
  public final Map<String, Double> weights() {
    ImmutableMap.Builder<String, Double> result = ImmutableMap.builder();
    for (int k = 0; k < fixed.length; k++) {
      if (dynamic[k] == null) {
        result.put(partNames.get(k), fixed[k]);
      }
    }
    return result.buildOrThrow();
  }

  /**
   * {@return part name to weight for {@code dyad}, in the order given}
   *
   * @param dyad the customer and the provider
   * @throws IllegalArgumentException if a weight function gives a negative or non-finite weight
   */
  public final Map<String, Double> weights(Dyad dyad) {
    requireNonNull(dyad, "dyad");
    ImmutableMap.Builder<String, Double> result = ImmutableMap.builder();
    for (int k = 0; k < fixed.length; k++) {
      result.put(partNames.get(k), weight(k, dyad));
    }
    return result.buildOrThrow();
  }

  /** {@return the names of the parts that must be defined for the composite to be} */
  public final Set<String> requiredParts() {
    ImmutableSet.Builder<String> result = ImmutableSet.builder();
    for (int k = 0; k < required.length; k++) {
      if (required[k]) {
        result.add(partNames.get(k));
      }
    }
    return result.build();
  }

  /** {@return how many parts must be defined for the composite to be: at least 1} */
  public final int minDefinedParts() {
    return minDefined;
  }

  /**
   * {@return the weighted mean of the defined parts' scores, the weights renormalised over them};
   * the explanation lists each part's value and which parts were left out
   *
   * @param dyad the customer and the provider
   */
  @Override
  public final Score measure(Dyad dyad) {
    requireNonNull(dyad, "dyad");
    int n = parts.size();
    Score[] scores = new Score[n];
    for (int k = 0; k < n; k++) {
      scores[k] = requireNonNull(parts.get(k).measure(dyad), () -> "score of " + name);
    }
    ScoreSink sink = ScoreSink.single(name);
    combine(new ScoresView(scores), dyad, 0, sink);
    return sink.toScore(0, (value, contributions) -> explain(scores));
  }

  /**
   * {@return the batch path: each part's batch path over a range of customers, combined as {@link
   * #measure(Dyad)} combines the parts' scores}
   *
   * @param cohort the customers
   * @param provider the provider
   */
  @Override
  public final CohortScorer prepare(Cohort cohort, Actor provider) {
    requireNonNull(cohort, "cohort");
    requireNonNull(provider, "provider");
    int n = parts.size();
    CohortScorer[] scorers = new CohortScorer[n];
    for (int k = 0; k < n; k++) {
      scorers[k] = Scoring.scorer(parts.get(k), cohort, provider);
    }
    ServiceEcosystem ecosystem = cohort.ecosystem();
    return (from, to, sink) -> {
      int keep = sink.wantsFactors() ? Integer.MAX_VALUE : 0;
      ScoreSink[] partSinks = new ScoreSink[n];
      for (int k = 0; k < n; k++) {
        partSinks[k] = new ScoreSink(partNames.get(k), from, to, keep);
        scorers[k].score(from, to, partSinks[k]);
        partSinks[k].finish();
      }
      SinksView view = new SinksView(partSinks);
      for (int i = from; i < to; i++) {
        view.at = i;
        Dyad dyad = anyDynamic ? new Dyad(ecosystem, cohort.customer(i), provider) : null;
        combine(view, dyad, i, sink);
      }
    };
  }

  /** {@return a form such as {@code CompositeMetric{attunement: a 1.0, b 1.0}}} */
  @Override
  public String toString() {
    List<String> shown = new ArrayList<>(parts.size());
    for (int k = 0; k < parts.size(); k++) {
      shown.add(
          partNames.get(k)
              + (dynamic[k] == null ? "=" + fixed[k] : "=f(dyad)")
              + (required[k] ? " (required)" : ""));
    }
    return getClass().getSimpleName() + "{" + name + ": " + shown
        + (minDefined > 1 ? ", at least " + minDefined + " defined" : "") + "}";
  }

  /** The parts' scores of one customer, as {@link #combine} reads them. */
  private interface PartsView {
    boolean defined(int k);

    double value(int k);

    String reason(int k);

    int factorCount(int k);

    String factor(int k, int f);

    double share(int k, int f);
  }

  /** The parts' scores of one dyad, from {@link Metric#measure(Dyad)}. */
  private static final class ScoresView implements PartsView {
    private final Score[] scores;

    ScoresView(Score[] scores) {
      this.scores = scores;
    }

    @Override
    public boolean defined(int k) {
      return scores[k].isDefined();
    }

    @Override
    public double value(int k) {
      return scores[k].valueOrNaN();
    }

    @Override
    public String reason(int k) {
      return scores[k].explanation();
    }

    @Override
    public int factorCount(int k) {
      return scores[k].contributions().size();
    }

    @Override
    public String factor(int k, int f) {
      return scores[k].contributions().get(f).factor();
    }

    @Override
    public double share(int k, int f) {
      return scores[k].contributions().get(f).share();
    }
  }

  /** The parts' scores of customer {@link #at}, from the parts' batch paths. */
  private static final class SinksView implements PartsView {
    private final ScoreSink[] sinks;
    int at;

    SinksView(ScoreSink[] sinks) {
      this.sinks = sinks;
    }

    @Override
    public boolean defined(int k) {
      return sinks[k].isDefined(at);
    }

    @Override
    public double value(int k) {
      return sinks[k].valueOrNaN(at);
    }

    @Override
    public String reason(int k) {
      return sinks[k].reason(at).orElseThrow();
    }

    @Override
    public int factorCount(int k) {
      return sinks[k].factorCount(at);
    }

    @Override
    public String factor(int k, int f) {
      return sinks[k].factor(at, f);
    }

    @Override
    public double share(int k, int f) {
      return sinks[k].share(at, f);
    }
  }

  /**
   * Combines the parts' scores of one customer into the composite's, written to {@code sink}: the
   * one arithmetic of {@link #measure} and of the batch path.
   */
  private void combine(PartsView view, @Nullable Dyad dyad, int i, ScoreSink sink) {
    int n = fixed.length;
    int count = 0;
    for (int k = 0; k < n; k++) {
      if (view.defined(k)) {
        count++;
      } else if (required[k]) {
        sink.undefined(
            i,
            "Part " + partNames.get(k) + " of " + name + " is required but undefined: "
                + view.reason(k));
        return;
      }
    }
    if (count < minDefined) {
      sink.undefined(i, tooFew(view, count));
      return;
    }
    double[] weights = new double[n];
    double max = 0;
    for (int k = 0; k < n; k++) {
      if (view.defined(k)) {
        weights[k] = dynamic[k] == null ? fixed[k] : weight(k, requireNonNull(dyad));
        max = Math.max(max, weights[k]);
      }
    }
    if (max == 0) {
      sink.undefined(
          i, "Every defined part of " + name + " weighs 0 for this customer and provider.");
      return;
    }
    double weighted = 0;
    double total = 0;
    for (int k = 0; k < n; k++) {
      if (view.defined(k)) {
        weights[k] /= max;
        weighted += weights[k] * view.value(k);
        total += weights[k];
      }
    }
    double value = weighted / total;
    if (sink.wantsFactors()) {
      for (int k = 0; k < n; k++) {
        if (!view.defined(k)) {
          continue;
        }
        double lost = weights[k] / total * (1 - view.value(k));
        if (lost <= 0) {
          continue;
        }
        int factors = view.factorCount(k);
        if (factors == 0) {
          sink.misfit(partNames.get(k), lost);
        }
        for (int f = 0; f < factors; f++) {
          sink.misfit(partNames.get(k), view.factor(k, f), lost * view.share(k, f));
        }
      }
    }
    sink.defined(i, value);
  }

  private String tooFew(PartsView view, int count) {
    List<String> reasons = new ArrayList<>(fixed.length);
    for (int k = 0; k < fixed.length; k++) {
      if (!view.defined(k)) {
        reasons.add(partNames.get(k) + ": " + Wording.clause(view.reason(k)));
      }
    }
    if (count == 0) {
      return "Every part of " + name + " is undefined (" + String.join("; ", reasons) + ").";
    }
    return "Only " + count + " of " + fixed.length + " parts of " + name + " "
        + (count == 1 ? "is" : "are") + " defined, fewer than the " + minDefined
        + " it needs (" + String.join("; ", reasons) + ").";
  }

  private double weight(int k, Dyad dyad) {
    Weight w = dynamic[k];
    if (w == null) {
      return fixed[k];
    }
    double weight = w.of(dyad);
    checkArgument(
        weight >= 0 && Double.isFinite(weight),
        "weight of part '%s' of composite '%s' for customer '%s' must be a finite number >= 0,"
            + " but was %s",
        partNames.get(k),
        name,
        dyad.customer().id(),
        weight);
    return weight;
  }

  private String explain(Score[] scores) {
    int n = scores.length;
    List<String> values = new ArrayList<>(n);
    List<String> undefined = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      if (scores[k].isDefined()) {
        values.add(partNames.get(k) + " " + Wording.number(scores[k].value()));
      } else {
        undefined.add(partNames.get(k));
      }
    }
    return (undefined.isEmpty()
            ? "Weighted mean of all " + n + " parts: "
            : "Weighted mean of " + values.size() + " of " + n
                + " parts, weights renormalised over them: ")
        + String.join(", ", values)
        + (undefined.isEmpty() ? "" : "; undefined: " + String.join(", ", undefined))
        + ".";
  }

  /**
   * Builds a composite. Mutable and not thread-safe; it can be reused after {@link #build()}.
   *
   * @param <M> the composite it builds: {@link CompositeMetric}, {@link AlignmentComposite} or
   *     {@link AttunementComposite}
   */
  public static final class Builder<M extends CompositeMetric> {
    private final String name;
    private final Level level;
    private final Function<Builder<?>, M> factory;
    private final List<Metric> parts = new ArrayList<>();
    /** Each part's weight: a {@code Double} or a {@link Weight}. */
    private final List<Object> weights = new ArrayList<>();
    private final List<Boolean> required = new ArrayList<>();
    private int minDefined = 1;

    private Builder(String name, Level level, Function<Builder<?>, M> factory) {
      requireNonNull(name, "name");
      this.level = requireNonNull(level, "level");
      this.name = Arguments.nonBlank(name, "name");
      this.factory = factory;
    }

    /**
     * Adds a part of fixed weight.
     *
     * @param metric the part
     * @param weight its weight: finite and positive
     * @return this builder
     * @throws IllegalArgumentException if {@code weight} is not a finite positive number
     */
    @CanIgnoreReturnValue
    public Builder<M> part(Metric metric, double weight) {
      return add(metric, checkWeight(metric, weight), false);
    }

    /**
     * Adds a part whose weight depends on the dyad, such as on the customer's mood.
     *
     * @param metric the part
     * @param weight its weight for each dyad: finite and {@code >= 0}, checked when scoring
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder<M> part(Metric metric, Weight weight) {
      return add(metric, requireNonNull(weight, "weight"), false);
    }

    /**
     * Adds a part of fixed weight that must be defined for the composite to be.
     *
     * @param metric the part
     * @param weight its weight: finite and positive
     * @return this builder
     * @throws IllegalArgumentException if {@code weight} is not a finite positive number
     */
    @CanIgnoreReturnValue
    public Builder<M> requiredPart(Metric metric, double weight) {
      return add(metric, checkWeight(metric, weight), true);
    }

    /**
     * Adds a part whose weight depends on the dyad, and that must be defined for the composite to
     * be.
     *
     * @param metric the part
     * @param weight its weight for each dyad: finite and {@code >= 0}, checked when scoring
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder<M> requiredPart(Metric metric, Weight weight) {
      return add(metric, requireNonNull(weight, "weight"), true);
    }

    /**
     * Sets how many parts must be defined for the composite to be; 1 by default.
     *
     * @param count at least 1, and at most the number of parts (checked by {@link #build()})
     * @return this builder
     * @throws IllegalArgumentException if {@code count} is less than 1
     */
    @CanIgnoreReturnValue
    public Builder<M> minDefinedParts(int count) {
      checkArgument(
          count >= 1,
          "minimum of defined parts of composite '%s' must be at least 1, but was %s",
          name,
          count);
      this.minDefined = count;
      return this;
    }

    /**
     * {@return a new composite of the parts added so far}
     *
     * @throws IllegalArgumentException if no part was added, two parts share a name, a part has the
     *     composite's own name, or the minimum of defined parts exceeds the number of parts
     */
    public M build() {
      checkArgument(
          !parts.isEmpty(), "parts of composite '%s' must hold at least one metric, but was empty",
          name);
      Set<String> names = new HashSet<>();
      for (Metric part : parts) {
        checkArgument(
            !part.name().equals(name),
            "parts of composite '%s' must not include a metric of its own name",
            name);
        checkArgument(
            names.add(part.name()),
            "parts of composite '%s' must have distinct names, but '%s' was added twice",
            name,
            part.name());
      }
      checkArgument(
          minDefined <= parts.size(),
          "minimum of defined parts of composite '%s' must be at most its %s parts, but was %s",
          name,
          parts.size(),
          minDefined);
      return factory.apply(this);
    }

    private Builder<M> add(Metric metric, Object weight, boolean isRequired) {
      parts.add(requireNonNull(metric, "metric"));
      weights.add(weight);
      required.add(isRequired);
      return this;
    }

    private static double checkWeight(Metric metric, double weight) {
      requireNonNull(metric, "metric");
      checkArgument(
          weight > 0 && Double.isFinite(weight),
          "weight of part '%s' must be a finite number > 0, but was %s",
          metric.name(),
          weight);
      return weight;
    }
  }
}
