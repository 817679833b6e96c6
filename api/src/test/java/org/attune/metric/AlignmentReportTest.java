package org.attune.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.attune.ecosystem.Level;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.testlib.scenario.PatientAndClinic;
import org.junit.jupiter.api.Test;

class AlignmentReportTest {

  private final AlignmentReport report =
      AlignmentReport.of(PatientAndClinic.dyad(), MetricRegistry.builtIns());

  @Test
  void a_report_groups_every_metric_by_level() {
    assertThat(report.entries()).hasSize(15);
    assertThat(report.entries(Level.MICRO)).hasSize(11);
    assertThat(report.entries(Level.MESO))
        .extracting(AlignmentReport.Entry::metric)
        .containsExactly("activity-coverage", "ecosystem-reach", "partnership");
    assertThat(report.entries(Level.MACRO))
        .extracting(AlignmentReport.Entry::metric)
        .containsExactly("institutional");
  }

  @Test
  void each_level_is_the_mean_of_its_defined_scores_and_overall_the_mean_of_the_levels() {
    // meso: (activity-coverage 0.75 + ecosystem-reach 0.6666... + partnership 0.175) / 3, where
    // partnership: Alice does not serve the clinic and no PARTNERS_WITH joins them, T = 0; no
    // operant resource, E = 0; the clinic performs none of Alice's activities, K = 0; the clinic's
    // partner pharmacy (tie 1), S_p = 1, serves Alice 0.4, S_c = 0.4; N = 0.7; 0.7 / 4 = 0.175
    double meso = (0.75 + 1.2 / 1.8 + 0.175) / 3;
    // macro: institutional 0.34375
    double macro = 0.34375;
    double micro =
        report.entries(Level.MICRO).stream().mapToDouble(e -> e.score().value()).average()
            .orElseThrow();

    assertThat(report.levelScore(Level.MESO).getAsDouble()).isCloseTo(meso, within(1e-12));
    assertThat(report.levelScore(Level.MACRO).getAsDouble()).isCloseTo(macro, within(1e-12));
    assertThat(report.overall().getAsDouble())
        .isCloseTo((micro + meso + macro) / 3, within(1e-12));
  }

  @Test
  void the_factor_costs_add_up_to_the_overall_misfit() {
    double total =
        report.costliestFactors().stream().mapToDouble(AlignmentReport.FactorCost::cost).sum();

    assertThat(total).isCloseTo(1 - report.overall().getAsDouble(), within(1e-9));
    // costs equal on paper (such as ties between factors of one metric) may differ in the
    // last bits; the report treats them as ties, so the order is checked to 9 decimals
    assertThat(report.costliestFactors())
        .isSortedAccordingTo(
            (a, b) -> Long.compare(Math.round(b.cost() * 1e9), Math.round(a.cost() * 1e9)));
  }

  @Test
  void the_costliest_factor_is_what_macro_alignment_misses() {
    // institutional (0.34375) alone holds macro, a third of the overall: its largest factor,
    // evidence (0.8 / 2.1 of its misfit), costs (1/3)(1 − 0.34375)(0.8 / 2.1) = 0.0833...
    AlignmentReport.FactorCost top = report.costliestFactors().get(0);

    assertThat(top.factor()).isEqualTo("institution evidence");
    assertThat(top.cost()).isCloseTo((1 - 0.34375) / 3 * 0.8 / 2.1, within(1e-12));
  }

  @Test
  void the_rendering_reads_as_plain_text() {
    String text = report.render();

    assertThat(text)
        .startsWith("Fit of City Clinic to the logic of Alice\nOverall: ")
        .contains("Micro (the dyad): ", "Meso (the customer ecosystem): 0.53",
            "Macro (institutions): 0.34", "  profile-deviation    0.77  The offering lies 0.23",
            "What costs the most fit:\n  1. institution evidence")
        .doesNotContain("NaN", "null");
    assertThat(report.toString()).startsWith("AlignmentReport{Dyad{customer=alice, provider=clinic},"
        + " overall=0.").doesNotContain("Alice", "City Clinic");
  }

