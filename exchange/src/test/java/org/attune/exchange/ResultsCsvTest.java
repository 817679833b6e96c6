package org.attune.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.exchange.ResultsJsonTest.text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.io.ImportReport;
import org.attune.journey.DirectlyFollowsGraph;
import org.attune.metric.AlignmentReport;
import org.attune.metric.Cohort;
import org.attune.metric.Contribution;
import org.attune.metric.Metrics;
import org.attune.metric.Scores;
import org.attune.metric.Scoring;
import org.attune.model.Actor;
import org.attune.testlib.scenario.BankAndCustomers;
import org.attune.testlib.scenario.PatientAndClinic;
import org.attune.theory.Rule;
import org.attune.theory.RuleSet;
import org.attune.theory.SdlAxioms;
import org.attune.theory.TheoryReport;
import org.attune.theory.Violation;
import org.junit.jupiter.api.Test;

class ResultsCsvTest {

  @Test
  void should_write_a_row_per_customer_with_its_top_factors() throws IOException {
    // given: the bank's customers and one, of a hostile id, without an own logic
    Actor newcomer = Actor.individual("=new\"comer, x", "Newcomer");
    ServiceEcosystem eco = BankAndCustomers.builder().add(newcomer).build();
    List<Actor> customers = new ArrayList<>(BankAndCustomers.CUSTOMERS);
    customers.add(newcomer);
    Scores scores = Scoring.sequential().withTopFactors(5).score(
        Metrics.registry().metric("profile-deviation"), Cohort.of(eco, customers),
        BankAndCustomers.BANK);

    // when
    List<List<String>> rows = Rfc4180.parse(
        text(out -> ResultsCsv.standard().withTopFactors(2).write(scores, out)), ',');

    // then
    assertThat(rows).hasSize(5);
    assertThat(rows.get(0)).containsExactly(
        "customer", "defined", "value", "reason", "factor_1", "share_1", "factor_2", "share_2");
    for (int i = 0; i < 4; i++) {
      List<String> row = rows.get(i + 1);
      assertThat(row).hasSize(8);
      assertThat(row.get(1)).isEqualTo(String.valueOf(scores.isDefined(i)));
      List<Contribution> top = scores.topFactors(i);
      if (scores.isDefined(i)) {
        assertThat(row.get(0)).isEqualTo(customers.get(i).id());
        assertThat(Double.parseDouble(row.get(2))).isEqualTo(scores.value(i));
        assertThat(row.get(3)).isEmpty();
        assertThat(row.get(4)).isEqualTo(top.get(0).factor());
        assertThat(Double.parseDouble(row.get(5))).isEqualTo(top.get(0).share());
      } else {
        assertThat(row.get(2)).isEmpty();
        assertThat(row.get(3)).isEqualTo(scores.reason(i).orElseThrow());
        assertThat(row.subList(4, 8)).containsOnly("");
      }
    }
    // the id starting with '=' is prefixed; its quote and comma survive the quoting
    assertThat(rows.get(4).get(0)).isEqualTo("'=new\"comer, x");
  }

  @Test
  void should_prefix_formulas_in_the_text_of_a_theory_report() throws IOException {
    // given: a rule whose violations carry formula-like text
    Actor a = Actor.individual("@x", "A");
    Actor b = Actor.individual("+1", "B");
    Rule rule = Rule.of("my.formulas", "Nothing is a formula", "=SUM(A1)",
        "each actor", eco -> List.of(
            Violation.of("my.formulas", "-1+2", a, b),
            Violation.of("my.formulas", "\ttabbed", a)));
    TheoryReport report = RuleSet.of(rule).check(ServiceEcosystem.builder().add(a, b).build());

    // when
    List<List<String>> rows =
        Rfc4180.parse(text(out -> ResultsCsv.standard().write(report, out)), ',');

    // then: violations ordered by element ids, [@x] before [@x, +1]
    assertThat(rows).containsExactly(
        List.of("rule", "source", "holds", "elements", "element_kinds", "message"),
        List.of("my.formulas", "'=SUM(A1)", "false", "'@x", "ACTOR", "'\ttabbed"),
        List.of("my.formulas", "'=SUM(A1)", "false", "'@x; +1", "ACTOR; ACTOR", "'-1+2"));
  }

