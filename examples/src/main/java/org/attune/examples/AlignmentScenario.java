package org.attune.examples;

import java.io.PrintStream;
import java.time.Instant;
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
import org.attune.model.Activity;
import org.attune.model.Actor;
import org.attune.model.Dimension;
import org.attune.model.Emotion;
import org.attune.model.Episode;
import org.attune.model.Initiative;
import org.attune.model.Institution;
import org.attune.model.InstitutionKind;
import org.attune.model.JourneyStage;
import org.attune.model.Profile;
import org.attune.model.RelationType;
import org.attune.model.Touchpoint;
import org.attune.model.TouchpointOwnership;
import org.attune.model.ValueProposition;

/**
 * A bank and its customers, scored with every registered metric. Maya, a freelance designer, runs
 * her small business from her phone; Northbank offers her an account, a bookkeeping app through a
 * partner, and a branch she never visits. The scenario prints the {@link AlignmentReport} of Maya
 * and Northbank, then scores three customers at once, as a CRM would.
 */
public final class AlignmentScenario {

  private static final Dimension SPEED = Dimension.of("speed");

  private AlignmentScenario() {}

  /**
   * Runs the scenario.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    Actor maya = Actor.individual("maya", "Maya");
    Actor tom = Actor.individual("tom", "Tom");
    Actor ines = Actor.individual("ines", "Ines");
    Actor bank = Actor.organisation("northbank", "Northbank");
    Actor ledgerly = Actor.organisation("ledgerly", "Ledgerly (bookkeeping app)");
    Actor accountant = Actor.individual("accountant", "Maya's accountant");

    Activity invoicing = Activity.of("invoicing", "Invoicing clients");
    Activity taxes = Activity.of("taxes", "Filing quarterly taxes");
    Activity saving = Activity.of("saving", "Saving for a flat");
    ValueProposition bookkeeping = ValueProposition.of("bookkeeping", "Bookkeeping in the app");

    Institution kyc = Institution.of("kyc", "Know-your-customer rules", InstitutionKind.RULE);
    Institution selfService =
        Institution.of("self-service", "Do it yourself, online", InstitutionKind.PRACTICE);
    Institution advisor =
        Institution.of("banker-as-advisor", "The banker advises", InstitutionKind.ROLE);
    Institution partner =
        Institution.of("customer-as-partner", "The customer decides", InstitutionKind.ROLE);

    Touchpoint app =
        Touchpoint.of("app", "Mobile app", TouchpointOwnership.BRAND_OWNED, JourneyStage.POSTPURCHASE);
    Touchpoint branch =
        Touchpoint.of("branch", "Branch", TouchpointOwnership.BRAND_OWNED, JourneyStage.PURCHASE);
    Touchpoint chat =
        Touchpoint.of("chat", "Chat support", TouchpointOwnership.BRAND_OWNED,
            JourneyStage.POSTPURCHASE);

    ServiceEcosystem eco =
        ServiceEcosystem.builder()
            .add(maya, tom, ines, bank, ledgerly, accountant)
            .add(invoicing, taxes, saving, bookkeeping, kyc, selfService, advisor, partner)
            .add(app, branch, chat)
            // what matters to each customer, and what the bank offers
            .perspective(maya, maya, Profile.builder()
                .level(Dimension.FUNCTIONAL, 0.9, 3).level(SPEED, 0.9, 2)
                .level(Dimension.ECONOMIC, 0.6, 1).level(Dimension.SOCIAL, 0.2, 0.5).build())
            .perspective(tom, tom, Profile.builder()
                .level(Dimension.FUNCTIONAL, 0.7).level(Dimension.EMOTIONAL, 0.8, 2)
                .level(Dimension.SOCIAL, 0.6).build())
            .perspective(ines, ines, Profile.builder()
                .level(Dimension.ECONOMIC, 0.9, 3).level(Dimension.FUNCTIONAL, 0.5).build())
            .perspective(bank, bank, Profile.builder()
                .level(Dimension.FUNCTIONAL, 0.8).level(SPEED, 0.5)
                .level(Dimension.ECONOMIC, 0.7).level(Dimension.EMOTIONAL, 0.4).build())
            .perspective(bank, maya, Profile.builder()
                .level(Dimension.FUNCTIONAL, 0.8).level(Dimension.ECONOMIC, 0.8).build())
            .perspective(maya, bank, Profile.builder()
                .level(Dimension.FUNCTIONAL, 0.7).level(SPEED, 0.3)
                .level(Dimension.ECONOMIC, 0.7).level(Dimension.EMOTIONAL, 0.5).build())
            // Maya's own world, and where the bank is invited into it
            .relate(maya, RelationType.PERFORMS, invoicing, 1.0)
            .relate(maya, RelationType.PERFORMS, taxes, 0.8)
            .relate(maya, RelationType.PERFORMS, saving, 0.4)
            .relate(bank, RelationType.OFFERS, bookkeeping)
            .relate(bookkeeping, RelationType.SUPPORTS, invoicing)
            .relate(bank, RelationType.SUPPORTS, saving)
            .relate(ledgerly, RelationType.PARTNERS_WITH, bank)
            .relate(bank, RelationType.SERVES, maya, 0.7)
            .relate(ledgerly, RelationType.SERVES, maya, 0.6)
            .relate(accountant, RelationType.SERVES, maya, 0.9)
            .relate(accountant, RelationType.INFLUENCES, maya, 0.5)
            // institutions
            .relate(maya, RelationType.ADHERES_TO, kyc, 0.6)
            .relate(maya, RelationType.ADHERES_TO, selfService, 1.0)
            .relate(maya, RelationType.ADHERES_TO, partner, 0.9)
            .relate(bank, RelationType.ADHERES_TO, kyc, 1.0)
            .relate(bank, RelationType.ADHERES_TO, selfService, 0.5)
            .relate(bank, RelationType.ADHERES_TO, advisor, 0.8)
            .relate(bank, RelationType.ADHERES_TO, partner, 0.4)
            // touchpoints and what happened there
            .relate(bank, RelationType.OPERATES, app)
            .relate(bank, RelationType.OPERATES, branch)
            .relate(bank, RelationType.OPERATES, chat)
            .episode(Episode.builder(maya, app, day(3)).initiative(Initiative.CUSTOMER)
                .acknowledged(true).customerEmotion(Emotion.of(0.5, 0.3, 0.6))
                .providerEmotion(Emotion.of(0.4, 0.2, 0.3)).build())
            .episode(Episode.builder(maya, chat, day(10)).initiative(Initiative.CUSTOMER)
                .acknowledged(false).customerEmotion(Emotion.of(-0.6, 0.7, -0.3))
                .providerEmotion(Emotion.of(0.3, -0.2, 0.5)).build())
            .episode(Episode.builder(maya, branch, day(12)).initiative(Initiative.PROVIDER)
                .customerEmotion(Emotion.of(-0.2, -0.4, -0.5))
                .providerEmotion(Emotion.of(0.5, 0.1, 0.8)).build())
            .episode(Episode.builder(maya, chat, day(20)).initiative(Initiative.CUSTOMER)
                .acknowledged(true).customerEmotion(Emotion.of(0.2, 0.1, 0.2))
                .providerEmotion(Emotion.of(0.3, 0.0, 0.3)).build())
            .build();

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

  private static Instant day(int day) {
    return Instant.parse("2026-02-01T10:00:00Z").plusSeconds(86_400L * day);
  }
}
