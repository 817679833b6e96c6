package org.attune.metric;

import java.util.List;

/**
 * A test-scope {@link MetricProvider}, registered in {@code
 * src/test/resources/META-INF/services/org.attune.metric.MetricProvider}. Public with a public
 * constructor, unlike the other test classes, because {@link java.util.ServiceLoader} must create it.
 */
public final class MoodMetrics implements MetricProvider {

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public MoodMetrics() {}

  @Override
  public List<Metric> metrics() {
    return List.of(new MoodWeightedFit());
  }
}
