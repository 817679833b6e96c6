package org.attune.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.testlib.scenario.DoctorAndPatient.DOCTOR;
import static org.attune.testlib.scenario.DoctorAndPatient.PATIENT;

import java.util.Map;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.alignment.Institutional;
import org.attune.model.Institution;
import org.attune.model.InstitutionKind;
import org.attune.model.RelationType;
import org.attune.model.ScottPillar;
import org.attune.testlib.scenario.DoctorAndPatient;
import org.attune.testlib.scenario.PatientAndClinic;
import org.junit.jupiter.api.Test;

/**
 * {@code institutional} read by Scott's (2014) three pillars, worked by hand: the value stays the
 * weighted Jaccard over every institution; each pillar has its own reading and share of the misfit.
 */
class InstitutionalPillarsTest {

  private final Institutional metric = new Institutional();

  @Test
  void reads_each_pillar_of_the_patient_and_the_clinic() {
    // given: privacy (RULE: regulative) Alice 0.9, clinic 0.6; patient-role (ROLE), evidence (NORM),
    // expert-role (ROLE), all normative: Alice 0.5, 0, 0; the clinic 1.0, 0.8, 0.5
    Dyad dyad = PatientAndClinic.dyad();

    // when
    Map<ScottPillar, Score> pillars = metric.byPillar(dyad);

    // then
    // regulative: 0.6 / 0.9; privacy the whole misfit
    // normative: (0.5 + 0 + 0) / (1.0 + 0.8 + 0.5) = 0.5 / 2.3; misfit 0.5 + 0.8 + 0.5 = 1.8:
    //   evidence 0.8 / 1.8, then expert-role and patient-role 0.5 / 1.8 each in the order of the ids
    // cultural-cognitive: neither adheres to a belief or a practice
    assertThat(pillars.keySet())
        .containsExactly(
            ScottPillar.REGULATIVE, ScottPillar.NORMATIVE, ScottPillar.CULTURAL_COGNITIVE);
    ScoreAssert.assertThat(pillars.get(ScottPillar.REGULATIVE))
        .hasValue(0.6 / 0.9)
        .hasContributions("institution privacy", 1.0)
        .hasExplanationContaining("On the regulative pillar", "share 1 of 1 institution");
    ScoreAssert.assertThat(pillars.get(ScottPillar.NORMATIVE))
        .hasValue(0.5 / 2.3)
        .hasContributions(
            "institution evidence", 0.8 / 1.8,
            "institution expert-role", 0.5 / 1.8,
            "institution patient-role", 0.5 / 1.8)
        .hasExplanationContaining("On the normative pillar", "share 1 of 3 institutions");
    ScoreAssert.assertThat(pillars.get(ScottPillar.CULTURAL_COGNITIVE))
        .hasReasonContaining(
            "Neither the customer nor the provider adheres to an institution of the"
                + " cultural-cognitive pillar.");
  }

  @Test
  void the_value_is_the_pillars_fits_weighted_by_their_sum_of_max() {
    // given
    Dyad dyad = PatientAndClinic.dyad();

    // when
    Score all = metric.measure(dyad);
    Map<ScottPillar, Score> pillars = metric.byPillar(dyad);

    // then: M_regulative = 0.9, M_normative = 2.3: (0.9 · 0.6 / 0.9 + 2.3 · 0.5 / 2.3) / 3.2
    // = 1.1 / 3.2 = 0.34375, the value it always had
    double weighted =
        (0.9 * pillars.get(ScottPillar.REGULATIVE).value()
                + 2.3 * pillars.get(ScottPillar.NORMATIVE).value())
            / 3.2;
    ScoreAssert.assertThat(all).hasValue(0.34375).hasValue(weighted);
  }

  @Test
  void the_explanation_gives_each_pillars_fit_and_share_of_the_misfit() {
    // given
    Dyad dyad = PatientAndClinic.dyad();

    // when
    Score score = metric.measure(dyad);

    // then: misfit Σ |c − p| = 2.1: regulative 0.3 / 2.1 = 14%, normative 1.8 / 2.1 = 86%
    ScoreAssert.assertThat(score)
        .hasExplanationContaining(
            "by Scott's pillars, regulative 0.67 (14% of the misfit), normative 0.22 (86%),"
                + " cultural-cognitive none; institution evidence costs the most fit");
  }

  @Test
  void locates_a_misfit_of_taken_for_granted_beliefs_on_the_cultural_cognitive_pillar() {
    // given: the doctor and the patient both follow the consent rule fully; the patient holds
    // firmly that patients are experts of their own experience (0.9), the doctor hardly (0.1)
    Institution consent = Institution.of("consent", "Informed consent", InstitutionKind.RULE);
    Institution experts =
        Institution.of("own-experts", "Patients know their own illness", InstitutionKind.BELIEF);
    ServiceEcosystem eco =
        DoctorAndPatient.partners()
            .add(consent, experts)
            .relate(PATIENT, RelationType.ADHERES_TO, consent, 1.0)
            .relate(DOCTOR, RelationType.ADHERES_TO, consent, 1.0)
            .relate(PATIENT, RelationType.ADHERES_TO, experts, 0.9)
            .relate(DOCTOR, RelationType.ADHERES_TO, experts, 0.1)
            .build();
    Dyad dyad = DoctorAndPatient.dyad(eco);

    // when
    Score score = metric.measure(dyad);
    Map<ScottPillar, Score> pillars = metric.byPillar(dyad);

    // then: overall (1.0 + 0.1) / (1.0 + 0.9) = 1.1 / 1.9; regulative 1.0 / 1.0 = 1; the
    // cultural-cognitive pillar 0.1 / 0.9 holds the whole misfit |0.9 − 0.1| = 0.8
    ScoreAssert.assertThat(score)
        .hasValue(1.1 / 1.9)
        .hasContributions("institution own-experts", 1.0)
        .hasExplanationContaining(
            "regulative 1.00 (0% of the misfit), normative none, cultural-cognitive 0.11 (100%)");
    ScoreAssert.assertThat(pillars.get(ScottPillar.REGULATIVE)).hasValue(1.0).hasNoContributions();
    ScoreAssert.assertThat(pillars.get(ScottPillar.CULTURAL_COGNITIVE)).hasValue(0.1 / 0.9);
    ScoreAssert.assertThat(pillars.get(ScottPillar.NORMATIVE))
        .hasReasonContaining("of the normative pillar");
  }

  @Test
  void every_pillar_is_undefined_when_neither_adheres_to_anything() {
    // given
    ServiceEcosystem eco = DoctorAndPatient.parties().build();

    // when
    Map<ScottPillar, Score> pillars = metric.byPillar(DoctorAndPatient.dyad(eco));

    // then
    assertThat(pillars.values()).allMatch(s -> !s.isDefined());
  }
}
