package org.attune.benchmarks;

import java.time.Instant;
import java.util.SplittableRandom;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Activity;
import org.attune.model.Actor;
import org.attune.model.Dimension;
import org.attune.model.Element;
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
 * A generated CRM ecosystem of one firm and its customers, with every kind of data the built-in
 * metrics read, and gaps where a CRM has them:
 *
 * <ul>
 *   <li>the firm, its partners (PARTNERS_WITH, either way) and competitors; the firm SERVES 95% of
 *       the customers, half of them SERVE it back, partners and competitors serve some of them,
 *       peers of a community of a hundred INFLUENCE them, and so do the firm and its partners;
 *   <li>activities the customers PERFORM (none for 6% of them), which the firm SUPPORTS directly
 *       or through the value propositions it OFFERS;
 *   <li>institutions of every kind, ROLE ones among them, which the firm, its partners and the
 *       customers ADHERE_TO (no institution for 10% of the customers);
 *   <li>perspectives on twelve dimensions: the firm's own logic, each customer's own logic (all
 *       twelve for most, part of them for some, none for 8%), the customers' images of the firm
 *       (40%) and the firm's model of some customers (25%);
 *   <li>episodes at touchpoints the firm OPERATES and at its partners' (none for 30% of the
 *       customers), with the emotions of either side where recorded, who took the initiative and
 *       whether a customer's initiative was acknowledged.
 * </ul>
 *
 * <p>Deterministic: the same size and seed give the same ecosystem.
 */
final class CrmEcosystem {

  /** Dimensions of the perspectives, as in issue 11. */
  static final int DIMENSIONS = 12;

  /** How many customers a community of peers has. */
  static final int COMMUNITY = 100;

  private static final String[] EXTRA_DIMENSIONS = {
    "convenience", "trust", "speed", "personalisation", "sustainability", "price-fairness"
  };

  private static final long YEAR_START = 1_767_225_600L; // 2026-01-01T00:00:00Z
  private static final int YEAR_SECONDS = 365 * 24 * 3600;

  final ServiceEcosystem eco;
  final Actor firm;
  final Actor[] customers;

  private final SplittableRandom random;
  private final Dimension[] dimensions = new Dimension[DIMENSIONS];

  /**
   * Generates the ecosystem.
   *
   * @param size how many customers
   * @param seed the random seed
   */
  CrmEcosystem(int size, long seed) {
    random = new SplittableRandom(seed);
    for (int i = 0; i < DIMENSIONS; i++) {
      dimensions[i] = i < 6 ? Dimension.defaults().get(i) : Dimension.of(EXTRA_DIMENSIONS[i - 6]);
    }
    firm = Actor.organisation("firm", "The firm");
    ServiceEcosystem.Builder b = ServiceEcosystem.builder().add(firm);

    Actor[] partners = organisations(b, "partner", 12);
    Actor[] competitors = organisations(b, "competitor", 8);
    for (int k = 0; k < partners.length; k++) {
      // either way: PARTNERS_WITH counts in both directions
      if (k % 3 == 0) {
        b.relate(partners[k], RelationType.PARTNERS_WITH, firm, strength());
      } else {
        b.relate(firm, RelationType.PARTNERS_WITH, partners[k], strength());
      }
      b.relate(partners[k], RelationType.SERVES, firm, strength());
    }

    Touchpoint[] touchpoints = touchpoints(b, partners);
    Activity[] activities = activities(b);
    Institution[] institutions = institutions(b, partners);
    b.perspective(firm, firm, profile(DIMENSIONS));

    customers = new Actor[size];
    for (int c = 0; c < size; c++) {
      customers[c] = Actor.individual("customer-" + c, "Customer " + c);
    }
    b.add(customers);
    for (int c = 0; c < size; c++) {
      Actor customer = customers[c];
      serve(b, c, partners, competitors);
      influence(b, c, partners);
      perform(b, customer, activities);
      adhere(b, customer, institutions);
      perspectives(b, customer);
      episodes(b, customer, touchpoints);
    }
    eco = b.build();
  }

