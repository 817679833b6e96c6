package org.attune.metric.attunement;

import java.util.List;
import org.attune.ecosystem.Level;
import org.attune.metric.BatchMetric;
import org.attune.metric.Cohort;
import org.attune.metric.CohortScorer;
import org.attune.metric.CompositeMetric;
import org.attune.metric.Dyad;
import org.attune.metric.Metric;
import org.attune.metric.Score;
import org.attune.model.Actor;

/**
 * {@code attunement}: all four conditions of Ashworth, Longmate &amp; Morrison (1992, "Patient
 * participation: its meaning and significance in the context of caring", <i>Journal of Advanced
 * Nursing</i> 17) at once, as a {@link CompositeMetric} of equal weights over {@link
 * KnowledgeSymmetry}, {@link EmotionalAttunement}, {@link Recognition} and {@link IdentitySafety}:
 *
 * <pre>
 *   score = Σ_{k∈D} s_k / |D|
 * </pre>
 *
 * <p>where D is the set of those four whose scores are defined: the weights renormalised over the
 * defined parts. Micro level.
 *
 * <p><b>Undefined</b> only when all four parts are; the reason gives each part's.
 *
 * <p><b>Contributions</b>: each part's factors, in proportion to the part's share of the misfit,
 * named after their part ({@code "emotional: touchpoint consult"}; see {@link CompositeMetric}).
 *
 * <p>Stateless, immutable and thread-safe.
 */
public final class Attunement extends NamedMetric implements BatchMetric {

  /** The name of this metric: {@value}. */
  public static final String NAME = "attunement";

  private final CompositeMetric composite =
      CompositeMetric.equalWeights(
          NAME,
          Level.MICRO,
          List.of(
              new KnowledgeSymmetry(),
              new EmotionalAttunement(),
              new Recognition(),
              new IdentitySafety()));

  /** Creates the metric. */
  public Attunement() {
    super(NAME);
  }

  /** {@return the four parts, in the order of this class's documentation} */
  public List<Metric> parts() {
    return composite.parts();
  }

  @Override
  public Score measure(Dyad dyad) {
    return composite.measure(dyad);
  }

  /** {@return the composite's batch path: each condition's batch path, combined} */
  @Override
  public CohortScorer prepare(Cohort cohort, Actor provider) {
    return composite.prepare(cohort, provider);
  }
}
