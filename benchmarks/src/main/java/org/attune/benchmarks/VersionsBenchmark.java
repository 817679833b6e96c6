package org.attune.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.attune.ecosystem.Direction;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Actor;
import org.attune.model.Relation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Versions of an ecosystem (see {@code docs/VERSIONS.md}): the cost of a single change, each change
 * giving a usable immutable version and every version kept, against the cost of building the
 * ecosystem from scratch; and queries on a derived version against the same queries on the same
 * content built from scratch.
 */
public class VersionsBenchmark {

  private VersionsBenchmark() {}

  /** How many single changes one invocation of {@link Changes#tenThousandChanges()} applies. */
  static final int CHANGES = 10_000;

  /** Applying single changes one at a time, keeping every version. */
  @State(Scope.Benchmark)
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Warmup(iterations = 2, time = 3)
  @Measurement(iterations = 3, time = 3)
  @Fork(value = 1, jvmArgs = {"-Xms8g", "-Xmx8g"})
  public static class Changes {

    /** The shape: a generated ecosystem, or one firm serving every customer. */
    @Param({"generated", "one-firm"})
    public String shape;

    /** How many relations. */
    @Param({"1000000"})
    public int relations;

    private VersionedEcosystem data;
    private ServiceEcosystem[] versions;

    /** Generates the ecosystem once. */
    @Setup(Level.Trial)
    public void setUp() {
      data = new VersionedEcosystem(shape, relations);
      versions = new ServiceEcosystem[CHANGES];
    }

    /**
     * {@return the last of 10,000 versions, each one change from the one before, all kept}; the
     * score is per change
     */
    @Benchmark
    @OperationsPerInvocation(CHANGES)
    public ServiceEcosystem tenThousandChanges() {
      ServiceEcosystem v = data.eco;
      for (int i = 0; i < CHANGES; i++) {
        v = data.change(v);
        versions[i] = v;
      }
      return v;
    }

    /** {@return the same ecosystem built from scratch: what one change cost before versions} */
    @Benchmark
    public ServiceEcosystem baselineRebuild() {
      ServiceEcosystem.Builder b = ServiceEcosystem.builder().add(data.eco.elements())
          .relateAll(data.eco.relations());
      data.eco.perspectives().forEach((p, profile) -> b.perspective(p.holder(), p.subject(),
          profile));
      return b.episodes(data.eco.episodes()).build();
    }
  }

  /** Queries on a version 10,000 changes from its base, against the same content built fresh. */
  @State(Scope.Benchmark)
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @Warmup(iterations = 3, time = 1)
  @Measurement(iterations = 5, time = 1)
  @Fork(value = 1, jvmArgs = {"-Xms8g", "-Xmx8g"})
  public static class Queries {

    /** The shape: a generated ecosystem, or one firm serving every customer. */
    @Param({"generated", "one-firm"})
    public String shape;

    /** How many relations. */
    @Param({"1000000"})
    public int relations;

    private ServiceEcosystem derived;
    private ServiceEcosystem fresh;
    private Actor firm;
    private Actor[] customers;
    private int next;

    /** Derives the version and builds its content from scratch. */
    @Setup(Level.Trial)
    public void setUp() {
      VersionedEcosystem data = new VersionedEcosystem(shape, relations);
      ServiceEcosystem v = data.eco;
      for (int i = 0; i < CHANGES; i++) {
        v = data.change(v);
      }
      derived = v;
      ServiceEcosystem.Builder b = ServiceEcosystem.builder().add(v.elements())
          .relateAll(v.relations());
      v.perspectives().forEach((p, profile) -> b.perspective(p.holder(), p.subject(), profile));
      fresh = b.episodes(v.episodes()).build();
      if (!fresh.equals(derived)) {
        throw new IllegalStateException("the version and its fresh build differ");
      }
      firm = data.firm;
      customers = new Actor[1024];
      java.util.SplittableRandom random = new java.util.SplittableRandom(7);
      for (int i = 0; i < customers.length; i++) {
        customers[i] = data.customers[random.nextInt(data.customers.length)];
      }
    }

    private Actor nextCustomer() {
      next = (next + 1) & (customers.length - 1);
      return customers[next];
    }

    private static int ask(ServiceEcosystem eco, Actor firm, Actor c) {
      List<Relation> both = eco.relations(c, Direction.BOTH);
      int n = both.size();
      n += eco.perspective(firm, c).isPresent() ? 1 : 0;
      n += eco.ownLogic(c).isPresent() ? 1 : 0;
      n += eco.episodes(c).size();
      return n;
    }

    /** {@return a customer's relations, the firm's model of it, its own logic and its episodes} */
    @Benchmark
    public int customerQueriesDerived() {
      return ask(derived, firm, nextCustomer());
    }

    /** {@return the same queries on the fresh build: the baseline} */
    @Benchmark
    public int customerQueriesFresh() {
      return ask(fresh, firm, nextCustomer());
    }

    /** {@return the customer ecosystem of radius 2 of a customer on the version} */
    @Benchmark
    public int around2Derived() {
      return derived.around(nextCustomer(), 2).elementCount();
    }

    /** {@return the same on the fresh build: the baseline} */
    @Benchmark
    public int around2Fresh() {
      return fresh.around(nextCustomer(), 2).elementCount();
    }
  }
}
