package org.attune.metric.internal;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.Dyad;
import org.attune.metric.Metric;
import org.attune.metric.Score;
import org.attune.model.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores many customers in fixed chunks of {@value #CHUNK}, in sequence or on the common fork-join
 * pool. Each value is
 * computed alone and written to its own slot, so the result does not depend on the thread count; an
 * exception is the one of the first failing customer, in parallel too.
 */
public final class Batches {

  /** How many customers one parallel task scores: {@value}. */
  public static final int CHUNK = 4096;

  private static final Logger LOG = LoggerFactory.getLogger(Batches.class);

  private Batches() {}

  /** Scores the customers of {@code [from, to)} into {@code out}. */
  @FunctionalInterface
  public interface Kernel {
    /**
     * Scores a range of customers.
     *
     * @param from the first index, inclusive
     * @param to the last index, exclusive
     * @param out where to write the value of customer {@code i}: {@code out[i]}
     */
    void score(int from, int to, double[] out);
  }

  /**
   * {@return the values of {@code n} customers, scored in chunks by kernels from {@code workers}}
   *
   * @param n how many customers
   * @param parallel whether to score the chunks in parallel
   * @param workers makes a kernel with its own scratch space: one for a sequential run, one per
   *     chunk for a parallel one
   */
  public static double[] run(int n, boolean parallel, Supplier<Kernel> workers) {
    double[] out = new double[n];
    int chunks = (n + CHUNK - 1) / CHUNK;
    if (!parallel || chunks <= 1) {
      // chunked even in sequence: a short loop per call compiles better than one long loop per op
      Kernel kernel = workers.get();
      for (int from = 0; from < n; from += CHUNK) {
        kernel.score(from, Math.min(n, from + CHUNK), out);
      }
      return out;
    }
    LOG.debug("scoring {} customers in {} parallel chunks", n, chunks);
    RuntimeException[] errors = new RuntimeException[chunks];
    IntStream.range(0, chunks)
        .parallel()
        .forEach(
            k -> {
              int from = k * CHUNK;
              try {
                workers.get().score(from, Math.min(n, from + CHUNK), out);
              } catch (RuntimeException e) {
                errors[k] = e;
              }
            });
    for (RuntimeException e : errors) {
      if (e != null) {
        throw e;
      }
    }
    return out;
  }

  /**
   * {@return {@code metric}'s value for each customer, one {@link Metric#measure(Dyad)} call each}:
   * the default of {@link Metric#measureAll}
   *
   * @param metric the metric
   * @param ecosystem the ecosystem
   * @param provider the provider
   * @param customers the customers
   * @param parallel whether to score in parallel
   */
  public static double[] measureAll(
      Metric metric,
      ServiceEcosystem ecosystem,
      Actor provider,
      List<? extends Actor> customers,
      boolean parallel) {
    requireNonNull(metric, "metric");
    requireProvider(ecosystem, provider);
    List<? extends Actor> list = randomAccess(customers);
    return run(
        list.size(),
        parallel,
        () -> (from, to, out) -> {
          for (int i = from; i < to; i++) {
            Actor customer = customer(list, i, ecosystem);
            Score score = metric.measure(new Dyad(ecosystem, customer, provider));
            out[i] = requireNonNull(score, () -> "score of metric " + metric.name()).valueOrNaN();
          }
        });
  }

  /**
   * Checks the ecosystem and the provider of a batch.
   *
   * @param ecosystem the ecosystem
   * @param provider the provider
   * @throws IllegalArgumentException if the provider is not in the ecosystem
   */
  public static void requireProvider(ServiceEcosystem ecosystem, Actor provider) {
    requireNonNull(ecosystem, "ecosystem");
    requireNonNull(provider, "provider");
    if (!ecosystem.contains(provider)) {
      throw new IllegalArgumentException(
          "provider must be an actor of the ecosystem, but was '" + provider.id() + "' (not in it)");
    }
  }

  /**
   * {@return {@code customers} itself if it has random access, otherwise a copy}
   *
   * @param customers the customers
   */
  public static List<? extends Actor> randomAccess(List<? extends Actor> customers) {
    requireNonNull(customers, "customers");
    return customers instanceof RandomAccess ? customers : ImmutableList.copyOf(customers);
  }

  /**
   * {@return the customer at {@code i}, checked to be in the ecosystem}
   *
   * @param customers the customers
   * @param i the index
   * @param ecosystem the ecosystem
   * @throws NullPointerException if the customer is null
   * @throws IllegalArgumentException if it is not in the ecosystem
   */
  @CanIgnoreReturnValue
  public static Actor customer(List<? extends Actor> customers, int i, ServiceEcosystem ecosystem) {
    Actor customer = customers.get(i);
    if (customer == null) {
      throw new NullPointerException("customers[" + i + "]");
    }
    if (!ecosystem.contains(customer)) {
      throw notMember(i, customer);
    }
    return customer;
  }

  /**
   * {@return the exception for a customer that is not in the ecosystem}
   *
   * @param i its index
   * @param customer the customer
   */
  public static IllegalArgumentException notMember(int i, Actor customer) {
    return new IllegalArgumentException(
        "customers["
            + i
            + "] must be an actor of the ecosystem, but was '"
            + customer.id()
            + "' (not in it)");
  }

  /**
   * {@return an array of {@code n} NaNs}
   *
   * @param n the length
   */
  public static double[] undefined(int n) {
    double[] out = new double[n];
    Arrays.fill(out, Double.NaN);
    return out;
  }
}
