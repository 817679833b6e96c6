package org.attune.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.testlib.scenario.PatientAndClinic.ALICE;
import static org.attune.testlib.scenario.PatientAndClinic.APP;
import static org.attune.testlib.scenario.PatientAndClinic.CLINIC;

import org.attune.ecosystem.Level;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.attunement.Attunement;
import org.attune.metric.attunement.EmotionalAttunement;
import org.attune.metric.attunement.IdentitySafety;
import org.attune.metric.attunement.KnowledgeSymmetry;
import org.attune.metric.attunement.Recognition;
import org.attune.model.Emotion;
import org.attune.model.Episode;
import org.attune.model.Initiative;
import org.attune.model.RelationType;
import org.attune.testlib.scenario.PatientAndClinic;
import org.junit.jupiter.api.Test;

/** The attunement metrics (Ashworth, Longmate &amp; Morrison 1992) on the {@link PatientAndClinic}. */
class AttunementMetricsTest {

  private final Dyad dyad = PatientAndClinic.dyad();

  @Test
  void knowledge_symmetry_is_the_mean_of_how_well_each_side_knows_the_other() {
    // the clinic's model M of Alice, over C's dimensions (Σ w = 4):
    //   functional |0.9 − 0.9| · 2 = 0; emotional |0.7 − 0.5| · 1 = 0.2; economic lacking → 1 · 1
    //   1 − 1.2 / 4 = 0.7
    // Alice's image I of the clinic, over P's dimensions (Σ w = 3):
    //   functional |0.8 − 0.7| = 0.1; emotional |0.9 − 0.7| = 0.2; social lacking → 1
    //   1 − 1.3 / 3 = 0.5666...
    // (0.7 + 0.5666...) / 2 = 0.6333...
    Score score = new KnowledgeSymmetry().measure(dyad);

    // misfit parts w d / (2 Σ w): economic (model) 1/8 = 0.125, emotional (model) 0.2/8 = 0.025,
    // functional (image) 0.1/6, emotional (image) 0.2/6, social (image) 1/6; Σ = 0.3666...
    double total = 0.125 + 0.025 + 0.1 / 6 + 0.2 / 6 + 1.0 / 6;
    ScoreAssert.assertThat(score)
        .hasValue((0.7 + (1 - 1.3 / 3)) / 2)
        .hasContributions(
            "social (customer's image of the provider)", 1.0 / 6 / total,
            "economic (provider's model of the customer)", 0.125 / total,
            "emotional (customer's image of the provider)", 0.2 / 6 / total,
            "emotional (provider's model of the customer)", 0.025 / total,
            "functional (customer's image of the provider)", 0.1 / 6 / total)
        .hasExplanationContaining("knows the customer's logic to 0.70", "provider's to 0.57");
    assertThat(total).isCloseTo(1 - score.value(), org.assertj.core.api.Assertions.within(1e-12));
  }

  @Test
  void knowledge_symmetry_is_1_when_models_and_images_are_exact() {
    ServiceEcosystem eco =
        ServiceEcosystem.builder()
            .add(ALICE, CLINIC)
            .perspective(ALICE, ALICE, PatientAndClinic.OWN)
            .perspective(CLINIC, ALICE, PatientAndClinic.OWN)
            .perspective(CLINIC, CLINIC, PatientAndClinic.OFFERING)
            .perspective(ALICE, CLINIC, PatientAndClinic.OFFERING)
            .build();

    ScoreAssert.assertThat(new KnowledgeSymmetry().measure(new Dyad(eco, ALICE, CLINIC)))
        .hasValue(1.0)
        .hasNoContributions();
  }

  @Test
  void knowledge_symmetry_is_undefined_unless_all_four_perspectives_exist() {
    ServiceEcosystem eco =
        ServiceEcosystem.builder()
            .add(ALICE, CLINIC)
            .perspective(ALICE, ALICE, PatientAndClinic.OWN)
            .perspective(CLINIC, CLINIC, PatientAndClinic.OFFERING)
            .build();

    ScoreAssert.assertThat(new KnowledgeSymmetry().measure(new Dyad(eco, ALICE, CLINIC)))
        .hasReasonContaining(
            "the provider's model of the customer (provider, customer)",
            "the customer's image of the provider (customer, provider) are missing");
  }

  @Test
  void emotional_attunement_is_the_mean_closeness_to_the_attuned_response() {
    // episodes at touchpoints the clinic operates with both emotions:
    //   app, day 1: Alice (0.6, 0.2, 0.3) is pleased, so R = her own state; the clinic shares it:
    //     misfit 0
    //   phone, day 2: Alice (−0.4, 0.6, −0.2), R = (0.4, 0.6 − 2 · 0.6 · 0.4, 0.2) = (0.4, 0.12,
    //     0.2); the clinic (0.4, 0, 0.2) lies 0.12 from R; the farthest corner (−1, −1, −1) lies
    //     √(1.4² + 1.12² + 1.2²) = √4.6544 from R: misfit 0.12 / √4.6544 = 0.0556223577593474
    // the forum is Alice's own (not operated), the app on day 4 lacks the provider's emotion
    // 1 − (0 + 0.0556223577593474) / 2 = 0.9721888211203263
    Score score = new EmotionalAttunement().measure(dyad);

    ScoreAssert.assertThat(score)
        .hasValue(1 - 0.12 / Math.sqrt(4.6544) / 2)
        .hasContributions("touchpoint phone", 1.0)
        .hasExplanationContaining("Over 2 shared episodes", "attuned response");
  }

