package org.attune.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.attune.dynamics.History;
import org.attune.dynamics.Trajectories;
import org.attune.metric.Cohort;
import org.attune.metric.Metric;
import org.attune.metric.Scores;
import org.attune.metric.Scoring;
import org.attune.metric.alignment.ProfileDeviation;
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
 * A trajectory of {@code profile-deviation} for every customer over 12 monthly versions, each a
 * survey wave changing 1% of the customers' own logics ({@link SurveyWaves}), side by side with its
 * baseline, 12 separate cohorts scored one by one. The target (issue 13) is the trajectory within 2×
 * of the baseline.
 *
 * <ul>
 *   <li>{@code trajectory}: {@link Trajectories#score(Scoring, Metric, History, org.attune.model.Actor,
 *       List)} over the history of the waves, which refreshes the cohort with the changed customers
 *       only ({@link Cohort#refresh});
 *   <li>{@code separateCohorts}: {@link Cohort#of} and {@link Scoring#score(Metric, Cohort,
 *       org.attune.model.Actor)} on each version in turn.
 * </ul>
 *
 * <p>Both score values only (no top factors), sequentially; the setup checks that they agree to the
 * bit.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar HistoryTrajectory -f 1 -wi 2 -i 3 -prof gc
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class HistoryTrajectoryBenchmark {

  private static final Scoring VALUES = Scoring.sequential().withTopFactors(0);

  @Param("200000")
  int customers;

  SurveyWaves data;
  History history;
  Metric metric;

  @Setup(Level.Trial)
  public void setUp() {
    data = new SurveyWaves(customers);
    history = History.fromWaves(data.base, data.waves);
    metric = new ProfileDeviation();
    Trajectories trajectory = trajectory();
    List<Scores> separate = separateCohorts();
    for (int i = 0; i < history.size(); i++) {
      double[] a = trajectory.scores(i).values();
      double[] b = separate.get(i).values();
      for (int k = 0; k < a.length; k++) {
        if (Double.doubleToRawLongBits(a[k]) != Double.doubleToRawLongBits(b[k])) {
          throw new IllegalStateException(
              "version " + i + ", customer " + k + ": trajectory " + a[k] + ", cohort " + b[k]);
        }
      }
    }
  }

  /** {@return the trajectory of every customer over the history} */
  @Benchmark
  public Trajectories trajectory() {
    return Trajectories.score(VALUES, metric, history, data.provider, data.customers);
  }

  /** {@return the scores of 12 cohorts, one made afresh per version: the baseline} */
  @Benchmark
  public List<Scores> separateCohorts() {
    List<Scores> out = new ArrayList<>(history.size());
    for (int i = 0; i < history.size(); i++) {
      out.add(VALUES.score(metric, Cohort.of(history.version(i), data.customers), data.provider));
    }
    return out;
  }
}
