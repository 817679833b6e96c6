package org.attune.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.attune.testlib.scenario.DoctorAndPatient.COACH;
import static org.attune.testlib.scenario.DoctorAndPatient.DOCTOR;
import static org.attune.testlib.scenario.DoctorAndPatient.FAMILY;
import static org.attune.testlib.scenario.DoctorAndPatient.GYM;
import static org.attune.testlib.scenario.DoctorAndPatient.LAB;
import static org.attune.testlib.scenario.DoctorAndPatient.PATIENT;
import static org.attune.testlib.scenario.DoctorAndPatient.PHARMACY;

import java.util.List;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.ecosystem.Level;
import org.attune.metric.alignment.Partnership;
import org.attune.model.Activity;
import org.attune.model.Actor;
import org.attune.model.RelationType;
import org.attune.testlib.scenario.DoctorAndPatient;
import org.junit.jupiter.api.Test;

/**
 * {@code partnership} on the doctor and the patient of the partnership essay (Gummesson 2004, as
 * Powell presents him), worked by hand.
 */
class PartnershipTest {

  private final Partnership metric = new Partnership();

  // ---------------------------------------------------------------- defects found in a trial

  /**
   * The trial: the doctor and the patient serve each other (0.6 both ways); the doctor partners
   * with the lab and the pharmacy, which serve the patient (0.3, 0.2); then the patient's family,
   * gym and coach serve the patient (0.6 each).
   */
  private static ServiceEcosystem.Builder trial() {
    return ServiceEcosystem.builder()
        .add(DOCTOR, PATIENT, LAB, PHARMACY, FAMILY, GYM, COACH)
        .relate(DOCTOR, RelationType.SERVES, PATIENT, 0.6)
        .relate(PATIENT, RelationType.SERVES, DOCTOR, 0.6)
        .relate(DOCTOR, RelationType.PARTNERS_WITH, LAB)
        .relate(DOCTOR, RelationType.PARTNERS_WITH, PHARMACY)
        .relate(LAB, RelationType.SERVES, PATIENT, 0.3)
        .relate(PHARMACY, RelationType.SERVES, PATIENT, 0.2);
  }

  @Test
  void adding_the_patients_supporters_does_not_lower_the_score() {
    // given
    ServiceEcosystem without = trial().build();
    ServiceEcosystem with =
        trial()
            .relate(FAMILY, RelationType.SERVES, PATIENT, 0.6)
            .relate(GYM, RelationType.SERVES, PATIENT, 0.6)
            .relate(COACH, RelationType.SERVES, PATIENT, 0.6)
            .build();

    // when
    double before = metric.measure(new Dyad(without, PATIENT, DOCTOR)).value();
    double after = metric.measure(new Dyad(with, PATIENT, DOCTOR)).value();

    // then: the trial read (R + N) / 2 with R = 0.6 / 0.6 = 1 and N the share of the service
    // reaching the patient that came from the doctor's partners: N = 0.5 / 1.1, 0.727 before;
    // N = 0.5 / 2.9, 0.586 after: the patient's supporters lowered it.
    // Now: T = (R + W) / 2 = (1 + 0) / 2 = 0.5; E = 0 and K = 0 (no operant resource, no activity);
    // the doctor's partners lab and pharmacy, ties 1 and 1: S_p = 1 − 0 · 0 = 1.
    // before: the patient's partners lab 0.3, pharmacy 0.2: S_c = 1 − 0.7 · 0.8 = 0.44,
    //   N = (1 + 0.44) / 2 = 0.72, score = (0.5 + 0 + 0 + 0.72) / 4 = 0.305
    // after: coach, family, gym 0.6 each too: S_c = 1 − 0.4³ · 0.7 · 0.8 = 1 − 0.03584 = 0.96416,
    //   N = 0.98208, score = (0.5 + 0.98208) / 4 = 0.37052
    assertThat(after).isGreaterThan(before);
    assertThat(before).isCloseTo(0.305, within(1e-12));
    assertThat(after).isCloseTo(0.37052, within(1e-12));
  }

