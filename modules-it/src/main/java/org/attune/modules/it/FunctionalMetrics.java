package org.attune.modules.it;

import java.util.List;
import org.attune.metric.Metric;
import org.attune.metric.MetricProvider;

/**
 * This module's {@link MetricProvider}, declared in {@code module-info.java} with {@code provides};
 * there is no {@code META-INF/services} file, so the module path is the only way it is found.
 */
public final class FunctionalMetrics implements MetricProvider {

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public FunctionalMetrics() {}

  @Override
  public List<Metric> metrics() {
    return List.of(new FunctionalFit());
  }
}
