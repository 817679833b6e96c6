package org.attune.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JourneyScenarioTest {

  @Test
  void scenario_prints_report_graph_variants_conformance_and_the_cx_lens() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JourneyScenario.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("traces:")
        .contains("-- Directly-follows graph")
        .contains("-- Variants")
        .contains("-- Planned versus actual")
        .contains("-- Touchpoint mix")
        .contains("-- Blind spots")
        .contains("broker-call")
        .contains("-- Relationship of customer:ann");
  }

  @Test
  void bundled_bank_log_imports_cleanly() throws Exception {
    var log = JourneyScenario.bank();
    assertThat(log.report().isClean()).isTrue();
    assertThat(log.journeys()).hasSize(7);
    assertThat(log.customers()).hasSize(4);
    assertThat(log.idClashes()).isEmpty();
  }
}
