package org.attune.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.attune.journey.DirectlyFollowsGraph;
import org.attune.metric.AlignmentReport;
import org.attune.metric.Cohort;
import org.attune.metric.Contribution;
import org.attune.metric.Metrics;
import org.attune.metric.Scores;
import org.attune.metric.Scoring;
import org.attune.testlib.scenario.BankAndCustomers;
import org.attune.theory.SdlAxioms;
import org.junit.jupiter.api.Test;

/**
 * Every writer flushes what it wrote into the caller's writer, which it does not close, so that a
 * buffered writer left open holds the whole output; and the details a reader of the output relies on
 * (the keys of a GraphML document, the factors of an alignment row) are there.
 */
class WritersFlushTest {

  private static final Scores SCORES = Scoring.sequential().withTopFactors(3).score(
      Metrics.registry().metric("profile-deviation"),
      Cohort.of(BankAndCustomers.ecosystem(), BankAndCustomers.CUSTOMERS), BankAndCustomers.BANK);

  /** {@return what {@code export} left in a buffered writer that nobody flushed, and the same unbuffered} */
  private static List<String> buffered(ResultsJsonTest.Export export) throws IOException {
    StringWriter target = new StringWriter();
    BufferedWriter buffer = new BufferedWriter(target, 1 << 20);
    export.to(buffer);
    return List.of(target.toString(), ResultsJsonTest.text(export));
  }

  private static void assertFlushed(ResultsJsonTest.Export export) throws IOException {
    List<String> outputs = buffered(export);
    assertThat(outputs.get(1)).isNotEmpty();
    assertThat(outputs.get(0)).isEqualTo(outputs.get(1));
  }

  @Test
  void every_csv_writer_flushes_into_the_callers_writer() throws IOException {
    ResultsCsv csv = ResultsCsv.standard();
    assertFlushed(out -> csv.write(SCORES, out));
    assertFlushed(out -> csv.write(AlignmentReport.of(BankAndCustomers.dyad()), out));
    assertFlushed(out -> csv.write(SdlAxioms.all().check(BankAndCustomers.ecosystem()), out));
    assertFlushed(out -> csv.write(ResultsJsonTest.importReport(), out));
    assertFlushed(out -> csv.writeTransitions(ResultsJsonTest.dfg(), out));
    assertFlushed(out -> csv.writeVariants(ResultsJsonTest.dfg(), out));
  }

  @Test
  void every_json_writer_flushes_into_the_callers_writer() throws IOException {
    ResultsJson json = ResultsJson.standard();
    assertFlushed(out -> json.write(SCORES, out));
    assertFlushed(out -> json.write(AlignmentReport.of(BankAndCustomers.dyad()), out));
    assertFlushed(out -> json.write(ResultsJsonTest.dfg(), out));
  }

  @Test
  void every_graph_writer_flushes_into_the_callers_writer() throws IOException {
    GraphExport graphs = GraphExport.standard();
    assertFlushed(out -> graphs.writeDot(BankAndCustomers.ecosystem(), out));
    assertFlushed(out -> graphs.writeGraphMl(BankAndCustomers.ecosystem(), out));
    assertFlushed(out -> graphs.writeDot(ResultsJsonTest.dfg(), out));
    assertFlushed(out -> graphs.writeGraphMl(ResultsJsonTest.dfg(), out));
  }

  @Test
  void a_directly_follows_graph_in_graphml_declares_a_key_for_every_attribute() throws IOException {
    // given
    DirectlyFollowsGraph dfg = ResultsJsonTest.dfg();

    // when
    String graphml = ResultsJsonTest.text(out -> GraphExport.standard().writeGraphMl(dfg, out));

    // then: a reader finds each attribute by its key's name and type
    assertThat(graphml).contains(
        "attr.name=\"occurrences\" attr.type=\"long\"",
        "attr.name=\"starts\" attr.type=\"long\"",
        "attr.name=\"ends\" attr.type=\"long\"",
        "attr.name=\"count\" attr.type=\"long\"",
        "attr.name=\"probability\" attr.type=\"double\"",
        "attr.name=\"median_wait\" attr.type=\"string\"",
        "attr.name=\"p90_wait\" attr.type=\"string\"");
  }

  @Test
  void an_alignment_row_lists_every_factor_with_its_share() throws IOException {
    // given
    AlignmentReport report = AlignmentReport.of(BankAndCustomers.dyad());

    // when
    List<List<String>> rows = Rfc4180.parse(
        ResultsJsonTest.text(out -> ResultsCsv.standard().write(report, out)), ',');

    // then: each row's factors are "factor=share" joined by "; ", in the score's order
    List<String> expected = report.entries().stream()
        .map(e -> e.score().contributions().stream()
            .map((Contribution c) -> c.factor() + "=" + c.share())
            .collect(Collectors.joining("; ")))
        .sorted().toList();
    List<String> written = rows.stream().skip(1).map(r -> r.get(7)).sorted().toList();
    assertThat(written).isEqualTo(expected);
    assertThat(written).anyMatch(f -> f.contains("; "));
  }
}
