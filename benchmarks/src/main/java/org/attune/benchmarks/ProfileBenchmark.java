package org.attune.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.attune.model.Dimension;
import org.attune.model.Profile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building a validated 12-dimension {@link Profile} and reading every level back, against the
 * plain-Java way of holding the same data: a {@link LinkedHashMap} from dimension to level, with no
 * validation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ProfileBenchmark {

  private static final int DIMENSIONS = 12;

  private Dimension[] dimensions;
  private double[] levels;
  private double[] weights;

  /** Makes the dimensions and the levels and weights to build from. */
  @Setup
  public void setUp() {
    dimensions = new Dimension[DIMENSIONS];
    levels = new double[DIMENSIONS];
    weights = new double[DIMENSIONS];
    for (int i = 0; i < DIMENSIONS; i++) {
      dimensions[i] = i < 6 ? Dimension.defaults().get(i) : Dimension.of("extra-" + i);
      levels[i] = (i + 1) / (double) (DIMENSIONS + 1);
      weights[i] = 1 + i % 3;
    }
  }

  /** {@return the sum of the levels of a freshly built profile} */
  @Benchmark
  public double profile() {
    Profile.Builder builder = Profile.builder();
    for (int i = 0; i < DIMENSIONS; i++) {
      builder.level(dimensions[i], levels[i], weights[i]);
    }
    Profile profile = builder.build();
    double sum = 0;
    for (Dimension d : dimensions) {
      sum += profile.level(d).orElse(0);
    }
    return sum;
  }

  /** {@return the sum of the levels of a freshly filled map: the baseline} */
  @Benchmark
  public double baselineLinkedHashMap() {
    Map<Dimension, double[]> map = new LinkedHashMap<>();
    for (int i = 0; i < DIMENSIONS; i++) {
      map.put(dimensions[i], new double[] {levels[i], weights[i]});
    }
    double sum = 0;
    for (Dimension d : dimensions) {
      double[] entry = map.get(d);
      sum += entry == null ? 0 : entry[0];
    }
    return sum;
  }
}
