package org.attune.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.attune.dominance.Servitization;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.Dyad;
import org.attune.metric.Metrics;
import org.attune.report.HtmlReport;
import org.attune.testlib.scenario.EngineMakers;
import org.junit.jupiter.api.Test;

class ServitizationScenarioTest {

  private static final ServiceEcosystem BEFORE = ServitizationScenario.engines();
  private static final ServiceEcosystem AFTER = ServitizationScenario.flyingHours(BEFORE);

  @Test
  void selling_engines_is_not_servitized_and_selling_flying_hours_is() {
    // when
    Servitization before =
        Servitization.of(BEFORE, ServitizationScenario.AIRLINE, ServitizationScenario.MAKER);
    Servitization after =
        Servitization.of(AFTER, ServitizationScenario.AIRLINE, ServitizationScenario.MAKER);

    // then: before, engines are owned (B = 0), the maker takes no part in the airline's own
    // activities (E = 0) and shares no risk (R = 0): S = 0.
    assertThat(before.index()).hasValue(0.0);
    // after: flying hours support flying 1.0 and maintenance 0.5, paid on outcome: B = 1.5 / 1.5 = 1;
    // the maker performs maintenance (0.6) and supports scheduling (0.4) of the airline's
    // 1.0 + 0.6 + 0.4 = 2.0: E = 1.0 / 2.0 = 0.5; the whole offer shares availability: R = 1;
    // S = (1 + 0.5 + 1) / 3 = 0.833
    assertThat(after.paymentBasis()).hasValue(1.0);
    assertThat(after.embeddedness().orElseThrow()).isCloseTo(0.5, within(1e-12));
    assertThat(after.riskSharing()).hasValue(1.0);
    assertThat(after.index().orElseThrow()).isCloseTo(2.5 / 3, within(1e-12));
    assertThat(after.sharedRisks()).containsExactly("availability");
  }

  @Test
  void flying_hours_fit_the_airlines_logic_better() {
    // given: the airline wants functional 0.9 (w 3), economic 0.8 (w 2), epistemic 0.5 (w 1)
    var fit = Metrics.registry().metric("profile-deviation");

    // when
    double before = fit.measure(new Dyad(BEFORE, ServitizationScenario.AIRLINE,
        ServitizationScenario.MAKER)).value();
    double after = fit.measure(new Dyad(AFTER, ServitizationScenario.AIRLINE,
        ServitizationScenario.MAKER)).value();

    // then: engines offer 0.7, 0.3, 0.2: 1 − sqrt((3 × 0.04 + 2 × 0.25 + 1 × 0.09) / 6)
    //   = 1 − sqrt(0.71 / 6) = 1 − 0.34400 = 0.65600
    assertThat(before).isCloseTo(1 - Math.sqrt(0.71 / 6), within(1e-12));
    assertThat(before).isCloseTo(0.656, within(5e-4));
    // flying hours offer 0.9, 0.7, 0.6: 1 − sqrt((0 + 2 × 0.01 + 1 × 0.01) / 6) = 1 − sqrt(0.005)
    //   = 1 − 0.07071 = 0.92929
    assertThat(after).isCloseTo(1 - Math.sqrt(0.005), within(1e-12));
  }

  @Test
  void the_change_is_one_edit_of_the_ecosystem_and_keeps_the_airline() {
    assertThat(AFTER.element("engines")).isEmpty();
    assertThat(AFTER.element("flying-hours")).isPresent();
    assertThat(BEFORE.element("engines")).isPresent();
    assertThat(AFTER.influence(ServitizationScenario.AIRLINE).get(0).actor())
        .isEqualTo(ServitizationScenario.MAKER);
  }

  @Test
  void the_two_makers_of_the_test_kit_read_the_same_way() {
    var hours = Servitization.of(EngineMakers.ecosystem(), EngineMakers.AIRLINE,
        EngineMakers.HOURS_MAKER);
    var engines = Servitization.of(EngineMakers.ecosystem(), EngineMakers.AIRLINE,
        EngineMakers.ENGINE_MAKER);

    assertThat(hours.index().orElseThrow()).isGreaterThan(0.5);
    assertThat(engines.index()).hasValue(0.0);
  }

  @Test
  void the_scenario_prints_both_versions_and_draws_them() {
    // given
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    HtmlReport.Builder report = HtmlReport.builder("t").section("s");

    // when
    ServitizationScenario.run(
        Page.of(new PrintStream(bytes, true, StandardCharsets.UTF_8), report));

    // then
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("-- Selling engines --")
        .contains("Servitization of 'engine-maker' for 'airline': payment basis 0.000")
        .contains("-- Selling flying hours --")
        .contains("risk sharing 1.000 (shares [availability])")
        .contains("index 0.833.")
        .contains("fit (profile-deviation) 0.656")
        .contains("fit (profile-deviation) 0.929");
    assertThat(report.build().figures()).extracting(HtmlReport.Figure::name).containsExactly(
        "servitization-before", "servitization-after", "servitization-offer-before",
        "servitization-offer-after");
  }
}
