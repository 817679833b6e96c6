package org.attune.benchmarks;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.Dyad;
import org.attune.metric.Metric;
import org.attune.metric.Metrics;
import org.attune.model.Actor;
import org.attune.model.Dimension;
import org.attune.model.Profile;
import org.attune.model.RelationType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One {@code profile-deviation} {@code measure} of a customer whose logic has many dimensions, against
 * an offering holding the same dimensions in reverse order, so that every dimension must be looked
 * up: against a hand-written loop over two {@link HashMap}s of the same data. With a linear {@code
 * Profile.indexOf} the metric was quadratic in the number of dimensions (16,384 dimensions: 2.1 s per
 * {@code measure}); with constant-time lookup it stays within a small factor of the maps.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar ManyDimensions -f 1 -wi 2 -i 3
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ManyDimensionsBenchmark {

  @Param({"16", "16384"})
  int dimensions;

  private Dyad dyad;
  private Metric metric;
  private Map<Dimension, Double> customerLevels;
  private Map<Dimension, Double> offeredLevels;

  /** Builds the customer's logic and the reversed offering, and the same data as two maps. */
  @Setup
  public void setUp() {
    Dimension[] dims = new Dimension[dimensions];
    for (int i = 0; i < dimensions; i++) {
      dims[i] = Dimension.of("d" + i);
    }
    Profile.Builder logic = Profile.builder();
    Profile.Builder offer = Profile.builder();
    customerLevels = new HashMap<>();
    offeredLevels = new HashMap<>();
    for (int i = 0; i < dimensions; i++) {
      double wanted = (i % 10) / 10.0;
      logic.level(dims[i], wanted);
      customerLevels.put(dims[i], wanted);
      int j = dimensions - 1 - i;
      double offered = (j % 7) / 7.0;
      offer.level(dims[j], offered);
      offeredLevels.put(dims[j], offered);
    }
    Actor customer = Actor.individual("customer", "Customer");
    Actor provider = Actor.organisation("provider", "Provider");
    ServiceEcosystem eco =
        ServiceEcosystem.builder()
            .add(customer, provider)
            .relate(provider, RelationType.SERVES, customer, 1.0)
            .perspective(customer, customer, logic.build())
            .perspective(provider, provider, offer.build())
            .build();
    dyad = new Dyad(eco, customer, provider);
    metric = Metrics.registry().metric("profile-deviation");
  }

  /** {@return profile-deviation of the dyad, by the library} */
  @Benchmark
  public double measure() {
    return metric.measure(dyad).value();
  }

  /**
   * {@return 1 minus the root-mean-square gap over the customer's dimensions (equal weights), the
   * formula of profile-deviation, by hand over two hash maps: the baseline, with no explanation and no
   * factors}
   */
  @Benchmark
  public double baselineHashMaps() {
    double sum = 0;
    for (Map.Entry<Dimension, Double> e : customerLevels.entrySet()) {
      Double offered = offeredLevels.get(e.getKey());
      double gap = e.getValue() - (offered == null ? 0 : offered);
      sum += gap * gap;
    }
    return 1 - Math.sqrt(sum / customerLevels.size());
  }
}