  @Test
  void a_strong_partnership_tie_reads_higher_than_a_weak_one() {
    // given: the doctor and the patient serve each other fully and partner each other both ways,
    // with 0.05 / 0.05 or with 1 / 1
    ServiceEcosystem weak = tie(0.05);
    ServiceEcosystem strong = tie(1.0);

    // when
    double w = metric.measure(new Dyad(weak, PATIENT, DOCTOR)).value();
    double s = metric.measure(new Dyad(strong, PATIENT, DOCTOR)).value();

    // then: the trial read 0.5 for both (R = 1, N = 0: no partner serves the patient). Now R = 1,
    // E = K = N = 0 and W the tie: weak (1 + 0.05) / 2 / 4 = 0.13125, strong (1 + 1) / 2 / 4 = 0.25
    assertThat(s).isGreaterThan(w);
    assertThat(w).isCloseTo(0.13125, within(1e-12));
    assertThat(s).isCloseTo(0.25, within(1e-12));
  }

  @Test
  void a_strong_tie_to_the_doctors_partner_reads_higher_than_a_weak_one() {
    // given: the lab partners the doctor with 0.05 or with 1
    ServiceEcosystem weak = trial().reweight(DOCTOR, RelationType.PARTNERS_WITH, LAB, 0.05)
        .unrelate(DOCTOR, RelationType.PARTNERS_WITH, PHARMACY).build();
    ServiceEcosystem strong = trial().unrelate(DOCTOR, RelationType.PARTNERS_WITH, PHARMACY).build();

    // when
    double w = metric.measure(new Dyad(weak, PATIENT, DOCTOR)).value();
    double s = metric.measure(new Dyad(strong, PATIENT, DOCTOR)).value();

    // then: the trial read the lab's SERVES (0.3 of 1.1), not its tie to the doctor. Now T = 0.5,
    // S_c = 1 − 0.7 · 0.8 = 0.44 (lab and pharmacy still serve the patient), and S_p the lab's tie:
    // weak N = (0.05 + 0.44) / 2 = 0.245, score (0.5 + 0.245) / 4 = 0.18625;
    // strong N = (1 + 0.44) / 2 = 0.72, score (0.5 + 0.72) / 4 = 0.305
    assertThat(s).isGreaterThan(w);
    assertThat(w).isCloseTo(0.18625, within(1e-12));
    assertThat(s).isCloseTo(0.305, within(1e-12));
  }

  private static ServiceEcosystem tie(double strength) {
    return ServiceEcosystem.builder()
        .add(DOCTOR, PATIENT)
        .relate(DOCTOR, RelationType.SERVES, PATIENT, 1.0)
        .relate(PATIENT, RelationType.SERVES, DOCTOR, 1.0)
        .relate(DOCTOR, RelationType.PARTNERS_WITH, PATIENT, strength)
        .relate(PATIENT, RelationType.PARTNERS_WITH, DOCTOR, strength)
        .build();
  }
  // ---------------------------------------------------------------- the essay's cases

  @Test
  void the_doctor_and_the_patient_as_parties_score_0() {
    // given: the doctor SERVES the patient (0.8), nothing more
    Dyad dyad = DoctorAndPatient.dyad(DoctorAndPatient.parties().build());

    // when
    Score score = metric.measure(dyad);

    // then: R = 0 / 0.8 = 0, W = 0: T = 0; no operant resource: E = 0; no activity: K = 0; no
    // partner: N = 0; score 0. Misfit 1: reciprocity, partnership tie, both expertises and both
    // sides' partners 1/8 each, co-production 1/4
    ScoreAssert.assertThat(score)
        .hasValue(0)
        .hasContributions(
            "co-production", 0.25,
            "reciprocity", 0.125,
            "partnership tie", 0.125,
            "provider's expertise", 0.125,
            "customer's expertise", 0.125,
            "provider's partners", 0.125,
            "customer's partners", 0.125);
  }

