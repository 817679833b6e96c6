package org.attune.benchmarks;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.attune.ecosystem.Influence;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.ecosystem.Traversal;
import org.attune.model.Activity;
import org.attune.model.Actor;
import org.attune.model.Element;
import org.attune.model.JourneyStage;
import org.attune.model.Relation;
import org.attune.model.RelationType;
import org.attune.model.Touchpoint;
import org.attune.model.TouchpointOwnership;
import org.jgrapht.graph.AsUndirectedGraph;
import org.jgrapht.traverse.BreadthFirstIterator;
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
 * The customer ecosystem of one customer among the many one firm serves: {@code around(c, 2)} and
 * {@code influence(c)} must cost in proportion to the customer's own ties, flat from 20,000 to
 * 200,000 customers. One firm SERVES every customer and PARTNERS_WITH a partner and OPERATES an app;
 * each customer is INFLUENCED by one peer (the next customer) and PERFORMS one of ten activities that
 * all customers share. The baselines, in the same run: the old both-ways traversal at radius 1, and
 * a bare JGraphT breadth-first search of radius 2 over {@code eco.graph()}, which fans out through
 * the firm to every customer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms3g", "-Xmx3g"})
public class CustomerEcosystemBenchmark {

  /** How many customers the firm serves. */
  @Param({"20000", "200000"})
  public int customers;

  private ServiceEcosystem eco;
  private Actor[] asked;
  private int next;

  /** Builds the one-firm ecosystem and picks the customers to ask about. */
  @Setup(Level.Trial)
  public void setUp() {
    Actor firm = Actor.organisation("firm", "The firm");
    Actor partner = Actor.organisation("partner", "The partner");
    Touchpoint app =
        Touchpoint.of("app", "The app", TouchpointOwnership.BRAND_OWNED, JourneyStage.POSTPURCHASE);
    Activity[] activities = new Activity[10];
    ServiceEcosystem.Builder b = ServiceEcosystem.builder().add(firm, partner, app);
    for (int a = 0; a < activities.length; a++) {
      activities[a] = Activity.of("activity-" + a, "Activity " + a);
      b.add(activities[a]);
    }
    b.relate(firm, RelationType.PARTNERS_WITH, partner, 0.5);
    b.relate(firm, RelationType.OPERATES, app);
    Actor[] all = new Actor[customers];
    for (int i = 0; i < customers; i++) {
      all[i] = Actor.individual("c" + i, "Customer " + i);
      b.add(all[i]);
    }
    for (int i = 0; i < customers; i++) {
      b.relate(firm, RelationType.SERVES, all[i], 0.8);
      b.relate(all[(i + 1) % customers], RelationType.INFLUENCES, all[i], 0.5);
      b.relate(all[i], RelationType.PERFORMS, activities[i % activities.length], 0.9);
    }
    eco = b.build();
    asked = new Actor[1024];
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < asked.length; i++) {
      asked[i] = all[random.nextInt(customers)];
    }
  }

  private Actor nextCustomer() {
    next = (next + 1) & (asked.length - 1);
    return asked[next];
  }

  /** {@return the customer ecosystem of radius 2, bounded by the CDL default traversal} */
  @Benchmark
  public ServiceEcosystem around2() {
    return eco.around(nextCustomer(), 2);
  }

  /** {@return the influence ranking of a customer, over its customer ecosystem of radius 2} */
  @Benchmark
  public List<Influence> influence() {
    return eco.influence(nextCustomer());
  }

  /** {@return the neighbourhood of radius 1, every relation followed both ways: a baseline} */
  @Benchmark
  public ServiceEcosystem baselineEveryRelationAround1() {
    return eco.around(nextCustomer(), 1, Traversal.everyRelation());
  }

  /**
   * {@return how many elements a bare JGraphT breadth-first search of radius 2 visits over {@code
   * eco.graph()}, relations followed both ways: the unbounded baseline, through the firm to every
   * customer}
   */
  @Benchmark
  public int baselineJGraphTBreadthFirst2() {
    BreadthFirstIterator<Element, Relation> bfs =
        new BreadthFirstIterator<>(new AsUndirectedGraph<>(eco.graph()), nextCustomer());
    int visited = 0;
    while (bfs.hasNext()) {
      Element e = bfs.next();
      if (bfs.getDepth(e) > 2) {
        break;
      }
      visited++;
    }
    return visited;
  }
}
