package org.attune.metric;

import org.attune.model.Actor;

/**
 * A metric with a batch path: it prepares the provider's side once and then scores customer after
 * customer of a {@link Cohort} without looking the provider up again and without writing an
 * explanation, the way a CRM scores its whole customer base. {@link Scoring} uses the batch path of
 * every metric that has one, and calls {@link #measure(Dyad)} once per customer for the others.
 *
 * <p>The contract on top of {@link Metric}'s: for every customer, the batch path gives the value of
 * {@link #measure(Dyad)}, to the bit, or its reason, word for word, and the same contributions in the
 * same order (the {@link ScoreSink} computes shares exactly as {@link Contribution#shares} does, so
 * a metric that feeds it the same misfit parts in the same order gets them).
 *
 * <pre>{@code
 * public CohortScorer prepare(Cohort cohort, Actor provider) {
 *   Set<Element> supported = supportedBy(cohort.ecosystem(), provider);   // once
 *   return (from, to, sink) -> {
 *     for (int i = from; i < to; i++) {
 *       score(cohort.customer(i), supported, i, sink);                    // per customer
 *     }
 *   };
 * }
 * }</pre>
 */
public interface BatchMetric extends Metric {

  /**
   * {@return the batch path of this metric for {@code provider} against the customers of {@code
   * cohort}}: immutable and safe to call from several threads at once
   *
   * @param cohort the customers
   * @param provider the provider: an actor of the cohort's ecosystem (checked by {@link Scoring})
   */
  CohortScorer prepare(Cohort cohort, Actor provider);
}
