package org.attune.metric;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.attune.ecosystem.ServiceEcosystem;
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
 * Seeded random ecosystems for property tests: a few customers and providers with random profiles
 * (some missing, some with zero weights, levels on a coarse grid so that ties and equal levels
 * happen), activities, partners, institutions, touchpoints and episodes.
 */
final class RandomEcosystems {

  static final List<Dimension> DIMENSIONS =
      List.of(
          Dimension.FUNCTIONAL, Dimension.EMOTIONAL, Dimension.SOCIAL, Dimension.EPISTEMIC,
          Dimension.CONDITIONAL, Dimension.ECONOMIC, Dimension.of("trust"), Dimension.of("access"));

  final ServiceEcosystem ecosystem;
  final List<Actor> customers = new ArrayList<>();
  final List<Actor> providers = new ArrayList<>();

  private RandomEcosystems(long seed, int customerCount) {
    Random r = new Random(seed);
    ServiceEcosystem.Builder b = ServiceEcosystem.builder();
    for (int i = 0; i < customerCount; i++) {
      customers.add(Actor.individual("c" + i, "Customer " + i));
    }
    for (int i = 0; i < 3; i++) {
      providers.add(Actor.organisation("p" + i, "Provider " + i));
    }
    b.add(customers).add(providers);
    List<Actor> all = new ArrayList<>(customers);
    all.addAll(providers);
    for (Actor holder : all) {
      for (Actor subject : all) {
        boolean own = holder.equals(subject);
        boolean dyadic = customers.contains(holder) != customers.contains(subject);
        if ((own && r.nextDouble() < 0.9) || (dyadic && r.nextDouble() < 0.6)) {
          b.perspective(holder, subject, profile(r));
        }
      }
    }
    List<Activity> activities = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      activities.add(Activity.of("a" + i, "Activity " + i));
    }
    List<ValueProposition> propositions =
        List.of(ValueProposition.of("v0", "Offer 0"), ValueProposition.of("v1", "Offer 1"));
    List<Institution> institutions = new ArrayList<>();
    InstitutionKind[] kinds = InstitutionKind.values();
    for (int i = 0; i < 6; i++) {
      institutions.add(Institution.of("i" + i, "Institution " + i, kinds[r.nextInt(kinds.length)]));
    }
    List<Touchpoint> touchpoints = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      touchpoints.add(
          Touchpoint.of("t" + i, "Touchpoint " + i, TouchpointOwnership.values()[i],
              JourneyStage.values()[i % JourneyStage.values().length]));
    }
    b.add(activities).add(propositions).add(institutions).add(touchpoints);
    for (Actor c : customers) {
      for (Activity a : activities) {
        if (r.nextDouble() < 0.5) {
          b.relate(c, RelationType.PERFORMS, a, strength(r));
        }
      }
      for (Actor other : all) {
        if (!other.equals(c) && r.nextDouble() < 0.3) {
          b.relate(other, r.nextBoolean() ? RelationType.SERVES : RelationType.INFLUENCES, c,
              strength(r));
        }
      }
    }
    for (Actor p : providers) {
      for (Activity a : activities) {
        if (r.nextDouble() < 0.3) {
          b.relate(p, RelationType.SUPPORTS, a, strength(r));
        }
      }
      for (ValueProposition v : propositions) {
        if (r.nextDouble() < 0.4) {
          b.relate(p, RelationType.OFFERS, v);
        }
      }
      for (Actor q : providers) {
        if (p.id().compareTo(q.id()) < 0 && r.nextDouble() < 0.4) {
          b.relate(p, RelationType.PARTNERS_WITH, q);
        }
      }
      for (Touchpoint t : touchpoints) {
        if (r.nextDouble() < 0.5) {
          b.relate(p, RelationType.OPERATES, t);
        }
      }
    }
    for (ValueProposition v : propositions) {
      for (Activity a : activities) {
        if (r.nextDouble() < 0.3) {
          b.relate(v, RelationType.SUPPORTS, a);
        }
      }
    }
    for (Actor a : all) {
      for (Institution i : institutions) {
        if (r.nextDouble() < 0.4) {
          b.relate(a, RelationType.ADHERES_TO, i, strength(r));
        }
      }
    }
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    for (Actor c : customers) {
      int n = r.nextInt(6);
      for (int k = 0; k < n; k++) {
        Episode.Builder e =
            Episode.builder(c, touchpoints.get(r.nextInt(touchpoints.size())),
                start.plusSeconds(r.nextInt(1_000_000)));
        if (r.nextDouble() < 0.7) {
          e.customerEmotion(emotion(r));
        }
        if (r.nextDouble() < 0.6) {
          e.providerEmotion(emotion(r));
        }
        e.initiative(Initiative.values()[r.nextInt(Initiative.values().length)]);
        e.acknowledged(r.nextBoolean());
        b.episode(e.build());
      }
    }
    ecosystem = b.build();
  }

  static RandomEcosystems of(long seed) {
    return new RandomEcosystems(seed, 6);
  }

  static RandomEcosystems of(long seed, int customers) {
    return new RandomEcosystems(seed, customers);
  }

  /** {@return every dyad of a customer and a provider} */
  List<Dyad> dyads() {
    List<Dyad> result = new ArrayList<>();
    for (Actor c : customers) {
      for (Actor p : providers) {
        result.add(new Dyad(ecosystem, c, p));
      }
    }
    return result;
  }

  /** {@return a random profile over a random subset of the dimensions} */
  static Profile profile(Random r) {
    Profile.Builder b = Profile.builder();
    boolean positive = false;
    int n = 1 + r.nextInt(DIMENSIONS.size());
    List<Dimension> shuffled = new ArrayList<>(DIMENSIONS);
    java.util.Collections.shuffle(shuffled, r);
    for (int i = 0; i < n; i++) {
      double level = r.nextDouble() < 0.5 ? r.nextInt(11) / 10.0 : r.nextDouble();
      double weight = r.nextDouble() < 0.15 ? 0 : 0.5 + r.nextInt(4) * 0.5;
      positive |= weight > 0;
      b.level(shuffled.get(i), level, weight);
    }
    if (!positive) {
      b.weight(shuffled.get(0), 1);
    }
    return b.build();
  }

  private static double strength(Random r) {
    return r.nextDouble() < 0.3 ? 1.0 : 0.1 + 0.9 * r.nextDouble();
  }

  private static Emotion emotion(Random r) {
    return Emotion.of(r.nextInt(21) / 10.0 - 1, r.nextDouble() * 2 - 1, r.nextInt(3) - 1);
  }
}
