package org.attune.metric;

import java.util.List;

/**
 * A source of {@link Metric}s, found by {@link java.util.ServiceLoader}: the way an academic or an
 * application adds metrics of its own to a {@link MetricRegistry}. The built-ins come from {@link
 * MetricRegistry#builtInProvider()}.
 *
 * <p>To add metrics, implement this interface in a public class with a public no-argument
 * constructor, and register it both ways:
 *
 * <ul>
 *   <li>on the class path, in {@code META-INF/services/org.attune.metric.MetricProvider}: one line
 *       with the class's binary name;
 *   <li>on the module path, in {@code module-info.java}: {@code provides
 *       org.attune.metric.MetricProvider with com.example.MyMetrics;}.
 * </ul>
 *
 * <pre>{@code
 * public final class MyMetrics implements MetricProvider {
 *   public List<Metric> metrics() {
 *     return List.of(new MoodWeightedFit());
 *   }
 * }
 * Metric mine = Metrics.registry().metric("mood-weighted");
 * }</pre>
 *
 * <p>Implementations should be stateless; the registry calls {@link #metrics()} once.
 */
public interface MetricProvider {

  /**
   * {@return the metrics this provider contributes, in a fixed order}; their names must differ from
   * each other and from every other registered metric's
   */
  List<? extends Metric> metrics();
}
