package org.attune.benchmarks;

import java.util.Locale;
import org.attune.ecosystem.ServiceEcosystem;

/**
 * Measures the heap retained per relation by a built {@link ServiceEcosystem} and by the same data
 * in JGraphT's {@code DefaultDirectedWeightedGraph}: used heap after a full collection, with and
 * without the structure, less the input both are built from. Run it with a fixed heap, for example
 * {@code java -Xms6g -Xmx6g -cp benchmarks/target/benchmarks.jar org.attune.benchmarks.Footprint}.
 */
public final class Footprint {

  private Footprint() {}

  /**
   * Prints bytes per relation for both structures.
   *
   * @param args optionally the number of relations (default 1,000,000)
   */
  public static void main(String[] args) {
    int relations = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    GeneratedEcosystem data = new GeneratedEcosystem(relations, 42);
    for (int round = 0; round < 3; round++) {
      long before = usedAfterGc();
      ServiceEcosystem eco = data.build();
      long ours = usedAfterGc() - before;
      keep(eco.relationCount());
      eco = null;
      before = usedAfterGc();
      Object graph = data.buildJGraphT();
      long theirs = usedAfterGc() - before;
      keep(graph.hashCode());
      graph = null;
      System.out.printf(
          Locale.ROOT,
          "round %d: ServiceEcosystem %.1f bytes/relation, JGraphT DefaultDirectedWeightedGraph %.1f"
              + " bytes/relation (%d relations, %d actors)%n",
          round, ours / (double) relations, theirs / (double) relations, relations,
          data.actors.length);
    }
  }

  /** {@return the heap in use after three full collections} */
  static long usedAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static volatile long sink;

  /** Keeps {@code value} where the compiler cannot see it is unused. */
  static void keep(long value) {
    sink += value;
  }
}
