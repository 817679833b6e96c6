package org.attune.benchmarks;

import java.time.Instant;
import java.util.SplittableRandom;
import org.attune.ecosystem.Direction;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Actor;
import org.attune.model.Dimension;
import org.attune.model.Episode;
import org.attune.model.JourneyStage;
import org.attune.model.Profile;
import org.attune.model.RelationType;
import org.attune.model.Touchpoint;
import org.attune.model.TouchpointOwnership;

/**
 * The ecosystems and the stream of single changes of the versions benchmarks: a generated one (the
 * {@link GeneratedEcosystem} of {@code relations} relations, a firm per 1,000 customers), or one
 * firm serving every customer (each customer served by the firm, influenced by four peers), both with
 * each customer's own logic, the firm's model of it and a touchpoint for episodes.
 */
final class VersionedEcosystem {

  /** How many peers influence each customer of the one-firm ecosystem. */
  static final int PEERS = 4;

  final ServiceEcosystem eco;
  final Actor firm;
  final Actor[] customers;
  final Touchpoint app;
  private final SplittableRandom random;
  private final Profile[] logics;
  private int step;

  /**
   * Generates the ecosystem.
   *
   * @param shape {@code "generated"} or {@code "one-firm"}
   * @param relations the number of relations: a multiple of 10,000
   */
  VersionedEcosystem(String shape, int relations) {
    random = new SplittableRandom(42);
    app = Touchpoint.of("app", "App", TouchpointOwnership.BRAND_OWNED, JourneyStage.POSTPURCHASE);
    logics = new Profile[16];
    for (int i = 0; i < logics.length; i++) {
      logics[i] = Profile.builder()
          .level(Dimension.FUNCTIONAL, random.nextDouble())
          .level(Dimension.EMOTIONAL, random.nextDouble())
          .level(Dimension.ECONOMIC, random.nextDouble())
          .build();
    }
    ServiceEcosystem.Builder b;
    if (shape.equals("one-firm")) {
      int n = relations / (PEERS + 1);
      firm = Actor.organisation("firm", "Firm");
      customers = new Actor[n];
      for (int c = 0; c < n; c++) {
        customers[c] = Actor.individual("customer-" + c, "Customer " + c);
      }
      b = ServiceEcosystem.builder().add(firm).add(customers);
      for (int c = 0; c < n; c++) {
        b.relate(firm, RelationType.SERVES, customers[c], 0.5 + 0.5 * random.nextDouble());
        for (int k = 1; k <= PEERS; k++) {
          b.relate(customers[(c + k * 7919) % n], RelationType.INFLUENCES, customers[c],
              0.05 + 0.95 * random.nextDouble());
        }
      }
    } else {
      GeneratedEcosystem data = new GeneratedEcosystem(relations, 42);
      int n = relations / GeneratedEcosystem.RELATIONS_PER_ACTOR;
      firm = data.actors[0];
      customers = new Actor[n];
      for (int c = 0; c < n; c++) {
        customers[c] = data.customer(c);
      }
      b = data.builder();
    }
    b.add(app).relate(firm, RelationType.OPERATES, app);
    for (int c = 0; c < customers.length; c++) {
      b.perspective(customers[c], customers[c], logics[c & 15]);
      b.perspective(firm, customers[c], logics[(c + 1) & 15]);
    }
    eco = b.build();
  }

  /**
   * {@return {@code from} with the next single change applied}: in turn a new relation, a re-weight,
   * the removal of a relation, a replaced perspective and a new episode
   */
  ServiceEcosystem change(ServiceEcosystem from) {
    int s = step++;
    Actor c = customers[random.nextInt(customers.length)];
    Actor other = customers[random.nextInt(customers.length)];
    ServiceEcosystem.Builder b = from.toBuilder();
    switch (s % 5) {
      case 0 -> {
        if (other.equals(c) || from.relation(other, RelationType.PARTNERS_WITH, c).isPresent()) {
          b.perspective(c, c, logics[s & 15]);
        } else {
          b.relate(other, RelationType.PARTNERS_WITH, c, 0.5);
        }
      }
      case 1 -> b.reweight(firm, RelationType.SERVES, firmServed(from, c),
          0.05 + 0.95 * random.nextDouble());
      case 2 -> {
        var served = from.relations(c, RelationType.INFLUENCES, Direction.INCOMING);
        if (served.isEmpty()) {
          b.perspective(c, c, logics[s & 15]);
        } else {
          b.unrelate(served.get(0).source(), RelationType.INFLUENCES, c);
        }
      }
      case 3 -> b.perspective(firm, c, logics[s & 15]);
      default -> b.episode(Episode.of(c, app, Instant.ofEpochSecond(1_700_000_000L + s)));
    }
    return b.build();
  }

  /** {@return a customer the firm serves: {@code c} if it does, else the firm's first} */
  private Actor firmServed(ServiceEcosystem from, Actor c) {
    if (from.relation(firm, RelationType.SERVES, c).isPresent()) {
      return c;
    }
    return (Actor) from.relations(firm, RelationType.SERVES, Direction.OUTGOING)
        .get(0).target();
  }
}
