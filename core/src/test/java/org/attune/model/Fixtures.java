package org.attune.model;

import java.time.Instant;

/** Sample elements shared by the model's tests. */
final class Fixtures {

  static final Actor ALICE = Actor.individual("alice", "Alice");
  static final Actor BOB = Actor.individual("bob", "Bob");
  static final Actor CLINIC = Actor.organisation("clinic", "City Clinic");
  static final Actor NURSE = Actor.individual("nurse", "Nurse Nora");

  static final Resource KNOW_HOW = Resource.operant("self-care", "Self-care know-how");
  static final Resource METER = Resource.operand("meter", "Glucose meter");
  static final Institution PRIVACY =
      Institution.of("privacy", "Patient privacy", InstitutionKind.RULE);
  static final Activity MEASURING = Activity.of("measure-glucose", "Measuring glucose");
  static final Touchpoint APP =
      Touchpoint.of(
          "app", "Clinic app", TouchpointOwnership.BRAND_OWNED, JourneyStage.POSTPURCHASE);
  static final Touchpoint DESK =
      Touchpoint.of("desk", "Front desk", TouchpointOwnership.BRAND_OWNED, JourneyStage.PURCHASE);
  static final Touchpoint FORUM =
      Touchpoint.of(
          "forum", "Patient forum", TouchpointOwnership.SOCIAL_EXTERNAL, JourneyStage.PREPURCHASE);
  static final ValueProposition CARE_PLAN = ValueProposition.of("care-plan", "Diabetes care plan");
  static final ValueProposition COACHING = ValueProposition.of("coaching", "Lifestyle coaching");

  static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

  private Fixtures() {}

  /** {@return one element of each kind, in the order of {@link ElementKind}} */
  static Element sampleOf(ElementKind kind) {
    return switch (kind) {
      case ACTOR -> ALICE;
      case RESOURCE -> KNOW_HOW;
      case INSTITUTION -> PRIVACY;
      case ACTIVITY -> MEASURING;
      case TOUCHPOINT -> APP;
      case VALUE_PROPOSITION -> CARE_PLAN;
    };
  }
}
