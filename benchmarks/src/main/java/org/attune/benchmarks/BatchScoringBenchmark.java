package org.attune.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.Cohort;
import org.attune.metric.Contribution;
import org.attune.metric.Scores;
import org.attune.metric.Scoring;
import org.attune.metric.Metric;
import org.attune.metric.alignment.ProfileDeviation;
import org.attune.model.Actor;
import org.attune.model.Dimension;
import org.attune.model.Profile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code profile-deviation} of one provider against every customer, against a hand-written loop
 * over {@code double[]} arrays of the same data: the practical limit. The target is the loop's time
 * within 2×, and no per-customer garbage beyond the {@code double[]} result (see {@code -prof gc}).
 *
 * <ul>
 *   <li>{@code cohort*}: {@link Scoring} over a {@link Cohort} prepared once (its own logics packed
 *       on first use), like for like with the loop, whose arrays are prepared too: values only,
 *       values with the top three factors, and values on the common fork-join pool;
 *   <li>{@code cohortPrepare}: the one-off cost of {@link Cohort#of};
 *   <li>{@code list}: {@link Scoring#score(Metric, ServiceEcosystem, Actor, List)}, which prepares a
 *       cohort of the list, packs it and scores it, on every call;
 *   <li>{@code handWrittenTopFactors}: the loop, also keeping each customer's three largest
 *       dimensions and their shares: the practical limit for {@code cohortTopFactors}.
 * </ul>
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar BatchScoring -f 1 -wi 2 -i 3 -prof gc
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class BatchScoringBenchmark {

  private static final Scoring VALUES = Scoring.sequential().withTopFactors(0);

  /** Dimensions per profile, as in the issue. */
  static final int DIMENSIONS = 12;

  /** Factors kept per customer by the top-factor paths. */
  static final int TOP = Scoring.DEFAULT_TOP_FACTORS;

  @Param("1000000")
  int customers;

  ServiceEcosystem ecosystem;
  Actor provider;
  List<Actor> customerList;
  Cohort cohort;
  Metric metric;

  /** The same data as plain arrays: customer k's level of dimension i at {@code k * 12 + i}. */
  double[] levels;

  /** Customer k's weight of dimension i, relative to the customer's largest: {@code k * 12 + i}. */
  double[] weights;

  /** The provider's levels, in the customers' dimension order. */
  double[] offered;

  @Setup(Level.Trial)
  public void setUp() {
    Random random = new Random(20260101L);
    Dimension[] dimensions = new Dimension[DIMENSIONS];
    for (int i = 0; i < DIMENSIONS; i++) {
      dimensions[i] = Dimension.of("d" + i);
    }
    provider = Actor.organisation("provider", "Provider");
    Profile.Builder offer = Profile.builder();
    offered = new double[DIMENSIONS];
    for (int i = 0; i < DIMENSIONS; i++) {
      offered[i] = random.nextDouble();
      // level and weight in one call: level(d, x) alone fails from the ninth dimension on (issue 9)
      offer.level(dimensions[i], offered[i], Profile.DEFAULT_WEIGHT);
    }
    levels = new double[customers * DIMENSIONS];
    weights = new double[customers * DIMENSIONS];
    ServiceEcosystem.Builder builder = ServiceEcosystem.builder().add(provider);
    builder.perspective(provider, provider, offer.build());
    customerList = new ArrayList<>(customers);
    for (int k = 0; k < customers; k++) {
      Actor c = Actor.individual("c" + k, "Customer " + k);
      Profile.Builder logic = Profile.builder();
      for (int i = 0; i < DIMENSIONS; i++) {
        double level = random.nextDouble();
        double weight = 0.5 + random.nextInt(4) * 0.5;
        levels[k * DIMENSIONS + i] = level;
        weights[k * DIMENSIONS + i] = weight;
        logic.level(dimensions[i], level, weight);
      }
      // the loop weighs, as the metrics do, by each weight relative to the customer's largest
      double max = 0;
      for (int i = 0; i < DIMENSIONS; i++) {
        max = Math.max(max, weights[k * DIMENSIONS + i]);
      }
      for (int i = 0; i < DIMENSIONS; i++) {
        weights[k * DIMENSIONS + i] /= max;
      }
      builder.add(c).perspective(c, c, logic.build());
      customerList.add(c);
    }
    ecosystem = builder.build();
    metric = new ProfileDeviation();
    cohort = Cohort.of(ecosystem, customerList);
    double[] viaList = list().values();
    double[] viaCohort = cohortParallel().values();
    double[] viaLoop = handWrittenLoop();
    for (int k = 0; k < customers; k++) {
      if (Double.doubleToRawLongBits(viaList[k]) != Double.doubleToRawLongBits(viaLoop[k])
          || Double.doubleToRawLongBits(viaCohort[k]) != Double.doubleToRawLongBits(viaLoop[k])) {
        throw new IllegalStateException(
            "customer " + k + ": list " + viaList[k] + ", cohort " + viaCohort[k] + ", loop "
                + viaLoop[k]);
      }
    }
    Scores top = cohortTopFactors();
    TopFactors loop = handWrittenTopFactors();
    for (int k = 0; k < customers; k += Math.max(1, customers / 1000)) {
      for (int j = 0; j < TOP; j++) {
        Contribution factor = top.topFactors(k).get(j);
        if (!factor.factor().equals("d" + loop.dimensions()[k * TOP + j])
            || factor.share() != loop.shares()[k * TOP + j]) {
          throw new IllegalStateException("customer " + k + ": factors " + top.topFactors(k)
              + ", loop d" + loop.dimensions()[k * TOP + j] + " " + loop.shares()[k * TOP + j]);
        }
      }
    }
  }

  /** {@return the values of a prepared cohort, sequentially: like for like with the loop} */
  @Benchmark
  public Scores cohortSequential() {
    return VALUES.score(metric, cohort, provider);
  }

  /** {@return the values and the top three factors of a prepared cohort, sequentially} */
  @Benchmark
  public Scores cohortTopFactors() {
    return Scoring.sequential().score(metric, cohort, provider);
  }

  /** {@return a cohort prepared from the list: the one-off cost of the cohort path} */
  @Benchmark
  public Cohort cohortPrepare() {
    return Cohort.of(ecosystem, customerList);
  }

  /** {@return the values of a prepared cohort, on the common fork-join pool} */
  @Benchmark
  public Scores cohortParallel() {
    return Scoring.on(ForkJoinPool.commonPool()).withTopFactors(0).score(metric, cohort, provider);
  }

  /** {@return the values of the list, a cohort of it prepared and packed on every call} */
  @Benchmark
  public Scores list() {
    return VALUES.score(metric, ecosystem, provider, customerList);
  }

  /**
   * {@return the values and, per customer, the three dimensions with the largest shares of the
   * misfit and those shares, by a hand-written loop over the arrays}: the practical limit for the
   * top factors
   */
  @Benchmark
  public TopFactors handWrittenTopFactors() {
    int n = customers;
    double[] out = new double[n];
    int[] top = new int[n * TOP];
    double[] shares = new double[n * TOP];
    double[] p = offered;
    double[] parts = new double[DIMENSIONS];
    for (int k = 0; k < n; k++) {
      int base = k * DIMENSIONS;
      double sum = 0;
      double total = 0;
      int first = -1;
      int second = -1;
      int third = -1;
      for (int i = 0; i < DIMENSIONS; i++) {
        double w = weights[base + i];
        double d = levels[base + i] - p[i];
        double part = w * d * d;
        parts[i] = part;
        sum += part;
        total += w;
        // the three largest so far, ties to the earlier dimension
        if (first < 0 || part > parts[first]) {
          third = second;
          second = first;
          first = i;
        } else if (second < 0 || part > parts[second]) {
          third = second;
          second = i;
        } else if (third < 0 || part > parts[third]) {
          third = i;
        }
      }
      out[k] = 1 - Math.sqrt(sum / total);
      int at = k * TOP;
      top[at] = first;
      top[at + 1] = second;
      top[at + 2] = third;
      shares[at] = parts[first] / sum;
      shares[at + 1] = parts[second] / sum;
      shares[at + 2] = parts[third] / sum;
    }
    return new TopFactors(out, top, shares);
  }

  /**
   * What {@link #handWrittenTopFactors()} gives.
   *
   * @param values each customer's value
   * @param dimensions each customer's three largest dimensions, at {@code 3k} to {@code 3k + 2}
   * @param shares their shares of the customer's misfit, likewise
   */
  public record TopFactors(double[] values, int[] dimensions, double[] shares) {}

  /** {@return the scores by a hand-written loop over the arrays: the practical limit} */
  @Benchmark
  public double[] handWrittenLoop() {
    int n = customers;
    double[] out = new double[n];
    double[] p = offered;
    for (int k = 0; k < n; k++) {
      int base = k * DIMENSIONS;
      double sum = 0;
      double total = 0;
      for (int i = 0; i < DIMENSIONS; i++) {
        double w = weights[base + i];
        double d = levels[base + i] - p[i];
        sum += w * d * d;
        total += w;
      }
      out[k] = 1 - Math.sqrt(sum / total);
    }
    return out;
  }
}
