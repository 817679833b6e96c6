package org.attune.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attune.model.Fixtures.ALICE;
import static org.attune.model.Fixtures.APP;
import static org.attune.model.Fixtures.BOB;
import static org.attune.model.Fixtures.CARE_PLAN;
import static org.attune.model.Fixtures.CLINIC;
import static org.attune.model.Fixtures.KNOW_HOW;
import static org.attune.model.Fixtures.MEASURING;
import static org.attune.model.Fixtures.PRIVACY;
import static org.attune.model.Fixtures.T0;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.DoubleFunction;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One case per validation rule of the model (DESIGN section 3: "the message names the field, the
 * bad value and the allowed range"): each asserts the exception type and the parts of its message.
 */
class ValidationCatalogueTest {

  private static final Episode AT_NINE = Episode.of(ALICE, APP, T0);
  private static final Episode AT_NINE_ONE = Episode.of(ALICE, APP, T0.plusSeconds(60));

  @ParameterizedTest(name = "{0}")
  @MethodSource({
    "blankIdsAndNames",
    "relations",
    "relationTypes",
    "profiles",
    "emotionsAndValence",
    "journeys",
    "nulls"
  })
  void should_reject_with_a_message_naming_the_field_and_the_value(
      ThrowingCallable call, Class<? extends RuntimeException> expected, List<String> message) {
    assertThatThrownBy(call)
        .isExactlyInstanceOf(expected)
        .hasMessageContainingAll(message.toArray(String[]::new));
  }

  private static Arguments iae(String rule, ThrowingCallable call, String... message) {
    return Arguments.of(
        Named.of(rule, call), IllegalArgumentException.class, Arrays.asList(message));
  }

  private static Arguments npe(String rule, ThrowingCallable call, String... message) {
    return Arguments.of(Named.of(rule, call), NullPointerException.class, Arrays.asList(message));
  }

  static Stream<Arguments> blankIdsAndNames() {
    Map<String, BiFunction<String, String, Element>> factories = new LinkedHashMap<>();
    factories.put("Actor.individual", Actor::individual);
    factories.put("Actor.collective", Actor::collective);
    factories.put("Actor.organisation", Actor::organisation);
    factories.put("Resource.operant", Resource::operant);
    factories.put("Resource.operand", Resource::operand);
    factories.put("Institution.of", (id, name) -> Institution.of(id, name, InstitutionKind.NORM));
    factories.put("Activity.of", Activity::of);
    factories.put(
        "Touchpoint.of",
        (id, name) ->
            Touchpoint.of(id, name, TouchpointOwnership.CUSTOMER_OWNED, JourneyStage.PURCHASE));
    factories.put("ValueProposition.of", ValueProposition::of);
    Stream.Builder<Arguments> cases = Stream.builder();
    factories.forEach(
        (factory, make) -> {
          cases.add(
              iae(
                  factory + " with an empty id",
                  () -> make.apply("", "N"),
                  "id must be a non-blank string",
                  "but was \"\""));
          cases.add(
              iae(
                  factory + " with a blank id",
                  () -> make.apply(" \t", "N"),
                  "id must be a non-blank string",
                  "but was \" \\t\""));
          cases.add(
              iae(
                  factory + " with an empty name",
                  () -> make.apply("x", ""),
                  "name must be a non-blank string",
                  "but was \"\""));
          cases.add(
              iae(
                  factory + " with a blank name",
                  () -> make.apply("x", "   "),
                  "name must be a non-blank string",
                  "but was \"   \""));
          cases.add(npe(factory + " with a null id", () -> make.apply(null, "N"), "id"));
          cases.add(npe(factory + " with a null name", () -> make.apply("x", null), "name"));
        });
    cases.add(
        iae(
            "Dimension with an empty name",
            () -> Dimension.of(""),
            "name must be a non-blank string",
            "but was \"\""));
    cases.add(
        iae(
            "Dimension with a blank name",
            () -> new Dimension("  "),
            "name must be a non-blank string",
            "but was \"  \""));
    return cases.build();
  }

  static Stream<Arguments> relations() {
    Stream<Arguments> strengths =
        Stream.of(
                Double.NaN,
                Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY,
                0.0,
                -0.0,
                -0.5,
                1.0000001,
                2.0)
            .map(
                s ->
                    iae(
                        "Relation with strength " + s,
                        () -> Relation.of(CLINIC, RelationType.SERVES, ALICE, s),
                        "strength must be a finite number in (0, 1]",
                        "but was " + s));
    Stream<Arguments> kinds =
        Stream.of(
            iae(
                "PERFORMS to a resource",
                () -> Relation.of(ALICE, RelationType.PERFORMS, KNOW_HOW),
                "type PERFORMS connects [ACTOR] to [ACTIVITY]",
                "but was given ACTOR 'alice' to RESOURCE 'self-care'"),
            iae(
                "SERVES from an activity",
                () -> new Relation(MEASURING, RelationType.SERVES, ALICE, 0.5),
                "type SERVES connects [ACTOR] to [ACTOR]",
                "but was given ACTIVITY 'measure-glucose' to ACTOR 'alice'"),
            iae(
                "SUPPORTS from an institution",
                () -> Relation.of(PRIVACY, RelationType.SUPPORTS, MEASURING),
                "type SUPPORTS connects [ACTOR, VALUE_PROPOSITION] to [ACTIVITY]",
                "but was given INSTITUTION 'privacy' to ACTIVITY 'measure-glucose'"),
            iae(
                "a user-declared type between the wrong kinds",
                () ->
                    Relation.of(
                        CARE_PLAN,
                        RelationType.of(
                            "CARES_FOR",
                            EnumSet.of(ElementKind.ACTOR),
                            EnumSet.of(ElementKind.ACTOR, ElementKind.RESOURCE)),
                        ALICE),
                "type CARES_FOR connects [ACTOR] to [ACTOR, RESOURCE]",
                "but was given VALUE_PROPOSITION 'care-plan' to ACTOR 'alice'"));
    return Stream.concat(strengths, kinds);
  }

  static Stream<Arguments> relationTypes() {
    Set<ElementKind> withNull = new HashSet<>();
    withNull.add(null);
    return Stream.of(
        iae(
            "RelationType with no source kind",
            () ->
                RelationType.of(
                    "X", EnumSet.noneOf(ElementKind.class), EnumSet.of(ElementKind.ACTOR)),
            "sources must name at least one element kind",
            "but was []"),
        iae(
            "RelationType with no target kind",
            () -> new RelationType("X", Set.of(ElementKind.ACTOR), Set.of()),
            "targets must name at least one element kind",
            "but was []"),
        iae(
            "RelationType with a blank name",
            () -> RelationType.actorToActor(" "),
            "name must be a non-blank string",
            "but was \" \""),
        npe(
            "RelationType with a null source kind",
            () -> RelationType.of("X", withNull, EnumSet.of(ElementKind.ACTOR)),
            "sources element"),
        npe(
            "RelationType with a null target kind",
            () -> RelationType.of("X", EnumSet.of(ElementKind.ACTOR), withNull),
            "targets element"),
        npe(
            "RelationType with a null effect flow",
            () -> RelationType.of("X", EnumSet.of(ElementKind.ACTOR), EnumSet.of(ElementKind.ACTOR),
                null),
            "flow"));
  }

  static Stream<Arguments> profiles() {
    Dimension f = Dimension.FUNCTIONAL;
    Stream<Double> badLevels = Stream.of(Double.NaN, -0.1, 1.1, Double.POSITIVE_INFINITY);
    Stream<Double> badWeights =
        Stream.of(-1.0, -Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY);
    Map<String, DoubleFunction<Profile.Builder>> levelSetters = new LinkedHashMap<>();
    levelSetters.put("level(d, l)", l -> Profile.builder().level(f, l));
    levelSetters.put("level(d, l, w)", l -> Profile.builder().level(f, l, 1));
    levelSetters.put("Profile.of", l -> Profile.of(Map.of(f, l)).toBuilder());
    Stream<Arguments> levels =
        badLevels.flatMap(
            l ->
                levelSetters.entrySet().stream()
                    .map(
                        e ->
                            iae(
                                "profile " + e.getKey() + " with level " + l,
                                () -> e.getValue().apply(l),
                                "level of functional must be a finite number in [0.0, 1.0]",
                                "but was " + l)));
    Stream<Arguments> weights =
        badWeights.flatMap(
            w ->
                Stream.of(
                    iae(
                        "profile weight(d, w) with weight " + w,
                        () -> Profile.builder().weight(f, w),
                        "weight of functional must be a finite number >= 0",
                        "but was " + w),
                    iae(
                        "profile level(d, l, w) with weight " + w,
                        () -> Profile.builder().level(f, 0.5, w),
                        "weight of functional must be a finite number >= 0",
                        "but was " + w)));
    Map<Dimension, Double> nullLevel = new LinkedHashMap<>();
    nullLevel.put(Dimension.EMOTIONAL, 0.5);
    nullLevel.put(Dimension.SOCIAL, null);
    Stream<Arguments> wholes =
        Stream.of(
            iae(
                "profile with a weight but no level",
                () -> Profile.builder().level(f, 0.5).weight(Dimension.EMOTIONAL, 2).build(),
                "level of emotional must be set when its weight is",
                "but was missing (weight 2.0)"),
            iae(
                "profile with all weights zero",
                () -> Profile.builder().level(f, 0.5, 0).level(Dimension.SOCIAL, 0.2, 0).build(),
                "weights must hold at least one positive weight",
                "but were all 0: [0.0, 0.0]"),
            iae(
                "empty profile builder",
                () -> Profile.builder().build(),
                "levels must hold at least one dimension",
                "but was empty"),
            iae(
                "empty Profile.of",
                () -> Profile.of(Map.of()),
                "levels must hold at least one dimension",
                "but was empty"),
            npe("Profile.of with a null level", () -> Profile.of(nullLevel), "level of social"));
    return Stream.concat(Stream.concat(levels, weights), wholes);
  }

  static Stream<Arguments> emotionsAndValence() {
    Stream.Builder<Arguments> cases = Stream.builder();
    for (double v : new double[] {1.01, -1.01, Double.NaN, Double.NEGATIVE_INFINITY}) {
      cases.add(
          iae(
              "ValueInUse.of with valence " + v,
              () -> ValueInUse.of(ALICE, Sphere.CUSTOMER, v),
              "valence must be a finite number in [-1.0, 1.0]",
              "but was " + v));
      cases.add(
          iae(
              "new ValueInUse with valence " + v,
              () -> new ValueInUse(ALICE, Sphere.JOINT, v, Set.of(CLINIC), Optional.empty()),
              "valence must be a finite number in [-1.0, 1.0]",
              "but was " + v));
      cases.add(
          iae(
              "emotion with pleasure " + v,
              () -> Emotion.of(v, 0, 0),
              "pleasure must be a finite number in [-1.0, 1.0]",
              "but was " + v));
      cases.add(
          iae(
              "emotion with arousal " + v,
              () -> Emotion.of(0, v, 0),
              "arousal must be a finite number in [-1.0, 1.0]",
              "but was " + v));
      cases.add(
          iae(
              "emotion with dominance " + v,
              () -> new Emotion(0, 0, v),
              "dominance must be a finite number in [-1.0, 1.0]",
              "but was " + v));
    }
    return cases.build();
  }

  static Stream<Arguments> journeys() {
    Episode bobs = Episode.of(BOB, APP, T0.plusSeconds(60));
    Episode proposed = Episode.builder(ALICE, APP, T0).proposition(CARE_PLAN).build();
    return Stream.of(
        iae(
            "Journey.of no episode",
            () -> Journey.of(List.of()),
            "episodes must hold at least one episode",
            "but was empty"),
        iae(
            "new Journey of no episode",
            () -> new Journey(ALICE, Optional.empty(), List.of()),
            "episodes must hold at least one episode",
            "but was empty (customer 'alice')"),
        iae(
            "Journey.of two customers' episodes",
            () -> Journey.of(List.of(AT_NINE, bobs)),
            "episodes[1].customer must be 'alice', the journey's customer",
            "but was 'bob'"),
        iae(
            "new Journey of another customer's episode",
            () -> new Journey(BOB, Optional.empty(), List.of(AT_NINE)),
            "episodes[0].customer must be 'bob', the journey's customer",
            "but was 'alice'"),
        iae(
            "Journey.of episodes with and without a value proposition",
            () -> Journey.of(List.of(proposed, AT_NINE_ONE)),
            "episodes[1].proposition must be 'care-plan', the journey's",
            "but was none"),
        iae(
            "new Journey of episodes of another value proposition",
            () -> new Journey(ALICE, Optional.of(CARE_PLAN), List.of(AT_NINE)),
            "episodes[0].proposition must be 'care-plan', the journey's",
            "but was none"),
        iae(
            "new Journey out of time order",
            () -> new Journey(ALICE, Optional.empty(), List.of(AT_NINE_ONE, AT_NINE)),
            "episodes[1].time must not be before the episode ahead of it (2026-03-01T09:01:00Z)",
            "but was 2026-03-01T09:00:00Z"));
  }

  static Stream<Arguments> nulls() {
    return Stream.of(
        npe("actor without a type", () -> new Actor("a", "A", null), "type"),
        npe("resource without a nature", () -> new Resource("r", "R", null), "nature"),
        npe("institution without a kind", () -> Institution.of("i", "I", null), "kind"),
        npe("relation without a type", () -> Relation.of(CLINIC, null, ALICE), "type"),
        npe(
            "relation without a target",
            () -> Relation.of(CLINIC, RelationType.SERVES, null),
            "target"),
        npe(
            "value-in-use with a null contributor",
            () ->
                new ValueInUse(
                    ALICE,
                    Sphere.JOINT,
                    0,
                    new HashSet<>(Arrays.asList(CLINIC, null)),
                    Optional.empty()),
            "contributors element"),
        npe("episode builder without a time", () -> Episode.builder(ALICE, APP, null), "time"),
        npe(
            "episode builder with a null customer emotion",
            () -> Episode.builder(ALICE, APP, T0).customerEmotion(null),
            "customerEmotion"),
        npe(
            "journey without a customer",
            () -> new Journey(null, Optional.empty(), List.of(AT_NINE)),
            "customer"),
        npe(
            "profile level of a null dimension",
            () -> Profile.builder().level(null, 0.5),
            "dimension"));
  }
}