  @Test
  void undefined_scores_are_shown_with_their_reason_and_left_out_of_the_means() {
    ServiceEcosystem eco =
        ServiceEcosystem.builder()
            .add(PatientAndClinic.ALICE, PatientAndClinic.CLINIC)
            .perspective(PatientAndClinic.ALICE, PatientAndClinic.ALICE, PatientAndClinic.OWN)
            .perspective(PatientAndClinic.CLINIC, PatientAndClinic.CLINIC, PatientAndClinic.OFFERING)
            .build();

    AlignmentReport sparse =
        AlignmentReport.of(new Dyad(eco, PatientAndClinic.ALICE, PatientAndClinic.CLINIC), MetricRegistry.builtIns());

    assertThat(sparse.levelScore(Level.MESO)).isEmpty();
    assertThat(sparse.levelScore(Level.MACRO)).isEmpty();
    // micro: the five (c, c)-against-(p, p) metrics are defined; the others are not
    List<Double> defined =
        sparse.entries(Level.MICRO).stream()
            .filter(e -> e.score().isDefined())
            .map(e -> e.score().value())
            .toList();
    assertThat(defined).hasSize(5);
    assertThat(sparse.overall().getAsDouble())
        .isCloseTo(defined.stream().mapToDouble(Double::doubleValue).average().orElseThrow(),
            within(1e-12));
    assertThat(sparse.render())
        .contains("Meso (the customer ecosystem): undefined",
            "   n/a  undefined: The customer performs no activity");
  }

  @Test
  void a_report_with_nothing_defined_says_so() {
    ServiceEcosystem eco = ServiceEcosystem.builder().add(PatientAndClinic.ALICE, PatientAndClinic.CLINIC).build();

    AlignmentReport empty =
        AlignmentReport.of(new Dyad(eco, PatientAndClinic.ALICE, PatientAndClinic.CLINIC), MetricRegistry.builtIns());

    assertThat(empty.overall()).isEmpty();
    assertThat(empty.costliestFactors()).isEmpty();
    assertThat(empty.render()).contains("Overall: undefined", "Nothing costs fit.");
  }

  @Test
  void the_default_report_uses_every_registered_metric() {
    assertThat(AlignmentReport.of(PatientAndClinic.dyad()).entries())
        .extracting(AlignmentReport.Entry::metric)
        .contains("mood-weighted", "attunement");
    assertThat(MetricRegistry.builtIns().report(PatientAndClinic.dyad()).dyad()).isEqualTo(PatientAndClinic.dyad());
  }

  // ---------------------------------------------------------------- levels

  private static Fixed at(Level level, String name, double value) {
    Fixed f = Fixed.of(name, value);
    return new Fixed(name, level, f.score());
  }

  private static Fixed undefinedAt(Level level, String name) {
    return new Fixed(name, level, Fixed.undefined(name).score());
  }

  private static AlignmentReport reportOf(Metric... metrics) {
    MetricProvider provider = () -> List.of(metrics);
    return AlignmentReport.of(PatientAndClinic.dyad(), MetricRegistry.of(List.of(provider)));
  }

