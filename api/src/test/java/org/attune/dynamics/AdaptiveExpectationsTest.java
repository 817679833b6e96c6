package org.attune.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.attune.model.Dimension.EMOTIONAL;
import static org.attune.model.Dimension.FUNCTIONAL;
import static org.attune.model.Dimension.SOCIAL;

import com.google.common.testing.EqualsTester;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.attune.model.Dimension;
import org.attune.model.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdaptiveExpectationsTest {

  private static final Offset<Double> EPS = within(1e-12);
  private static final Instant T1 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant T2 = Instant.parse("2026-02-01T00:00:00Z");
  private static final Instant T3 = Instant.parse("2026-03-01T00:00:00Z");

  private static Profile fe(double functional, double emotional) {
    return Profile.builder().level(FUNCTIONAL, functional).level(EMOTIONAL, emotional).build();
  }

  private static Profile f(double functional) {
    return Profile.builder().level(FUNCTIONAL, functional).build();
  }

  private static Instant day(int n) {
    return T1.plusSeconds(86_400L * n);
  }

  @Test
  void should_adapt_and_disconfirm_over_three_experiences_on_two_dimensions() {
    // given functional weighs 2, emotional 1: relative weights 1 and 0.5, total 1.5
    Profile initial =
        Profile.builder().level(FUNCTIONAL, 0.4, 2).level(EMOTIONAL, 0.8, 1).build();
    List<Experience> experiences =
        List.of(
            Experience.of(T1, fe(0.8, 0.6)),
            Experience.of(T2, fe(0.6, 1.0)),
            Experience.of(T3, fe(0.2, 0.45)));

    // when
    ExpectationSeries series = AdaptiveExpectations.of(0.5).run(initial, experiences);

    // then
    assertThat(series.steps()).hasSize(3);
    ExpectationStep s1 = series.steps().get(0);
    // step 1: D = (0.8 − 0.4, 0.6 − 0.8) = (+0.4, −0.2)
    // mean = (1 × 0.4 + 0.5 × (−0.2)) / 1.5 = 0.3 / 1.5 = 0.2
    // E' = (0.4 + 0.5 × 0.4, 0.8 + 0.5 × (−0.2)) = (0.6, 0.7)
    assertThat(s1.time()).isEqualTo(T1);
    assertThat(s1.expectedBefore()).isEqualTo(initial);
    assertThat(s1.perceived()).isEqualTo(fe(0.8, 0.6));
    assertThat(s1.disconfirmation(FUNCTIONAL).getAsDouble()).isCloseTo(0.4, EPS);
    assertThat(s1.disconfirmation(EMOTIONAL).getAsDouble()).isCloseTo(-0.2, EPS);
    assertThat(s1.meanDisconfirmation().getAsDouble()).isCloseTo(0.2, EPS);
    assertThat(s1.expectedAfter().level(FUNCTIONAL).getAsDouble()).isCloseTo(0.6, EPS);
    assertThat(s1.expectedAfter().level(EMOTIONAL).getAsDouble()).isCloseTo(0.7, EPS);
    // step 2: D = (0.6 − 0.6, 1.0 − 0.7) = (0, +0.3); mean = (0 + 0.5 × 0.3) / 1.5 = 0.1
    // E' = (0.6, 0.7 + 0.5 × 0.3) = (0.6, 0.85)
    ExpectationStep s2 = series.steps().get(1);
    assertThat(s2.expectedBefore()).isEqualTo(s1.expectedAfter());
    assertThat(s2.disconfirmation(FUNCTIONAL).getAsDouble()).isCloseTo(0.0, EPS);
    assertThat(s2.disconfirmation(EMOTIONAL).getAsDouble()).isCloseTo(0.3, EPS);
    assertThat(s2.meanDisconfirmation().getAsDouble()).isCloseTo(0.1, EPS);
    assertThat(s2.expectedAfter().level(FUNCTIONAL).getAsDouble()).isCloseTo(0.6, EPS);
    assertThat(s2.expectedAfter().level(EMOTIONAL).getAsDouble()).isCloseTo(0.85, EPS);
    // step 3: D = (0.2 − 0.6, 0.45 − 0.85) = (−0.4, −0.4); mean = −0.4 (both equal)
    // E' = (0.6 − 0.2, 0.85 − 0.2) = (0.4, 0.65)
    ExpectationStep s3 = series.steps().get(2);
    assertThat(s3.disconfirmation(FUNCTIONAL).getAsDouble()).isCloseTo(-0.4, EPS);
    assertThat(s3.disconfirmation(EMOTIONAL).getAsDouble()).isCloseTo(-0.4, EPS);
    assertThat(s3.meanDisconfirmation().getAsDouble()).isCloseTo(-0.4, EPS);
    assertThat(s3.expectedAfter().level(FUNCTIONAL).getAsDouble()).isCloseTo(0.4, EPS);
    assertThat(s3.expectedAfter().level(EMOTIONAL).getAsDouble()).isCloseTo(0.65, EPS);
    // the weights and dimension order of the expectation are kept
    assertThat(s3.expectedAfter().weights()).containsExactly(
        Map.entry(FUNCTIONAL, 2.0), Map.entry(EMOTIONAL, 1.0));
    assertThat(series.last()).isEqualTo(s3.expectedAfter());
    assertThat(series.initial()).isEqualTo(initial);
  }

  @Test
  void should_adapt_each_dimension_at_its_own_rate() {
    // given functional adapts at once (α = 1), emotional slowly (α = 0.25)
    Map<Dimension, Double> rates = new LinkedHashMap<>();
    rates.put(FUNCTIONAL, 1.0);
    rates.put(EMOTIONAL, 0.25);
    AdaptiveExpectations model = AdaptiveExpectations.of(0.5, rates);

    // when
    ExpectationStep step =
        model.run(fe(0.2, 0.2), List.of(Experience.of(T1, fe(0.6, 0.6)))).steps().get(0);

    // then functional: 0.2 + 1 × 0.4 = 0.6 exactly; emotional: 0.2 + 0.25 × 0.4 = 0.3
    assertThat(step.expectedAfter().level(FUNCTIONAL).getAsDouble()).isEqualTo(0.6);
    assertThat(step.expectedAfter().level(EMOTIONAL).getAsDouble()).isCloseTo(0.3, EPS);
    assertThat(model.alpha(FUNCTIONAL)).isEqualTo(1.0);
    assertThat(model.alpha(EMOTIONAL)).isEqualTo(0.25);
    assertThat(model.alpha(SOCIAL)).isEqualTo(0.5);
    assertThat(model.alpha()).isEqualTo(0.5);
    assertThat(model.perDimension())
        .containsExactly(Map.entry(FUNCTIONAL, 1.0), Map.entry(EMOTIONAL, 0.25));
  }

  @Test
  void should_leave_a_dimension_the_experience_lacks_unchanged_and_ignore_one_the_expectation_lacks() {
    // given the experience perceives functional and social, not emotional
    Profile perceived = Profile.builder().level(FUNCTIONAL, 0.9).level(SOCIAL, 0.1).build();

    // when
    ExpectationStep step =
        AdaptiveExpectations.of(0.5)
            .run(fe(0.5, 0.5), List.of(Experience.of(T1, perceived)))
            .steps()
            .get(0);

    // then functional: D = 0.9 − 0.5 = 0.4, E' = 0.5 + 0.5 × 0.4 = 0.7; emotional unchanged at 0.5
    // and without disconfirmation; social ignored; mean over functional alone = 0.4
    assertThat(step.disconfirmation()).containsOnlyKeys(FUNCTIONAL);
    assertThat(step.disconfirmation(FUNCTIONAL).getAsDouble()).isCloseTo(0.4, EPS);
    assertThat(step.disconfirmation(EMOTIONAL)).isEmpty();
    assertThat(step.disconfirmation(SOCIAL)).isEmpty();
    assertThat(step.meanDisconfirmation().getAsDouble()).isCloseTo(0.4, EPS);
    assertThat(step.expectedAfter().level(FUNCTIONAL).getAsDouble()).isCloseTo(0.7, EPS);
    assertThat(step.expectedAfter().level(EMOTIONAL).getAsDouble()).isEqualTo(0.5);
    assertThat(step.expectedAfter().dimensions()).containsExactly(FUNCTIONAL, EMOTIONAL);
  }

  @Test
  void should_have_no_mean_when_only_dimensions_of_weight_zero_were_perceived() {
    // given functional weighs 0 in the expectation, and is all that was perceived
    Profile initial = Profile.builder().level(FUNCTIONAL, 0.5, 0).level(EMOTIONAL, 0.5, 1).build();

    // when
    ExpectationStep step =
        AdaptiveExpectations.of(0.5).run(initial, List.of(Experience.of(T1, f(0.9)))).steps().get(0);

    // then D(functional) = 0.4, but it weighs nothing: no weighted mean
    assertThat(step.disconfirmation(FUNCTIONAL).getAsDouble()).isCloseTo(0.4, EPS);
    assertThat(step.meanDisconfirmation()).isEmpty();
  }

  @Test
  void should_let_repeated_excellence_become_expected_and_a_good_performance_then_disappoint() {
    // given an expectation of 0.5 on both dimensions, α = 0.5, excellence (1.0) four times, then a
    // merely good performance (0.8) that would have delighted at first (0.8 − 0.5 = +0.3)
    List<Experience> experiences = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      experiences.add(Experience.of(day(t), fe(1.0, 1.0)));
    }
    experiences.add(Experience.of(day(4), fe(0.8, 0.8)));

    // when
    ExpectationSeries series = AdaptiveExpectations.of(0.5).run(fe(0.5, 0.5), experiences);

    // then D_t = (1 − α)^t (P − E_0) = 0.5^t × 0.5: 0.5, 0.25, 0.125, 0.0625
    // (E: 0.5 → 0.75 → 0.875 → 0.9375 → 0.96875)
    double[] delight = {0.5, 0.25, 0.125, 0.0625};
    for (int t = 0; t < 4; t++) {
      assertThat(series.steps().get(t).meanDisconfirmation().getAsDouble())
          .isCloseTo(delight[t], EPS);
    }
    // the good performance: D = 0.8 − 0.96875 = −0.16875, it now falls short
    ExpectationStep good = series.steps().get(4);
    assertThat(good.expectedBefore().level(FUNCTIONAL).getAsDouble()).isCloseTo(0.96875, EPS);
    assertThat(good.disconfirmation(FUNCTIONAL).getAsDouble()).isCloseTo(-0.16875, EPS);
    assertThat(good.meanDisconfirmation().getAsDouble()).isCloseTo(-0.16875, EPS);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.1, 0.3, 0.5, 0.9})
  void should_shrink_the_delight_of_a_repeated_performance_by_one_minus_alpha_each_time(
      double alpha) {
    // given E_0 = 0.2, P = 0.9 repeated: D_t = (1 − α)^t × 0.7
    List<Experience> experiences = new ArrayList<>();
    for (int t = 0; t < 6; t++) {
      experiences.add(Experience.of(day(t), f(0.9)));
    }

    // when
    ExpectationSeries series = AdaptiveExpectations.of(alpha).run(f(0.2), experiences);

    // then e.g. α = 0.3: 0.7, 0.49, 0.343, ...
    for (int t = 0; t < 6; t++) {
      assertThat(series.steps().get(t).disconfirmation(FUNCTIONAL).getAsDouble())
          .isCloseTo(Math.pow(1 - alpha, t) * 0.7, within(1e-12));
    }
  }

  @Test
  void should_take_the_first_experience_as_the_expectation_when_none_is_given() {
    // given
    List<Experience> experiences =
        List.of(Experience.of(T1, fe(0.6, 0.4)), Experience.of(T2, fe(0.8, 0.4)));

    // when
    ExpectationSeries series = AdaptiveExpectations.of(0.5).run(experiences);

    // then step 1: E = P = (0.6, 0.4), D = 0; step 2: D = (0.2, 0), E' = (0.7, 0.4)
    assertThat(series.initial()).isEqualTo(fe(0.6, 0.4));
    assertThat(series.steps().get(0).meanDisconfirmation().getAsDouble()).isEqualTo(0.0);
    assertThat(series.steps().get(1).disconfirmation(FUNCTIONAL).getAsDouble())
        .isCloseTo(0.2, EPS);
    assertThat(series.last().level(FUNCTIONAL).getAsDouble()).isCloseTo(0.7, EPS);
  }

  @Test
  void should_give_the_expectation_in_force_at_an_instant() {
    // given two experiences at T2 and one at T3
    List<Experience> experiences =
        List.of(
            Experience.of(T2, f(1.0)), Experience.of(T2, f(0.0)), Experience.of(T3, f(1.0)));

    // when α = 0.5 from 0.5: 0.75 (first at T2), 0.375 (second at T2), 0.6875 (T3)
    ExpectationSeries series = AdaptiveExpectations.of(0.5).run(f(0.5), experiences);

    // then
    assertThat(series.expectationAt(T1)).isEqualTo(f(0.5));
    assertThat(series.expectationAt(T2.minusNanos(1))).isEqualTo(f(0.5));
    assertThat(series.expectationAt(T2).level(FUNCTIONAL).getAsDouble()).isCloseTo(0.375, EPS);
    assertThat(series.expectationAt(T3.minusSeconds(1)).level(FUNCTIONAL).getAsDouble())
        .isCloseTo(0.375, EPS);
    assertThat(series.expectationAt(T3).level(FUNCTIONAL).getAsDouble()).isCloseTo(0.6875, EPS);
    assertThat(series.expectationAt(Instant.MAX)).isEqualTo(series.last());
  }

  @Test
  void should_keep_the_initial_expectation_when_there_is_no_experience() {
    // when
    ExpectationSeries series = AdaptiveExpectations.of(0.5).run(f(0.5), List.of());

    // then
    assertThat(series.steps()).isEmpty();
    assertThat(series.last()).isEqualTo(f(0.5));
    assertThat(series.expectationAt(T1)).isEqualTo(f(0.5));
    assertThat(series).hasToString("ExpectationSeries{0 steps, last " + f(0.5) + "}");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, -0.1, 1.0000001, 2.0, Double.NaN, Double.POSITIVE_INFINITY})
  void should_reject_an_alpha_outside_zero_to_one(double alpha) {
    assertThatThrownBy(() -> AdaptiveExpectations.of(alpha))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("alpha must be a finite number in (0, 1], but was " + alpha);
  }

  @Test
  void should_reject_a_per_dimension_alpha_outside_zero_to_one_naming_the_dimension() {
    assertThatThrownBy(() -> AdaptiveExpectations.of(0.5, Map.of(EMOTIONAL, 0.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("alpha of emotional must be a finite number in (0, 1], but was 0.0");
    assertThatThrownBy(() -> AdaptiveExpectations.of(1.5, Map.of()))
        .hasMessage("alpha must be a finite number in (0, 1], but was 1.5");
  }

  @Test
  void should_accept_an_alpha_of_one_and_then_expect_the_last_performance_exactly() {
    // given
    ExpectationSeries series =
        AdaptiveExpectations.of(1.0).run(f(0.3), List.of(Experience.of(T1, f(0.7))));

    // then E' = 0.3 + 1 × (0.7 − 0.3) = 0.7, exactly
    assertThat(series.last()).isEqualTo(f(0.7));
  }

  @Test
  void should_reject_experiences_out_of_time_order() {
    List<Experience> experiences = List.of(Experience.of(T2, f(0.5)), Experience.of(T1, f(0.5)));

    assertThatThrownBy(() -> AdaptiveExpectations.of(0.5).run(f(0.5), experiences))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "experiences[1].time must not be before experiences[0].time (" + T2 + "), but was "
                + T1);
  }

  @Test
  void should_reject_no_experience_when_no_initial_expectation_is_given() {
    assertThatThrownBy(() -> AdaptiveExpectations.of(0.5).run(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "experiences must hold at least one experience when no initial expectation is given,"
                + " but was empty");
  }

  @Test
  void should_reject_nulls() {
    AdaptiveExpectations model = AdaptiveExpectations.of(0.5);
    List<Experience> withNull = new ArrayList<>();
    withNull.add(Experience.of(T1, f(0.5)));
    withNull.add(null);

    assertThatThrownBy(() -> model.run(f(0.5), withNull))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("experiences[1]");
    assertThatThrownBy(() -> Experience.of(null, f(0.5))).hasMessage("time");
    assertThatThrownBy(() -> Experience.of(T1, null)).hasMessage("perceived");
    Map<Dimension, Double> nullRate = new HashMap<>();
    nullRate.put(EMOTIONAL, null);
    assertThatThrownBy(() -> AdaptiveExpectations.of(0.5, nullRate))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("alpha of emotional");
    Map<Dimension, Double> nullDimension = new HashMap<>();
    nullDimension.put(null, 0.5);
    assertThatThrownBy(() -> AdaptiveExpectations.of(0.5, nullDimension))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("dimension of perDimension");
  }

  @Test
  void should_not_see_later_changes_to_the_list_it_was_given() {
    // given
    List<Experience> experiences = new ArrayList<>(List.of(Experience.of(T1, f(1.0))));
    ExpectationSeries series = AdaptiveExpectations.of(0.5).run(f(0.5), experiences);

    // when
    experiences.add(Experience.of(T2, f(0.0)));

    // then
    assertThat(series.steps()).hasSize(1);
    assertThatThrownBy(() -> series.steps().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> series.steps().get(0).disconfirmation().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void should_keep_every_new_level_between_the_old_one_and_the_perceived_one() {
    // given seeded random levels and rates, including rates within rounding of 1
    Random random = new Random(13);
    for (int n = 0; n < 2_000; n++) {
      double e = random.nextDouble();
      double p = random.nextDouble();
      double a = n % 2 == 0 ? Math.nextDown(1.0) : 1 - random.nextDouble();

      // when
      double next = AdaptiveExpectations.adapt(e, p, a);

      // then
      assertThat(next).isBetween(Math.min(e, p), Math.max(e, p));
    }
    // at the edge of the range: 0.1 + 0.9999999999999999 × 0.9 stays at or below 1
    assertThat(AdaptiveExpectations.adapt(0.1, 1.0, Math.nextDown(1.0))).isLessThanOrEqualTo(1.0);
    // α = 1 gives the perceived level exactly, where 0.9 + 1 × (0.11 − 0.9) in doubles would round
    // to 0.10999999999999999
    assertThat(AdaptiveExpectations.adapt(0.9, 0.11, 1.0)).isEqualTo(0.11);
  }

  @Test
  void should_be_equal_by_its_rates() {
    new EqualsTester()
        .addEqualityGroup(AdaptiveExpectations.of(0.5), AdaptiveExpectations.of(0.5, Map.of()))
        .addEqualityGroup(AdaptiveExpectations.of(0.25))
        .addEqualityGroup(AdaptiveExpectations.of(0.5, Map.of(EMOTIONAL, 0.2)))
        .testEquals();
    // different rates, different hash codes here (not required, but a hash of 0 would collide all)
    assertThat(
            List.of(
                    AdaptiveExpectations.of(0.5),
                    AdaptiveExpectations.of(0.25),
                    AdaptiveExpectations.of(0.5, Map.of(EMOTIONAL, 0.2)))
                .stream()
                .map(AdaptiveExpectations::hashCode)
                .distinct())
        .hasSize(3);
    assertThat(AdaptiveExpectations.of(0.5, Map.of(EMOTIONAL, 0.2)))
        .hasToString("AdaptiveExpectations{alpha=0.5, perDimension={emotional=0.2}}");
  }
}
