package org.attune.metric;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.attune.ecosystem.Level;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.internal.Batches;
import org.attune.model.Actor;

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
 * <p>For a CRM scoring one provider against every customer, {@link #measureAll(ServiceEcosystem,
 * Actor, List, boolean)} scores many customers in one call, optionally in parallel, with the same
 * bits as one call per customer; to score the same customers again and again (other providers,
 * other metrics), prepare a {@link Cohort} once and call {@link #measureAll(Cohort, Actor,
 * boolean)}, which runs the built-in profile metrics at the speed of a loop over arrays.
 *
 * <pre>{@code
 * Metric metric = Metrics.registry().metric("profile-deviation");
 * Score score = metric.measure(new Dyad(eco, alice, clinic));
 * double[] all = metric.measureAll(eco, clinic, customers, true);   // NaN where undefined
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

  /**
   * {@return the values of this metric for {@code provider} against each of {@code customers}, in
   * the order of {@code customers}: {@code result[i]} is {@code measure(new Dyad(ecosystem,
   * customers.get(i), provider)).valueOrNaN()}, to the bit}; {@link Double#NaN} marks an undefined
   * score, whose reason {@link #measure(Dyad)} of that one customer gives.
   *
   * <p>With {@code parallel}, the customers are scored in fixed chunks on the common fork-join pool;
   * each value is computed alone, so the result is bit-identical to the sequential one. The list is
   * read, never changed, and must not change during the call; a list without random access is copied
   * first. The default implementation calls {@link #measure(Dyad)} once per customer; metrics that can
   * do better (the built-in profile metrics allocate nothing per customer) override it.
   *
   * @param ecosystem the ecosystem holding the provider and the customers
   * @param provider the provider: must be an actor of {@code ecosystem}
   * @param customers the customers: each an actor of {@code ecosystem}
   * @param parallel whether to score in parallel
   * @throws NullPointerException if an argument or a customer is null
   * @throws IllegalArgumentException if the provider or a customer is not in {@code ecosystem}; in
   *     parallel too, the exception names the first such customer
   */
  default double[] measureAll(
      ServiceEcosystem ecosystem, Actor provider, List<? extends Actor> customers, boolean parallel) {
    return Batches.measureAll(this, ecosystem, provider, customers, parallel);
  }

  /**
   * {@return the values of this metric for {@code provider} against each customer of {@code
   * cohort}, in order}: the same bits as {@link #measureAll(ServiceEcosystem, Actor, List, boolean)}
   * on {@code cohort.customers()}. The default implementation does just that; the built-in profile
   * metrics override it to run over the cohort's packed arrays (see {@link Cohort#compare}).
   *
   * @param cohort the customers, prepared
   * @param provider the provider: must be an actor of the cohort's ecosystem
   * @param parallel whether to score in parallel
   * @throws IllegalArgumentException if the provider is not in the cohort's ecosystem
   */
  default double[] measureAll(Cohort cohort, Actor provider, boolean parallel) {
    requireNonNull(cohort, "cohort");
    return measureAll(cohort.ecosystem(), provider, cohort.customers(), parallel);
  }

  /**
   * {@return the values of this metric for {@code provider} against each of {@code customers},
   * sequentially}; see {@link #measureAll(ServiceEcosystem, Actor, List, boolean)}
   *
   * @param ecosystem the ecosystem holding the provider and the customers
   * @param provider the provider: must be an actor of {@code ecosystem}
   * @param customers the customers: each an actor of {@code ecosystem}
   * @throws NullPointerException if an argument or a customer is null
   * @throws IllegalArgumentException if the provider or a customer is not in {@code ecosystem}
   */
  default double[] measureAll(
      ServiceEcosystem ecosystem, Actor provider, List<? extends Actor> customers) {
    return measureAll(ecosystem, provider, customers, false);
  }
}