  @Test
  void the_doctor_and_the_patient_as_partners_read_higher_than_as_parties() {
    // given: the parties, and PARTNERS_WITH 0.9; the doctor ACCESSES medicine 1.0 (operant) and
    // the dispensary 1.0 (operand, no expertise); the patient ACCESSES own-life 0.8 (operant); both
    // PERFORM the therapy, the doctor 1.0, the patient 0.5
    Dyad parties = DoctorAndPatient.dyad(DoctorAndPatient.parties().build());
    Dyad partners = DoctorAndPatient.dyad(DoctorAndPatient.partners().build());

    // when
    Score asParties = metric.measure(parties);
    Score asPartners = metric.measure(partners);

    // then: T = (0 + 0.9) / 2 = 0.45; E = (1 + 0.8) / 2 = 0.9; K = min 0.5 / max 1.0 = 0.5; N = 0;
    // score = (0.45 + 0.9 + 0.5 + 0) / 4 = 0.4625. Misfit 0.5375: reciprocity 1/8 = 0.125,
    // partnership tie 0.1 / 8 = 0.0125, provider's expertise 0, customer's expertise 0.2 / 8 =
    // 0.025, co-production of therapy (1.0 − 0.5) / (4 · 1.0) = 0.125, provider's and customer's
    // partners 1/8 each; the four of 0.125 tie and keep the metric's order
    assertThat(asPartners.value()).isGreaterThan(asParties.value());
    ScoreAssert.assertThat(asPartners)
        .hasValue(0.4625)
        .hasContributions(
            "reciprocity", 0.125 / 0.5375,
            "co-production of therapy", 0.125 / 0.5375,
            "provider's partners", 0.125 / 0.5375,
            "customer's partners", 0.125 / 0.5375,
            "customer's expertise", 0.025 / 0.5375,
            "partnership tie", 0.0125 / 0.5375)
        .hasExplanationContaining(
            "their tie reads 45% (service 0% reciprocal, partnership tie 0.90)",
            "their expertise 90% (the provider's 1.00, the customer's 0.80)",
            "co-production 50% (1 of 1 activity performed by both)",
            "the support of their partners 0% (the provider's 0.00 from 0 partners, the"
                + " customer's 0.00 from 0)",
            "reciprocity costs the most fit (23% of the misfit)");
  }

  @Test
  void the_patients_supporters_raise_the_score_beside_the_doctors_partners() {
    // given: the partners, with the doctor's lab (PARTNERS_WITH 0.5) and pharmacy (0.6); then also
    // the patient's family (SERVES 0.5), gym (SERVES 0.4) and coach (PARTNERS_WITH 0.5)
    Dyad doctorsSide =
        DoctorAndPatient.dyad(
            DoctorAndPatient.providerNetwork(DoctorAndPatient.partners()).build());
    Dyad bothSides = DoctorAndPatient.dyad(DoctorAndPatient.networks().build());

    // when
    Score one = metric.measure(doctorsSide);
    Score both = metric.measure(bothSides);

    // then: T = 0.45, E = 0.9, K = 0.5 as for the partners. The doctor's partners, the patient
    // left out: S_p = 1 − (1 − 0.5)(1 − 0.6) = 0.8.
    // doctor's side only: S_c = 0, N = 0.4, score = (0.45 + 0.9 + 0.5 + 0.4) / 4 = 0.5625
    // both sides: the patient's partners, the doctor left out: coach 0.5, family 0.5, gym 0.4:
    //   S_c = 1 − 0.5 · 0.5 · 0.6 = 0.85, N = (0.8 + 0.85) / 2 = 0.825,
    //   score = (0.45 + 0.9 + 0.5 + 0.825) / 4 = 0.66875
    ScoreAssert.assertThat(one).hasValue(0.5625);
    ScoreAssert.assertThat(both)
        .hasValue(0.66875)
        .hasExplanationContaining(
            "the provider's 0.80 from 2 partners, the customer's 0.85 from 3");
    assertThat(both.value()).isGreaterThan(one.value());
  }

  // ---------------------------------------------------------------- the formula's edges

