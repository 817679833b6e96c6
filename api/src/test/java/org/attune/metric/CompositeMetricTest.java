package org.attune.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.attune.ecosystem.Level;
import org.attune.model.Actor;
import org.attune.testlib.scenario.PatientAndClinic;
import org.junit.jupiter.api.Test;

class CompositeMetricTest {

  private final Dyad dyad = PatientAndClinic.dyad();

  @Test
  void a_composite_renormalises_the_weights_over_the_defined_parts() {
    // given a 0.8 (w 3), b 0.4 (w 1), c undefined (w 2)
    CompositeMetric composite =
        CompositeMetric.builder("mix", Level.MICRO)
            .part(Fixed.of("a", 0.8), 3)
            .part(Fixed.of("b", 0.4), 1)
            .part(Fixed.undefined("c"), 2)
            .build();

    // when
    Score score = composite.measure(dyad);

    // then (3 · 0.8 + 1 · 0.4) / (3 + 1) = 2.8 / 4 = 0.7, not 2.8 / 6 as if c counted 0
    // misfit: a (3/4)(1 − 0.8) = 0.15, b (1/4)(1 − 0.4) = 0.15; Σ 0.3 = 1 − 0.7
    ScoreAssert.assertThat(score)
        .hasValue(0.7)
        .hasContributions("a: a factor", 0.5, "b: b factor", 0.5)
        .hasExplanationContaining("2 of 3 parts", "a 0.80", "b 0.40", "undefined: c");
  }

  @Test
  void a_composite_of_all_defined_parts_is_their_weighted_mean() {
    // (1 · 1.0 + 1 · 0.5) / 2 = 0.75: the misfit is all b's
    Score score =
        CompositeMetric.equalWeights(
                "pair", Level.MESO, List.of(Fixed.of("a", 1.0), Fixed.of("b", 0.5)))
            .measure(dyad);

    ScoreAssert.assertThat(score)
        .hasValue(0.75)
        .hasContributions("b: b factor", 1.0)
        .hasExplanationContaining("all 2 parts");
  }

  @Test
  void a_part_without_factors_carries_its_misfit_under_its_own_name() {
    Metric bare = new Fixed("bare", Level.MICRO, Score.defined(0.5, List.of(), "Half."));

    Score score = CompositeMetric.equalWeights("one", Level.MICRO, List.of(bare)).measure(dyad);

    ScoreAssert.assertThat(score).hasValue(0.5).hasContributions("bare", 1.0);
  }

  @Test
  void a_composite_is_undefined_only_when_every_part_is() {
    Score score =
        CompositeMetric.equalWeights(
                "none", Level.MICRO, List.of(Fixed.undefined("a"), Fixed.undefined("b")))
            .measure(dyad);

    ScoreAssert.assertThat(score)
        .hasReasonContaining("Every part of none is undefined", "a: a has no data", "b: b has no");
  }

