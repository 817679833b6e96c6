package org.attune.testlib.docs;

import static org.attune.testlib.AttuneAssertions.assertThat;
import static org.attune.testlib.AttuneAssertions.within;

import org.attune.metric.Dyad;
import org.attune.testlib.MetricTester;
import org.attune.testlib.scenario.PatientAndClinic;
import org.junit.jupiter.api.Test;

class EmotionalFitTest {

  @Test
  void keeps_the_metric_contract() {
    MetricTester.of(new EmotionalFit()).test();
  }

  @Test
  void fits_alice_and_the_clinic_to_0_8() {
    // Alice's emotional level 0.7, the clinic's 0.9: 1 − |0.7 − 0.9| = 0.8
    Dyad dyad = PatientAndClinic.dyad();

    assertThat(new EmotionalFit().measure(dyad))
        .isDefined()
        .hasValueCloseTo(0.8, within(1e-9))
        .hasTopFactor("emotional");
  }

  @Test
  void is_undefined_without_the_customers_own_logic() {
    Dyad dyad = new Dyad(PatientAndClinic.ecosystem(), PatientAndClinic.NEIGHBOUR,
        PatientAndClinic.CLINIC);

    assertThat(new EmotionalFit().measure(dyad))
        .isUndefined()
        .hasReasonContaining("emotional level is missing");
  }
}
