package org.attune.model;

import static org.attune.model.Fixtures.ALICE;
import static org.attune.model.Fixtures.APP;
import static org.attune.model.Fixtures.BOB;
import static org.attune.model.Fixtures.CARE_PLAN;
import static org.attune.model.Fixtures.CLINIC;
import static org.attune.model.Fixtures.COACHING;
import static org.attune.model.Fixtures.DESK;
import static org.attune.model.Fixtures.KNOW_HOW;
import static org.attune.model.Fixtures.MEASURING;
import static org.attune.model.Fixtures.NURSE;
import static org.attune.model.Fixtures.T0;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Value semantics of the model: equal components make equal values with equal hash codes, and a
 * change in any one component makes them unequal. Each first group holds instances made in
 * different ways; every later group differs from it in one component.
 */
class EqualityTest {

  @Test
  void actors_should_be_equal_by_id_name_and_type() {
    new EqualsTester()
        .addEqualityGroup(
            Actor.individual("alice", "Alice"), new Actor("alice", "Alice", ActorType.INDIVIDUAL))
        .addEqualityGroup(Actor.individual("alice2", "Alice"))
        .addEqualityGroup(Actor.individual("alice", "Alice B."))
        .addEqualityGroup(Actor.collective("alice", "Alice"))
        .addEqualityGroup(Actor.organisation("alice", "Alice"))
        .testEquals();
  }

  @Test
  void resources_should_be_equal_by_id_name_and_nature() {
    new EqualsTester()
        .addEqualityGroup(
            Resource.operant("r", "Know-how"),
            new Resource("r", "Know-how", ResourceNature.OPERANT))
        .addEqualityGroup(Resource.operant("r2", "Know-how"))
        .addEqualityGroup(Resource.operant("r", "Skills"))
        .addEqualityGroup(Resource.operand("r", "Know-how"))
        .testEquals();
  }

  @Test
  void institutions_should_be_equal_by_id_name_and_kind() {
    new EqualsTester()
        .addEqualityGroup(
            Institution.of("i", "Privacy", InstitutionKind.RULE),
            new Institution("i", "Privacy", InstitutionKind.RULE))
        .addEqualityGroup(Institution.of("i2", "Privacy", InstitutionKind.RULE))
        .addEqualityGroup(Institution.of("i", "Discretion", InstitutionKind.RULE))
        .addEqualityGroup(Institution.of("i", "Privacy", InstitutionKind.NORM))
        .testEquals();
  }

  @Test
  void activities_should_be_equal_by_id_and_name() {
    new EqualsTester()
        .addEqualityGroup(Activity.of("a", "Measuring"), new Activity("a", "Measuring"))
        .addEqualityGroup(Activity.of("a2", "Measuring"))
        .addEqualityGroup(Activity.of("a", "Cooking"))
        // same components, another kind of element
        .addEqualityGroup(ValueProposition.of("a", "Measuring"))
        .testEquals();
  }

  @Test
  void touchpoints_should_be_equal_by_id_name_ownership_and_stage() {
    new EqualsTester()
        .addEqualityGroup(
            Touchpoint.of("t", "App", TouchpointOwnership.BRAND_OWNED, JourneyStage.PURCHASE),
            new Touchpoint("t", "App", TouchpointOwnership.BRAND_OWNED, JourneyStage.PURCHASE))
        .addEqualityGroup(
            Touchpoint.of("t2", "App", TouchpointOwnership.BRAND_OWNED, JourneyStage.PURCHASE))
        .addEqualityGroup(
            Touchpoint.of("t", "Web", TouchpointOwnership.BRAND_OWNED, JourneyStage.PURCHASE))
        .addEqualityGroup(
            Touchpoint.of("t", "App", TouchpointOwnership.PARTNER_OWNED, JourneyStage.PURCHASE))
        .addEqualityGroup(
            Touchpoint.of("t", "App", TouchpointOwnership.BRAND_OWNED, JourneyStage.PREPURCHASE))
        .testEquals();
  }

  @Test
  void value_propositions_should_be_equal_by_id_and_name() {
    new EqualsTester()
        .addEqualityGroup(
            ValueProposition.of("v", "Care plan"), new ValueProposition("v", "Care plan"))
        .addEqualityGroup(ValueProposition.of("v2", "Care plan"))
        .addEqualityGroup(ValueProposition.of("v", "Coaching"))
        .testEquals();
  }