  @Test
  void emotional_attunement_is_undefined_without_shared_emotions() {
    ServiceEcosystem noTouchpoints = ServiceEcosystem.builder().add(ALICE, CLINIC).build();
    ScoreAssert.assertThat(new EmotionalAttunement().measure(new Dyad(noTouchpoints, ALICE, CLINIC)))
        .hasReasonContaining("operates no touchpoint");

    ServiceEcosystem noEpisodes =
        ServiceEcosystem.builder()
            .add(ALICE, CLINIC, APP)
            .relate(CLINIC, RelationType.OPERATES, APP)
            .build();
    ScoreAssert.assertThat(new EmotionalAttunement().measure(new Dyad(noEpisodes, ALICE, CLINIC)))
        .hasReasonContaining("no episode at a touchpoint the provider operates");

    ServiceEcosystem oneSided =
        noEpisodes.toBuilder()
            .episode(Episode.builder(ALICE, APP, PatientAndClinic.at(1)).customerEmotion(Emotion.NEUTRAL)
                .build())
            .build();
    ScoreAssert.assertThat(new EmotionalAttunement().measure(new Dyad(oneSided, ALICE, CLINIC)))
        .hasReasonContaining("None of the customer's 1 episode", "emotions of both sides recorded",
            "the provider's emotion is missing from 1.");
  }

  @Test
  void emotional_attunement_is_1_for_a_pleased_state_shared() {
    // a pleased, calm customer in control: the attuned response is her own state
    Emotion calm = Emotion.of(0.3, -0.2, 0.1);
    ServiceEcosystem eco =
        ServiceEcosystem.builder()
            .add(ALICE, CLINIC, APP)
            .relate(CLINIC, RelationType.OPERATES, APP)
            .episode(Episode.builder(ALICE, APP, PatientAndClinic.at(1)).customerEmotion(calm)
                .providerEmotion(calm).build())
            .build();

    ScoreAssert.assertThat(new EmotionalAttunement().measure(new Dyad(eco, ALICE, CLINIC)))
        .hasValue(1.0)
        .hasNoContributions();
  }

  @Test
  void emotional_attunement_is_0_for_the_corner_opposite_the_attuned_response() {
    // Alice (1, 1, 1) is pleased: R = (1, 1, 1); the clinic at (−1, −1, −1) lies √12 from it, as
    // far as the farthest corner: 1 − √12 / √12 = 0
    ServiceEcosystem eco =
        ServiceEcosystem.builder()
            .add(ALICE, CLINIC, APP)
            .relate(CLINIC, RelationType.OPERATES, APP)
            .episode(Episode.builder(ALICE, APP, PatientAndClinic.at(1)).customerEmotion(Emotion.of(1, 1, 1))
                .providerEmotion(Emotion.of(-1, -1, -1)).build())
            .build();

    ScoreAssert.assertThat(new EmotionalAttunement().measure(new Dyad(eco, ALICE, CLINIC)))
        .hasValue(0.0);
  }

  @Test
  void recognition_is_the_acknowledged_share_of_customer_initiatives() {
    // customer initiatives at the clinic's touchpoints: app day 1 (acknowledged), phone day 2 (not)
    // the forum initiative does not count (Alice's own touchpoint); day 4 was the provider's
    // 1 / 2 = 0.5
    ScoreAssert.assertThat(new Recognition().measure(dyad))
        .hasValue(0.5)
        .hasContributions("touchpoint phone", 1.0)
        .hasExplanationContaining("acknowledged 1 of the customer's 2 initiatives");
  }

  @Test
  void recognition_is_undefined_without_customer_initiative() {
    ServiceEcosystem eco =
        ServiceEcosystem.builder()
            .add(ALICE, CLINIC, APP)
            .relate(CLINIC, RelationType.OPERATES, APP)
            .episode(Episode.builder(ALICE, APP, PatientAndClinic.at(1)).initiative(Initiative.PROVIDER)
                .build())
            .build();

    ScoreAssert.assertThat(new Recognition().measure(new Dyad(eco, ALICE, CLINIC)))
        .hasReasonContaining("took no initiative");
    ScoreAssert.assertThat(
            new Recognition()
                .measure(new Dyad(ServiceEcosystem.builder().add(ALICE, CLINIC).build(), ALICE,
                    CLINIC)))
        .hasReasonContaining("operates no touchpoint");
  }

