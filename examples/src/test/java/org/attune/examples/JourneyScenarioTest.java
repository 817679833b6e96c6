package org.attune.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.attune.report.HtmlReport;
import org.junit.jupiter.api.Assumptions;
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

  @Test
  void scenario_draws_the_bank_log_and_anns_ecosystem() {
    // given
    HtmlReport.Builder report = HtmlReport.builder("t").section("s");

    // when
    JourneyScenario.run(Page.of(
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), report),
        Optional.empty());

    // then
    assertThat(report.build().figures()).extracting(HtmlReport.Figure::name)
        .contains("journeys-bank", "journeys-ann")
        .doesNotContain("journeys-log");
  }

  /** BPI Challenge 2012, when ../shared/data holds it: the same analytics as on the bank log. */
  @Test
  void the_same_analytics_run_on_bpi_challenge_2012_when_given_its_path() {
    // given
    Path bpi = Path.of(System.getProperty("attune.data.dir", "../../shared/data"))
        .resolve("bpic2012.xes.gz");
    Assumptions.assumeTrue(Files.isReadable(bpi), "BPI Challenge 2012 is not in ../shared/data");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    HtmlReport.Builder report = HtmlReport.builder("t").section("s");

    // when
    JourneyScenario.run(Page.of(new PrintStream(bytes, true, StandardCharsets.UTF_8), report),
        Optional.of(bpi));

    // then: every one of the 13,087 applications is imported (as the data's README says), each
    // starts A_SUBMITTED > A_PARTLYSUBMITTED, and the plan's first two steps hold in all of them
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("== A log of one's own: bpic2012.xes.gz")
        .contains("traces: 13,087 read, 13,087 imported, 0 skipped")
        .containsPattern("A_SUBMITTED +A_PARTLYSUBMITTED +13087 +1\\.000")
        .contains("(and 13077 journeys more)")
        .contains("-- Planned versus actual: [A_SUBMITTED, A_PARTLYSUBMITTED, A_PREACCEPTED")
        .contains("-- Touchpoint mix over all journeys");
    // the picture draws the transitions met in 5% of the 13,087 journeys: 13,087 / 20 = 654 times
    HtmlReport.Figure picture = report.build().figures().stream()
        .filter(f -> f.name().equals("journeys-log")).findFirst().orElseThrow();
    assertThat(picture.caption()).endsWith("met at least 654 times (in 5% of journeys) and what"
        + " they reach");
    assertThat(picture.svg()).contains("transitions met at least 654 times: ")
        .doesNotContain("data-count=\"1\"");
  }
}
