package org.attune.benchmarks;

import java.util.Locale;
import org.attune.dynamics.History;
import org.attune.ecosystem.ServiceEcosystem;

/**
 * Measures the heap a {@link History} of monthly survey waves (12 unless told) retains ({@link SurveyWaves}: each
 * wave changes 1% of the customers' own logics) against one version alone: used heap after full
 * collections with the base ecosystem alone, then with the whole history held as well. The target
 * (issue 13) is the history within 1.5× of one version plus its changes. Run it with a fixed heap,
 * for example {@code java -Xms4g -Xmx4g -cp benchmarks/target/benchmarks.jar
 * org.attune.benchmarks.HistoryFootprint 200000}, or {@code ... HistoryFootprint 100000 100} for 100
 * versions of 100,000 customers.
 */
public final class HistoryFootprint {

  private HistoryFootprint() {}

  /**
   * Prints the bytes of one version and of the history of its versions.
   *
   * @param args optionally the number of customers (default 200,000) and of monthly waves (default
   *     12)
   */
  public static void main(String[] args) {
    int customers = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    int months = args.length > 1 ? Integer.parseInt(args[1]) : SurveyWaves.MONTHS;
    long before = Footprint.usedAfterGc();
    SurveyWaves data = new SurveyWaves(customers, months);
    long withWaves = Footprint.usedAfterGc();
    ServiceEcosystem base = data.base;
    History history = History.fromWaves(base, data.waves);
    long withHistory = Footprint.usedAfterGc();
    long one = withWaves - before;
    long added = withHistory - withWaves;
    System.out.printf(
        Locale.ROOT,
        "%d customers: base version and waves %.1f MB; a history of %d versions adds %.1f MB"
            + " (%.3f× the base and waves held together)%n",
        customers,
        one / 1e6,
        history.size(),
        added / 1e6,
        (one + added) / (double) one);
    Footprint.keep(history.last().elementCount() + base.elementCount());
  }
}
