package org.attune.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attune.io.EventLog;
import org.attune.io.EventLogs;
import org.attune.io.LogMapping;
import org.attune.journey.DirectlyFollowsGraph;

/**
 * Measures the retained size of an imported log (with its directly-follows graph) and the heap used at
 * most while importing it, for {@code docs/PERFORMANCE.md}. The retained size is the heap in use after
 * a full GC with the result held, minus the same before the import. The peak is the highest usage the
 * JVM's heap pools saw (collected or not), so it includes garbage; run it with a small {@code -Xmx}
 * (or with several, to find the smallest that still works) to bound the peak of live data.
 *
 * <pre>
 * java -Xmx64m -cp benchmarks/target/benchmarks.jar org.attune.benchmarks.EventLogImportFootprint \
 *     ../shared/data/bpic2012.xes.gz
 * </pre>
 */
public final class EventLogImportFootprint {

  private EventLogImportFootprint() {}

  /**
   * Imports the log named by the first argument (default: BPIC 2012 in the data folder) and prints
   * the figures.
   *
   * @param args the path of the log, optional
   * @throws IOException if it cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path path = args.length > 0
        ? Path.of(args[0])
        : EventLogImportBenchmark.dataDir().resolve("bpic2012.xes.gz");
    if (!Files.isReadable(path)) {
      throw new IllegalStateException("no log at " + path.toAbsolutePath());
    }
    long before = usedAfterGc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    long start = System.nanoTime();
    EventLog log = EventLogs.readXes(path, LogMapping.defaults());
    DirectlyFollowsGraph dfg = DirectlyFollowsGraph.of(log.journeys());
    long took = System.nanoTime() - start;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    long after = usedAfterGc();
    long retained = after - before;
    System.out.printf("log: %s%n", log);
    System.out.printf("dfg: %s%n", dfg);
    System.out.printf("max heap (-Xmx): %.1f MB%n", Runtime.getRuntime().maxMemory() / 1e6);
    System.out.printf("import + mine, one cold run: %.0f ms%n", took / 1e6);
    System.out.printf("retained result (log + dfg): %.1f MB (%.0f bytes per episode)%n",
        retained / 1e6, (double) retained / log.report().eventsImported());
    System.out.printf("peak heap pools (incl. garbage): %.1f MB = %.2f x result%n",
        peak / 1e6, (double) peak / retained);
    // keep the result reachable until here
    System.out.println(log.journeys().size() + dfg.transitions().size() > 0 ? "ok" : "empty");
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      used = Math.min(used, rt.totalMemory() - rt.freeMemory());
    }
    return used;
  }
}
