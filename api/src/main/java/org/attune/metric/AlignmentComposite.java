package org.attune.metric;

/**
 * A {@link CompositeMetric} of the alignment family: a {@link MetricRegistry} lists it among the
 * alignment metrics and {@link MetricRegistry#alignment(String)} finds it. Built by {@link
 * CompositeMetric#alignment(String, org.attune.ecosystem.Level)}.
 *
 * <p>Immutable and thread-safe if its parts and weight functions are.
 */
public final class AlignmentComposite extends CompositeMetric implements AlignmentMetric {

  AlignmentComposite(Builder<?> builder) {
    super(builder);
  }
}
