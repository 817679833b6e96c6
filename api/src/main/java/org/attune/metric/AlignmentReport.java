package org.attune.metric;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.attune.ecosystem.Level;
import org.jspecify.annotations.Nullable;

/**
 * Every metric of a registry, measured for one {@link Dyad}, grouped by {@link Level}: the dyad
 * (micro), the customer ecosystem (meso) and the institutions (macro).
 *
 * <ul>
 *   <li>{@link #levelScore(Level)}: the mean of the level's defined scores;
 *   <li>{@link #overall()}: the mean of the levels that have a score, so that each level counts
 *       once however many metrics it holds;
 *   <li>{@link #costliestFactors()}: what costs the most fit overall. The overall misfit, 1 − overall,
 *       is Σ_m α_m (1 − s_m) over the defined metrics m, with α_m = 1 / (defined levels × defined
 *       metrics of m's level); a factor's cost is Σ_m α_m (1 − s_m) × its share in m, summed over the
 *       metrics naming it. The costs add up to the overall misfit wherever the metrics name their
 *       factors;
 *   <li>{@link #weakest(Level)}, {@link #bindingLevel()} and {@link #bindingExplanation()}: which
 *       level limits fit (below);
 *   <li>{@link #render()}: all of it as plain text a CRM user can read; it names the actors by
 *       name, so it is personal data ({@link #toString()} names them by id).
 * </ul>
 *
 * <p><b>Levels.</b> Khalil's essay on conceptualising "alignment with customers" (the alignment
 * essay) ties the customer's logic from the dyad (micro) to the provider and its ecosystem (meso)
 * and the institutions around them (macro): alignment must hold at every level, and no level's fit
 * makes up for another's misfit. So beside the means, which let levels compensate, the
 * report reads the levels as a chain no stronger than its weakest link:
 *
 * <ul>
 *   <li>a level is aligned no further than its <em>weakest</em> metric, its lowest defined score
 *       ({@link #weakest(Level)}); a level with no defined score has no weakest metric, never
 *       binds, and says so;
 *   <li>the <em>binding level</em> ({@link #bindingLevel()}) is the level whose weakest score is
 *       lowest: it bounds the fit the other levels can deliver;
 *   <li>scores equal to 9 decimals tie: within a level the first metric in registry order is the
 *       weakest, and between levels the outer one binds, macro before meso before micro, since the
 *       institutions frame the ecosystem and the ecosystem frames the dyad (Chandler &amp; Vargo
 *       2011).
 * </ul>
 *
 * <p>For instance, with micro metrics at 0.85 and 0.90, meso at 0.70 and macro {@code
 * institutional} at 0.20, macro binds: "Macro institutional (0.20) bounds fit: micro recognition
 * 0.85, meso partnership 0.70."
 *
 * <p>A composite metric in the registry (such as {@code attunement}) counts as one more metric of its
 * level, beside its parts.
 *
 * <p>Immutable, null-hostile and thread-safe.
 *
 * <pre>{@code
 * AlignmentReport report = AlignmentReport.of(new Dyad(eco, alice, clinic));
 * System.out.println(report.render());
 * }</pre>
 */
public final class AlignmentReport {

  /** How many of the costliest factors {@link #render()} lists: {@value}. */
  public static final int FACTORS_SHOWN = 5;

  private final Dyad dyad;
  private final ImmutableList<Entry> entries;
  private final Map<Level, OptionalDouble> levelScores;
  private final OptionalDouble overall;
  private final ImmutableList<FactorCost> costs;
  private final Map<Level, Optional<Entry>> weakest;
  private final Optional<Level> binding;

  /** The outer level first: the order in which levels win ties for the binding level. */
  private static final Level[] OUTER_FIRST = {Level.MACRO, Level.MESO, Level.MICRO};

