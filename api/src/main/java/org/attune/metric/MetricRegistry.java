package org.attune.metric;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.attune.ecosystem.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The metrics an application can call, by name: the built-ins ({@link #builtInProvider()}) and those of
 * every {@link MetricProvider} found through {@link ServiceLoader}.
 *
 * <p><b>Order.</b> Deterministic whatever the class path order: the built-ins first, in their
 * documented order, then the discovered providers sorted by class name, each provider's metrics in
 * the order it gives them.
 *
 * <p><b>Names.</b> Two metrics of one name are an error, whose message names both providers: a
 * registry never picks one silently.
 *
 * <p>Immutable, null-hostile and thread-safe.
 *
 * <pre>{@code
 * MetricRegistry registry = MetricRegistry.load(getClass().getClassLoader());
 * AlignmentMetric fit = registry.alignment("profile-deviation");
 * AttunementMetric tuned = registry.attunement("attunement");
 * }</pre>
 */
public final class MetricRegistry {

  private static final Logger LOG = LoggerFactory.getLogger(MetricRegistry.class);

  private final ImmutableMap<String, Metric> byName;
  private final ImmutableMap<String, String> providerByName;

  private MetricRegistry(Map<String, Metric> byName, Map<String, String> providerByName) {
    this.byName = ImmutableMap.copyOf(byName);
    this.providerByName = ImmutableMap.copyOf(providerByName);
  }

  /**
   * {@return a registry of the built-ins and of every provider {@code loader} finds through {@link
   * ServiceLoader}}; the built-in provider found by the loader is not added twice
   *
   * @param loader the class loader to search: its {@code META-INF/services} files, and the modules
   *     of its layer that {@code provides org.attune.metric.MetricProvider}
   * @throws IllegalStateException if two metrics share a name; the message names both providers
   * @throws java.util.ServiceConfigurationError if a provider cannot be loaded or created
   */
  public static MetricRegistry load(ClassLoader loader) {
    requireNonNull(loader, "loader");
    List<MetricProvider> found = new ArrayList<>();
    MetricProvider builtIns = builtInProvider();
    for (MetricProvider provider : ServiceLoader.load(MetricProvider.class, loader)) {
      if (provider.getClass() != builtIns.getClass()) {
        found.add(provider);
      }
    }
    found.sort(Comparator.comparing(p -> p.getClass().getName()));
    List<MetricProvider> providers = new ArrayList<>(found.size() + 1);
    providers.add(builtIns);
    providers.addAll(found);
    MetricRegistry registry = of(providers);
    LOG.debug(
        "loaded {} metrics from {} providers: {}",
        registry.byName.size(),
        providers.size(),
        registry.providerByName.values().stream().distinct().toList());
    return registry;
  }

  /** {@return a registry of the built-in metrics alone} */
  public static MetricRegistry builtIns() {
    return of(List.of(builtInProvider()));
  }

  /**
   * {@return the library's own provider of the fifteen built-in metrics}, in their documented order:
   * {@code profile-deviation}, {@code absolute-difference}, {@code cosine}, {@code matching}, {@code
   * shortfall}, {@code self-congruity}, {@code activity-coverage}, {@code ecosystem-reach}, {@code
   * institutional}, {@code partnership}; {@code knowledge-symmetry}, {@code emotional}, {@code
   * recognition}, {@code identity-safety}, {@code attunement}. To combine them with providers of
   * one's own: {@code MetricRegistry.of(List.of(MetricRegistry.builtInProvider(), new MyMetrics()))}.
   */
  public static MetricProvider builtInProvider() {
    return BuiltIns.PROVIDER;
  }

  /**
   * The built-in provider, made once. It lives in a package of its own, which is not exported and
   * which this package does not import: the SPI knows the built-ins by name only, as {@link
   * ServiceLoader} does, so that the built-ins depend on the SPI and not the other way round.
   */
  private static final class BuiltIns {
    static final String CLASS = "org.attune.metric.internal.builtin.BuiltInMetrics";
    static final MetricProvider PROVIDER = create();

    private static MetricProvider create() {
      try {
        return Class.forName(CLASS, true, MetricRegistry.class.getClassLoader())
            .asSubclass(MetricProvider.class)
            .getConstructor()
            .newInstance();
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(
            "the built-in metrics' provider " + CLASS + " must be part of the library, but"
                + " could not be created",
            e);
      }
    }
  }

  /**
   * {@return a registry of exactly the metrics of {@code providers}, in their order}: no discovery
   * and no built-ins unless {@link #builtInProvider()} is among them
   *
   * @param providers the providers, in the order wanted
   * @throws IllegalStateException if two metrics share a name; the message names both providers
   */
  public static MetricRegistry of(Iterable<? extends MetricProvider> providers) {
    requireNonNull(providers, "providers");
    Map<String, Metric> byName = new LinkedHashMap<>();
    Map<String, String> providerByName = new LinkedHashMap<>();
    for (MetricProvider provider : providers) {
      requireNonNull(provider, "providers element");
      String source = provider.getClass().getName();
      List<? extends Metric> metrics =
          requireNonNull(provider.metrics(), () -> "metrics() of provider " + source);
      for (Metric metric : metrics) {
        requireNonNull(metric, () -> "metric of provider " + source);
        String name = requireNonNull(metric.name(), () -> "name of a metric of " + source);
        requireNonNull(metric.level(), () -> "level of metric '" + name + "' of " + source);
        checkState(
            !name.isBlank(), "metric names must be non-blank, but %s gave \"%s\"", source, name);
        String earlier = providerByName.putIfAbsent(name, source);
        checkState(
            earlier == null,
            "metric name '%s' must be unique, but is provided by %s%s",
            name,
            earlier,
            source.equals(earlier) ? " twice" : " and by " + source);
        byName.put(name, metric);
      }
    }
    return new MetricRegistry(byName, providerByName);
  }

  /** {@return every metric, in registry order} */
  public List<Metric> metrics() {
    return byName.values().asList();
  }

  /**
   * {@return the metrics of {@code level}, in registry order}
   *
   * @param level the level
   */
  public List<Metric> metrics(Level level) {
    requireNonNull(level, "level");
    return byName.values().stream()
        .filter(m -> m.level() == level)
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return the alignment metrics, in registry order} */
  public List<AlignmentMetric> alignmentMetrics() {
    return byName.values().stream()
        .filter(AlignmentMetric.class::isInstance)
        .map(AlignmentMetric.class::cast)
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return the attunement metrics, in registry order} */
  public List<AttunementMetric> attunementMetrics() {
    return byName.values().stream()
        .filter(AttunementMetric.class::isInstance)
        .map(AttunementMetric.class::cast)
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return the names of every metric, in registry order} */
  public List<String> names() {
    return byName.keySet().asList();
  }

  /**
   * {@return the metric named {@code name}, or empty if there is none}
   *
   * @param name the metric's name, such as {@code "cosine"}
   */
  public Optional<Metric> find(String name) {
    return Optional.ofNullable(byName.get(requireNonNull(name, "name")));
  }

  /**
   * {@return the metric named {@code name}}
   *
   * @param name the metric's name, such as {@code "cosine"}
   * @throws IllegalArgumentException if no metric has that name; the message lists the names there
   *     are
   */
  public Metric metric(String name) {
    return find(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "name must be one of the registered metrics " + names() + ", but was '"
                        + name + "'"));
  }

  /**
   * {@return the alignment metric named {@code name}}
   *
   * @param name the metric's name, such as {@code "profile-deviation"}
   * @throws IllegalArgumentException if no metric has that name, or it is not an {@link
   *     AlignmentMetric}
   */
  public AlignmentMetric alignment(String name) {
    return family(name, AlignmentMetric.class, "an alignment");
  }

  /**
   * {@return the attunement metric named {@code name}}
   *
   * @param name the metric's name, such as {@code "recognition"}
   * @throws IllegalArgumentException if no metric has that name, or it is not an {@link
   *     AttunementMetric}
   */
  public AttunementMetric attunement(String name) {
    return family(name, AttunementMetric.class, "an attunement");
  }

  /**
   * {@return the class name of the provider of the metric named {@code name}, or empty if there is
   * none}
   *
   * @param name the metric's name
   */
  public Optional<String> providerOf(String name) {
    return Optional.ofNullable(providerByName.get(requireNonNull(name, "name")));
  }

  /**
   * {@return the report of every metric of this registry for {@code dyad}}; see {@link
   * AlignmentReport}
   *
   * @param dyad the customer and the provider
   */
  public AlignmentReport report(Dyad dyad) {
    return AlignmentReport.of(dyad, this);
  }

  /** {@return a form such as {@code MetricRegistry[profile-deviation, ...]}} */
  @Override
  public String toString() {
    return "MetricRegistry" + names();
  }

  private <T extends Metric> T family(String name, Class<T> type, String article) {
    Metric metric = metric(name);
    checkArgument(
        type.isInstance(metric),
        "name must name %s metric, but '%s' is a %s of provider %s",
        article,
        name,
        metric.getClass().getName(),
        providerByName.get(name));
    return type.cast(metric);
  }
}
