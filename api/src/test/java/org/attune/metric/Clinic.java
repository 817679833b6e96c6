package org.attune.metric;

import java.time.Instant;
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
 * The worked example every metric test computes by hand: Alice, a patient with diabetes, and the
 * City Clinic that serves her.
 *
 * <pre>
 * logic                functional    emotional    economic    social
 * (alice, alice)  C    0.9 (w 2)     0.7 (w 1)    0.4 (w 1)   -
 * (clinic, clinic) P   0.8           0.9          -           0.5
 * (alice, clinic)  I   0.7           0.7          -           -
 * (clinic, alice)  M   0.9           0.5          -           -
 * </pre>
 */
final class Clinic {

  static final Actor ALICE = Actor.individual("alice", "Alice");
  static final Actor CLINIC = Actor.organisation("clinic", "City Clinic");
  static final Actor PHARMACY = Actor.organisation("pharmacy", "Corner Pharmacy");
  static final Actor NEIGHBOUR = Actor.individual("neighbour", "Neighbour");

  static final Activity MEASURING = Activity.of("measuring", "Measuring glucose");
  static final Activity COOKING = Activity.of("cooking", "Cooking");
  static final Activity EXERCISING = Activity.of("exercising", "Exercising");
  static final ValueProposition COACHING = ValueProposition.of("coaching", "Lifestyle coaching");

  static final Institution PRIVACY = Institution.of("privacy", "Patient privacy", InstitutionKind.RULE);
  static final Institution PATIENT_ROLE =
      Institution.of("patient-role", "Patient as partner", InstitutionKind.ROLE);
  static final Institution EXPERT_ROLE =
      Institution.of("expert-role", "Doctor knows best", InstitutionKind.ROLE);
  static final Institution EVIDENCE =
      Institution.of("evidence", "Evidence-based care", InstitutionKind.NORM);

  static final Touchpoint APP =
      Touchpoint.of("app", "Clinic app", TouchpointOwnership.BRAND_OWNED, JourneyStage.POSTPURCHASE);
  static final Touchpoint PHONE =
      Touchpoint.of("phone", "Phone line", TouchpointOwnership.BRAND_OWNED, JourneyStage.PURCHASE);
  static final Touchpoint FORUM =
      Touchpoint.of(
          "forum", "Patient forum", TouchpointOwnership.CUSTOMER_OWNED, JourneyStage.POSTPURCHASE);

  static final Dimension FUNCTIONAL = Dimension.FUNCTIONAL;
  static final Dimension EMOTIONAL = Dimension.EMOTIONAL;
  static final Dimension ECONOMIC = Dimension.ECONOMIC;
  static final Dimension SOCIAL = Dimension.SOCIAL;

  static final Profile OWN =
      Profile.builder()
          .level(FUNCTIONAL, 0.9, 2)
          .level(EMOTIONAL, 0.7)
          .level(ECONOMIC, 0.4)
          .build();
  static final Profile OFFERING =
      Profile.builder().level(FUNCTIONAL, 0.8).level(EMOTIONAL, 0.9).level(SOCIAL, 0.5).build();
  static final Profile IMAGE = Profile.builder().level(FUNCTIONAL, 0.7).level(EMOTIONAL, 0.7).build();
  static final Profile MODEL = Profile.builder().level(FUNCTIONAL, 0.9).level(EMOTIONAL, 0.5).build();

  /** Alice's mood: the customer emotion of her latest episode. */
  static final Emotion MOOD = Emotion.of(-0.5, 0.4, 0);

  private Clinic() {}

  /** {@return the whole ecosystem} */
  static ServiceEcosystem ecosystem() {
    return builder().build();
  }

  /** {@return the dyad of Alice and the clinic} */
  static Dyad dyad() {
    return new Dyad(ecosystem(), ALICE, CLINIC);
  }

  /** {@return a builder of the whole ecosystem, to change} */
  static ServiceEcosystem.Builder builder() {
    return ServiceEcosystem.builder()
        .add(ALICE, CLINIC, PHARMACY, NEIGHBOUR, MEASURING, COOKING, EXERCISING, COACHING)
        .add(PRIVACY, PATIENT_ROLE, EXPERT_ROLE, EVIDENCE, APP, PHONE, FORUM)
        .perspective(ALICE, ALICE, OWN)
        .perspective(CLINIC, CLINIC, OFFERING)
        .perspective(ALICE, CLINIC, IMAGE)
        .perspective(CLINIC, ALICE, MODEL)
        // activity-coverage: Alice performs three activities; the clinic supports measuring
        // directly and exercising through the coaching it offers; cooking is left alone
        .relate(ALICE, RelationType.PERFORMS, MEASURING, 1.0)
        .relate(ALICE, RelationType.PERFORMS, COOKING, 0.5)
        .relate(ALICE, RelationType.PERFORMS, EXERCISING, 0.5)
        .relate(CLINIC, RelationType.SUPPORTS, MEASURING)
        .relate(CLINIC, RelationType.OFFERS, COACHING)
        .relate(COACHING, RelationType.SUPPORTS, EXERCISING)
        // ecosystem-reach: the clinic and its partner serve Alice; the neighbour influences her
        .relate(CLINIC, RelationType.SERVES, ALICE, 0.8)
        .relate(PHARMACY, RelationType.SERVES, ALICE, 0.4)
        .relate(PHARMACY, RelationType.PARTNERS_WITH, CLINIC)
        .relate(NEIGHBOUR, RelationType.INFLUENCES, ALICE, 0.6)
        // institutional and identity-safety
        .relate(ALICE, RelationType.ADHERES_TO, PRIVACY, 0.9)
        .relate(ALICE, RelationType.ADHERES_TO, PATIENT_ROLE, 0.5)
        .relate(CLINIC, RelationType.ADHERES_TO, PRIVACY, 0.6)
        .relate(CLINIC, RelationType.ADHERES_TO, PATIENT_ROLE, 1.0)
        .relate(CLINIC, RelationType.ADHERES_TO, EVIDENCE, 0.8)
        .relate(CLINIC, RelationType.ADHERES_TO, EXPERT_ROLE, 0.5)
        // emotional and recognition: the clinic operates the app and the phone line
        .relate(CLINIC, RelationType.OPERATES, APP)
        .relate(CLINIC, RelationType.OPERATES, PHONE)
        .episode(
            Episode.builder(ALICE, APP, at(1))
                .initiative(Initiative.CUSTOMER)
                .acknowledged(true)
                .customerEmotion(Emotion.of(0.6, 0.2, 0.3))
                .providerEmotion(Emotion.of(0.6, 0.2, 0.3))
                .build())
        .episode(
            Episode.builder(ALICE, PHONE, at(2))
                .initiative(Initiative.CUSTOMER)
                .acknowledged(false)
                .customerEmotion(Emotion.of(-0.4, 0.6, -0.2))
                .providerEmotion(Emotion.of(0.4, 0, 0.2))
                .build())
        .episode(
            Episode.builder(ALICE, FORUM, at(3))
                .initiative(Initiative.CUSTOMER)
                .customerEmotion(Emotion.of(-0.9, 0.9, -0.9))
                .providerEmotion(Emotion.of(0.9, -0.9, 0.9))
                .build())
        .episode(
            Episode.builder(ALICE, APP, at(4))
                .initiative(Initiative.PROVIDER)
                .customerEmotion(MOOD)
                .build());
  }

  static Instant at(int day) {
    return Instant.parse("2026-03-01T09:00:00Z").plusSeconds(86_400L * day);
  }
}
