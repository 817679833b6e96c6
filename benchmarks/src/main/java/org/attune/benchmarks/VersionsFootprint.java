package org.attune.benchmarks;

import java.util.Locale;
import org.attune.ecosystem.ServiceEcosystem;

/**
 * Measures the heap retained per version when 10,000 versions of an ecosystem, each one change from
 * the one before (see {@link VersionedEcosystem#change}), are all kept: used heap after a full
 * collection with every version held, less the heap with the first alone, divided by the number of
 * versions. Run it with a fixed heap, for example {@code java -Xms8g -Xmx8g -cp
 * benchmarks/target/benchmarks.jar org.attune.benchmarks.VersionsFootprint one-firm 1000000}.
 */
public final class VersionsFootprint {

  private VersionsFootprint() {}

  /**
   * Prints the bytes per retained version, and per relation of the first version for scale.
   *
   * @param args optionally the shape ({@code generated} or {@code one-firm}, default {@code
   *     one-firm}), the number of relations (default 1,000,000) and of versions (default 10,000)
   */
  public static void main(String[] args) {
    String shape = args.length > 0 ? args[0] : "one-firm";
    int relations = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    int count = args.length > 2 ? Integer.parseInt(args[2]) : VersionsBenchmark.CHANGES;
    long before = Footprint.usedAfterGc();
    VersionedEcosystem data = new VersionedEcosystem(shape, relations);
    long first = Footprint.usedAfterGc() - before;
    ServiceEcosystem[] versions = new ServiceEcosystem[count];
    ServiceEcosystem v = data.eco;
    long start = Footprint.usedAfterGc();
    for (int i = 0; i < count; i++) {
      v = data.change(v);
      versions[i] = v;
    }
    long all = Footprint.usedAfterGc() - start;
    System.out.printf(
        Locale.ROOT,
        "%s, %d relations: the first version %.1f bytes/relation; %d versions kept, %.0f bytes per"
            + " version (one change each)%n",
        shape, relations, first / (double) relations, count, all / (double) count);
    Footprint.keep(versions[count - 1].relationCount());
  }
}