  @Test
  void the_level_with_the_weakest_metric_binds_fit() {
    // given: micro 0.9 and 0.85 (mean 0.875), meso 0.95 and 0.7 (mean 0.825), macro 0.2
    AlignmentReport levels =
        reportOf(
            at(Level.MICRO, "cosine", 0.9), at(Level.MICRO, "recognition", 0.85),
            at(Level.MESO, "ecosystem-reach", 0.95), at(Level.MESO, "partnership", 0.7),
            at(Level.MACRO, "institutional", 0.2));

    // when, then: each level's weakest is its minimum: micro 0.85, meso 0.7, macro 0.2;
    // min(0.85, 0.7, 0.2) = 0.2 at macro, while the overall mean is (0.875 + 0.825 + 0.2) / 3
    // = 0.6333..., well above what macro allows
    assertThat(levels.weakest(Level.MICRO)).map(AlignmentReport.Entry::metric)
        .contains("recognition");
    assertThat(levels.weakest(Level.MESO)).map(AlignmentReport.Entry::metric)
        .contains("partnership");
    assertThat(levels.bindingLevel()).contains(Level.MACRO);
    assertThat(levels.overall().getAsDouble()).isCloseTo((0.875 + 0.825 + 0.2) / 3, within(1e-12));
    assertThat(levels.bindingExplanation())
        .isEqualTo(
            "Macro institutional (0.20) bounds fit: micro recognition 0.85, meso partnership"
                + " 0.70.");
    assertThat(levels.render())
        .contains("\nMacro institutional (0.20) bounds fit: micro recognition 0.85, meso");
  }

  @Test
  void an_inner_level_binds_when_its_weakest_metric_is_lowest() {
    // given: micro 0.3, meso 0.6, macro 0.5
    AlignmentReport levels =
        reportOf(
            at(Level.MICRO, "recognition", 0.3), at(Level.MESO, "partnership", 0.6),
            at(Level.MACRO, "institutional", 0.5));

    // when, then: min(0.3, 0.6, 0.5) = 0.3 at micro; macro's 0.5 does not bind
    assertThat(levels.bindingLevel()).contains(Level.MICRO);
    assertThat(levels.bindingExplanation())
        .isEqualTo(
            "Micro recognition (0.30) bounds fit: meso partnership 0.60, macro institutional"
                + " 0.50.");
  }

  @Test
  void a_level_without_a_defined_score_never_binds_and_says_so() {
    // given: micro 0.6; meso only undefined; macro has no metric at all
    AlignmentReport levels =
        reportOf(at(Level.MICRO, "recognition", 0.6), undefinedAt(Level.MESO, "partnership"));

    // when, then: only micro is defined, so micro binds, however high or low its score
    assertThat(levels.weakest(Level.MESO)).isEmpty();
    assertThat(levels.weakest(Level.MACRO)).isEmpty();
    assertThat(levels.bindingLevel()).contains(Level.MICRO);
    assertThat(levels.bindingExplanation())
        .isEqualTo(
            "Micro recognition (0.60) bounds fit: meso undefined (no metric defined), macro"
                + " undefined (no metric defined).");
  }

  @Test
  void ties_go_to_the_outer_level_and_within_a_level_to_the_first_metric() {
    // given: 0.5 at every level; micro's 0.5 twice; meso's 0.1 + 0.4 differs from 0.5 in the
    // last bit only (0.5000000000000001 is not 0.5 in doubles, but equal to 9 decimals)
    AlignmentReport tied =
        reportOf(
            at(Level.MICRO, "first", 0.5), at(Level.MICRO, "second", 0.5),
            at(Level.MESO, "sum", 0.1 + 0.4), at(Level.MACRO, "institutional", 0.5));
    AlignmentReport innerTie =
        reportOf(at(Level.MICRO, "first", 0.5), at(Level.MESO, "sum", 0.1 + 0.4));

    // when, then: macro before meso before micro
    assertThat(tied.bindingLevel()).contains(Level.MACRO);
    assertThat(tied.weakest(Level.MICRO)).map(AlignmentReport.Entry::metric).contains("first");
    assertThat(innerTie.bindingLevel()).contains(Level.MESO);
  }

  @Test
  void nothing_defined_binds_nothing() {
    AlignmentReport none = reportOf(undefinedAt(Level.MICRO, "recognition"));

    assertThat(none.bindingLevel()).isEmpty();
    assertThat(none.weakest(Level.MICRO)).isEqualTo(Optional.empty());
    assertThat(none.bindingExplanation())
        .isEqualTo("No metric is defined at any level, so no level bounds fit.");
    assertThat(none.render()).contains("no level bounds fit");
  }
}
