package org.attune.metric;

/**
 * The entry point to the metrics: {@link #registry()} gives every built-in metric and every metric of
 * a {@link MetricProvider} found on the class path or module path.
 *
 * <pre>{@code
 * Score s = Metrics.registry().metric("profile-deviation").measure(new Dyad(eco, alice, clinic));
 * }</pre>
 */
public final class Metrics {

  private Metrics() {}

  /**
   * {@return the registry of the built-ins and of every provider the class loader of this library
   * finds}; loaded once, on first call, then shared. For another class loader (an application
   * server's, a plug-in's) use {@link MetricRegistry#load(ClassLoader)}.
   *
   * @throws IllegalStateException if two metrics share a name; the message names both providers
   * @throws java.util.ServiceConfigurationError if a provider cannot be loaded or created
   */
  public static MetricRegistry registry() {
    return Holder.REGISTRY;
  }

  private static final class Holder {
    static final MetricRegistry REGISTRY = MetricRegistry.load(Metrics.class.getClassLoader());
  }
}