  @Test
  void operand_resources_are_no_expertise() {
    // given: the partners, the patient's operant resource replaced by access to the operand
    // dispensary
    ServiceEcosystem eco =
        DoctorAndPatient.partners()
            .unrelate(PATIENT, RelationType.ACCESSES, DoctorAndPatient.OWN_LIFE)
            .relate(PATIENT, RelationType.ACCESSES, DoctorAndPatient.DISPENSARY, 1.0)
            .build();

    // when
    Score score = metric.measure(DoctorAndPatient.dyad(eco));

    // then: X_c = 0: E = (1 + 0) / 2 = 0.5; score = (0.45 + 0.5 + 0.5 + 0) / 4 = 0.3625; the
    // customer's expertise costs 1/8 of 0.6375
    ScoreAssert.assertThat(score).hasValue(0.3625);
    assertThat(score.contributions())
        .contains(new Contribution("customer's expertise", 0.125 / 0.6375));
  }

  @Test
  void an_activity_only_one_party_performs_is_not_co_produced() {
    // given: the partners, and the patient also PERFORMS cooking 0.5, which the doctor does not
    Activity cooking = Activity.of("cooking", "Cooking");
    ServiceEcosystem eco =
        DoctorAndPatient.partners()
            .add(cooking)
            .relate(PATIENT, RelationType.PERFORMS, cooking, 0.5)
            .build();

    // when
    Score score = metric.measure(new Dyad(eco, PATIENT, DOCTOR));

    // then: cooking min 0 max 0.5, therapy min 0.5 max 1.0: K = 0.5 / 1.5 = 1/3;
    // score = (0.45 + 0.9 + 1/3 + 0) / 4; misfit parts cooking 0.5 / (4 · 1.5), therapy the same
    ScoreAssert.assertThat(score).hasValue((0.45 + 0.9 + 1.0 / 3) / 4);
    double misfit = 1 - (0.45 + 0.9 + 1.0 / 3) / 4;
    assertThat(score.contributions())
        .contains(
            new Contribution("co-production of cooking", 0.5 / 6 / misfit),
            new Contribution("co-production of therapy", 0.5 / 6 / misfit));
  }

  @Test
  void a_partnership_tie_without_service_is_judged() {
    // given: the two partner each other (0.4) but neither serves the other
    ServiceEcosystem eco =
        ServiceEcosystem.builder()
            .add(DOCTOR, PATIENT)
            .relate(PATIENT, RelationType.PARTNERS_WITH, DOCTOR, 0.4)
            .build();

    // when
    Score score = metric.measure(new Dyad(eco, PATIENT, DOCTOR));

    // then: R = 0, W = 0.4: T = 0.2; score = 0.2 / 4 = 0.05
    ScoreAssert.assertThat(score).hasValue(0.05);
  }

  @Test
  void is_undefined_when_the_two_have_no_tie() {
    // given: the patient's family serves the patient, but the doctor and the patient have no tie
    ServiceEcosystem eco =
        DoctorAndPatient.supporters(DoctorAndPatient.parties())
            .unrelate(DOCTOR, RelationType.SERVES, PATIENT)
            .build();

    // when
    Score score = metric.measure(new Dyad(eco, PATIENT, DOCTOR));

    // then
    ScoreAssert.assertThat(score)
        .hasReasonContaining(
            "Neither party SERVES the other and neither PARTNERS_WITH the other, so there is no"
                + " relationship whose partnership could be judged.");
  }

  @Test
  void the_batch_path_agrees_with_measure_on_every_actor_of_the_essays_networks() {
    // given: every actor of the networks as a customer of the doctor: the patient, the doctor's
    // partners, the patient's supporters (most without a tie to the doctor), the doctor itself
    ServiceEcosystem eco =
        DoctorAndPatient.networks()
            .relate(LAB, RelationType.SERVES, PATIENT, 0.3)
            .relate(DOCTOR, RelationType.SERVES, LAB, 0.2)
            .build();
    List<Actor> customers = List.of(PATIENT, LAB, PHARMACY, FAMILY, GYM, COACH, DOCTOR);

    // when, then
    BatchAgreement.assertAgrees(metric, eco, DOCTOR, customers, "essay networks");
  }

  @Test
  void has_its_name_and_level() {
    assertThat(metric.name()).isEqualTo("partnership");
    assertThat(metric.level()).isEqualTo(Level.MESO);
  }
}
