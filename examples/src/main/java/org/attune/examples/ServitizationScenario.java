package org.attune.examples;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;
import java.util.Locale;
import org.attune.dominance.Servitization;
import org.attune.ecosystem.Influence;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.Dyad;
import org.attune.metric.Metrics;
import org.attune.metric.Score;
import org.attune.model.Activity;
import org.attune.model.Actor;
import org.attune.model.Dimension;
import org.attune.model.Institution;
import org.attune.model.InstitutionKind;
import org.attune.model.PaymentBasis;
import org.attune.model.Profile;
import org.attune.model.RelationType;
import org.attune.model.Resource;
import org.attune.model.ValueProposition;
import org.attune.report.EcosystemPicture;
import org.attune.report.ProfilePicture;

/**
 * Servitization, after the journeys essay (Macdonald): an engine maker that sold engines to an
 * airline comes to sell flying hours, contracting on aircraft in the air rather than on engines sold,
 * taking part in the airline's maintenance and sharing the risk that an aircraft stands idle. The
 * essay's point is that such contracts embed the supplier in the customer's own operations and
 * bring it closer to what the customer needs; the scenario reads both versions of the ecosystem,
 * before and after the change (one an edit of the other), for how servitized the offer is, how well
 * it fits the airline's own logic, and how much the maker now bears on the airline.
 */
public final class ServitizationScenario {

  /** The customer. */
  static final Actor AIRLINE = Actor.organisation("airline", "Airline");
  /** The engine maker. */
  static final Actor MAKER = Actor.organisation("engine-maker", "Engine maker");
  /** An independent maintenance shop, the maker's partner once it sells flying hours. */
  static final Actor SHOP = Actor.organisation("mro-shop", "Maintenance shop");

  static final Activity FLYING = Activity.of("flying", "Flying the schedule");
  static final Activity MAINTENANCE = Activity.of("maintenance", "Maintaining the fleet");
  static final Activity SCHEDULING = Activity.of("scheduling", "Planning the schedule");

  static final Resource KNOW_HOW = Resource.operant("know-how", "Maintenance know-how");
  static final Resource ENGINE_DATA = Resource.operand("engine-data", "Engine health data");
  static final Institution AIRWORTHINESS =
      Institution.of("airworthiness", "Airworthiness rules", InstitutionKind.RULE);

  /** Engines sold: the customer owns them. */
  static final ValueProposition ENGINES = ValueProposition.of("engines", "Engines sold");
  /** Flying hours: paid by the hour flown, the maker sharing the risk of an idle aircraft. */
  static final ValueProposition FLYING_HOURS =
      ValueProposition.of("flying-hours", "Flying hours", PaymentBasis.OUTCOME, "availability");

  private ServitizationScenario() {}

  /**
   * Runs the scenario.
   *
   * @param out where to print what it finds
   */
  public static void run(PrintStream out) {
    run(Page.console(out));
  }

  /**
   * Runs the scenario, its pictures beside its text.
   *
   * @param page where to write
   */
  public static void run(Page page) {
    requireNonNull(page, "page");
    PrintStream out = page.out();
    ServiceEcosystem before = engines();
    ServiceEcosystem after = flyingHours(before);
    out.println("An engine maker and an airline, before and after the maker sells flying hours"
        + " instead of engines.");
    out.println();
    read(out, "Selling engines", before);
    out.println();
    read(out, "Selling flying hours", after);
    page.figure("servitization-before", "Before: the maker sells engines; a maintenance shop"
        + " works on the fleet", EcosystemPicture.of(before, AIRLINE).svg());
    page.figure("servitization-after", "After: the maker sells flying hours, maintains the"
        + " engines itself with the shop as its partner, and feeds the airline's planning with"
        + " engine data", EcosystemPicture.of(after, AIRLINE).svg());
    page.panel();
    out.println("The airline's own logic against the maker's offer, before and after:");
    page.figure("servitization-offer-before", "The airline's logic against the engines sold",
        ProfilePicture.offering(before, AIRLINE, MAKER).svg());
    page.figure("servitization-offer-after", "The airline's logic against the flying hours",
        ProfilePicture.offering(after, AIRLINE, MAKER).svg());
    page.panel();
  }

