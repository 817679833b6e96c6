package org.attune.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.attune.ecosystem.Level;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.io.CsvColumns;
import org.attune.io.EventLogs;
import org.attune.io.ImportReport;
import org.attune.io.LogMapping;
import org.attune.io.MalformedInputPolicy;
import org.attune.journey.DirectlyFollowsGraph;
import org.attune.metric.AlignmentReport;
import org.attune.metric.Cohort;
import org.attune.metric.Contribution;
import org.attune.metric.Metrics;
import org.attune.metric.Score;
import org.attune.metric.Scores;
import org.attune.metric.Scoring;
import org.attune.model.Actor;
import org.attune.model.Dimension;
import org.attune.model.Profile;
import org.attune.testlib.scenario.BankAndCustomers;
import org.attune.testlib.scenario.Journeys;
import org.attune.testlib.scenario.PatientAndClinic;
import org.attune.theory.RuleOutcome;
import org.attune.theory.SdlAxioms;
import org.attune.theory.TheoryReport;
import org.attune.theory.Violation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class ResultsJsonTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final Score WITH_FACTORS =
      Score.defined(
          0.84,
          List.of(new Contribution("functional", 0.75), new Contribution("=SUM(A1)", 0.25)),
          "Fits well, \"mostly\".\nSecond line.");

  @Test
  void should_write_every_field_of_a_defined_score_with_its_factors() throws IOException {
    // when
    JsonNode json = tree(out -> ResultsJson.standard().write(WITH_FACTORS, out));

    // then
    assertThat(json.propertyNames())
        .containsExactly("defined", "value", "explanation", "contributions");
    assertThat(json.get("defined").booleanValue()).isTrue();
    assertThat(json.get("value").doubleValue()).isEqualTo(0.84);
    assertThat(json.get("explanation").stringValue()).isEqualTo("Fits well, \"mostly\".\nSecond line.");
    assertThat(json.get("contributions").size()).isEqualTo(2);
    assertThat(json.get("contributions").get(0).get("factor").stringValue()).isEqualTo("functional");
    assertThat(json.get("contributions").get(0).get("share").doubleValue()).isEqualTo(0.75);
    assertThat(json.get("contributions").get(1).get("factor").stringValue()).isEqualTo("=SUM(A1)");
    assertThat(json.get("contributions").get(1).get("share").doubleValue()).isEqualTo(0.25);
    assertThat(score(json)).isEqualTo(WITH_FACTORS);
  }

  @Test
  void should_write_an_undefined_score_with_its_reason_and_a_null_value() throws IOException {
    // given
    Score undefined = Score.undefined("No own logic of 'tom' is known.");

    // when
    JsonNode json = tree(out -> ResultsJson.standard().write(undefined, out));

    // then
    assertThat(json.propertyNames()).containsExactly("defined", "value", "reason", "contributions");
    assertThat(json.get("defined").booleanValue()).isFalse();
    assertThat(json.get("value").isNull()).isTrue();
    assertThat(json.get("reason").stringValue()).isEqualTo("No own logic of 'tom' is known.");
    assertThat(json.get("contributions").size()).isZero();
    assertThat(score(json)).isEqualTo(undefined);
  }

  @Test
  void should_write_the_same_bytes_to_a_stream_as_to_a_writer_in_utf8() throws IOException {
    // given
    Score s = Score.defined(0.5, List.of(new Contribution("größe", 1.0)), "Halb.");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    // when
    ResultsJson.standard().write(s, bytes);

    // then
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(text(out -> ResultsJson.standard().write(s, out)))
        .isEqualTo("{\"defined\":true,\"value\":0.5,\"explanation\":\"Halb.\","
            + "\"contributions\":[{\"factor\":\"größe\",\"share\":1.0}]}");
  }

  @Test
  void should_write_each_customer_of_a_cohort_with_its_top_factors() throws IOException {
    // given: the bank's customers and one without an own logic, whose score is undefined
    Actor newcomer = Actor.individual("new\"comer, x", "Newcomer");
    ServiceEcosystem eco = BankAndCustomers.builder().add(newcomer).build();
    List<Actor> customers = new ArrayList<>(BankAndCustomers.CUSTOMERS);
    customers.add(newcomer);
    Scores scores =
        Scoring.sequential()
            .withTopFactors(5)
            .score(Metrics.registry().metric("profile-deviation"), Cohort.of(eco, customers),
                BankAndCustomers.BANK);

    // when
    JsonNode json = tree(out -> ResultsJson.standard().withTopFactors(2).write(scores, out));

    // then
    assertThat(json.get("metric").stringValue()).isEqualTo("profile-deviation");
    assertThat(json.get("provider").stringValue()).isEqualTo("northbank");
    assertThat(json.get("customers").intValue()).isEqualTo(4);
    assertThat(json.get("defined").intValue()).isEqualTo(scores.definedCount()).isEqualTo(3);
    assertThat(json.get("topFactors").intValue()).isEqualTo(2);
    JsonNode rows = json.get("scores");
    assertThat(rows.size()).isEqualTo(4);
    for (int i = 0; i < 4; i++) {
      JsonNode row = rows.get(i);
      assertThat(row.get("customer").stringValue()).isEqualTo(customers.get(i).id());
      assertThat(row.get("defined").booleanValue()).isEqualTo(scores.isDefined(i));
      if (scores.isDefined(i)) {
        assertThat(row.get("value").doubleValue()).isEqualTo(scores.value(i));
        assertThat(row.has("reason")).isFalse();
      } else {
        assertThat(row.get("value").isNull()).isTrue();
        assertThat(row.get("reason").stringValue()).isEqualTo(scores.reason(i).orElseThrow());
      }
      List<Contribution> top = scores.topFactors(i);
      assertThat(row.get("topFactors").size()).isEqualTo(Math.min(2, top.size()));
      for (int k = 0; k < row.get("topFactors").size(); k++) {
        assertThat(row.get("topFactors").get(k).get("factor").stringValue())
            .isEqualTo(top.get(k).factor());
        assertThat(row.get("topFactors").get(k).get("share").doubleValue())
            .isEqualTo(top.get(k).share());
      }
    }
    assertThat(scores.topFactors(0)).hasSizeGreaterThan(2);
    assertThat(rows.get(3).get("customer").stringValue()).isEqualTo("new\"comer, x");
    assertThat(rows.get(3).get("defined").booleanValue()).isFalse();
  }

  @Test
  void should_stream_a_large_cohort_in_small_writes() throws IOException {
    // given: 5,000 customers with an own logic each
    Profile logic = Profile.builder().level(Dimension.FUNCTIONAL, 0.5).build();
    Actor provider = Actor.organisation("provider", "Provider");
    ServiceEcosystem.Builder b = ServiceEcosystem.builder().add(provider)
        .perspective(provider, provider, Profile.builder().level(Dimension.FUNCTIONAL, 0.9).build());
    List<Actor> customers = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      Actor c = Actor.individual("c" + i, "C");
      customers.add(c);
      b.add(c).perspective(c, c, logic);
    }
    Scores scores = Scoring.sequential().score(
        Metrics.registry().metric("profile-deviation"), Cohort.of(b.build(), customers), provider);
    CountingWriter json = new CountingWriter();
    CountingWriter csv = new CountingWriter();

    // when
    ResultsJson.standard().write(scores, json);
    ResultsCsv.standard().write(scores, csv);

    // then: hundreds of kilobytes, handed over a few kilobytes (JSON) or one cell (CSV) at a time
    assertThat(json.total).isGreaterThan(250_000);
    assertThat(json.largest).isLessThanOrEqualTo(16_000);
    assertThat(csv.total).isGreaterThan(100_000);
    assertThat(csv.largest).isLessThanOrEqualTo(100);
  }

  @Test
  void should_write_every_part_of_an_alignment_report() throws IOException {
    // given
    AlignmentReport report = AlignmentReport.of(BankAndCustomers.dyad());

    // when
    JsonNode json = tree(out -> ResultsJson.standard().write(report, out));

    // then
    assertThat(json.get("customer").stringValue()).isEqualTo("maya");
    assertThat(json.get("provider").stringValue()).isEqualTo("northbank");
    assertThat(json.get("overall").doubleValue()).isEqualTo(report.overall().orElseThrow());
    assertThat(json.get("bindingLevel").stringValue())
        .isEqualTo(report.bindingLevel().orElseThrow().name());
    assertThat(json.get("bindingExplanation").stringValue()).isEqualTo(report.bindingExplanation());
    assertThat(json.get("levels").size()).isEqualTo(3);
    int metrics = 0;
    for (int l = 0; l < 3; l++) {
      Level level = Level.values()[l];
      JsonNode node = json.get("levels").get(l);
      assertThat(node.get("level").stringValue()).isEqualTo(level.name());
      if (report.levelScore(level).isPresent()) {
        assertThat(node.get("score").doubleValue())
            .isEqualTo(report.levelScore(level).getAsDouble());
        assertThat(node.get("weakest").stringValue())
            .isEqualTo(report.weakest(level).orElseThrow().metric());
      } else {
        assertThat(node.get("score").isNull()).isTrue();
        assertThat(node.get("weakest").isNull()).isTrue();
      }
      List<AlignmentReport.Entry> entries = report.entries(level);
      assertThat(node.get("metrics").size()).isEqualTo(entries.size());
      for (int m = 0; m < entries.size(); m++) {
        assertThat(node.get("metrics").get(m).get("metric").stringValue())
            .isEqualTo(entries.get(m).metric());
        assertThat(score(node.get("metrics").get(m).get("score")))
            .isEqualTo(entries.get(m).score());
        metrics++;
      }
    }
    assertThat(metrics).isEqualTo(report.entries().size());
    assertThat(json.get("costliestFactors").size()).isEqualTo(report.costliestFactors().size());
    assertThat(json.get("costliestFactors").get(0).get("factor").stringValue())
        .isEqualTo(report.costliestFactors().get(0).factor());
    assertThat(json.get("costliestFactors").get(0).get("cost").doubleValue())
        .isEqualTo(report.costliestFactors().get(0).cost());
  }

  @Test
  void should_write_every_rule_and_violation_of_a_theory_report() throws IOException {
    // given
    TheoryReport report = SdlAxioms.all().check(PatientAndClinic.ecosystem());

    // when
    JsonNode json = tree(out -> ResultsJson.standard().write(report, out));

    // then
    assertThat(report.violations()).isNotEmpty();
    assertThat(json.get("title").stringValue()).isEqualTo(report.title());
    assertThat(json.get("holds").booleanValue()).isEqualTo(report.holds());
    assertThat(json.get("rules").size()).isEqualTo(report.outcomes().size());
    for (int r = 0; r < report.outcomes().size(); r++) {
      RuleOutcome o = report.outcomes().get(r);
      JsonNode rule = json.get("rules").get(r);
      assertThat(rule.get("id").stringValue()).isEqualTo(o.rule().id());
      assertThat(rule.get("statement").stringValue()).isEqualTo(o.rule().statement());
      assertThat(rule.get("source").stringValue()).isEqualTo(o.rule().source());
      assertThat(rule.get("checks").stringValue()).isEqualTo(o.rule().checks());
      assertThat(rule.get("holds").booleanValue()).isEqualTo(o.holds());
      assertThat(rule.get("violations").size()).isEqualTo(o.violations().size());
      for (int v = 0; v < o.violations().size(); v++) {
        Violation violation = o.violations().get(v);
        JsonNode node = rule.get("violations").get(v);
        assertThat(node.get("ruleId").stringValue()).isEqualTo(violation.ruleId());
        assertThat(node.get("message").stringValue()).isEqualTo(violation.message());
        List<String> ids = new ArrayList<>();
        node.get("elements").forEach(e -> ids.add(e.get("id").stringValue()));
        assertThat(ids).isEqualTo(violation.elementIds());
        assertThat(node.get("elements").get(0).get("kind").stringValue())
            .isEqualTo(violation.elements().get(0).elementKind().name());
      }
    }
  }

  @Test
  void should_write_the_counts_reasons_and_problems_of_an_import_report() throws IOException {
    // given: one good row, one without a timestamp
    ImportReport report = importReport();

    // when
    JsonNode json = tree(out -> ResultsJson.standard().write(report, out));

    // then
    assertThat(json.get("source").stringValue()).isEqualTo(report.source());
    assertThat(json.get("format").stringValue()).isEqualTo("CSV");
    assertThat(json.get("clean").booleanValue()).isFalse();
    assertThat(json.get("traces").get("read").longValue()).isEqualTo(report.tracesRead());
    assertThat(json.get("traces").get("imported").longValue()).isEqualTo(report.tracesImported());
    assertThat(json.get("traces").get("skipped").longValue()).isEqualTo(report.tracesSkipped());
    assertThat(json.get("events").get("read").longValue()).isEqualTo(2);
    assertThat(json.get("events").get("imported").longValue()).isEqualTo(1);
    assertThat(json.get("events").get("skipped").longValue()).isEqualTo(1);
    assertThat(json.get("skipped").size()).isEqualTo(report.skipped().size());
    assertThat(json.get("skipped").get(0).get("reason").stringValue())
        .isEqualTo(report.skipped().keySet().iterator().next().name());
    assertThat(json.get("problems").size()).isEqualTo(report.problems().size()).isEqualTo(1);
    ImportReport.Problem p = report.problems().get(0);
    JsonNode problem = json.get("problems").get(0);
    assertThat(problem.get("reason").stringValue()).isEqualTo(p.reason().name());
    assertThat(problem.get("line").intValue()).isEqualTo(p.line());
    assertThat(problem.get("column").intValue()).isEqualTo(p.column());
    assertThat(problem.get("message").stringValue()).isEqualTo(p.message());
  }

  @Test
  void should_write_the_counts_starts_ends_and_variants_of_a_directly_follows_graph()
      throws IOException {
    // given: ad > app twice, once ending at app, once going on to shop
    DirectlyFollowsGraph dfg = dfg();

    // when
    JsonNode json = tree(out -> ResultsJson.standard().write(dfg, out));

    // then
    assertThat(json.get("journeys").longValue()).isEqualTo(3);
    JsonNode ad = json.get("touchpoints").get(0);
    assertThat(ad.get("id").stringValue()).isEqualTo("ad");
    assertThat(ad.get("occurrences").longValue()).isEqualTo(2);
    assertThat(ad.get("starts").longValue()).isEqualTo(2);
    assertThat(ad.get("ends").longValue()).isZero();
    JsonNode first = json.get("transitions").get(0);
    assertThat(first.get("source").stringValue()).isEqualTo("ad");
    assertThat(first.get("target").stringValue()).isEqualTo("app");
    assertThat(first.get("count").longValue()).isEqualTo(2);
    // |ad > app| / |ad| = 2 / 2
    assertThat(first.get("probability").doubleValue()).isEqualTo(1.0);
    // waits of 5 and 15 minutes: median 10 minutes
    assertThat(first.get("medianWait").stringValue()).isEqualTo("PT10M");
    assertThat(json.get("transitions").size()).isEqualTo(dfg.transitions().size());
    assertThat(json.get("variants").size()).isEqualTo(dfg.variants().size());
    JsonNode variant = json.get("variants").get(0);
    assertThat(variant.get("count").longValue()).isEqualTo(dfg.variants().get(0).count());
    assertThat(variant.get("share").doubleValue()).isEqualTo(dfg.variants().get(0).share());
    List<String> steps = new ArrayList<>();
    variant.get("touchpoints").forEach(t -> steps.add(t.stringValue()));
    assertThat(steps).isEqualTo(dfg.variants().get(0).touchpoints());
  }

  @Test
  void should_write_the_same_bytes_for_the_same_report() throws IOException {
    // given: two reports of two ecosystems built alike
    AlignmentReport a = AlignmentReport.of(BankAndCustomers.dyad());
    AlignmentReport b = AlignmentReport.of(BankAndCustomers.dyad());

    // when
    String first = text(out -> ResultsJson.standard().write(a, out));
    String second = text(out -> ResultsJson.standard().write(b, out));

    // then
    assertThat(first).isEqualTo(second);
  }

  @Test
  void should_reject_a_negative_number_of_top_factors() {
    // when / then
    assertThatThrownBy(() -> ResultsJson.standard().withTopFactors(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("n must be a count >= 0, but was -1");
    assertThatThrownBy(() -> ResultsCsv.standard().withTopFactors(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("n must be a count >= 0, but was -1");
  }

  @Test
  void should_reject_null_naming_the_argument() {
    // when / then
    assertThatThrownBy(() -> ResultsJson.standard().write((Score) null, new StringWriter()))
        .isInstanceOf(NullPointerException.class).hasMessage("score");
    assertThatThrownBy(() -> ResultsJson.standard().write(WITH_FACTORS, (Writer) null))
        .isInstanceOf(NullPointerException.class).hasMessage("out");
    assertThatThrownBy(() -> ResultsCsv.standard().write((Scores) null, new StringWriter()))
        .isInstanceOf(NullPointerException.class).hasMessage("scores");
    assertThatThrownBy(() -> GraphExport.standard().writeDot((ServiceEcosystem) null,
            new StringWriter()))
        .isInstanceOf(NullPointerException.class).hasMessage("ecosystem");
  }

  // ------------------------------------------------------------------------------------------

  static DirectlyFollowsGraph dfg() {
    return DirectlyFollowsGraph.of(List.of(
        Journeys.journey("c1", "ad@0", "app@5"),
        Journeys.journey("c2", "ad@0", "app@15", "shop@20"),
        Journeys.journey("c3", "review@0", "shop@30")));
  }

  static ImportReport importReport() throws IOException {
    String csv = "case,activity,timestamp\n"
        + "c1,register,2020-01-01T00:00:00Z\n"
        + "c1,pay,\n";
    LogMapping skip = LogMapping.builder().onMalformed(MalformedInputPolicy.SKIP).build();
    return EventLogs.readCsv(new StringReader(csv), CsvColumns.defaults(), skip).report();
  }

  /** {@return the score a JSON object of {@link ResultsJson} describes} */
  static Score score(JsonNode json) {
    if (!json.get("defined").booleanValue()) {
      return Score.undefined(json.get("reason").stringValue());
    }
    List<Contribution> contributions = new ArrayList<>();
    json.get("contributions").forEach(c ->
        contributions.add(new Contribution(c.get("factor").stringValue(), c.get("share").doubleValue())));
    return Score.defined(json.get("value").doubleValue(), contributions,
        json.get("explanation").stringValue());
  }

  @FunctionalInterface
  interface Export {
    void to(Writer out) throws IOException;
  }

  static String text(Export export) throws IOException {
    StringWriter out = new StringWriter();
    export.to(out);
    return out.toString();
  }

  static JsonNode tree(Export export) throws IOException {
    return MAPPER.readTree(text(export));
  }

  /** A writer that keeps nothing, only the total and the largest single write. */
  static final class CountingWriter extends Writer {
    long total;
    int largest;

    @Override
    public void write(char[] buffer, int offset, int length) {
      total += length;
      largest = Math.max(largest, length);
    }

    @Override
    public void write(String s, int offset, int length) {
      total += length;
      largest = Math.max(largest, length);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