  private AlignmentReport(Dyad dyad, List<Entry> entries) {
    this.dyad = dyad;
    this.entries = ImmutableList.copyOf(entries);
    Map<Level, OptionalDouble> scores = new EnumMap<>(Level.class);
    double sum = 0;
    int defined = 0;
    for (Level level : Level.values()) {
      OptionalDouble mean = mean(entries(level));
      scores.put(level, mean);
      if (mean.isPresent()) {
        sum += mean.getAsDouble();
        defined++;
      }
    }
    this.levelScores = scores;
    this.overall = defined == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / defined);
    this.costs = costs(defined);
    Map<Level, Optional<Entry>> lowest = new EnumMap<>(Level.class);
    Optional<Level> bound = Optional.empty();
    long boundKey = Long.MAX_VALUE;
    for (Level level : OUTER_FIRST) {
      Optional<Entry> w = lowest(definedEntries(level));
      lowest.put(level, w);
      if (w.isPresent() && key(w.get()) < boundKey) {
        bound = Optional.of(level);
        boundKey = key(w.get());
      }
    }
    this.weakest = lowest;
    this.binding = bound;
  }

  /**
   * {@return the report of every metric of {@link Metrics#registry()} for {@code dyad}}
   *
   * @param dyad the customer and the provider
   */
  public static AlignmentReport of(Dyad dyad) {
    return of(dyad, Metrics.registry());
  }

  /**
   * {@return the report of every metric of {@code registry} for {@code dyad}}
   *
   * @param dyad the customer and the provider
   * @param registry the metrics to measure
   * @throws NullPointerException if a metric returns a null score
   */
  public static AlignmentReport of(Dyad dyad, MetricRegistry registry) {
    requireNonNull(dyad, "dyad");
    requireNonNull(registry, "registry");
    List<Entry> entries = new ArrayList<>();
    for (Metric metric : registry.metrics()) {
      Score score =
          requireNonNull(metric.measure(dyad), () -> "score of metric '" + metric.name() + "'");
      entries.add(new Entry(metric.name(), metric.level(), score));
    }
    return new AlignmentReport(dyad, entries);
  }

  /** {@return the dyad measured} */
  public Dyad dyad() {
    return dyad;
  }

  /** {@return every metric's score, in registry order} */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * {@return the scores of the metrics of {@code level}, in registry order}
   *
   * @param level the level
   */
  public List<Entry> entries(Level level) {
    requireNonNull(level, "level");
    return entries.stream().filter(e -> e.level() == level).collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the mean of the defined scores of {@code level}, or empty if it has none}
   *
   * @param level the level
   */
  public OptionalDouble levelScore(Level level) {
    return requireNonNull(levelScores.get(requireNonNull(level, "level")));
  }

  /** {@return the mean of the level scores that are defined, or empty if none is} */
  public OptionalDouble overall() {
    return overall;
  }

  /**
   * {@return the weakest metric of {@code level}: its lowest defined score, the first in registry
   * order among scores equal to 9 decimals}; empty when no score of the level is defined
   *
   * @param level the level
   */
  public Optional<Entry> weakest(Level level) {
    return requireNonNull(weakest.get(requireNonNull(level, "level")));
  }

  /**
   * {@return the level that bounds fit: the one whose {@linkplain #weakest(Level) weakest} score is
   * lowest, the outer level first among scores equal to 9 decimals (macro, meso, micro)}; empty
   * when no score at all is defined. A level with no defined score never binds.
   */
  public Optional<Level> bindingLevel() {
    return binding;
  }

  /**
   * {@return one sentence saying which level bounds fit and how the others stand}, each level by
   * its weakest metric, such as {@code "Macro institutional (0.20) bounds fit: micro recognition
   * 0.85, meso partnership 0.70."}; a level without a defined score reads {@code "meso undefined (no
   * metric defined)"}. It names metrics and levels, never actors.
   */
  public String bindingExplanation() {
    if (binding.isEmpty()) {
      return "No metric is defined at any level, so no level bounds fit.";
    }
    Level bound = binding.get();
    Entry w = requireNonNull(weakest.get(bound)).orElseThrow();
    StringBuilder s =
        new StringBuilder(capitalised(bound))
            .append(' ')
            .append(w.metric())
            .append(" (")
            .append(Wording.number(w.score().value()))
            .append(") bounds fit: ");
    String separator = "";
    for (Level level : Level.values()) {
      if (level == bound) {
        continue;
      }
      s.append(separator).append(lowerCase(level));
      Optional<Entry> other = requireNonNull(weakest.get(level));
      if (other.isPresent()) {
        s.append(' ')
            .append(other.get().metric())
            .append(' ')
            .append(Wording.number(other.get().score().value()));
      } else {
        s.append(" undefined (no metric defined)");
      }
      separator = ", ";
    }
    return s.append('.').toString();
  }

  /**
   * {@return every factor that costs fit, with its cost to the overall score, costliest first (ties
   * in the order the metrics name them)}; empty when nothing costs fit
   */
  public List<FactorCost> costliestFactors() {
    return costs;
  }

  /**
   * {@return the report as plain text: the overall score, the level that bounds fit ({@link
   * #bindingExplanation()}), each level with its metrics' values and explanations, and the {@value
   * #FACTORS_SHOWN} costliest factors}
   */
  public String render() {
    StringBuilder s = new StringBuilder();
    s.append("Fit of ")
        .append(dyad.provider().name())
        .append(" to the logic of ")
        .append(dyad.customer().name())
        .append('\n');
    s.append("Overall: ")
        .append(overall.isPresent() ? Wording.number(overall.getAsDouble()) : "undefined")
        .append(" (1 = perfect fit; the mean of the levels that have a score)\n")
        .append(bindingExplanation())
        .append('\n');
    int width = entries.stream().mapToInt(e -> e.metric().length()).max().orElse(0);
    for (Level level : Level.values()) {
      List<Entry> ofLevel = entries(level);
      if (ofLevel.isEmpty()) {
        continue;
      }
      OptionalDouble score = requireNonNull(levelScores.get(level));
      s.append('\n')
          .append(title(level))
          .append(": ")
          .append(score.isPresent() ? Wording.number(score.getAsDouble()) : "undefined")
          .append('\n');
      for (Entry e : ofLevel) {
        s.append("  ")
            .append(pad(e.metric(), width))
            .append("  ")
            .append(e.score().isDefined() ? Wording.number(e.score().value()) : " n/a")
            .append("  ")
            .append(e.score().isDefined() ? "" : "undefined: ")
            .append(e.score().explanation())
            .append('\n');
      }
    }
    s.append('\n');
    if (costs.isEmpty()) {
      s.append("Nothing costs fit.\n");
    } else {
      s.append("What costs the most fit:\n");
      int factorWidth =
          costs.stream().limit(FACTORS_SHOWN).mapToInt(f -> f.factor().length()).max().orElse(0);
      for (int i = 0; i < Math.min(FACTORS_SHOWN, costs.size()); i++) {
        FactorCost f = costs.get(i);
        s.append("  ")
            .append(i + 1)
            .append(". ")
            .append(pad(f.factor(), factorWidth))
            .append("  ")
            .append(String.format(Locale.ROOT, "%.3f", f.cost()))
            .append('\n');
      }
    }
    return s.toString();
  }

  /**
   * {@return a summary such as {@code AlignmentReport{Dyad{customer=alice, provider=clinic},
   * overall=0.52, 15 metrics}}}, naming the actors by id: unlike {@link #render()}, which names
   * them by name for people to read, it is safe to log
   */
  @Override
  public String toString() {
    return "AlignmentReport{"
        + dyad
        + ", overall="
        + (overall.isPresent() ? Wording.number(overall.getAsDouble()) : "undefined")
        + ", "
        + entries.size()
        + (entries.size() == 1 ? " metric}" : " metrics}");
  }

  private List<Entry> definedEntries(Level level) {
    return entries(level).stream().filter(e -> e.score().isDefined()).toList();
  }

  private ImmutableList<FactorCost> costs(int definedLevels) {
    Map<String, Double> cost = new LinkedHashMap<>();
    for (Level level : Level.values()) {
      List<Entry> defined = definedEntries(level);
      for (Entry e : defined) {
        double alpha = 1.0 / (definedLevels * defined.size());
        double lost = alpha * (1 - e.score().value());
        for (Contribution c : e.score().contributions()) {
          cost.merge(c.factor(), lost * c.share(), Double::sum);
        }
      }
    }
    List<FactorCost> result = new ArrayList<>();
    cost.forEach((factor, c) -> {
      if (c > 0) {
        result.add(new FactorCost(factor, c));
      }
    });
    // costs equal to 9 decimals tie and keep the order in which the metrics name them
    result.sort(Comparator.comparingDouble((FactorCost f) -> Math.rint(f.cost() * 1e9)).reversed());
    return ImmutableList.copyOf(result);
  }

  /** {@return the first entry of the lowest score, to 9 decimals, or empty if there is none} */
  private static Optional<Entry> lowest(List<Entry> defined) {
    @Nullable Entry low = null;
    for (Entry e : defined) {
      if (low == null || key(e) < key(low)) {
        low = e;
      }
    }
    return Optional.ofNullable(low);
  }

  /** {@return a defined score rounded to 9 decimals, so that scores equal on paper tie} */
  private static long key(Entry defined) {
    return Math.round(defined.score().value() * 1e9);
  }

  private static String lowerCase(Level level) {
    return level.name().toLowerCase(Locale.ROOT);
  }

  private static String capitalised(Level level) {
    String name = lowerCase(level);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static OptionalDouble mean(List<Entry> entries) {
    double sum = 0;
    int n = 0;
    for (Entry e : entries) {
      if (e.score().isDefined()) {
        sum += e.score().value();
        n++;
      }
    }
    return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / n);
  }

  private static String title(Level level) {
    return switch (level) {
      case MICRO -> "Micro (the dyad)";
      case MESO -> "Meso (the customer ecosystem)";
      case MACRO -> "Macro (institutions)";
    };
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }

  /**
   * One metric's score in a report.
   *
   * @param metric the metric's name
   * @param level the metric's level
   * @param score its score for the report's dyad
   */
  public record Entry(String metric, Level level, Score score) {

    /**
     * Validates the components.
     *
     * @param metric the metric's name
     * @param level the metric's level
     * @param score its score for the report's dyad
     * @throws NullPointerException if any component is null
     */
    public Entry {
      requireNonNull(metric, "metric");
      requireNonNull(level, "level");
      requireNonNull(score, "score");
    }
  }

  /**
   * What one factor costs the overall score of a report.
   *
   * @param factor the factor, as the metrics name it (such as {@code "functional"})
   * @param cost the fit it costs the overall score: in (0, 1]
   */
  public record FactorCost(String factor, double cost) {

    /**
     * Validates the components.
     *
     * @param factor the factor
     * @param cost the fit it costs: in (0, 1]
     * @throws NullPointerException if {@code factor} is null
     * @throws IllegalArgumentException if {@code cost} is not in (0, 1]
     */
    public FactorCost {
      requireNonNull(factor, "factor");
      checkArgument(
          cost > 0 && cost <= 1, "cost of %s must be a number in (0, 1], but was %s", factor, cost);
    }
  }
}
