package org.attune.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.testlib.scenario.PatientAndClinic.ALICE;
import static org.attune.testlib.scenario.PatientAndClinic.CLINIC;
import static org.attune.testlib.scenario.PatientAndClinic.PHARMACY;

import org.attune.ecosystem.Level;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.alignment.ActivityCoverage;
import org.attune.metric.alignment.EcosystemReach;
import org.attune.metric.alignment.Institutional;
import org.attune.model.RelationType;
import org.attune.testlib.scenario.PatientAndClinic;
import org.junit.jupiter.api.Test;

/** The meso and macro alignment metrics on the {@link PatientAndClinic}, worked by hand. */
class EcosystemMetricsTest {

  private final Dyad dyad = PatientAndClinic.dyad();

  @Test
  void activity_coverage_is_the_share_of_performing_strength_the_provider_supports() {
    // Alice performs measuring (1.0), cooking (0.5), exercising (0.5): Σ = 2.0
    // the clinic supports measuring directly and exercising through the coaching it offers
    // (1.0 + 0.5) / 2.0 = 0.75; cooking, unsupported, is the whole misfit
    Score score = new ActivityCoverage().measure(dyad);

    ScoreAssert.assertThat(score)
        .hasValue(0.75)
        .hasContributions("activity cooking", 1.0)
        .hasExplanationContaining("supports 2 of the customer's 3 activities", "75%");
  }

  @Test
  void activity_coverage_is_undefined_when_the_customer_performs_nothing() {
    ServiceEcosystem eco = ServiceEcosystem.builder().add(ALICE, CLINIC).build();

    ScoreAssert.assertThat(new ActivityCoverage().measure(new Dyad(eco, ALICE, CLINIC)))
        .hasReasonContaining("performs no activity");
  }

  @Test
  void activity_coverage_is_1_when_every_activity_is_supported() {
    ServiceEcosystem eco =
        PatientAndClinic.builder().relate(CLINIC, RelationType.SUPPORTS, PatientAndClinic.COOKING).build();

    ScoreAssert.assertThat(new ActivityCoverage().measure(new Dyad(eco, ALICE, CLINIC)))
        .hasValue(1.0)
        .hasNoContributions();
  }

  @Test
  void ecosystem_reach_is_the_share_of_reaching_strength_from_the_providers_side() {
    // reaching Alice: clinic SERVES 0.8, pharmacy SERVES 0.4, neighbour INFLUENCES 0.6: Σ = 1.8
    // the pharmacy partners with the clinic (PARTNERS_WITH pharmacy → clinic, counted either way)
    // (0.8 + 0.4) / 1.8 = 0.6666...; the neighbour is the whole misfit
    Score score = new EcosystemReach().measure(dyad);

    ScoreAssert.assertThat(score)
        .hasValue(1.2 / 1.8)
        .hasContributions("actor neighbour", 1.0)
        .hasExplanationContaining("67%", "1 partner");
  }

  @Test
  void ecosystem_reach_without_the_partner_counts_only_the_provider() {
    // the pharmacy is no partner: 0.8 / 1.8
    ServiceEcosystem eco =
        ServiceEcosystem.builder()
            .add(ALICE, CLINIC, PHARMACY, PatientAndClinic.NEIGHBOUR)
            .relate(CLINIC, RelationType.SERVES, ALICE, 0.8)
            .relate(PHARMACY, RelationType.SERVES, ALICE, 0.4)
            .relate(PatientAndClinic.NEIGHBOUR, RelationType.INFLUENCES, ALICE, 0.6)
            .build();

    // misfit: neighbour 0.6, pharmacy 0.4 of 1.0
    ScoreAssert.assertThat(new EcosystemReach().measure(new Dyad(eco, ALICE, CLINIC)))
        .hasValue(0.8 / 1.8)
        .hasContributions("actor neighbour", 0.6, "actor pharmacy", 0.4);
  }

  @Test
  void ecosystem_reach_is_undefined_when_nothing_reaches_the_customer() {
    ServiceEcosystem eco =
        ServiceEcosystem.builder()
            .add(ALICE, CLINIC)
            .relate(ALICE, RelationType.SERVES, CLINIC)
            .build();

    ScoreAssert.assertThat(new EcosystemReach().measure(new Dyad(eco, ALICE, CLINIC)))
        .hasReasonContaining("No INFLUENCES or SERVES relation reaches the customer");
  }

  @Test
  void institutional_is_the_weighted_jaccard_of_adherence() {
    // institution  Alice  clinic  min  max  |c − p|
    // privacy      0.9    0.6     0.6  0.9  0.3
    // patient-role 0.5    1.0     0.5  1.0  0.5
    // evidence     0      0.8     0    0.8  0.8
    // expert-role  0      0.5     0    0.5  0.5
    // Σ min / Σ max = 1.1 / 3.2 = 0.34375; misfit Σ |c − p| = 2.1; ties in the order of the ids
    Score score = new Institutional().measure(dyad);

    ScoreAssert.assertThat(score)
        .hasValue(0.34375)
        .hasContributions(
            "institution evidence", 0.8 / 2.1,
            "institution expert-role", 0.5 / 2.1,
            "institution patient-role", 0.5 / 2.1,
            "institution privacy", 0.3 / 2.1)
        .hasExplanationContaining("share 2 of 4 institutions");
  }

  @Test
  void institutional_is_undefined_when_neither_adheres_to_anything() {
    ServiceEcosystem eco = ServiceEcosystem.builder().add(ALICE, CLINIC).build();

    ScoreAssert.assertThat(new Institutional().measure(new Dyad(eco, ALICE, CLINIC)))
        .hasReasonContaining("Neither the customer nor the provider adheres to any institution");
  }

