package org.attune.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Activity;
import org.attune.model.Actor;
import org.attune.model.ActorType;
import org.attune.model.Aspect;
import org.attune.model.EffectFlow;
import org.attune.model.Element;
import org.attune.model.ElementKind;
import org.attune.model.Emotion;
import org.attune.model.Episode;
import org.attune.model.Initiative;
import org.attune.model.Mood;
import org.attune.model.PaymentBasis;
import org.attune.model.Perspective;
import org.attune.model.Profile;
import org.attune.model.Relation;
import org.attune.model.RelationType;
import org.attune.model.Resource;
import org.attune.model.Sphere;
import org.attune.model.Touchpoint;
import org.attune.model.ValueInUse;
import org.attune.model.ValueProposition;
import org.attune.testlib.scenario.RandomEcosystems;

/**
 * Seeded random ecosystems holding everything the format carries: the test kit's random ecosystem
 * (customers, providers, profiles, activities, institutions, touchpoints, episodes) with, on top,
 * resources, value propositions of every payment basis with shared risks, relation types declared
 * by users, relations of every built-in type, perspectives of every aspect, value-in-use, episodes
 * with counterparts and propositions, moods, and names and numbers that test the writer (quotes,
 * line breaks, non-Latin letters, -0.0, the ends of every range).
 */
final class RandomContent {

  static final RelationType CARES_FOR = RelationType.of("CARES_FOR",
      EnumSet.of(ElementKind.ACTOR), EnumSet.of(ElementKind.ACTOR), EffectFlow.BACKWARD);
  static final RelationType DRAWS_ON = RelationType.of("DRAWS_ON",
      EnumSet.of(ElementKind.ACTOR, ElementKind.ACTIVITY),
      EnumSet.of(ElementKind.RESOURCE, ElementKind.INSTITUTION), EffectFlow.MUTUAL);

  private static final String[] NAMES = {
    "Plain", "With \"quotes\" and \\ backslash", "Line\nbreak\tand tab", "Ünïcödé – 漢字 🙂",
    "  leading spaces", "</script>"
  };

  private RandomContent() {}

