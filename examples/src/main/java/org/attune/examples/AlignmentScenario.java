package org.attune.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.attune.ecosystem.Level;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.AlignmentReport;
import org.attune.metric.Cohort;
import org.attune.metric.CompositeMetric;
import org.attune.metric.Scores;
import org.attune.metric.Scoring;
import org.attune.metric.Dyad;
import org.attune.metric.Metric;
import org.attune.metric.MetricRegistry;
import org.attune.metric.Metrics;
import org.attune.metric.Score;
import org.attune.model.Actor;
import org.attune.testlib.scenario.BankAndCustomers;

/**
 * A bank and its customers, scored with every registered metric. Maya, a freelance designer, runs
 * her small business from her phone; Northbank offers her an account, a bookkeeping app through a
 * partner, and a branch she never visits. The scenario prints the {@link AlignmentReport} of Maya
 * and Northbank, then scores three customers at once, as a CRM would.
 */
public final class AlignmentScenario {

  private AlignmentScenario() {}

  /**
   * Runs the scenario.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    // the bank and its customers, one of the canonical scenarios of the test kit: Maya, Tom and
    // Ines, Northbank and its partner app, their own logics, Maya's activities, the institutions
    // both sides adhere to, the bank's touchpoints and what happened there
    ServiceEcosystem eco = BankAndCustomers.ecosystem();
    Actor maya = BankAndCustomers.MAYA;
    Actor tom = BankAndCustomers.TOM;
    Actor ines = BankAndCustomers.INES;
    Actor bank = BankAndCustomers.BANK;

    MetricRegistry registry = Metrics.registry();
    AlignmentReport report = AlignmentReport.of(new Dyad(eco, maya, bank), registry);
    out.println(report.render());

    out.println("Scoring every customer at once, as a CRM would (n/a = undefined):");
    List<Actor> customers = List.of(maya, tom, ines);
    Cohort cohort = Cohort.of(eco, customers);
    // the four conditions of attunement, but read only where at least two of them have data: a
    // customer with one condition scored is undefined rather than judged on that one alone
    Metric guarded = CompositeMetric.attunement("attunement, 2 of 4", Level.MICRO)
        .part(registry.metric("knowledge-symmetry"), 1)
        .part(registry.metric("emotional"), 1)
        .part(registry.metric("recognition"), 1)
        .part(registry.metric("identity-safety"), 1)
        .minDefinedParts(2)
        .build();
    for (Metric metric : List.of(registry.metric("profile-deviation"),
        registry.metric("shortfall"), registry.metric("cosine"), registry.metric("attunement"),
        guarded)) {
      String name = metric.name();
      Scores scores = Scoring.sequential().score(metric, cohort, bank);
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-18s", name));
      for (int i = 0; i < scores.size(); i++) {
        line.append("  ").append(customers.get(i).name()).append(' ').append(
            scores.isDefined(i) ? String.format(Locale.ROOT, "%.2f", scores.value(i)) : "n/a");
      }
      out.println(line);
    }
    Scores fit = Scoring.sequential().score(registry.metric("profile-deviation"), cohort, bank);
    int worst = fit.lowest(1).get(0);
    out.println("  Fits worst: " + customers.get(worst).name() + ", most of all on "
        + fit.topFactors(worst).get(0).factor());
    Score why = registry.metric("shortfall").measure(new Dyad(eco, ines, bank));
    out.println("  Why Ines scores " + String.format(Locale.ROOT, "%.2f", why.value())
        + " on shortfall: " + why.explanation());
  }

  /**
   * Runs the scenario on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }
}