  private static void read(PrintStream out, String title, ServiceEcosystem eco) {
    out.println("-- " + title + " --");
    Servitization s = Servitization.of(eco, AIRLINE, MAKER);
    out.println(s.explanation());
    Score fit = Metrics.registry().metric("profile-deviation").measure(new Dyad(eco, AIRLINE, MAKER));
    out.println(String.format(Locale.ROOT, "fit (profile-deviation) %.3f: %s", fit.value(),
        fit.explanation()));
    for (Influence e : eco.influence(AIRLINE)) {
      out.println(String.format(Locale.ROOT, "  bears on the airline: %-13s %.2f through %s",
          e.actor().id(), e.strength(),
          e.path().stream().map(x -> x.id()).toList()));
    }
  }

  /**
   * Runs the scenario on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /** {@return the airline's logic: aircraft in the air first, then a cost it can plan, then insight} */
  static Profile airlineLogic() {
    return Profile.builder()
        .level(Dimension.FUNCTIONAL, 0.9).weight(Dimension.FUNCTIONAL, 3)
        .level(Dimension.ECONOMIC, 0.8).weight(Dimension.ECONOMIC, 2)
        .level(Dimension.EPISTEMIC, 0.5)
        .build();
  }

  /** {@return the maker sells engines; a shop maintains the fleet} */
  static ServiceEcosystem engines() {
    return ServiceEcosystem.builder()
        .add(AIRLINE, MAKER, SHOP, FLYING, MAINTENANCE, SCHEDULING)
        .add(KNOW_HOW, ENGINE_DATA, AIRWORTHINESS, ENGINES)
        .relate(AIRLINE, RelationType.PERFORMS, FLYING, 1.0)
        .relate(AIRLINE, RelationType.PERFORMS, MAINTENANCE, 0.6)
        .relate(AIRLINE, RelationType.PERFORMS, SCHEDULING, 0.4)
        .relate(MAKER, RelationType.OFFERS, ENGINES)
        .relate(ENGINES, RelationType.SUPPORTS, FLYING, 1.0)
        .relate(MAKER, RelationType.SERVES, AIRLINE, 0.5)
        .relate(AIRLINE, RelationType.SERVES, MAKER, 0.5) // it pays for the engines
        .relate(SHOP, RelationType.SERVES, AIRLINE, 0.7)
        .relate(SHOP, RelationType.PERFORMS, MAINTENANCE, 0.8)
        .relate(SHOP, RelationType.ACCESSES, KNOW_HOW)
        .relate(MAINTENANCE, RelationType.INTEGRATES, KNOW_HOW)
        .relate(SCHEDULING, RelationType.INTEGRATES, ENGINE_DATA)
        .relate(AIRLINE, RelationType.ACCESSES, ENGINE_DATA, 0.4)
        .relate(AIRLINE, RelationType.ADHERES_TO, AIRWORTHINESS)
        .relate(MAKER, RelationType.ADHERES_TO, AIRWORTHINESS)
        .relate(SHOP, RelationType.ADHERES_TO, AIRWORTHINESS)
        .perspective(AIRLINE, AIRLINE, airlineLogic())
        .perspective(MAKER, MAKER, Profile.builder()
            .level(Dimension.FUNCTIONAL, 0.7)
            .level(Dimension.ECONOMIC, 0.3)
            .level(Dimension.EPISTEMIC, 0.2)
            .build())
        .build();
  }

  /**
   * {@return the next version of {@code before}: the maker sells flying hours instead of engines,
   * maintains the engines itself (the shop now its partner), feeds the airline's planning with engine
   * data it reads, and offers a cost per hour the airline can plan}
   */
  static ServiceEcosystem flyingHours(ServiceEcosystem before) {
    return before.toBuilder()
        .remove(ENGINES)
        .add(FLYING_HOURS)
        .relate(MAKER, RelationType.OFFERS, FLYING_HOURS)
        .relate(FLYING_HOURS, RelationType.SUPPORTS, FLYING, 1.0)
        .relate(FLYING_HOURS, RelationType.SUPPORTS, MAINTENANCE, 0.5)
        .relate(MAKER, RelationType.PERFORMS, MAINTENANCE, 0.9)
        .relate(MAKER, RelationType.SUPPORTS, SCHEDULING, 0.6)
        .relate(MAKER, RelationType.ACCESSES, ENGINE_DATA)
        .relate(MAKER, RelationType.PARTNERS_WITH, SHOP)
        .unrelate(SHOP, RelationType.SERVES, AIRLINE)
        .reweight(MAKER, RelationType.SERVES, AIRLINE, 0.9)
        .perspective(MAKER, MAKER, Profile.builder()
            .level(Dimension.FUNCTIONAL, 0.9)
            .level(Dimension.ECONOMIC, 0.7)
            .level(Dimension.EPISTEMIC, 0.6)
            .build())
        .build();
  }
}
