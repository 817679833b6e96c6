package org.attune.metric;

import org.attune.ecosystem.Level;

/**
 * A measure of how a provider stands towards a customer: how well it fits the customer's own logic
 * ({@link AlignmentMetric}) or how far the two are tuned to each other ({@link AttunementMetric}).
 *
 * <p>The contract every implementation keeps:
 *
 * <ul>
 *   <li>{@link #name()} is a stable id, unique within a {@link MetricRegistry}, such as {@code
 *       "profile-deviation"};
 *   <li>{@link #measure(Dyad)} is pure and thread-safe: the same dyad gives an equal score, to the
 *       bit, whatever the thread;
 *   <li>it never returns null, and never throws for missing data: where its formula has no data, it
 *       returns {@link Score#undefined(String)} saying what is missing, and never makes up a number.
 * </ul>
 *
 * <p>To score many customers at once, use {@link Scoring}, the one place batch scoring lives; a
 * metric that can do better than one {@code measure} call per customer also implements {@link
 * BatchMetric}.
 *
 * <pre>{@code
 * Metric metric = Metrics.registry().metric("profile-deviation");
 * Score score = metric.measure(new Dyad(eco, alice, clinic));
 * Scores all = Scoring.sequential().score(metric, Cohort.of(eco, customers), clinic);
 * }</pre>
 */
public interface Metric {

  /** {@return the stable id of this metric, such as {@code "profile-deviation"}: non-blank} */
  String name();

  /** {@return the level of the ecosystem this metric observes} */
  Level level();

  /**
   * {@return the score of {@code dyad}: defined with a value in [0, 1] (1 = perfect), or undefined
   * with the reason when the data its formula needs are missing}; never null
   *
   * @param dyad the customer and the provider, in their ecosystem
   */
  Score measure(Dyad dyad);
}
