package org.attune.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.attune.metric.Dyad;
import org.attune.metric.MetricRegistry;
import org.attune.testlib.scenario.DoctorAndPatient;
import org.junit.jupiter.api.Test;

class EssayCasesScenarioTest {

  private static double measure(String metric, Dyad dyad) {
    return MetricRegistry.builtIns().metric(metric).measure(dyad).value();
  }

  @Test
  void partners_read_higher_than_parties_and_the_patients_supporters_raise_it() {
    double parties = measure("partnership", DoctorAndPatient.dyad(
        EssayCasesScenario.doctorAndPatient("parties")));
    double partners = measure("partnership", DoctorAndPatient.dyad(
        EssayCasesScenario.doctorAndPatient("partners")));
    double doctorsNetwork = measure("partnership", DoctorAndPatient.dyad(
        EssayCasesScenario.doctorAndPatient("partners, the doctor's network")));
    double bothNetworks = measure("partnership", DoctorAndPatient.dyad(
        EssayCasesScenario.doctorAndPatient("partners, both sides' networks")));

    assertThat(parties).isLessThan(partners);
    assertThat(partners).isLessThan(doctorsNetwork);
    assertThat(doctorsNetwork).isLessThan(bothNetworks);
  }

  @Test
  void a_reassuring_clinician_is_attuned_to_the_anxious_patient_and_an_anxious_one_is_not() {
    double anxious = measure("emotional", new Dyad(EssayCasesScenario.anxiousPatient(
        "an equally anxious clinician"), EssayCasesScenario.PATIENT, EssayCasesScenario.CLINIC));
    double reassuring = measure("emotional", new Dyad(EssayCasesScenario.anxiousPatient(
        "a reassuring clinician"), EssayCasesScenario.PATIENT, EssayCasesScenario.CLINIC));
    double byMood = measure("emotional", new Dyad(EssayCasesScenario.anxiousPatient(
        "a reassuring clinician, the patient's mood recorded only"), EssayCasesScenario.PATIENT,
        EssayCasesScenario.CLINIC));

    assertThat(anxious).isLessThan(0.5);
    assertThat(reassuring).isGreaterThan(0.8);
    assertThat(byMood).isEqualTo(reassuring);
  }

  @Test
  void the_scenario_prints_each_case() {
    // given
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    // when
    EssayCasesScenario.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    // then
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("parties                          partnership 0.000")
        .contains("partners, both sides' networks   partnership 0.669")
        .contains("(actual self 0.50, ideal self 0.95)")
        .contains("an equally anxious clinician                             emotional 0.282")
        .doesNotContain("Servitization");
  }
}