  @Test
  void should_write_a_row_per_violation_and_per_holding_rule() throws IOException {
    // given
    TheoryReport report = SdlAxioms.all().check(PatientAndClinic.ecosystem());

    // when
    List<List<String>> rows =
        Rfc4180.parse(text(out -> ResultsCsv.standard().write(report, out)), ',');

    // then
    assertThat(rows).hasSize(1 + report.holding().size() + report.violations().size());
    long holding = rows.stream().skip(1).filter(r -> r.get(2).equals("true")).count();
    assertThat(holding).isEqualTo(report.holding().size());
    Violation first = report.violations().get(0);
    assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly(
        first.ruleId(), report.find(first.ruleId()).orElseThrow().rule().source(), "false",
        String.join("; ", first.elementIds()),
        first.elements().stream().map(e -> e.elementKind().name())
            .reduce((x, y) -> x + "; " + y).orElseThrow(),
        first.message()));
  }

  @Test
  void should_write_a_row_per_metric_of_an_alignment_report() throws IOException {
    // given
    AlignmentReport report = AlignmentReport.of(BankAndCustomers.dyad());

    // when
    List<List<String>> rows =
        Rfc4180.parse(text(out -> ResultsCsv.standard().withDelimiter(';').write(report, out)), ';');

    // then
    assertThat(rows.get(0)).containsExactly("customer", "provider", "level", "metric", "defined",
        "value", "explanation", "factors", "level_score", "weakest", "binding");
    assertThat(rows).hasSize(1 + report.entries().size());
    AlignmentReport.Entry weakest =
        report.weakest(report.bindingLevel().orElseThrow()).orElseThrow();
    List<String> row = rows.stream().filter(r -> r.get(3).equals(weakest.metric()))
        .findFirst().orElseThrow();
    assertThat(row.subList(0, 5)).containsExactly("maya", "northbank",
        weakest.level().name(), weakest.metric(), "true");
    assertThat(Double.parseDouble(row.get(5))).isEqualTo(weakest.score().value());
    assertThat(row.get(6)).isEqualTo(weakest.score().explanation());
    assertThat(row.subList(9, 11)).containsExactly("true", "true");
    long weakestRows = rows.stream().skip(1).filter(r -> r.get(9).equals("true")).count();
    assertThat(weakestRows).isEqualTo(report.entries().stream()
        .map(AlignmentReport.Entry::level).distinct()
        .filter(l -> report.weakest(l).isPresent()).count());
  }

  @Test
  void should_write_the_counts_and_problems_of_an_import_report() throws IOException {
    // given
    ImportReport report = ResultsJsonTest.importReport();
    ImportReport.Problem p = report.problems().get(0);

    // when
    List<List<String>> rows =
        Rfc4180.parse(text(out -> ResultsCsv.standard().write(report, out)), ',');

    // then
    assertThat(rows.subList(0, 7)).containsExactly(
        List.of("item", "reason", "count", "line", "column", "message"),
        List.of("traces_read", "", String.valueOf(report.tracesRead()), "", "", ""),
        List.of("traces_imported", "", String.valueOf(report.tracesImported()), "", "", ""),
        List.of("traces_skipped", "", String.valueOf(report.tracesSkipped()), "", "", ""),
        List.of("events_read", "", "2", "", "", ""),
        List.of("events_imported", "", "1", "", "", ""),
        List.of("events_skipped", "", "1", "", "", ""));
    assertThat(rows).contains(List.of("problem", p.reason().name(), "",
        String.valueOf(p.line()), String.valueOf(p.column()), p.message()));
    assertThat(rows).contains(List.of("skipped", p.reason().name(), "1", "", "",
        p.reason().description()));
  }

  @Test
  void should_write_the_transitions_starts_ends_and_variants_of_a_directly_follows_graph()
      throws IOException {
    // given
    DirectlyFollowsGraph dfg = ResultsJsonTest.dfg();

    // when
    List<List<String>> transitions =
        Rfc4180.parse(text(out -> ResultsCsv.standard().writeTransitions(dfg, out)), ',');
    List<List<String>> variants =
        Rfc4180.parse(text(out -> ResultsCsv.standard().writeVariants(dfg, out)), ',');

    // then: ad > app 2 times of 2 episodes at ad (2 / 2 = 1.0), waits 5 and 15 minutes
    assertThat(transitions.get(0)).containsExactly(
        "kind", "source", "target", "count", "probability", "median_wait", "p90_wait");
    assertThat(transitions.get(1))
        .containsExactly("transition", "ad", "app", "2", "1.0", "PT10M", "PT14M");
    // 2 of 3 journeys start at ad: 2 / 3
    assertThat(transitions).contains(List.of("start", "", "ad", "2", String.valueOf(2.0 / 3), "", ""));
    // 2 journeys end at shop, of 2 episodes there: 2 / 2
    assertThat(transitions).contains(List.of("end", "shop", "", "2", "1.0", "", ""));
    assertThat(transitions).hasSize(1 + dfg.transitions().size() + dfg.starts().size()
        + dfg.ends().size());
    int steps = dfg.variants().stream().mapToInt(v -> v.touchpoints().size()).sum();
    assertThat(variants).hasSize(1 + steps);
    assertThat(variants.get(0)).containsExactly("variant", "count", "share", "position", "touchpoint");
    DirectlyFollowsGraph.Variant v1 = dfg.variants().get(0);
    assertThat(variants.get(1)).containsExactly("1", String.valueOf(v1.count()),
        String.valueOf(v1.share()), "1", v1.touchpoints().get(0));
  }
}
