package org.attune.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.exchange.EcosystemJson;
import org.attune.io.TableMapping;
import org.attune.io.Tables;
import org.attune.metric.Dyad;
import org.attune.metric.Metric;
import org.attune.metric.Metrics;
import org.attune.testlib.scenario.BankAndCustomers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExchangeScenarioTest {

  @Test
  void scenario_saves_the_new_version_reads_it_back_and_exports_the_fit_of_every_customer(
      @TempDir Path folder) throws IOException {
    // given
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    // when
    ExchangeScenario.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), folder);

    // then: the wave's two respondents got new own logics, and the saved file reads back equal
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("Survey wave read: 2 rows, 2 own logics, skipped 0");
    assertThat(out).contains("read back equal: true");
    ServiceEcosystem eco = BankAndCustomers.ecosystem();
    ServiceEcosystem expected = Tables.readWideSurvey(new StringReader(ExchangeScenario.WAVE),
            TableMapping.builder().elements(eco.elements()).build())
        .addTo(eco.toBuilder()).build();
    assertThat(EcosystemJson.read(folder.resolve("bank.json"))).isEqualTo(expected);

    // and: one row per customer, the values those of the metric on the new version
    List<String> csv = Files.readAllLines(folder.resolve("fit.csv"), StandardCharsets.UTF_8);
    assertThat(csv).hasSize(4);
    assertThat(csv.get(0)).startsWith("customer,defined,value,reason,factor_1,share_1");
    Metric fit = Metrics.registry().metric("profile-deviation");
    double tomAfter = fit.measure(new Dyad(expected, BankAndCustomers.TOM, BankAndCustomers.BANK))
        .value();
    double tomBefore = fit.measure(new Dyad(eco, BankAndCustomers.TOM, BankAndCustomers.BANK))
        .value();
    assertThat(csv.get(2)).startsWith("tom,true," + tomAfter + ",,speed,");
    // Tom now weighs speed 3 of 5 and wants it at 0.9: his fit moved, and speed explains most of it
    assertThat(tomAfter).isNotEqualTo(tomBefore);

    // and: the report and the picture of Maya's ecosystem
    assertThat(Files.readString(folder.resolve("maya-alignment.json"), StandardCharsets.UTF_8))
        .startsWith("{");
    String dot = Files.readString(folder.resolve("maya.dot"), StandardCharsets.UTF_8);
    assertThat(dot).startsWith("digraph").contains("\"maya\"");
  }
}
