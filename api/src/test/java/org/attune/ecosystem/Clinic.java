package org.attune.ecosystem;

import java.time.Instant;
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
import org.attune.model.Resource;
import org.attune.model.Sphere;
import org.attune.model.Touchpoint;
import org.attune.model.TouchpointOwnership;
import org.attune.model.ValueInUse;
import org.attune.model.ValueProposition;

/** A small, hand-built ecosystem around a patient, shared by the ecosystem tests. */
final class Clinic {

  static final Actor ALICE = Actor.individual("alice", "Alice");
  static final Actor BOB = Actor.individual("bob", "Bob");
  static final Actor CLINIC = Actor.organisation("clinic", "City Clinic");
  static final Actor PHARMACY = Actor.organisation("pharmacy", "Corner Pharmacy");
  static final Resource KNOW_HOW = Resource.operant("self-care", "Self-care know-how");
  static final Activity MEASURING = Activity.of("measure-glucose", "Measuring glucose");
  static final Institution PRIVACY = Institution.of("privacy", "Patient privacy", InstitutionKind.RULE);
  static final Institution PATIENT_ROLE =
      Institution.of("patient-role", "The good patient", InstitutionKind.ROLE);
  static final Touchpoint APP =
      Touchpoint.of("app", "Clinic app", TouchpointOwnership.BRAND_OWNED, JourneyStage.POSTPURCHASE);
  static final ValueProposition MONITORING = ValueProposition.of("monitoring", "Remote monitoring");

  static final Profile ALICE_LOGIC =
      Profile.builder()
          .level(Dimension.FUNCTIONAL, 0.9, 2)
          .level(Dimension.EMOTIONAL, 0.7)
          .build();
  static final Profile CLINIC_OFFERING =
      Profile.builder().level(Dimension.FUNCTIONAL, 0.8).level(Dimension.ECONOMIC, 0.5).build();

  static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

  static final Episode LOGIN =
      Episode.builder(ALICE, APP, T0.plusSeconds(60))
          .proposition(MONITORING)
          .initiative(Initiative.CUSTOMER)
          .acknowledged(true)
          .customerEmotion(Emotion.of(0.5, 0.2, 0.1))
          .build();
  static final Episode UPLOAD = Episode.builder(ALICE, APP, T0.plusSeconds(120)).proposition(MONITORING).build();
  static final Episode QUESTION = Episode.of(ALICE, APP, T0);

  static final ValueInUse FEELING_SAFE = ValueInUse.of(ALICE, Sphere.JOINT, 0.6, CLINIC).in(MEASURING);

  private Clinic() {}

  /** {@return the builder of the clinic ecosystem; relations are listed in the test comments} */
  static ServiceEcosystem.Builder builder() {
    return ServiceEcosystem.builder()
        .add(ALICE, BOB, CLINIC, PHARMACY, KNOW_HOW, MEASURING, PRIVACY, PATIENT_ROLE, APP, MONITORING)
        .relate(CLINIC, RelationType.SERVES, ALICE, 0.8)
        .relate(ALICE, RelationType.SERVES, CLINIC, 0.5)
        .relate(PHARMACY, RelationType.PARTNERS_WITH, CLINIC, 0.5)
        .relate(CLINIC, RelationType.SUPPORTS, MEASURING, 0.9)
        .relate(ALICE, RelationType.PERFORMS, MEASURING)
        .relate(MEASURING, RelationType.INTEGRATES, KNOW_HOW, 0.7)
        .relate(ALICE, RelationType.ACCESSES, KNOW_HOW, 0.6)
        .relate(ALICE, RelationType.ADHERES_TO, PRIVACY, 0.9)
        .relate(CLINIC, RelationType.ADHERES_TO, PRIVACY)
        .relate(CLINIC, RelationType.OFFERS, MONITORING)
        .relate(MONITORING, RelationType.SUPPORTS, MEASURING, 0.6)
        .relate(CLINIC, RelationType.OPERATES, APP)
        .relate(BOB, RelationType.INFLUENCES, ALICE, 0.3)
        .relate(CLINIC, RelationType.SERVES, BOB)
        .perspective(ALICE, ALICE, ALICE_LOGIC)
        .perspective(CLINIC, CLINIC, CLINIC_OFFERING)
        .perspective(CLINIC, ALICE, CLINIC_OFFERING)
        .perspective(BOB, CLINIC, CLINIC_OFFERING)
        .valueInUse(FEELING_SAFE)
        .episode(LOGIN)
        .episode(UPLOAD)
        .episode(QUESTION);
  }

  static ServiceEcosystem ecosystem() {
    return builder().build();
  }
}
