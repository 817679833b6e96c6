package org.attune.metric;

/**
 * A {@link CompositeMetric} of the attunement family: a {@link MetricRegistry} lists it among the
 * attunement metrics and {@link MetricRegistry#attunement(String)} finds it. Built by {@link
 * CompositeMetric#attunement(String, org.attune.ecosystem.Level)}.
 *
 * <p>Immutable and thread-safe if its parts and weight functions are.
 */
public final class AttunementComposite extends CompositeMetric implements AttunementMetric {

  AttunementComposite(Builder<?> builder) {
    super(builder);
  }
}
