package org.attune.journey;

import static org.attune.testlib.scenario.Journeys.journey;

import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.util.List;
import org.attune.model.Actor;
import org.attune.model.Journey;
import org.attune.testlib.scenario.Journeys;
import org.junit.jupiter.api.Test;

class NullHostilityTest {

  static final Journey J = journey("a", "A@0~0.5", "shop@1~-0.5");

  static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(Journey.class, J)
        .setDefault(Iterable.class, List.of(J))
        .setDefault(PlannedJourney.class, PlannedJourney.of("A"))
        .setDefault(Actor.class, J.customer())
        .setDefault(Duration.class, Duration.ZERO)
        .setDefault(String.class, "A")
        .setDefault(org.attune.model.Touchpoint.class, Journeys.tp("A"))
        .setDefault(org.attune.model.Emotion.class, org.attune.model.Emotion.NEUTRAL)
        .setDefault(java.time.Instant.class, Journeys.T0)
        .setDefault(long.class, 1L)
        .setDefault(double.class, 0.5);
  }

  @Test
  void every_public_static_method_rejects_null() {
    NullPointerTester t = tester();
    for (Class<?> c : List.of(DirectlyFollowsGraph.class, TouchpointMix.class, Conformance.class,
        EmotionCurve.class, BlindSpots.class, RelationshipView.class, PlannedJourney.class)) {
      t.testAllPublicStaticMethods(c);
    }
  }

  @Test
  void every_public_instance_method_rejects_null() {
    NullPointerTester t = tester();
    t.testAllPublicInstanceMethods(DirectlyFollowsGraph.of(List.of(J)));
    t.testAllPublicInstanceMethods(TouchpointMix.of(J));
    t.testAllPublicInstanceMethods(Conformance.of(PlannedJourney.of("A"), J));
    t.testAllPublicInstanceMethods(EmotionCurve.of(J));
    t.testAllPublicInstanceMethods(BlindSpots.of(List.of(J)));
    t.testAllPublicInstanceMethods(RelationshipView.of(J.customer(), List.of(J)).orElseThrow());
    t.testAllPublicInstanceMethods(PlannedJourney.builder());
  }

  @Test
  void every_public_record_constructor_rejects_null() {
    NullPointerTester t = tester();
    for (Class<?> c : List.of(DirectlyFollowsGraph.Transition.class,
        DirectlyFollowsGraph.Variant.class, DirectlyFollowsGraph.DropOff.class,
        PlannedJourney.Step.class, Conformance.Summary.class, EmotionCurve.Point.class,
        BlindSpots.BlindSpot.class)) {
      t.testAllPublicConstructors(c);
    }
  }
}
