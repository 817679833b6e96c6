package org.attune.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.attune.ecosystem.Direction;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Actor;
import org.attune.model.Element;
import org.attune.model.Relation;
import org.attune.model.RelationType;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
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

/** Building a {@link ServiceEcosystem} and querying it, at two sizes, against plain JGraphT. */
public class EcosystemBenchmark {

  private EcosystemBenchmark() {}

  /** Loading 100,000 actors and 1,000,000 relations: ours against JGraphT's weighted graph. */
  @State(Scope.Benchmark)
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2, time = 2)
  @Measurement(iterations = 5, time = 2)
  @Fork(value = 1, jvmArgs = {"-Xms6g", "-Xmx6g"})
  public static class Build {

    /** How many relations. */
    @Param({"1000000"})
    public int relations;

    private GeneratedEcosystem data;

    /** Generates the input once. */
    @Setup
    public void setUp() {
      data = new GeneratedEcosystem(relations, 42);
    }

    /** {@return a built ecosystem: builder, every relation validated, arrays laid out} */
    @Benchmark
    public ServiceEcosystem serviceEcosystem() {
      return data.build();
    }

    /** {@return the same vertices and weighted edges in a JGraphT graph: the baseline} */
    @Benchmark
    public DefaultDirectedWeightedGraph<Element, DefaultWeightedEdge> baselineJGraphT() {
      return data.buildJGraphT();
    }
  }

  /** Queries on one customer, at 100,000 and 1,000,000 relations: costs that must stay flat. */
  @State(Scope.Benchmark)
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Warmup(iterations = 3, time = 1)
  @Measurement(iterations = 5, time = 1)
  @Fork(value = 1, jvmArgs = {"-Xms6g", "-Xmx6g"})
  public static class Query {

    /** How many relations. */
    @Param({"100000", "1000000"})
    public int relations;

    private ServiceEcosystem eco;
    private Graph<Element, DefaultWeightedEdge> jgrapht;
    private Actor[] customers;
    private int next;

    /** Builds the ecosystem and picks the customers to ask about. */
    @Setup(Level.Trial)
    public void setUp() {
      GeneratedEcosystem data = new GeneratedEcosystem(relations, 42);
      eco = data.build();
      jgrapht = data.buildJGraphT();
      customers = new Actor[1024];
      java.util.SplittableRandom random = new java.util.SplittableRandom(7);
      int count = relations / GeneratedEcosystem.RELATIONS_PER_ACTOR;
      for (int i = 0; i < customers.length; i++) {
        customers[i] = data.customer(random.nextInt(count));
      }
    }

    private Actor nextCustomer() {
      next = (next + 1) & (customers.length - 1);
      return customers[next];
    }

    /** {@return the customer ecosystem of radius 2} */
    @Benchmark
    public ServiceEcosystem around2() {
      return eco.around(nextCustomer(), 2);
    }

    /** {@return the relations that influence a customer} */
    @Benchmark
    public int relationsIncoming() {
      List<Relation> in = eco.relations(nextCustomer(), RelationType.INFLUENCES, Direction.INCOMING);
      return in.size();
    }

    /** {@return the incoming edges of a customer in JGraphT: the baseline} */
    @Benchmark
    public int baselineJGraphTIncoming() {
      return jgrapht.incomingEdgesOf(nextCustomer()).size();
    }
  }
}