  @Test
  void relation_types_should_be_equal_by_name_kinds_and_flow_whatever_set_was_given() {
    Set<ElementKind> actorInHashSet = new HashSet<>(List.of(ElementKind.ACTOR));
    new EqualsTester()
        .addEqualityGroup(
            RelationType.SERVES,
            RelationType.actorToActor("SERVES"),
            RelationType.of("SERVES", actorInHashSet, EnumSet.of(ElementKind.ACTOR)),
            new RelationType("SERVES", Set.of(ElementKind.ACTOR), Set.of(ElementKind.ACTOR)),
            RelationType.of("SERVES", Set.of(ElementKind.ACTOR), Set.of(ElementKind.ACTOR),
                EffectFlow.FORWARD))
        .addEqualityGroup(RelationType.actorToActor("SERVES_WELL"))
        .addEqualityGroup(
            RelationType.of("SERVES", Set.of(ElementKind.ACTOR), Set.of(ElementKind.ACTOR),
                EffectFlow.BACKWARD))
        .addEqualityGroup(
            new RelationType("SERVES", Set.of(ElementKind.ACTOR), Set.of(ElementKind.ACTOR),
                EffectFlow.MUTUAL))
        .addEqualityGroup(
            RelationType.of(
                "SERVES",
                EnumSet.of(ElementKind.ACTOR, ElementKind.VALUE_PROPOSITION),
                EnumSet.of(ElementKind.ACTOR)))
        .addEqualityGroup(
            RelationType.of(
                "SERVES", EnumSet.of(ElementKind.ACTOR), EnumSet.of(ElementKind.ACTIVITY)))
        .testEquals();
  }

  @Test
  void relations_should_be_equal_by_source_type_target_and_strength() {
    new EqualsTester()
        .addEqualityGroup(
            Relation.of(CLINIC, RelationType.SERVES, ALICE),
            Relation.of(CLINIC, RelationType.SERVES, ALICE, 1.0),
            new Relation(CLINIC, RelationType.SERVES, ALICE, Relation.DEFAULT_STRENGTH))
        .addEqualityGroup(Relation.of(BOB, RelationType.SERVES, ALICE))
        .addEqualityGroup(Relation.of(CLINIC, RelationType.INFLUENCES, ALICE))
        .addEqualityGroup(Relation.of(CLINIC, RelationType.SERVES, BOB))
        .addEqualityGroup(Relation.of(CLINIC, RelationType.SERVES, ALICE, 0.8))
        .testEquals();
  }

  @Test
  void dimensions_should_be_equal_by_name_case_sensitively() {
    new EqualsTester()
        .addEqualityGroup(
            Dimension.FUNCTIONAL, Dimension.of("functional"), new Dimension("functional"))
        .addEqualityGroup(Dimension.of("Functional"))
        .addEqualityGroup(Dimension.EMOTIONAL)
        .testEquals();
  }

  @Test
  void profiles_should_be_equal_by_dimensions_in_order_levels_and_weights() {
    Profile reference =
        Profile.builder()
            .level(Dimension.FUNCTIONAL, 0.9, 2)
            .level(Dimension.EMOTIONAL, 0.7)
            .build();
    new EqualsTester()
        .addEqualityGroup(
            reference,
            Profile.builder()
                .weight(Dimension.FUNCTIONAL, 2)
                .level(Dimension.FUNCTIONAL, 0.9)
                .level(Dimension.EMOTIONAL, 0.7, Profile.DEFAULT_WEIGHT)
                .build(),
            reference.toBuilder().build())
        // another level
        .addEqualityGroup(
            Profile.builder()
                .level(Dimension.FUNCTIONAL, 0.8, 2)
                .level(Dimension.EMOTIONAL, 0.7)
                .build())
        // another weight
        .addEqualityGroup(
            Profile.builder()
                .level(Dimension.FUNCTIONAL, 0.9, 3)
                .level(Dimension.EMOTIONAL, 0.7)
                .build())
        // another dimension
        .addEqualityGroup(
            Profile.builder()
                .level(Dimension.FUNCTIONAL, 0.9, 2)
                .level(Dimension.SOCIAL, 0.7)
                .build())
        // one more dimension
        .addEqualityGroup(reference.toBuilder().level(Dimension.SOCIAL, 0.1).build())
        // the same entries in another order
        .addEqualityGroup(
            Profile.builder()
                .level(Dimension.EMOTIONAL, 0.7)
                .level(Dimension.FUNCTIONAL, 0.9, 2)
                .build())
        .testEquals();
  }

