package org.attune.metric.internal.builtin;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.attune.metric.Metric;
import org.attune.metric.MetricProvider;
import org.attune.metric.alignment.AbsoluteDifference;
import org.attune.metric.alignment.ActivityCoverage;
import org.attune.metric.alignment.Cosine;
import org.attune.metric.alignment.EcosystemReach;
import org.attune.metric.alignment.Institutional;
import org.attune.metric.alignment.Matching;
import org.attune.metric.alignment.Partnership;
import org.attune.metric.alignment.ProfileDeviation;
import org.attune.metric.alignment.SelfCongruity;
import org.attune.metric.alignment.Shortfall;
import org.attune.metric.attunement.Attunement;
import org.attune.metric.attunement.EmotionalAttunement;
import org.attune.metric.attunement.IdentitySafety;
import org.attune.metric.attunement.KnowledgeSymmetry;
import org.attune.metric.attunement.Recognition;

/**
 * The library's own {@link MetricProvider}: the fifteen built-in metrics (DESIGN section 5, and {@code partnership}), in
 * this order: {@code profile-deviation}, {@code absolute-difference}, {@code cosine}, {@code
 * matching}, {@code shortfall}, {@code self-congruity}, {@code activity-coverage}, {@code
 * ecosystem-reach}, {@code institutional}, {@code partnership}; {@code knowledge-symmetry}, {@code emotional}, {@code
 * recognition}, {@code identity-safety}, {@code attunement}.
 *
 * <p>Stateless and thread-safe. Every {@link MetricRegistry#load(ClassLoader) loaded} registry holds
 * these first, whether or not the class loader finds this provider. Its package is not exported: users
 * reach it through {@link org.attune.metric.MetricRegistry#builtInProvider()}.
 */
public final class BuiltInMetrics implements MetricProvider {

  private static final ImmutableList<Metric> METRICS =
      ImmutableList.of(
          new ProfileDeviation(),
          new AbsoluteDifference(),
          new Cosine(),
          new Matching(),
          new Shortfall(),
          new SelfCongruity(),
          new ActivityCoverage(),
          new EcosystemReach(),
          new Institutional(),
          new Partnership(),
          new KnowledgeSymmetry(),
          new EmotionalAttunement(),
          new Recognition(),
          new IdentitySafety(),
          new Attunement());

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public BuiltInMetrics() {}

  /** {@return the fifteen built-in metrics, in the order of this class's documentation} */
  @Override
  public List<Metric> metrics() {
    return METRICS;
  }
}
