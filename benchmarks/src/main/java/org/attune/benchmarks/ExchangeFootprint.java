package org.attune.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.exchange.EcosystemJson;
import org.attune.model.Actor;
import org.attune.model.Dimension;
import org.attune.model.Profile;

/**
 * Whether saving and loading an ecosystem stream in memory bounded by the ecosystem itself: the
 * ecosystem of {@link ExchangeBenchmark} (by default 1,000,000 relations and 200,000 profiles) is
 * written to a file and read back, and the heap still in use after each garbage collection during
 * the write and during the read (the live set the collector found) is compared with the heap the
 * ecosystem retains on its own. A reader that held the document, or a tree of it, would show the
 * document's size on top. Run it with a fixed heap, for example {@code java -Xms4g -Xmx4g -cp
 * benchmarks/target/benchmarks.jar org.attune.benchmarks.ExchangeFootprint}.
 */
public final class ExchangeFootprint {

  private ExchangeFootprint() {}

  /**
   * Prints the ecosystem's retained heap, the document's size, and the largest live heap seen after
   * a collection while writing and while reading.
   *
   * @param args optionally the number of relations (default 1,000,000) and a folder for the file
   * @throws IOException if the file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    int relations = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path folder = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("attune-json");
    Path file = folder.resolve("ecosystem.json");

    long before = Footprint.usedAfterGc();
    ServiceEcosystem eco = ecosystem(relations);
    long retained = Footprint.usedAfterGc() - before;

    long peakWrite;
    try (LiveHeap live = LiveHeap.watch()) {
      EcosystemJson.write(eco, file);
      peakWrite = live.peak() - before;
    }
    eco = null;
    long base = Footprint.usedAfterGc();
    ServiceEcosystem read;
    long peakRead;
    try (LiveHeap live = LiveHeap.watch()) {
      read = EcosystemJson.read(file);
      peakRead = live.peak() - base;
    }
    long readRetained = Footprint.usedAfterGc() - base;
    Footprint.keep(read.relationCount());
    System.out.printf(Locale.ROOT,
        "%,d relations: the ecosystem retains %.1f MB; the document is %.1f MB;"
            + " live heap while writing at most %.1f MB (the ecosystem included), while reading at"
            + " most %.1f MB against %.1f MB retained once read (%.2fx)%n",
        relations, mb(retained), mb(Files.size(file)), mb(peakWrite), mb(peakRead),
        mb(readRetained), readRetained > 0 ? peakRead / (double) readRetained : Double.NaN);
    Files.delete(file);
  }

  /**
   * {@return the ecosystem of {@link ExchangeBenchmark}: {@link GeneratedEcosystem}'s with, per
   * customer, an own logic and its firm's model of it, six dimensions each}
   *
   * @param relations the number of relations
   */
  static ServiceEcosystem ecosystem(int relations) {
    GeneratedEcosystem data = new GeneratedEcosystem(relations, 42);
    ServiceEcosystem.Builder builder = data.builder();
    SplittableRandom random = new SplittableRandom(7);
    List<Dimension> dims = Dimension.defaults();
    int customers = relations / GeneratedEcosystem.RELATIONS_PER_ACTOR;
    int firms = data.actors.length - customers;
    for (int c = 0; c < customers; c++) {
      Actor customer = data.actors[firms + c];
      Actor firm = data.actors[c / GeneratedEcosystem.CUSTOMERS_PER_FIRM];
      builder.perspective(customer, customer, profile(dims, random));
      builder.perspective(firm, customer, profile(dims, random));
    }
    return builder.build();
  }

  private static Profile profile(List<Dimension> dims, SplittableRandom random) {
    Profile.Builder profile = Profile.builder();
    for (int d = 0; d < ExchangeBenchmark.DIMENSIONS; d++) {
      profile.level(dims.get(d), random.nextDouble());
    }
    return profile.build();
  }

  private static double mb(long bytes) {
    return bytes / 1e6;
  }

  /** The largest heap in use after a collection, while it is watched. */
  private static final class LiveHeap implements AutoCloseable {
    private final AtomicLong peak = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = (notification, handback) -> {
      if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
          notification.getType())) {
        GarbageCollectionNotificationInfo info =
            GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long used = 0;
        for (MemoryUsage usage : info.getGcInfo().getMemoryUsageAfterGc().values()) {
          used += usage.getUsed();
        }
        peak.accumulateAndGet(used, Math::max);
      }
    };

    static LiveHeap watch() {
      LiveHeap heap = new LiveHeap();
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        if (gc instanceof NotificationEmitter emitter) {
          emitter.addNotificationListener(heap.listener, null, null);
          heap.emitters.add(emitter);
        }
      }
      return heap;
    }

    /** {@return the largest heap in use after a collection so far, with one collection now} */
    long peak() {
      peak.accumulateAndGet(Footprint.usedAfterGc(), Math::max);
      return peak.get();
    }

    @Override
    public void close() {
      for (NotificationEmitter emitter : emitters) {
        try {
          emitter.removeNotificationListener(listener);
        } catch (javax.management.ListenerNotFoundException e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }
}
