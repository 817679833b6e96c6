package org.attune.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.Cohort;
import org.attune.metric.CompositeMetric;
import org.attune.metric.Contribution;
import org.attune.metric.Dyad;
import org.attune.metric.Metric;
import org.attune.metric.MetricRegistry;
import org.attune.metric.Score;
import org.attune.metric.Scores;
import org.attune.metric.Scoring;
import org.attune.model.Actor;
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
 * Every built-in metric, and a composite of four, of one firm against each of the 200,000 customers
 * of a {@link CrmEcosystem}, on one thread, with the top three factors per customer (issue 11: under
 * 1 s each):
 *
 * <ul>
 *   <li>{@code batch}: {@link Scoring#sequential()} over a {@link Cohort} prepared once;
 *   <li>{@code oneByOne}: the baseline, the path a CRM had before: one {@link Metric#measure(Dyad)}
 *       per customer, keeping the value and the first three contributions.
 * </ul>
 *
 * <p>The setup checks, for a sample of customers, that both give the same value to the bit and the
 * same top factors.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar EveryMetric -f 1 -wi 1 -i 3 -r 2 -w 2
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 2)
public class EveryMetricBenchmark {

  /** The name of the composite of four parts measured beside the built-ins. */
  static final String COMPOSITE = "composite-of-four";

  /** How many factors are kept per customer. */
  static final int TOP = 3;

  /** Every built-in metric by name, and the composite. */
  @Param({
    "profile-deviation", "absolute-difference", "cosine", "matching", "shortfall",
    "self-congruity", "activity-coverage", "ecosystem-reach", "institutional", "partnership",
    "knowledge-symmetry", "emotional", "recognition", "identity-safety", "attunement",
    COMPOSITE
  })
  public String metric;

  /** How many customers the firm serves. */
  @Param("200000")
  public int customers;

  private ServiceEcosystem eco;
  private Actor firm;
  private Actor[] customerArray;
  private Cohort cohort;
  private Metric measured;

  /** The values and the first three contributions of each customer, from {@code oneByOne}. */
  public record Results(double[] values, Contribution[] factors) {}

  /** Generates the ecosystem, prepares the cohort, and checks batch against one by one. */
  @Setup(Level.Trial)
  public void setUp() {
    MetricRegistry registry = MetricRegistry.builtIns();
    requireEveryBuiltIn(registry);
    CrmEcosystem data = new CrmEcosystem(customers, 20260111L);
    eco = data.eco;
    firm = data.firm;
    customerArray = data.customers;
    cohort = Cohort.of(eco, Arrays.asList(customerArray));
    measured = COMPOSITE.equals(metric) ? composite(registry) : registry.metric(metric);
    Scores scores = batch();
    check(scores, sampleStep());
    // in the run's log: how much of the customer base the metric can score
    System.out.println(metric + ": " + scores.definedCount() + " of " + scores.size()
        + " customers defined");
  }

  /** {@return the scores of every customer, with the top three factors, by the batch path} */
  @Benchmark
  public Scores batch() {
    return Scoring.sequential().score(measured, cohort, firm);
  }

  /** {@return the value and the first three contributions of every customer, one measure each} */
  @Benchmark
  public Results oneByOne() {
    int n = customerArray.length;
    double[] values = new double[n];
    Contribution[] factors = new Contribution[n * TOP];
    for (int i = 0; i < n; i++) {
      Score score = measured.measure(new Dyad(eco, customerArray[i], firm));
      values[i] = score.valueOrNaN();
      List<Contribution> contributions = score.contributions();
      for (int f = 0; f < Math.min(TOP, contributions.size()); f++) {
        factors[i * TOP + f] = contributions.get(f);
      }
    }
    return new Results(values, factors);
  }

  /** The composite of four parts, equally weighted, across the three levels. */
  static CompositeMetric composite(MetricRegistry registry) {
    return CompositeMetric.builder(COMPOSITE, org.attune.ecosystem.Level.MICRO)
        .part(registry.metric("profile-deviation"), 1)
        .part(registry.metric("activity-coverage"), 1)
        .part(registry.metric("institutional"), 1)
        .part(registry.metric("emotional"), 1)
        .build();
  }

  /** Every built-in must be a value of {@link #metric}, so that a new one is not left out. */
  private static void requireEveryBuiltIn(MetricRegistry registry) {
    List<String> listed;
    try {
      listed = new ArrayList<>(Arrays.asList(
          EveryMetricBenchmark.class.getField("metric").getAnnotation(Param.class).value()));
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("the metric parameter is gone", e);
    }
    listed.remove(COMPOSITE);
    if (!new TreeSet<>(listed).equals(new TreeSet<>(registry.names()))) {
      throw new IllegalStateException(
          "the metric parameter must list every built-in, but lists " + new TreeSet<>(listed)
              + " against " + new TreeSet<>(registry.names()));
    }
  }

  /** {@return every customer up to 1,000, then about 1,000 spread over all} */
  private int sampleStep() {
    return Math.max(1, customerArray.length / 1000);
  }

  /** Checks the batch scores of every {@code step}-th customer against one measure each. */
  private void check(Scores scores, int step) {
    int defined = 0;
    int checked = 0;
    for (int i = 0; i < customerArray.length; i += step) {
      Score one = measured.measure(new Dyad(eco, customerArray[i], firm));
      List<Contribution> all = one.contributions();
      List<Contribution> top = all.subList(0, Math.min(TOP, all.size()));
      if (Double.doubleToRawLongBits(scores.valueOrNaN(i))
              != Double.doubleToRawLongBits(one.valueOrNaN())
          || !scores.topFactors(i).equals(top)
          || !scores.reason(i).equals(one.reason())) {
        throw new IllegalStateException(
            metric + " of customers[" + i + "]: batch " + scores.valueOrEmpty(i) + " "
                + scores.topFactors(i) + " " + scores.reason(i) + ", one by one " + one);
      }
      checked++;
      defined += one.isDefined() ? 1 : 0;
    }
    if (defined == 0) {
      throw new IllegalStateException(
          metric + " is defined for none of the " + checked + " customers checked");
    }
  }
}
