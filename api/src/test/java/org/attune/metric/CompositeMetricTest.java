package org.attune.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.attune.ecosystem.Level;
import org.junit.jupiter.api.Test;
import org.attune.testlib.scenario.PatientAndClinic;

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
        .hasContributions("a factor", 0.5, "b factor", 0.5)
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
        .hasContributions("b factor", 1.0)
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
}