  private Actor[] organisations(ServiceEcosystem.Builder b, String prefix, int n) {
    Actor[] result = new Actor[n];
    for (int k = 0; k < n; k++) {
      result[k] = Actor.organisation(prefix + "-" + k, "Organisation " + prefix + " " + k);
    }
    b.add(result);
    return result;
  }

  /** Six touchpoints the firm operates, two its partners do. */
  private Touchpoint[] touchpoints(ServiceEcosystem.Builder b, Actor[] partners) {
    String[] ids = {"app", "web", "store", "call-centre", "email", "chat", "marketplace", "kiosk"};
    JourneyStage[] stages = JourneyStage.values();
    Touchpoint[] result = new Touchpoint[ids.length];
    for (int t = 0; t < ids.length; t++) {
      boolean firms = t < 6;
      result[t] = Touchpoint.of(ids[t], "Touchpoint " + ids[t],
          firms ? TouchpointOwnership.BRAND_OWNED : TouchpointOwnership.PARTNER_OWNED,
          stages[t % stages.length]);
      b.add(result[t]).relate(firms ? firm : partners[t], RelationType.OPERATES, result[t]);
    }
    return result;
  }

  /**
   * Forty activities: the firm SUPPORTS eight directly and OFFERS six value propositions that
   * SUPPORT three each; the last twelve are left to the partners.
   */
  private Activity[] activities(ServiceEcosystem.Builder b) {
    Activity[] result = new Activity[40];
    for (int a = 0; a < result.length; a++) {
      result[a] = Activity.of("activity-" + a, "Activity " + a);
    }
    b.add(result);
    for (int a = 0; a < 8; a++) {
      b.relate(firm, RelationType.SUPPORTS, result[a * 2]);
    }
    for (int v = 0; v < 6; v++) {
      ValueProposition proposition = ValueProposition.of("proposition-" + v, "Proposition " + v);
      b.add(proposition).relate(firm, RelationType.OFFERS, proposition);
      for (int k = 0; k < 3; k++) {
        b.relate(proposition, RelationType.SUPPORTS, result[(v * 5 + k * 7 + 1) % 28]);
      }
    }
    return result;
  }

  /** Thirty institutions of every kind, five of them ROLE; the firm adheres to thirteen. */
  private Institution[] institutions(ServiceEcosystem.Builder b, Actor[] partners) {
    InstitutionKind[] kinds = InstitutionKind.values();
    Institution[] result = new Institution[30];
    for (int k = 0; k < result.length; k++) {
      result[k] = Institution.of("institution-" + k, "Institution " + k, kinds[k % kinds.length]);
    }
    b.add(result);
    for (int k = 0; k < 12; k++) {
      // the first twelve hold two of the five ROLE institutions
      b.relate(firm, RelationType.ADHERES_TO, result[k], strength());
    }
    b.relate(firm, RelationType.ADHERES_TO, result[21], strength());
    for (Actor partner : partners) {
      b.relate(partner, RelationType.ADHERES_TO, result[random.nextInt(result.length)], strength());
    }
    return result;
  }

  /** SERVES both ways with the firm, and from partners and competitors. */
  private void serve(ServiceEcosystem.Builder b, int c, Actor[] partners, Actor[] competitors) {
    Actor customer = customers[c];
    if (random.nextDouble() < 0.95) {
      b.relate(firm, RelationType.SERVES, customer, strength());
    }
    if (random.nextDouble() < 0.5) {
      // paying, rating, referring: service back, from half of them (2.5% neither serve)
      b.relate(customer, RelationType.SERVES, firm, strength());
    }
    if (random.nextDouble() < 0.3) {
      b.relate(partners[random.nextInt(partners.length)], RelationType.SERVES, customer,
          strength());
    }
    if (random.nextDouble() < 0.2) {
      b.relate(competitors[random.nextInt(competitors.length)], RelationType.SERVES, customer,
          strength());
    }
  }