  @Test
  void identity_safety_weighs_the_roles_the_customer_does_not_accept() {
    // ROLE institutions the clinic adheres to: patient-role p 1.0 (Alice c 0.5),
    // expert-role p 0.5 (Alice c 0); privacy and evidence are no roles
    // Σ p (1 − c) = 1.0 · 0.5 + 0.5 · 1 = 1.0; Σ p = 1.5; 1 − 1.0 / 1.5 = 0.3333...
    // the two shares tie, so they come in the order of the institutions' ids
    ScoreAssert.assertThat(new IdentitySafety().measure(dyad))
        .hasValue(1 - 1.0 / 1.5)
        .hasContributions("institution expert-role", 0.5, "institution patient-role", 0.5)
        .hasExplanationContaining("2 roles");
  }

  @Test
  void identity_safety_is_undefined_without_role_institutions() {
    ServiceEcosystem eco =
        ServiceEcosystem.builder()
            .add(ALICE, CLINIC, PatientAndClinic.PRIVACY)
            .relate(CLINIC, RelationType.ADHERES_TO, PatientAndClinic.PRIVACY)
            .build();

    ScoreAssert.assertThat(new IdentitySafety().measure(new Dyad(eco, ALICE, CLINIC)))
        .hasReasonContaining("adheres to no ROLE institution");
  }

  @Test
  void identity_safety_is_1_when_the_customer_accepts_every_role_fully() {
    ServiceEcosystem eco =
        ServiceEcosystem.builder()
            .add(ALICE, CLINIC, PatientAndClinic.PATIENT_ROLE)
            .relate(CLINIC, RelationType.ADHERES_TO, PatientAndClinic.PATIENT_ROLE, 0.4)
            .relate(ALICE, RelationType.ADHERES_TO, PatientAndClinic.PATIENT_ROLE, 1.0)
            .build();

    ScoreAssert.assertThat(new IdentitySafety().measure(new Dyad(eco, ALICE, CLINIC)))
        .hasValue(1.0)
        .hasNoContributions();
  }

  @Test
  void attunement_is_the_equal_weighted_mean_of_the_four_conditions() {
    // (0.6333... + 0.9721888211203263 + 0.5 + 0.3333...) / 4 = 0.6097138719467482
    double knowledge = (0.7 + (1 - 1.3 / 3)) / 2;
    double emotional = 1 - 0.12 / Math.sqrt(4.6544) / 2;
    Score score = new Attunement().measure(dyad);

    ScoreAssert.assertThat(score)
        .hasValue((knowledge + emotional + 0.5 + 1.0 / 3) / 4)
        .hasExplanationContaining("Weighted mean of all 4 parts", "recognition 0.50");
    // the part factors carry their parts' misfit, each named after its part: "touchpoint phone"
    // is named by emotional and by recognition, and the two stay apart
    assertThat(score.contributions())
        .extracting(Contribution::factor)
        .contains("emotional: touchpoint phone", "recognition: touchpoint phone",
            "identity-safety: institution patient-role",
            "knowledge-symmetry: social (customer's image of the provider)");
    assertThat(score.contributions().stream().mapToDouble(Contribution::share).sum())
        .isCloseTo(1, org.assertj.core.api.Assertions.within(1e-12));
  }

  @Test
  void attunement_renormalises_over_the_defined_conditions() {
    // only recognition (0.5) and identity-safety are defined here
    ServiceEcosystem eco =
        ServiceEcosystem.builder()
            .add(ALICE, CLINIC, APP, PatientAndClinic.PATIENT_ROLE)
            .relate(CLINIC, RelationType.OPERATES, APP)
            .relate(CLINIC, RelationType.ADHERES_TO, PatientAndClinic.PATIENT_ROLE)
            .relate(ALICE, RelationType.ADHERES_TO, PatientAndClinic.PATIENT_ROLE, 0.8)
            .episode(Episode.builder(ALICE, APP, PatientAndClinic.at(1)).initiative(Initiative.CUSTOMER)
                .build())
            .build();

    // recognition 0 / 1 = 0; identity-safety 1 − 1 · 0.2 / 1 = 0.8; (0 + 0.8) / 2 = 0.4
    ScoreAssert.assertThat(new Attunement().measure(new Dyad(eco, ALICE, CLINIC)))
        .hasValue(0.4)
        .hasExplanationContaining("2 of 4 parts", "undefined: knowledge-symmetry, emotional");
  }

  @Test
  void attunement_is_undefined_only_when_every_condition_is() {
    ServiceEcosystem eco = ServiceEcosystem.builder().add(ALICE, CLINIC).build();

    ScoreAssert.assertThat(new Attunement().measure(new Dyad(eco, ALICE, CLINIC)))
        .hasReasonContaining(
            "Every part of attunement is undefined", "knowledge-symmetry: ", "identity-safety: ");
  }

  @Test
  void the_attunement_metrics_are_micro_level_attunement_metrics() {
    for (Metric m :
        new Metric[] {
          new KnowledgeSymmetry(), new EmotionalAttunement(), new Recognition(),
          new IdentitySafety(), new Attunement()
        }) {
      assertThat(m).isInstanceOf(AttunementMetric.class);
      assertThat(m.level()).isEqualTo(Level.MICRO);
    }
    assertThat(new Attunement().parts())
        .extracting(Metric::name)
        .containsExactly("knowledge-symmetry", "emotional", "recognition", "identity-safety");
  }
}
