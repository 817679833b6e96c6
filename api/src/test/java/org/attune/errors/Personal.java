package org.attune.errors;

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
import org.attune.model.Sphere;
import org.attune.model.Touchpoint;
import org.attune.model.TouchpointOwnership;
import org.attune.model.ValueInUse;
import org.attune.model.ValueProposition;

/**
 * A small clinic ecosystem in which every element's name is personal data: the name and address of
 * a person. Ids are neutral, so that any occurrence of the name or the address in a message, a log
 * line or a {@code toString()} is a leak.
 */
final class Personal {

  /** The name every element carries. */
  static final String NAME = "Jane Doe, 12 Main St";

  /** Parts of {@link #NAME} that must appear nowhere but in what is rendered for people. */
  static final String[] PARTS = {"Jane Doe", "12 Main St"};

  static final Actor JANE = Actor.individual("c-1", NAME);
  static final Actor CLINIC = Actor.organisation("org-1", NAME);
  static final Actor PHARMACY = Actor.organisation("org-2", NAME);
  static final Actor NEIGHBOUR = Actor.individual("c-2", NAME);
  static final Actor STRANGER = Actor.individual("c-9", NAME);
  static final Activity MEASURING = Activity.of("act-1", NAME);
  static final Activity COOKING = Activity.of("act-2", NAME);
  static final ValueProposition COACHING = ValueProposition.of("vp-1", NAME);
  static final Institution PRIVACY = Institution.of("inst-1", NAME, InstitutionKind.RULE);
  static final Institution ROLE = Institution.of("inst-2", NAME, InstitutionKind.ROLE);
  static final Touchpoint APP =
      Touchpoint.of("tp-1", NAME, TouchpointOwnership.BRAND_OWNED, JourneyStage.POSTPURCHASE);
  static final Touchpoint PHONE =
      Touchpoint.of("tp-2", NAME, TouchpointOwnership.BRAND_OWNED, JourneyStage.PURCHASE);

  static final Profile OWN =
      Profile.builder()
          .level(Dimension.FUNCTIONAL, 0.9, 2)
          .level(Dimension.EMOTIONAL, 0.7)
          .level(Dimension.ECONOMIC, 0.4)
          .build();
  static final Profile OFFERING =
      Profile.builder().level(Dimension.FUNCTIONAL, 0.8).level(Dimension.EMOTIONAL, 0.9).build();
  static final Profile IMAGE =
      Profile.builder().level(Dimension.FUNCTIONAL, 0.7).level(Dimension.EMOTIONAL, 0.7).build();

  private Personal() {}

  /** {@return the whole ecosystem} */
  static ServiceEcosystem ecosystem() {
    return builder().build();
  }

  /** {@return a builder of the whole ecosystem} */
  static ServiceEcosystem.Builder builder() {
    return ServiceEcosystem.builder()
        .add(JANE, CLINIC, PHARMACY, NEIGHBOUR, MEASURING, COOKING, COACHING, PRIVACY, ROLE)
        .add(APP, PHONE)
        .perspective(JANE, JANE, OWN)
        .perspective(CLINIC, CLINIC, OFFERING)
        .perspective(JANE, CLINIC, IMAGE)
        .perspective(CLINIC, JANE, IMAGE)
        .relate(JANE, RelationType.PERFORMS, MEASURING)
        .relate(JANE, RelationType.PERFORMS, COOKING, 0.5)
        .relate(CLINIC, RelationType.SUPPORTS, MEASURING)
        .relate(CLINIC, RelationType.OFFERS, COACHING)
        .relate(CLINIC, RelationType.SERVES, JANE, 0.8)
        .relate(PHARMACY, RelationType.SERVES, JANE, 0.4)
        .relate(PHARMACY, RelationType.PARTNERS_WITH, CLINIC)
        .relate(NEIGHBOUR, RelationType.INFLUENCES, JANE, 0.6)
        .relate(JANE, RelationType.ADHERES_TO, PRIVACY, 0.9)
        .relate(CLINIC, RelationType.ADHERES_TO, PRIVACY, 0.6)
        .relate(CLINIC, RelationType.ADHERES_TO, ROLE)
        .relate(CLINIC, RelationType.OPERATES, APP)
        .relate(CLINIC, RelationType.OPERATES, PHONE)
        .valueInUse(ValueInUse.of(JANE, Sphere.JOINT, 0.7, CLINIC))
        .episode(
            Episode.builder(JANE, APP, at(1))
                .initiative(Initiative.CUSTOMER)
                .acknowledged(true)
                .customerEmotion(Emotion.of(0.6, 0.2, 0.3))
                .providerEmotion(Emotion.of(0.6, 0.2, 0.3))
                .counterpart(CLINIC)
                .proposition(COACHING)
                .build())
        .episode(
            Episode.builder(JANE, PHONE, at(2))
                .initiative(Initiative.PROVIDER)
                .customerEmotion(Emotion.of(-0.4, 0.6, -0.2))
                .counterpart(CLINIC)
                .proposition(COACHING)
                .build());
  }

  /** {@return 09:00 UTC on the given day of March 2026} */
  static Instant at(int day) {
    return Instant.parse("2026-03-01T09:00:00Z").plusSeconds(86_400L * day);
  }
}