  /** Up to three peers of the customer's community, the firm for some, a partner for a few. */
  private void influence(ServiceEcosystem.Builder b, int c, Actor[] partners) {
    int community = c / COMMUNITY * COMMUNITY;
    int width = Math.min(COMMUNITY, customers.length - community);
    int peers = random.nextInt(4);
    int first = random.nextInt(width);
    for (int k = 1; k <= peers && k < width; k++) {
      int peer = community + (first + k * 11) % width;
      if (peer != c) {
        b.relate(customers[peer], RelationType.INFLUENCES, customers[c], strength());
      }
    }
    if (random.nextDouble() < 0.3) {
      b.relate(firm, RelationType.INFLUENCES, customers[c], strength());
    }
    if (random.nextDouble() < 0.1) {
      b.relate(partners[random.nextInt(partners.length)], RelationType.INFLUENCES, customers[c],
          strength());
    }
  }

  /** Up to six activities, none for 6% of the customers. */
  private void perform(ServiceEcosystem.Builder b, Actor customer, Activity[] activities) {
    relateSome(b, customer, RelationType.PERFORMS, activities, 0.06, 7);
  }

  /** Up to six institutions, none for 10% of the customers. */
  private void adhere(ServiceEcosystem.Builder b, Actor customer, Institution[] institutions) {
    relateSome(b, customer, RelationType.ADHERES_TO, institutions, 0.1, 5);
  }

  /**
   * Relates {@code customer} to one to six of {@code targets}, {@code step} apart from a random
   * first, unless it draws one of the {@code none} customers related to none.
   */
  private void relateSome(ServiceEcosystem.Builder b, Actor customer, RelationType type,
      Element[] targets, double none, int step) {
    if (random.nextDouble() < none) {
      return;
    }
    int n = 1 + random.nextInt(6);
    int first = random.nextInt(targets.length);
    for (int k = 0; k < n; k++) {
      b.relate(customer, type, targets[(first + k * step) % targets.length], strength());
    }
  }

  /** Own logic, image of the firm and the firm's model of the customer, each for some. */
  private void perspectives(ServiceEcosystem.Builder b, Actor customer) {
    double draw = random.nextDouble();
    if (draw < 0.85) {
      b.perspective(customer, customer, profile(DIMENSIONS));
    } else if (draw < 0.92) {
      b.perspective(customer, customer, profile(6 + random.nextInt(DIMENSIONS - 6)));
    }
    if (random.nextDouble() < 0.4) {
      b.perspective(customer, firm, profile(4 + random.nextInt(DIMENSIONS - 3)));
    }
    if (random.nextDouble() < 0.25) {
      b.perspective(firm, customer, profile(6 + random.nextInt(DIMENSIONS - 5)));
    }
  }

  /** Up to six episodes, none for 30% of the customers. */
  private void episodes(ServiceEcosystem.Builder b, Actor customer, Touchpoint[] touchpoints) {
    if (random.nextDouble() < 0.3) {
      return;
    }
    int n = 1 + random.nextInt(6);
    Initiative[] initiatives = {Initiative.CUSTOMER, Initiative.PROVIDER, Initiative.OTHER};
    for (int k = 0; k < n; k++) {
      Touchpoint at = touchpoints[random.nextInt(touchpoints.length)];
      Instant time = Instant.ofEpochSecond(YEAR_START + random.nextInt(YEAR_SECONDS));
      Episode.Builder e = Episode.builder(customer, at, time);
      if (random.nextDouble() < 0.8) {
        e.customerEmotion(emotion());
      }
      if (random.nextDouble() < 0.6) {
        e.providerEmotion(emotion());
      }
      Initiative initiative = initiatives[random.nextInt(initiatives.length)];
      b.episode(e.initiative(initiative).acknowledged(random.nextDouble() < 0.7).build());
    }
  }

  /** {@return a profile on {@code n} of the twelve dimensions, starting at a random one} */
  private Profile profile(int n) {
    Profile.Builder p = Profile.builder();
    int first = n == DIMENSIONS ? 0 : random.nextInt(DIMENSIONS);
    for (int k = 0; k < n; k++) {
      p.level(dimensions[(first + k) % DIMENSIONS], random.nextDouble(),
          0.5 + random.nextInt(4) * 0.5);
    }
    return p.build();
  }

  private Emotion emotion() {
    return Emotion.of(pad(), pad(), pad());
  }

  private double pad() {
    return 2 * random.nextDouble() - 1;
  }

  private double strength() {
    return 0.05 + 0.95 * random.nextDouble();
  }
}
