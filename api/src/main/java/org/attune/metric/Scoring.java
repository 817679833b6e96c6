package org.attune.metric;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Actor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where many customers are scored: one metric, one provider, every customer of a
 * {@link Cohort}, in sequence or on an {@link Executor}, giving per customer the value or the reason
 * it is undefined, and its top factors ({@link Scores}).
 *
 * <pre>{@code
 * Cohort cohort = Cohort.of(eco, customers);                       // once per ecosystem
 * Scores fit = Scoring.sequential().score(profileDeviation, cohort, clinic);
 * Scores tuned = Scoring.on(executor).score(attunement, cohort, clinic);
 * for (int i : fit.lowest(20)) {
 *   System.out.println(fit.customer(i).id() + " " + fit.value(i) + " " + fit.topFactors(i));
 * }
 * }</pre>
 *
 * <p>A {@link BatchMetric} (every built-in, and every {@link CompositeMetric} whose parts are) runs
 * its batch path: the provider's side prepared once, no explanation written. Any other metric is
 * scored by one {@link Metric#measure(Dyad)} call per customer. Either way, each customer's value,
 * reason and top factors are those of {@code measure} for that customer, to the bit, and do not
 * depend on the executor: customers are scored in fixed ranges of {@value #CHUNK}, each into its own
 * slots.
 *
 * <p>Immutable and thread-safe.
 */
public final class Scoring {

  /** How many customers one task scores: {@value}. */
  public static final int CHUNK = 4096;

  /** How many factors are kept per customer unless {@link #withTopFactors(int)} says otherwise: {@value}. */
  public static final int DEFAULT_TOP_FACTORS = 3;

  private static final Logger LOG = LoggerFactory.getLogger(Scoring.class);
  private static final Scoring SEQUENTIAL = new Scoring(null, DEFAULT_TOP_FACTORS);

  private final @Nullable Executor executor;
  private final int topFactors;

  private Scoring(@Nullable Executor executor, int topFactors) {
    this.executor = executor;
    this.topFactors = topFactors;
  }

  /** {@return a scoring that runs on the calling thread} */
  public static Scoring sequential() {
    return SEQUENTIAL;
  }

  /**
   * {@return a scoring that runs ranges of {@value #CHUNK} customers as tasks on {@code executor}}
   * and waits for them; the results are those of {@link #sequential()}, to the bit
   *
   * @param executor where the tasks run, such as a {@link java.util.concurrent.ForkJoinPool} or a
   *     fixed thread pool; a direct executor runs them on the calling thread
   */
  public static Scoring on(Executor executor) {
    return new Scoring(requireNonNull(executor, "executor"), DEFAULT_TOP_FACTORS);
  }

  /**
   * {@return this scoring, keeping {@code k} factors per customer}
   *
   * @param k how many of each customer's contributions to keep, largest first: 0 for none (the
   *     fastest), up to all of them with {@link Integer#MAX_VALUE}
   * @throws IllegalArgumentException if {@code k} is negative
   */
  public Scoring withTopFactors(int k) {
    checkArgument(k >= 0, "top factors must be a count >= 0, but was %s", k);
    return new Scoring(executor, k);
  }

  /** {@return how many factors are kept per customer} */
  public int topFactors() {
    return topFactors;
  }

  /**
   * {@return {@code metric}'s scores of {@code provider} against each customer of {@code cohort}, in
   * the cohort's order}
   *
   * @param metric the metric
   * @param cohort the customers
   * @param provider the provider: an actor of the cohort's ecosystem
   * @throws IllegalArgumentException if {@code provider} is not in the cohort's ecosystem, or the
   *     metric breaks its contract (a value outside [0, 1], a blank reason)
   * @throws IllegalStateException if a batch path does not score each customer once, in order
   */
  public Scores score(Metric metric, Cohort cohort, Actor provider) {
    requireNonNull(metric, "metric");
    requireNonNull(cohort, "cohort");
    requireProvider(cohort.ecosystem(), provider);
    CohortScorer scorer = scorer(metric, cohort, provider);
    int n = cohort.size();
    int chunks = (n + CHUNK - 1) / CHUNK;
    ScoreSink[] sinks = new ScoreSink[chunks];
    for (int k = 0; k < chunks; k++) {
      sinks[k] = new ScoreSink(metric.name(), k * CHUNK, Math.min(n, (k + 1) * CHUNK), topFactors);
    }
    Executor on = executor;
    if (on == null || chunks <= 1) {
      for (ScoreSink sink : sinks) {
        run(scorer, sink);
      }
    } else {
      LOG.debug("scoring {} customers with {} in {} tasks", n, metric.name(), chunks);
      runAll(scorer, sinks, on);
    }
    return new Scores(metric.name(), provider, cohort.customers(), sinks);
  }

  /**
   * {@return {@code metric}'s scores of {@code provider} against each of {@code customers}, in
   * order}: {@link #score(Metric, Cohort, Actor)} on a cohort of them, prepared for this call
   *
   * @param metric the metric
   * @param ecosystem the ecosystem holding the provider and the customers
   * @param provider the provider: an actor of {@code ecosystem}
   * @param customers the customers: each an actor of {@code ecosystem}
   * @throws IllegalArgumentException if the provider or a customer is not in {@code ecosystem}; the
   *     message names the first such customer
   */
  public Scores score(
      Metric metric, ServiceEcosystem ecosystem, Actor provider, List<? extends Actor> customers) {
    requireNonNull(metric, "metric");
    requireProvider(ecosystem, provider);
    return score(metric, Cohort.of(ecosystem, customers), provider);
  }

  /** {@return a form such as {@code Scoring{sequential, top 3 factors}}} */
  @Override
  public String toString() {
    return "Scoring{" + (executor == null ? "sequential" : "on " + executor) + ", top " + topFactors
        + " factors}";
  }

  /**
   * {@return the batch path of {@code metric}: its own if it is a {@link BatchMetric}, otherwise
   * one {@link Metric#measure(Dyad)} call per customer}
   */
  static CohortScorer scorer(Metric metric, Cohort cohort, Actor provider) {
    if (metric instanceof BatchMetric batch) {
      return requireNonNull(
          batch.prepare(cohort, provider), () -> "prepare() of metric " + metric.name());
    }
    ServiceEcosystem ecosystem = cohort.ecosystem();
    return (from, to, sink) -> {
      for (int i = from; i < to; i++) {
        sink.score(i, metric.measure(new Dyad(ecosystem, cohort.customer(i), provider)));
      }
    };
  }

  private static void run(CohortScorer scorer, ScoreSink sink) {
    scorer.score(sink.from(), sink.to(), sink);
    sink.finish();
  }

  private static void runAll(CohortScorer scorer, ScoreSink[] sinks, Executor executor) {
    List<CompletableFuture<Void>> tasks = new ArrayList<>(sinks.length);
    for (ScoreSink sink : sinks) {
      tasks.add(CompletableFuture.runAsync(() -> run(scorer, sink), executor));
    }
    // every task ends before the first failure, in range order, is thrown
    for (CompletableFuture<Void> task : tasks) {
      try {
        task.join();
      } catch (CompletionException | java.util.concurrent.CancellationException e) {
        // joined below, in order
      }
    }
    for (CompletableFuture<Void> task : tasks) {
      try {
        task.join();
      } catch (CompletionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException r) {
          throw r;
        }
        if (cause instanceof Error error) {
          throw error;
        }
        throw e;
      }
    }
  }

  static void requireProvider(ServiceEcosystem ecosystem, Actor provider) {
    requireNonNull(ecosystem, "ecosystem");
    requireNonNull(provider, "provider");
    checkArgument(
        ecosystem.contains(provider),
        "provider must be an actor of the ecosystem, but was '%s' (not in it)",
        provider.id());
  }
}
