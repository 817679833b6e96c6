package org.attune.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.attune.dominance.Arrangement;
import org.attune.dominance.CustomerDominance;
import org.attune.dominance.DominanceReading;
import org.attune.report.HtmlReport;
import org.junit.jupiter.api.Test;

class OrchestraScenarioTest {

  @Test
  void the_three_arrangements_read_as_the_essay_tells_them() {
    // when
    CustomerDominance audience = CustomerDominance.of(OrchestraScenario.arrangement("provider-dominant"),
        OrchestraScenario.PAT);
    CustomerDominance stage = CustomerDominance.of(OrchestraScenario.arrangement("co-creation"),
        OrchestraScenario.PAT);
    CustomerDominance conductor = CustomerDominance.of(OrchestraScenario.arrangement("customer-dominant"),
        OrchestraScenario.PAT);

    // then: in the audience and on stage the clinic conducts; in customer-dominant logic Pat does,
    // and invites the pharmacy rather than the clinic in
    assertThat(audience.reading()).contains(DominanceReading.PROVIDER_DOMINANT);
    assertThat(audience.arrangement()).contains(Arrangement.EXCHANGE);
    assertThat(stage.reading()).contains(DominanceReading.CO_CREATION);
    assertThat(stage.arrangement()).contains(Arrangement.CO_CREATION_LED_BY_PROVIDER);
    assertThat(conductor.reading()).contains(DominanceReading.CUSTOMER_DOMINANT);
    assertThat(conductor.arrangement()).contains(Arrangement.CUSTOMER_DOMINANT);
    assertThat(conductor.invites(OrchestraScenario.CLINIC)).isFalse();
  }

  @Test
  void the_scenario_sets_the_readings_side_by_side() {
    // given
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    // when
    OrchestraScenario.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    // then: provider-dominant: PROVIDER 0.6 + 0.3 = 90%, JOINT 10%; index = customer share
    // + half the joint share = 0 + 0.05 = 0.050 (co-creation: 0.1 + 0.8 / 2 = 0.500;
    // customer-dominant: 0.8 + 0.2 / 2 = 0.900)
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("provider sphere       90%" + " ".repeat(26) + "10%" + " ".repeat(26) + "0%\n")
        .contains("dominance index       0.050" + " ".repeat(24) + "0.500" + " ".repeat(24) + "0.900")
        .contains("initiative (Pat/all)  1/3" + " ".repeat(26) + "1/4" + " ".repeat(26) + "3/4")
        .contains("arrangement           exchange" + " ".repeat(21) + "co-creation-led-by-provider")
        .contains("clinic invited in     yes" + " ".repeat(26) + "yes" + " ".repeat(26) + "no\n")
        .contains("dominance index 0.900 (customer-dominant). 'pat' carries the most value, 75.0%.");
  }

  @Test
  void the_scenario_draws_the_readings_and_the_cast() {
    // given
    HtmlReport.Builder report = HtmlReport.builder("t").section("s");
    Page page = Page.of(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        report);

    // when
    OrchestraScenario.run(page);

    // then
    assertThat(report.build().figures()).extracting(HtmlReport.Figure::name)
        .containsExactly("orchestra", "orchestra-cast");
    assertThat(report.build().figures().get(0).svg())
        .contains("data-label=\"provider-dominant\"", "data-label=\"customer-dominant\"");
  }

  @Test
  void an_unknown_arrangement_is_refused_naming_the_three() {
    assertThatThrownBy(() -> OrchestraScenario.arrangement("anarchy"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("arrangement must be one of [provider-dominant, co-creation, customer-dominant],"
            + " but was \"anarchy\"");
  }
}