  @Test
  void profiles_of_a_map_should_equal_built_profiles_of_default_weight() {
    new EqualsTester()
        .addEqualityGroup(
            Profile.of(ImmutableMap.of(Dimension.SOCIAL, 0.2, Dimension.ECONOMIC, 0.5)),
            Profile.builder().level(Dimension.SOCIAL, 0.2).level(Dimension.ECONOMIC, 0.5).build())
        .addEqualityGroup(
            Profile.of(ImmutableMap.of(Dimension.ECONOMIC, 0.5, Dimension.SOCIAL, 0.2)))
        .testEquals();
  }

  @Test
  void perspectives_should_be_equal_by_holder_and_subject_in_that_order() {
    new EqualsTester()
        .addEqualityGroup(Perspective.of(CLINIC, ALICE), new Perspective(CLINIC, ALICE))
        .addEqualityGroup(Perspective.of(ALICE, CLINIC))
        .addEqualityGroup(Perspective.of(BOB, ALICE))
        .addEqualityGroup(Perspective.of(CLINIC, BOB))
        .addEqualityGroup(Perspective.own(ALICE), Perspective.of(ALICE, ALICE),
            Perspective.own(ALICE, Aspect.ACTUAL))
        .addEqualityGroup(Perspective.own(ALICE, Aspect.IDEAL),
            Perspective.of(ALICE, ALICE, Aspect.IDEAL))
        .addEqualityGroup(Perspective.of(CLINIC, ALICE, Aspect.EXPECTED))
        .testEquals();
  }

  @Test
  void moods_should_be_equal_by_actor_emotion_and_start() {
    new EqualsTester()
        .addEqualityGroup(Mood.of(ALICE, Emotion.of(0.5, 0.2, -0.4), T0),
            new Mood(ALICE, Emotion.of(0.5, 0.2, -0.4), T0))
        .addEqualityGroup(Mood.of(BOB, Emotion.of(0.5, 0.2, -0.4), T0))
        .addEqualityGroup(Mood.of(ALICE, Emotion.NEUTRAL, T0))
        .addEqualityGroup(Mood.of(ALICE, Emotion.of(0.5, 0.2, -0.4), T0.plusSeconds(1)))
        .testEquals();
  }

  @Test
  void values_in_use_should_be_equal_by_every_component() {
    new EqualsTester()
        .addEqualityGroup(
            ValueInUse.of(ALICE, Sphere.JOINT, 0.6, CLINIC),
            // the beneficiary is always a contributor, given or not
            ValueInUse.of(ALICE, Sphere.JOINT, 0.6, ALICE, CLINIC),
            new ValueInUse(ALICE, Sphere.JOINT, 0.6, Set.of(CLINIC), Optional.empty()))
        .addEqualityGroup(ValueInUse.of(BOB, Sphere.JOINT, 0.6, ALICE, CLINIC))
        .addEqualityGroup(ValueInUse.of(ALICE, Sphere.CUSTOMER, 0.6, CLINIC))
        .addEqualityGroup(ValueInUse.of(ALICE, Sphere.JOINT, -0.6, CLINIC))
        .addEqualityGroup(ValueInUse.of(ALICE, Sphere.JOINT, 0.6, CLINIC, NURSE))
        .addEqualityGroup(ValueInUse.of(ALICE, Sphere.JOINT, 0.6, CLINIC).in(MEASURING))
        .testEquals();
  }

  @Test
  void emotions_should_be_equal_by_pleasure_arousal_and_dominance() {
    new EqualsTester()
        .addEqualityGroup(Emotion.of(0.5, 0.2, -0.4), new Emotion(0.5, 0.2, -0.4))
        .addEqualityGroup(Emotion.of(-0.5, 0.2, -0.4))
        .addEqualityGroup(Emotion.of(0.5, -0.2, -0.4))
        .addEqualityGroup(Emotion.of(0.5, 0.2, 0.4))
        .addEqualityGroup(Emotion.NEUTRAL, Emotion.of(0, 0, 0))
        .testEquals();
  }

  private static Episode.Builder fullEpisode(Actor customer, Touchpoint touchpoint, Instant time) {
    return Episode.builder(customer, touchpoint, time)
        .customerEmotion(Emotion.of(0.6, 0.2, 0.3))
        .providerEmotion(Emotion.of(0.4, 0.1, 0.5))
        .initiative(Initiative.CUSTOMER)
        .acknowledged(true)
        .counterpart(NURSE)
        .proposition(CARE_PLAN);
  }