  @Test
  void institutional_is_0_when_only_one_side_adheres() {
    ServiceEcosystem eco =
        ServiceEcosystem.builder()
            .add(ALICE, CLINIC, PatientAndClinic.PRIVACY)
            .relate(CLINIC, RelationType.ADHERES_TO, PatientAndClinic.PRIVACY, 0.7)
            .build();

    ScoreAssert.assertThat(new Institutional().measure(new Dyad(eco, ALICE, CLINIC)))
        .hasValue(0)
        .hasContributions("institution privacy", 1.0);
  }

  @Test
  void institutional_is_1_for_identical_adherence() {
    ServiceEcosystem eco =
        ServiceEcosystem.builder()
            .add(ALICE, CLINIC, PatientAndClinic.PRIVACY, PatientAndClinic.EVIDENCE)
            .relate(ALICE, RelationType.ADHERES_TO, PatientAndClinic.PRIVACY, 0.7)
            .relate(CLINIC, RelationType.ADHERES_TO, PatientAndClinic.PRIVACY, 0.7)
            .relate(ALICE, RelationType.ADHERES_TO, PatientAndClinic.EVIDENCE, 0.2)
            .relate(CLINIC, RelationType.ADHERES_TO, PatientAndClinic.EVIDENCE, 0.2)
            .build();

    ScoreAssert.assertThat(new Institutional().measure(new Dyad(eco, ALICE, CLINIC)))
        .hasValue(1.0)
        .hasNoContributions();
  }

  @Test
  void the_ecosystem_metrics_have_their_levels() {
    assertThat(new ActivityCoverage().level()).isEqualTo(Level.MESO);
    assertThat(new EcosystemReach().level()).isEqualTo(Level.MESO);
    assertThat(new Institutional().level()).isEqualTo(Level.MACRO);
    assertThat(new Institutional().name()).isEqualTo("institutional");
    assertThat(new ActivityCoverage().name()).isEqualTo("activity-coverage");
    assertThat(new EcosystemReach().name()).isEqualTo("ecosystem-reach");
  }

  @Test
  void partnership_counts_reciprocity_and_the_partners_of_both_sides() {
    // clinic SERVES alice 0.8, alice SERVES clinic 0.4: R = 0.4 / 0.8 = 0.5; no PARTNERS_WITH
    // between them: W = 0; T = (0.5 + 0) / 2 = 0.25. No operant resource: E = 0; no activity: K = 0
    // the clinic's partner pharmacy, tie 1: S_p = 1; serving alice besides the clinic: gym 0.2,
    // pharmacy 0.6: S_c = 1 − 0.8 · 0.4 = 0.68; N = (1 + 0.68) / 2 = 0.84
    // score = (0.25 + 0 + 0 + 0.84) / 4 = 0.2725; misfit 0.7275: co-production 1/4, partnership
    // tie, provider's and customer's expertise 1/8 each, reciprocity 0.5 / 8 = 0.0625, customer's
    // partners 0.32 / 8 = 0.04, provider's partners 0 (left out)
    org.attune.model.Actor gym = org.attune.model.Actor.organisation("gym", "Gym");
    ServiceEcosystem eco =
        ServiceEcosystem.builder()
            .add(ALICE, CLINIC, PHARMACY, gym)
            .relate(CLINIC, RelationType.SERVES, ALICE, 0.8)
            .relate(ALICE, RelationType.SERVES, CLINIC, 0.4)
            .relate(CLINIC, RelationType.PARTNERS_WITH, PHARMACY)
            .relate(PHARMACY, RelationType.SERVES, ALICE, 0.6)
            .relate(gym, RelationType.SERVES, ALICE, 0.2)
            .build();

    ScoreAssert.assertThat(new org.attune.metric.alignment.Partnership().measure(new Dyad(eco, ALICE, CLINIC)))
        .hasValue(0.2725)
        .hasContributions(
            "co-production", 0.25 / 0.7275,
            "partnership tie", 0.125 / 0.7275,
            "provider's expertise", 0.125 / 0.7275,
            "customer's expertise", 0.125 / 0.7275,
            "reciprocity", 0.0625 / 0.7275,
            "customer's partners", 0.04 / 0.7275)
        .hasExplanationContaining(
            "service 50% reciprocal", "the provider's 1.00 from 1 partner, the customer's 0.68 from 2");
  }

  @Test
  void partnership_of_one_way_service_without_partners_is_0() {
    // clinic SERVES alice 0.8 only: R = 0 / 0.8 = 0, W = 0; no resource, activity or partner:
    // E = K = N = 0
    ServiceEcosystem eco =
        ServiceEcosystem.builder()
            .add(ALICE, CLINIC)
            .relate(CLINIC, RelationType.SERVES, ALICE, 0.8)
            .build();

    ScoreAssert.assertThat(new org.attune.metric.alignment.Partnership().measure(new Dyad(eco, ALICE, CLINIC)))
        .hasValue(0.0);
  }

  @Test
  void partnership_is_undefined_when_neither_serves_the_other() {
    ServiceEcosystem eco = ServiceEcosystem.builder().add(ALICE, CLINIC).build();

    ScoreAssert.assertThat(new org.attune.metric.alignment.Partnership().measure(new Dyad(eco, ALICE, CLINIC)))
        .hasReasonContaining("Neither party SERVES the other");
  }
}