  /** {@return an ecosystem of {@code seed} holding every kind of content, built from scratch} */
  static ServiceEcosystem ecosystem(long seed) {
    Random r = new Random(seed);
    ServiceEcosystem base = RandomEcosystems.of(seed, 2 + r.nextInt(6)).ecosystem();
    ServiceEcosystem.Builder b = ServiceEcosystem.builder();
    List<Element> elements = new ArrayList<>(base.elements());
    List<Actor> actors = new ArrayList<>(base.actors());
    for (int i = 0; i < 3; i++) {
      Actor a = new Actor("x" + i, NAMES[r.nextInt(NAMES.length)],
          ActorType.values()[r.nextInt(ActorType.values().length)]);
      elements.add(a);
      actors.add(a);
    }
    List<Resource> resources = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Resource res = r.nextBoolean() ? Resource.operant("r" + i, NAMES[r.nextInt(NAMES.length)])
          : Resource.operand("r" + i, "Resource " + i);
      resources.add(res);
      elements.add(res);
    }
    List<ValueProposition> propositions = new ArrayList<>(base.elements(ValueProposition.class));
    for (int i = 0; i < 3; i++) {
      PaymentBasis basis = PaymentBasis.values()[r.nextInt(PaymentBasis.values().length)];
      String[] risks = r.nextBoolean() ? new String[0] : new String[] {"availability", "uptime"};
      ValueProposition v = ValueProposition.of("vp" + i, "Proposition " + i, basis, risks);
      propositions.add(v);
      elements.add(v);
    }
    b.add(elements);
    b.relateAll(base.relations());
    List<Activity> activities = base.elements(Activity.class);
    List<Touchpoint> touchpoints = base.elements(Touchpoint.class);
    List<Element> institutions = new ArrayList<>(base.elements(org.attune.model.Institution.class));
    for (Actor a : actors) {
      if (!base.contains(a) || r.nextDouble() < 0.5) {
        Actor other = actors.get(r.nextInt(actors.size()));
        b.relate(a, CARES_FOR, other, strength(r));
        b.relate(a, RelationType.MEMBER_OF, actors.get(r.nextInt(actors.size())), strength(r));
        b.relate(a, RelationType.ACCESSES, resources.get(r.nextInt(resources.size())));
      }
    }
    for (Activity a : activities) {
      if (r.nextBoolean()) {
        b.relate(a, RelationType.INTEGRATES, resources.get(r.nextInt(resources.size())),
            strength(r));
        b.relate(a, DRAWS_ON, r.nextBoolean() ? resources.get(0) : institutions.get(0));
      }
    }
    b.relate(actors.get(0), DRAWS_ON, resources.get(1), Double.MIN_VALUE);
    b.relate(actors.get(0), RelationType.OFFERS, propositions.get(propositions.size() - 1));
    for (Map.Entry<Perspective, Profile> p : base.perspectives().entrySet()) {
      b.perspective(p.getKey().holder(), p.getKey().subject(), p.getKey().aspect(), p.getValue());
    }
    for (Actor a : actors) {
      for (Aspect aspect : Aspect.values()) {
        if (r.nextDouble() < 0.3) {
          b.perspective(a, actors.get(r.nextInt(actors.size())), aspect,
              RandomEcosystems.profile(r));
        }
      }
    }
    b.perspective(actors.get(0), actors.get(0), Aspect.IDEAL, Profile.builder()
        .level(org.attune.model.Dimension.of("odd \"dimension\""), 0.0, 0.0)
        .level(org.attune.model.Dimension.of("huge"), 1.0, Double.MAX_VALUE).build());
    b.episodes(base.episodes());
    Instant start = Instant.parse("2026-01-01T00:00:00.123456789Z");
    for (int i = 0; i < 2 + r.nextInt(4); i++) {
      Episode.Builder e = Episode.builder(actors.get(r.nextInt(actors.size())),
          touchpoints.get(r.nextInt(touchpoints.size())), start.plusSeconds(r.nextInt(100_000)));
      e.initiative(Initiative.values()[r.nextInt(Initiative.values().length)]);
      e.acknowledged(r.nextBoolean());
      if (r.nextBoolean()) {
        e.customerEmotion(emotion(r));
      }
      if (r.nextBoolean()) {
        e.providerEmotion(emotion(r));
      }
      if (r.nextBoolean()) {
        e.counterpart(actors.get(r.nextInt(actors.size())));
      }
      if (r.nextBoolean()) {
        e.proposition(propositions.get(r.nextInt(propositions.size())));
      }
      Episode episode = e.build();
      b.episode(episode);
      if (r.nextDouble() < 0.3) {
        b.episode(episode); // the same episode twice: episodes are a multiset
      }
    }
    for (int i = 0; i < 1 + r.nextInt(5); i++) {
      Actor beneficiary = actors.get(r.nextInt(actors.size()));
      List<Actor> others = new ArrayList<>();
      for (int k = r.nextInt(3); k > 0; k--) {
        others.add(actors.get(r.nextInt(actors.size())));
      }
      double valence = switch (r.nextInt(4)) {
        case 0 -> -1;
        case 1 -> -0.0;
        case 2 -> 1;
        default -> r.nextDouble() * 2 - 1;
      };
      ValueInUse v = ValueInUse.of(beneficiary, Sphere.values()[r.nextInt(3)], valence,
          others.toArray(new Actor[0]));
      if (r.nextBoolean()) {
        v = v.in(activities.get(r.nextInt(activities.size())));
      }
      b.valueInUse(v);
    }
    for (Actor a : actors) {
      for (int k = r.nextInt(3); k > 0; k--) {
        b.mood(Mood.of(a, emotion(r), start.plusSeconds(3600L * k + r.nextInt(3))));
      }
    }
    return b.build();
  }

  /** {@return a random edit of {@code eco}: a new version that changes a little of everything} */
  static ServiceEcosystem changed(ServiceEcosystem eco, Random r) {
    ServiceEcosystem.Builder b = eco.toBuilder();
    List<Actor> actors = eco.actors();
    List<Relation> relations = eco.relations();
    if (!relations.isEmpty()) {
      Relation gone = relations.get(r.nextInt(relations.size()));
      b.unrelate(gone.source(), gone.type(), gone.target());
      Relation other = relations.get(r.nextInt(relations.size()));
      if (!other.equals(gone)) {
        b.reweight(other.source(), other.type(), other.target(), strength(r));
      }
    }
    Actor newcomer = Actor.collective("n" + r.nextInt(1_000_000), "Newcomer");
    if (!eco.contains(newcomer) && eco.element(newcomer.id()).isEmpty()) {
      b.add(newcomer);
      b.relate(newcomer, CARES_FOR, actors.get(r.nextInt(actors.size())), strength(r));
      b.perspective(newcomer, newcomer, RandomEcosystems.profile(r));
      b.mood(Mood.of(newcomer, emotion(r), Instant.parse("2026-02-01T00:00:00Z")));
    }
    Actor someone = actors.get(r.nextInt(actors.size()));
    b.perspective(someone, someone, RandomEcosystems.profile(r));
    if (r.nextBoolean() && actors.size() > 4) {
      // an element leaves with everything that names it
      b.remove(actors.get(actors.size() - 1));
    }
    if (r.nextBoolean()) {
      // an element changes under its id: it leaves and comes back, renamed
      Actor renamed = actors.get(r.nextInt(actors.size()));
      if (!renamed.equals(actors.get(actors.size() - 1))) {
        b.remove(renamed);
        b.add(new Actor(renamed.id(), renamed.name() + " (renamed)", renamed.type()));
      }
    }
    if (!eco.valueInUse().isEmpty() && r.nextBoolean()) {
      b.removeValueInUse(eco.valueInUse().get(0));
    }
    if (!eco.episodes().isEmpty() && r.nextBoolean()) {
      b.removeEpisode(eco.episodes().get(eco.episodes().size() - 1));
    }
    if (!eco.moods().isEmpty() && r.nextBoolean()) {
      b.removeMood(eco.moods().get(0));
    }
    if (!eco.perspectives().isEmpty() && r.nextBoolean()) {
      Perspective p = eco.perspectives().keySet().iterator().next();
      b.removePerspective(p.holder(), p.subject(), p.aspect());
    }
    Actor beneficiary = actors.get(0);
    b.episode(Episode.of(beneficiary, eco.elements(Touchpoint.class).get(0),
        Instant.parse("2026-03-01T00:00:00Z").plusSeconds(r.nextInt(1000))));
    b.valueInUse(new ValueInUse(beneficiary, Sphere.CUSTOMER, r.nextDouble(), java.util.Set.of(),
        Optional.empty()));
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      // a removal and a later edit of the same element collided: keep the simpler change
      return eco.toBuilder().perspective(someone, someone, RandomEcosystems.profile(r)).build();
    }
  }

  private static double strength(Random r) {
    return switch (r.nextInt(5)) {
      case 0 -> 1.0;
      case 1 -> 0.1;
      default -> Math.nextUp(r.nextDouble());
    };
  }

  private static Emotion emotion(Random r) {
    return Emotion.of(r.nextDouble() * 2 - 1, r.nextBoolean() ? -0.0 : 1, r.nextInt(3) - 1);
  }
}