  @Test
  void a_composite_validates_its_weights_and_parts() {
    assertThatThrownBy(() -> CompositeMetric.builder("x", Level.MICRO).part(Fixed.of("a", 1), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight of part 'a' must be a finite number > 0, but was 0.0");
    assertThatThrownBy(
            () -> CompositeMetric.builder("x", Level.MICRO).part(Fixed.of("a", 1), Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but was NaN");
    assertThatThrownBy(
            () -> CompositeMetric.builder("x", Level.MICRO).part(Fixed.of("a", 1), -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CompositeMetric.builder("x", Level.MICRO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parts of composite 'x' must hold at least one metric, but was empty");
    assertThatThrownBy(
            () ->
                CompositeMetric.builder("x", Level.MICRO)
                    .part(Fixed.of("a", 1), 1)
                    .part(Fixed.of("a", 0.5), 1)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'a' was added twice");
    assertThatThrownBy(
            () -> CompositeMetric.builder("a", Level.MICRO).part(Fixed.of("a", 1), 1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("of its own name");
    assertThatThrownBy(() -> CompositeMetric.builder(" ", Level.MICRO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_composite_reports_its_parts_and_weights() {
    CompositeMetric composite =
        CompositeMetric.builder("mix", Level.MACRO)
            .part(Fixed.of("a", 0.8), 3)
            .part(Fixed.of("b", 0.4), 1)
            .build();

    assertThat(composite.name()).isEqualTo("mix");
    assertThat(composite.level()).isEqualTo(Level.MACRO);
    assertThat(composite.parts()).extracting(Metric::name).containsExactly("a", "b");
    assertThat(composite.weights()).containsExactly(
        java.util.Map.entry("a", 3.0), java.util.Map.entry("b", 1.0));
  }

  /** A part of a fixed value whose misfit is all on one factor of the given name. */
  private static Metric part(String name, double value, String factor) {
    return new Fixed(
        name,
        Level.MICRO,
        Score.defined(value, List.of(new Contribution(factor, 1)), name + " is " + value + "."));
  }

  @Test
  void factors_of_different_parts_with_the_same_name_stay_apart_and_name_their_part() {
    // given two parts that both blame "touchpoint consult": emotional 0.6, recognition 0.9
    CompositeMetric composite =
        CompositeMetric.equalWeights(
            "tuned",
            Level.MICRO,
            List.of(
                part("emotional", 0.6, "touchpoint consult"),
                part("recognition", 0.9, "touchpoint consult")));

    // when
    Score score = composite.measure(dyad);

    // then (0.6 + 0.9) / 2 = 0.75; misfit emotional (1/2)(0.4) = 0.2, recognition (1/2)(0.1) =
    // 0.05, shares 0.2 / 0.25 = 0.8 and 0.05 / 0.25 = 0.2, each under its part's name
    ScoreAssert.assertThat(score)
        .hasValue(0.75)
        .hasContributions(
            "emotional: touchpoint consult", 0.8, "recognition: touchpoint consult", 0.2);
  }

  @Test
  void an_undefined_required_part_makes_the_composite_undefined() {
    // given knowledge required and undefined, two other parts defined
    CompositeMetric composite =
        CompositeMetric.builder("fit", Level.MICRO)
            .requiredPart(Fixed.undefined("knowledge"), 1)
            .part(Fixed.of("emotional", 0.5), 1)
            .part(Fixed.of("recognition", 0.0), 1)
            .build();

    // when / then: no mean of the other two, 0.25, but undefined, saying why
    ScoreAssert.assertThat(composite.measure(dyad))
        .hasReasonContaining(
            "Part knowledge of fit is required but undefined: knowledge has no data.");
    assertThat(composite.requiredParts()).containsExactly("knowledge");
  }

  @Test
  void too_few_defined_parts_make_the_composite_undefined() {
    // given four parts, two without survey answers, and at least three needed
    CompositeMetric composite =
        CompositeMetric.builder("fit", Level.MICRO)
            .part(Fixed.of("a", 0.0), 1)
            .part(Fixed.of("b", 0.0), 1)
            .part(Fixed.undefined("c"), 1)
            .part(Fixed.undefined("d"), 1)
            .minDefinedParts(3)
            .build();

    // when / then: not 0.000 from the two parts that happen to be defined
    ScoreAssert.assertThat(composite.measure(dyad))
        .hasReasonContaining(
            "Only 2 of 4 parts of fit are defined, fewer than the 3 it needs (c: c has no data;"
                + " d: d has no data).");
    assertThat(composite.minDefinedParts()).isEqualTo(3);
    // with two needed, it is their mean: (0 + 0) / 2 = 0
    ScoreAssert.assertThat(
            CompositeMetric.builder("fit", Level.MICRO)
                .part(Fixed.of("a", 0.0), 1)
                .part(Fixed.undefined("c"), 1)
                .part(Fixed.of("b", 0.0), 1)
                .minDefinedParts(2)
                .build()
                .measure(dyad))
        .hasValue(0.0);
  }

  @Test
  void a_weight_may_depend_on_the_dyad() {
    // given a weight of 3 for Alice and 1 for anyone else on part a (0.8), b (0.4) weighs 1
    Actor alice = dyad.customer();
    CompositeMetric composite =
        CompositeMetric.builder("moody", Level.MICRO)
            .part(Fixed.of("a", 0.8), d -> d.customer().equals(alice) ? 3 : 1)
            .part(Fixed.of("b", 0.4), 1)
            .build();
    Dyad other = new Dyad(dyad.ecosystem(), dyad.provider(), dyad.provider());

    // then for Alice (3 · 0.8 + 1 · 0.4) / 4 = 0.7; for the other (0.8 + 0.4) / 2 = 0.6
    ScoreAssert.assertThat(composite.measure(dyad)).hasValue(0.7);
    ScoreAssert.assertThat(composite.measure(other)).hasValue((0.8 + 0.4) / 2);
    assertThat(composite.weights(dyad)).isEqualTo(Map.of("a", 3.0, "b", 1.0));
    assertThat(composite.weights()).containsOnlyKeys("b");
  }

  @Test
  void a_weight_of_zero_for_every_defined_part_is_undefined_and_a_bad_weight_an_error() {
    CompositeMetric zero =
        CompositeMetric.builder("z", Level.MICRO)
            .part(Fixed.of("a", 0.8), d -> 0)
            .part(Fixed.undefined("b"), 1)
            .build();
    ScoreAssert.assertThat(zero.measure(dyad))
        .hasReasonContaining("Every defined part of z weighs 0 for this customer and provider.");

    CompositeMetric broken =
        CompositeMetric.builder("z", Level.MICRO).part(Fixed.of("a", 0.8), d -> Double.NaN).build();
    assertThatThrownBy(() -> broken.measure(dyad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "weight of part 'a' of composite 'z' for customer 'alice' must be a finite number >= 0,"
                + " but was NaN");
  }

  @Test
  void an_alignment_or_attunement_composite_registers_in_its_family() {
    // given
    AlignmentComposite fit =
        CompositeMetric.alignment("fit", Level.MICRO).part(Fixed.of("a", 0.5), 1).build();
    AttunementComposite tuned =
        CompositeMetric.attunement("tuned", Level.MICRO).part(Fixed.of("b", 0.5), 1).build();

    // when
    MetricRegistry registry = MetricRegistry.of(List.of(() -> List.of(fit, tuned)));

    // then
    assertThat(registry.alignment("fit")).isSameAs(fit);
    assertThat(registry.attunement("tuned")).isSameAs(tuned);
    assertThat(registry.alignmentMetrics()).containsExactly(fit);
    assertThat(registry.attunementMetrics()).containsExactly(tuned);
    assertThat(tuned).hasToString("AttunementComposite{tuned: [b=1.0]}");
  }

  @Test
  void the_minimum_of_defined_parts_is_checked() {
    assertThatThrownBy(() -> CompositeMetric.builder("x", Level.MICRO).minDefinedParts(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimum of defined parts of composite 'x' must be at least 1, but was 0");
    assertThatThrownBy(
            () ->
                CompositeMetric.builder("x", Level.MICRO)
                    .part(Fixed.of("a", 1), 1)
                    .minDefinedParts(2)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimum of defined parts of composite 'x' must be at most its 1 parts, but was 2");
  }

  @Test
  void a_batch_gives_what_measure_gives_for_each_customer() {
    // given a composite with a required part, a dyad weight and a batch part of the built-ins
    CompositeMetric composite =
        CompositeMetric.builder("mix", Level.MICRO)
            .requiredPart(new org.attune.metric.alignment.ProfileDeviation(), 2)
            .part(new org.attune.metric.alignment.Shortfall(), d -> d.customer().id().length())
            .part(Fixed.of("fixed", 0.3), 1)
            .minDefinedParts(2)
            .build();

    // then
    BatchAgreement.assertAgrees(
        composite,
        dyad.ecosystem(),
        dyad.provider(),
        List.of(dyad.customer(), dyad.provider(), dyad.customer()),
        "composite");
  }
}
