package org.attune.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.testlib.scenario.PatientAndClinic;
import org.junit.jupiter.api.Test;

class ScoreTest {

  @Test
  void a_defined_score_has_its_value_contributions_and_explanation() {
    Score score = Score.defined(0.75, List.of(new Contribution("functional", 1)), "Fine.");

    assertThat(score.isDefined()).isTrue();
    assertThat(score.value()).isEqualTo(0.75);
    assertThat(score.valueOrEmpty()).isEqualTo(OptionalDouble.of(0.75));
    assertThat(score.valueOrNaN()).isEqualTo(0.75);
    assertThat(score.reason()).isEmpty();
    assertThat(score.explanation()).isEqualTo("Fine.");
    assertThat(score).hasToString("Score{0.7500: Fine.}");
  }

  @Test
  void an_undefined_score_says_why_and_refuses_a_value() {
    Score score = Score.undefined("No episodes.");

    assertThat(score.isDefined()).isFalse();
    assertThat(score.valueOrEmpty()).isEmpty();
    assertThat(score.valueOrNaN()).isNaN();
    assertThat(score.reason()).contains("No episodes.");
    assertThat(score.contributions()).isEmpty();
    assertThatThrownBy(score::value)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("score is undefined: No episodes.");
  }

  @Test
  void a_score_rejects_values_outside_zero_to_one() {
    assertThatThrownBy(() -> Score.defined(1.5, List.of(), "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value must be a number in [0, 1], but was 1.5");
    assertThatThrownBy(() -> Score.defined(Double.NaN, List.of(), "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Score.defined(0.5, List.of(), " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("explanation");
    assertThatThrownBy(() -> Score.undefined(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reason");
  }

  @Test
  void a_perfect_score_has_no_misfit_to_share() {
    Score score = Score.defined(1, List.of(new Contribution("rounding", 1)), "Perfect.");

    assertThat(score.contributions()).isEmpty();
  }

  @Test
  void a_score_rejects_contributions_that_do_not_sum_to_1_or_repeat_a_factor() {
    assertThatThrownBy(
            () -> Score.defined(0.5, List.of(new Contribution("a", 0.5)), "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sum to 0.5");
    assertThatThrownBy(
            () ->
                Score.defined(
                    0.5, List.of(new Contribution("a", 0.5), new Contribution("a", 0.5)), "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("named 'a' twice");
  }

  @Test
  void scores_are_equal_by_value_bits_and_contributions_whatever_their_wording() {
    new EqualsTester()
        .addEqualityGroup(
            Score.defined(0.5, List.of(), "x"),
            Score.defined(0.5, List.of(), "x"),
            Score.defined(0.5, List.of(), "the same score, worded otherwise"))
        .addEqualityGroup(Score.defined(0.25, List.of(), "x"))
        .addEqualityGroup(Score.defined(-0.0 + 0.0, List.of(), "x"))
        .addEqualityGroup(Score.defined(0.5, List.of(new Contribution("a", 1)), "x"))
        .addEqualityGroup(Score.defined(0.5, List.of(new Contribution("b", 1)), "x"))
        .addEqualityGroup(Score.undefined("x"), Score.undefined("x"), Score.undefined("y"))
        .testEquals();
  }

  @Test
  void contributions_are_shares_of_the_misfit_largest_first() {
    Map<String, Double> misfit = new LinkedHashMap<>();
    misfit.put("functional", 0.1);
    misfit.put("emotional", 0.3);
    misfit.put("social", 0.0);
    misfit.put("economic", 0.1);

    // 0.3 / 0.5, then the ties in map order; social costs nothing and is left out
    assertThat(Contribution.shares(misfit))
        .containsExactly(
            new Contribution("emotional", 0.3 / 0.5),
            new Contribution("functional", 0.1 / 0.5),
            new Contribution("economic", 0.1 / 0.5));
    assertThat(Contribution.shares(Map.of("a", 0.0))).isEmpty();
    assertThatThrownBy(() -> Contribution.shares(Map.of("a", -1.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("misfit of a must be a finite number >= 0, but was -1.0");
  }

  @Test
  void shares_of_parts_whose_total_overflows_should_keep_their_ratios() {
    // given: MAX + MAX / 2 overflows; scaled down together, the parts are 2 : 1
    Map<String, Double> misfit = new LinkedHashMap<>();
    misfit.put("functional", Double.MAX_VALUE / 2);
    misfit.put("emotional", Double.MAX_VALUE);
    // when
    List<Contribution> shares = Contribution.shares(misfit);
    // then: 1 / 3 and 2 / 3, up to the rounding of the scaling
    assertThat(shares).extracting(Contribution::factor).containsExactly("emotional", "functional");
    assertThat(shares.get(0).share()).isCloseTo(2.0 / 3, within(1e-15));
    assertThat(shares.get(1).share()).isCloseTo(1.0 / 3, within(1e-15));
  }

  @Test
  void a_share_that_rounds_to_zero_should_be_left_out() {
    // given: MIN_VALUE beside 1 + 1: its share, MIN_VALUE / 2, rounds to 0
    Map<String, Double> misfit = new LinkedHashMap<>();
    misfit.put("functional", 1.0);
    misfit.put("emotional", Double.MIN_VALUE);
    misfit.put("social", 1.0);
    // then
    assertThat(Contribution.shares(misfit))
        .containsExactly(new Contribution("functional", 0.5), new Contribution("social", 0.5));
  }

  @Test
  void a_contribution_validates_its_factor_and_share() {
    assertThatThrownBy(() -> new Contribution("a", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("share of a must be a number in (0, 1], but was 0.0");
    assertThatThrownBy(() -> new Contribution(" ", 0.5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_dyad_needs_both_actors_in_the_ecosystem() {
    ServiceEcosystem eco = ServiceEcosystem.builder().add(PatientAndClinic.ALICE).build();

    assertThatThrownBy(() -> new Dyad(eco, PatientAndClinic.ALICE, PatientAndClinic.CLINIC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("provider must be an actor of the ecosystem, but was 'clinic' (not in it)");
    assertThatThrownBy(() -> Dyad.of(eco, PatientAndClinic.CLINIC, PatientAndClinic.ALICE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("customer must be");
    assertThat(Dyad.of(eco, PatientAndClinic.ALICE, PatientAndClinic.ALICE))
        .hasToString("Dyad{customer=alice, provider=alice}");
  }

  @Test
  void the_public_api_rejects_nulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(ServiceEcosystem.class, PatientAndClinic.ecosystem())
            .setDefault(org.attune.model.Actor.class, PatientAndClinic.ALICE)
            .setDefault(Dyad.class, PatientAndClinic.dyad())
            .setDefault(MetricRegistry.class, MetricRegistry.builtIns())
            .setDefault(Cohort.class, Cohort.of(PatientAndClinic.ecosystem(), List.of(PatientAndClinic.ALICE)))
            .setDefault(Metric.class, new org.attune.metric.alignment.Cosine());
    tester.testAllPublicStaticMethods(Score.class);
    tester.testAllPublicStaticMethods(Contribution.class);
    tester.testAllPublicConstructors(Contribution.class);
    tester.testAllPublicConstructors(Dyad.class);
    tester.testAllPublicStaticMethods(MetricRegistry.class);
    tester.testAllPublicInstanceMethods(MetricRegistry.builtIns());
    tester.testAllPublicStaticMethods(Cohort.class);
    tester.testAllPublicStaticMethods(Scoring.class);
    tester.testAllPublicInstanceMethods(Scoring.sequential());
    tester.testAllPublicStaticMethods(CompositeMetric.class);
    tester.testAllPublicStaticMethods(ScoreSink.class);
    Cohort cohort = Cohort.of(PatientAndClinic.ecosystem(), List.of(PatientAndClinic.ALICE));
    tester.testAllPublicInstanceMethods(cohort);
    tester.testAllPublicInstanceMethods(
        Scoring.sequential().score(new org.attune.metric.alignment.Cosine(), cohort, PatientAndClinic.CLINIC));
    tester.testAllPublicInstanceMethods(
        CompositeMetric.builder("c", org.attune.ecosystem.Level.MICRO));
    tester.testAllPublicStaticMethods(AlignmentReport.class);
  }
}
