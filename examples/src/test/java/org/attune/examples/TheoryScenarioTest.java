package org.attune.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.attune.theory.CdlFoundations;
import org.attune.theory.CustomerFocus;
import org.attune.theory.SdlAxioms;
import org.junit.jupiter.api.Test;

class TheoryScenarioTest {

  @Test
  void pats_lived_ecosystem_satisfies_both_logics_and_the_crm_record_does_not() {
    // when
    var lived = SdlAxioms.all().and(CdlFoundations.all()).check(TheoryScenario.lived());
    var recorded = SdlAxioms.all().and(CdlFoundations.all()).check(TheoryScenario.recorded());

    // then
    assertThat(lived.holds()).isTrue();
    assertThat(recorded.holding())
        .extracting(r -> r.id())
        .containsExactly("sdl.co-creation", "cdl.customer-lens");
    assertThat(recorded.violations()).hasSize(7);
  }

  @Test
  void pat_is_the_customer_and_the_clinic_she_pays_is_not_hers() {
    // when
    var clash =
        SdlAxioms.all()
            .and(CdlFoundations.all(CustomerFocus.servedActors()))
            .check(TheoryScenario.lived());

    // then: under the default focus both logics hold (above); taking every actor served for a
    // customer makes the clinic Pat's customer, whose model Pat does not hold
    assertThat(CustomerFocus.beneficiaries().customers(TheoryScenario.lived()))
        .containsExactly(TheoryScenario.PAT);
    assertThat(clash.failing()).extracting(r -> r.id()).containsExactly("cdl.customer-lens");
  }

  @Test
  void the_scenario_prints_both_reports() {
    // given
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    // when
    TheoryScenario.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    // then
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("9 of 9 rules hold, 0 violations")
        .contains("Customers under the default focus: [pat]; taking every actor served for a"
            + " customer: [pat, clinic], and then:")
        .contains("- cdl.customer-lens: 'pat' SERVES 'clinic' but holds no model (pat, clinic)")
        .contains("2 of 9 rules hold, 7 violations")
        .doesNotContain("dominance index");
  }

}
