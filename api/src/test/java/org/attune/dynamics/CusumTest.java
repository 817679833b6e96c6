package org.attune.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.attune.dynamics.PageHinkleyTest.days;
import static org.attune.dynamics.PageHinkleyTest.step;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class CusumTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void should_alarm_on_a_hand_worked_drop_one_observation_after_it() {
    // given: k = 0.05, h = 0.25, warm-up 3, x = 0.8, 0.8, 0.8, 0.6, 0.6, 0.6
    // mu = (0.8 + 0.8 + 0.8) / 3 = 0.8
    // t = 3: L = max(0, 0 + (0.8 - 0.6) - 0.05) = 0.15, <= 0.25; the run starts at t = 3
    // t = 4: L = max(0, 0.15 + 0.2 - 0.05) = 0.30, > 0.25: alarm, change point 3
    // mean before = 0.8, mean after = (0.6 + 0.6) / 2 = 0.6, size -0.2
    double[] x = {0.8, 0.8, 0.8, 0.6, 0.6, 0.6};

    // when
    List<DriftAlert> alerts = Cusum.of(0.05, 0.25, 3).detect(days(6), x);

    // then: after the alarm at 4 the test restarts at 5, where only one observation is left
    assertThat(alerts).hasSize(1);
    DriftAlert alert = alerts.get(0);
    assertThat(alert.detectedIndex()).isEqualTo(4);
    assertThat(alert.changeIndex()).isEqualTo(3);
    assertThat(alert.changeAt()).isEqualTo(T0.plus(3, ChronoUnit.DAYS));
    assertThat(alert.meanBefore()).isCloseTo(0.8, within(1e-12));
    assertThat(alert.meanAfter()).isCloseTo(0.6, within(1e-12));
    assertThat(alert.size()).isCloseTo(-0.2, within(1e-12));
    assertThat(alert.direction()).isEqualTo(DriftDirection.DROP);
  }

  @Test
  void should_not_alarm_one_step_early_on_the_hand_worked_drop() {
    // given: the first four observations above: L = 0.15 <= 0.25
    double[] x = {0.8, 0.8, 0.8, 0.6};

    // when
    List<DriftAlert> alerts = Cusum.of(0.05, 0.25, 3).detect(days(4), x);

    // then
    assertThat(alerts).isEmpty();
  }

  @Test
  void should_absorb_a_shift_smaller_than_the_drift() {
    // given: a drop of 0.04 < k = 0.05: L = max(0, L + 0.04 - 0.05) stays 0
    double[] x = {0.8, 0.8, 0.8, 0.76, 0.76, 0.76, 0.76, 0.76, 0.76, 0.76};

    // when
    List<DriftAlert> alerts = Cusum.of(0.05, 0.25, 3).detect(days(10), x);

    // then
    assertThat(alerts).isEmpty();
  }

  @Test
  void should_detect_a_noisy_step_drop_within_three_observations_with_its_size() {
    // given: 0.8 for 40 observations, then 0.6, noise sd 0.02, seed 13
    double[] x = step(60, 40, 0.8, 0.6, 0.02, 13);

    // when: k is half the shift worth detecting (0.1)
    List<DriftAlert> alerts = Cusum.of(0.05, 0.2, 10).detect(days(60), x);

    // then: L grows by about 0.2 - 0.05 = 0.15 per observation, so it passes 0.2 by the 2nd
    assertThat(alerts).hasSize(1);
    DriftAlert alert = alerts.get(0);
    assertThat(alert.detectedIndex()).isBetween(40, 43);
    assertThat(alert.changeIndex()).isBetween(39, 41);
    assertThat(alert.size()).isCloseTo(-0.2, within(0.05));
  }

  @Test
  void should_not_alarm_on_a_steady_series_with_noise() {
    for (long seed = 1; seed <= 5; seed++) {
      // given: 0.7 throughout, 300 observations, noise sd 0.02
      double[] x = step(300, 300, 0.7, 0.7, 0.02, seed);

      // when
      List<DriftAlert> alerts =
          Cusum.of(0.05, 0.2, 10, EnumSet.allOf(DriftDirection.class)).detect(days(300), x);

      // then
      assertThat(alerts).as("seed %s", seed).isEmpty();
    }
  }

  @Test
  void should_detect_a_slow_ramp_down_during_the_ramp() {
    // given: 0.8 for 30 observations, then falling by 0.005 per observation to 0.5 at 89
    double[] x = new double[90];
    for (int i = 0; i < x.length; i++) {
      x[i] = i < 30 ? 0.8 : Math.max(0.5, 0.8 - 0.005 * (i - 29));
    }

    // when
    List<DriftAlert> alerts = Cusum.of(0.05, 0.2, 10).detect(days(90), x);

    // then: mu - x passes k = 0.05 after 10 steps of the ramp, then accumulates
    assertThat(alerts).isNotEmpty();
    DriftAlert first = alerts.get(0);
    assertThat(first.changeIndex()).isGreaterThanOrEqualTo(30);
    assertThat(first.detectedIndex()).isBetween(40, 60);
    assertThat(first.size()).isNegative();
  }

  @Test
  void should_detect_a_rise_when_two_sided() {
    // given: 0.5, then 0.8 from 20
    double[] x = step(40, 20, 0.5, 0.8, 0.0, 1);

    // when
    List<DriftAlert> oneSided = Cusum.of(0.05, 0.2, 5).detect(days(40), x);
    List<DriftAlert> twoSided =
        Cusum.of(0.05, 0.2, 5, EnumSet.allOf(DriftDirection.class)).detect(days(40), x);

    // then: S(20) = 0.3 - 0.05 = 0.25 > 0.2
    assertThat(oneSided).isEmpty();
    assertThat(twoSided).hasSize(1);
    assertThat(twoSided.get(0).direction()).isEqualTo(DriftDirection.RISE);
    assertThat(twoSided.get(0).changeIndex()).isEqualTo(20);
    assertThat(twoSided.get(0).detectedIndex()).isEqualTo(20);
    assertThat(twoSided.get(0).size()).isCloseTo(0.3, within(1e-12));
    assertThat(twoSided.get(0).sentence()).startsWith("the fit rose by 0.30 (from 0.50 to 0.80)");
  }

  @Test
  void should_reject_a_warmup_of_zero() {
    assertThatThrownBy(() -> Cusum.of(0.05, 0.2, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("warmup must be an integer >= 1, but was 0");
  }

  @Test
  void should_reject_a_negative_drift() {
    assertThatThrownBy(() -> Cusum.of(-0.05, 0.2, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("k must be a finite number >= 0, but was -0.05");
  }

  @Test
  void should_reject_an_infinite_threshold() {
    assertThatThrownBy(() -> Cusum.of(0.05, Double.POSITIVE_INFINITY, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("h must be a finite number > 0, but was Infinity");
  }

  @Test
  void should_keep_its_parameters() {
    // given
    Cusum detector = Cusum.of(0.05, 0.4, 4);

    // then
    assertThat(detector.k()).isEqualTo(0.05);
    assertThat(detector.h()).isEqualTo(0.4);
    assertThat(detector.warmup()).isEqualTo(4);
    assertThat(detector.directions()).containsExactly(DriftDirection.DROP);
    assertThat(detector).hasToString("Cusum[k=0.05, h=0.4, warmup=4, directions=[DROP]]");
  }
}