  @Test
  void episodes_should_be_equal_by_every_component() {
    Episode.Builder reference = fullEpisode(ALICE, APP, T0);
    new EqualsTester()
        .addEqualityGroup(
            reference.build(),
            reference.build(),
            new Episode(
                ALICE,
                APP,
                T0,
                Optional.of(Emotion.of(0.6, 0.2, 0.3)),
                Optional.of(Emotion.of(0.4, 0.1, 0.5)),
                Initiative.CUSTOMER,
                true,
                Optional.of(NURSE),
                Optional.of(CARE_PLAN)))
        .addEqualityGroup(fullEpisode(BOB, APP, T0).build())
        .addEqualityGroup(fullEpisode(ALICE, DESK, T0).build())
        .addEqualityGroup(fullEpisode(ALICE, APP, T0.plusSeconds(1)).build())
        .addEqualityGroup(
            new Episode(
                ALICE,
                APP,
                T0,
                Optional.empty(),
                Optional.of(Emotion.of(0.4, 0.1, 0.5)),
                Initiative.CUSTOMER,
                true,
                Optional.of(NURSE),
                Optional.of(CARE_PLAN)))
        .addEqualityGroup(
            fullEpisode(ALICE, APP, T0).customerEmotion(Emotion.of(0.6, 0.2, 0.4)).build())
        .addEqualityGroup(
            fullEpisode(ALICE, APP, T0).providerEmotion(Emotion.of(0.4, 0.1, 0.6)).build())
        .addEqualityGroup(fullEpisode(ALICE, APP, T0).initiative(Initiative.PROVIDER).build())
        .addEqualityGroup(fullEpisode(ALICE, APP, T0).acknowledged(false).build())
        .addEqualityGroup(fullEpisode(ALICE, APP, T0).counterpart(CLINIC).build())
        .addEqualityGroup(fullEpisode(ALICE, APP, T0).proposition(COACHING).build())
        .testEquals();
  }

  @Test
  void journeys_should_be_equal_by_customer_proposition_and_episodes() {
    Episode first = Episode.builder(ALICE, APP, T0).proposition(CARE_PLAN).build();
    Episode second =
        Episode.builder(ALICE, DESK, T0.plusSeconds(60)).proposition(CARE_PLAN).build();
    Episode bobs = Episode.builder(BOB, APP, T0).proposition(CARE_PLAN).build();
    Episode unproposed = Episode.of(ALICE, APP, T0);
    new EqualsTester()
        .addEqualityGroup(
            Journey.of(List.of(first, second)),
            Journey.of(List.of(second, first)),
            new Journey(ALICE, Optional.of(CARE_PLAN), ImmutableList.of(first, second)))
        // another customer: the invariant makes its episodes differ too
        .addEqualityGroup(Journey.of(List.of(bobs)))
        // no value proposition: the invariant makes its episodes differ too
        .addEqualityGroup(Journey.of(List.of(unproposed)))
        // the same customer and proposition, other episodes
        .addEqualityGroup(Journey.of(List.of(first)))
        .testEquals();
  }

  @Test
  void elements_of_different_kinds_with_equal_ids_and_names_should_differ() {
    new EqualsTester()
        .addEqualityGroup(Actor.individual("x", "X"))
        .addEqualityGroup(Resource.operant("x", "X"))
        .addEqualityGroup(Institution.of("x", "X", InstitutionKind.RULE))
        .addEqualityGroup(Activity.of("x", "X"))
        .addEqualityGroup(
            Touchpoint.of("x", "X", TouchpointOwnership.BRAND_OWNED, JourneyStage.PURCHASE))
        .addEqualityGroup(ValueProposition.of("x", "X"))
        .addEqualityGroup(KNOW_HOW)
        .testEquals();
  }

  @Test
  void value_in_use_contributors_should_compare_as_sets() {
    // the same contributors given in another order make an equal value-in-use
    Set<Actor> clinicThenNurse = new LinkedHashSet<>(List.of(CLINIC, NURSE));
    Set<Actor> nurseThenClinic = new LinkedHashSet<>(List.of(NURSE, CLINIC));
    new EqualsTester()
        .addEqualityGroup(
            new ValueInUse(ALICE, Sphere.JOINT, 0.6, clinicThenNurse, Optional.empty()),
            new ValueInUse(ALICE, Sphere.JOINT, 0.6, nurseThenClinic, Optional.empty()))
        .testEquals();
  }
}
