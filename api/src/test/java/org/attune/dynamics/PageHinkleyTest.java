package org.attune.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PageHinkleyTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  static List<Instant> days(int n) {
    List<Instant> times = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      times.add(T0.plus(i, ChronoUnit.DAYS));
    }
    return times;
  }

  /** {@return level {@code before} up to {@code at}, {@code after} from it, plus N(0, sd) noise} */
  static double[] step(int n, int at, double before, double after, double sd, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = (i < at ? before : after) + sd * gaussian(random);
    }
    return x;
  }

  /** A standard normal by Box–Muller, from a seeded generator. */
  static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble(); // in (0, 1]
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  @Test
  void should_alarm_on_a_hand_worked_drop_one_observation_after_it() {
    // given: delta = 0.05, lambda = 0.5, x = 1, 1, 1, 0.5, 0.5
    // t  mean   x - mean   m = sum(x - mean + 0.05)   M      M - m
    // 0  1      0          0.05                       0.05   0
    // 1  1      0          0.10                       0.10   0
    // 2  1      0          0.15                       0.15   0
    // 3  0.875  -0.375     -0.175                     0.15   0.325 <= 0.5
    // 4  0.8    -0.3       -0.425                     0.15   0.575 >  0.5: alarm
    // M was last reached at t = 2, so the change point is t = 3;
    // mean before = (1 + 1 + 1) / 3 = 1, mean after = (0.5 + 0.5) / 2 = 0.5, size -0.5
    double[] x = {1, 1, 1, 0.5, 0.5};

    // when
    List<DriftAlert> alerts = PageHinkley.of(0.05, 0.5).detect(days(5), x);

    // then
    assertThat(alerts).hasSize(1);
    DriftAlert alert = alerts.get(0);
    assertThat(alert.detectedIndex()).isEqualTo(4);
    assertThat(alert.detectedAt()).isEqualTo(T0.plus(4, ChronoUnit.DAYS));
    assertThat(alert.changeIndex()).isEqualTo(3);
    assertThat(alert.changeAt()).isEqualTo(T0.plus(3, ChronoUnit.DAYS));
    assertThat(alert.meanBefore()).isEqualTo(1.0);
    assertThat(alert.meanAfter()).isEqualTo(0.5);
    assertThat(alert.size()).isEqualTo(-0.5);
    assertThat(alert.direction()).isEqualTo(DriftDirection.DROP);
    assertThat(alert.sentence())
        .isEqualTo(
            "the fit fell by 0.50 (from 1.00 to 0.50), from 2026-01-04T00:00:00Z;"
                + " detected at 2026-01-05T00:00:00Z");
  }

  @Test
  void should_not_alarm_one_step_early_on_the_hand_worked_drop() {
    // given: the first four observations of the series above: M - m = 0.325 <= 0.5
    double[] x = {1, 1, 1, 0.5};

    // when
    List<DriftAlert> alerts = PageHinkley.of(0.05, 0.5).detect(days(4), x);

    // then
    assertThat(alerts).isEmpty();
  }

  @Test
  void should_detect_a_noisy_step_drop_within_five_observations_with_its_size() {
    // given: 0.8 for 40 observations, then 0.6, noise sd 0.02, seed 13
    double[] x = step(60, 40, 0.8, 0.6, 0.02, 13);

    // when
    List<DriftAlert> alerts = PageHinkley.of(0.01, 0.3).detect(days(60), x);

    // then: one alert, at most 5 observations late, near the true change point and size -0.2
    assertThat(alerts).hasSize(1);
    DriftAlert alert = alerts.get(0);
    assertThat(alert.detectedIndex()).isBetween(40, 45);
    assertThat(alert.changeIndex()).isBetween(38, 42);
    assertThat(alert.size()).isCloseTo(-0.2, within(0.05));
    assertThat(alert.direction()).isEqualTo(DriftDirection.DROP);
  }

  @Test
  void should_not_alarm_on_a_steady_series_with_noise() {
    for (long seed = 1; seed <= 5; seed++) {
      // given: 0.7 throughout, 300 observations, noise sd 0.02
      double[] x = step(300, 300, 0.7, 0.7, 0.02, seed);

      // when
      List<DriftAlert> alerts =
          PageHinkley.of(0.01, 0.3, EnumSet.allOf(DriftDirection.class)).detect(days(300), x);

      // then
      assertThat(alerts).as("seed %s", seed).isEmpty();
    }
  }

  @Test
  void should_detect_a_slow_ramp_down_after_it_starts() {
    // given: 0.8 for 30 observations, then falling by 0.005 per observation to 0.5
    double[] x = new double[90];
    for (int i = 0; i < x.length; i++) {
      x[i] = i < 30 ? 0.8 : Math.max(0.5, 0.8 - 0.005 * (i - 29));
    }

    // when
    List<DriftAlert> alerts = PageHinkley.of(0.01, 0.3).detect(days(90), x);

    // then: a drop, found during the ramp (it ends at index 89), starting after index 29
    assertThat(alerts).isNotEmpty();
    DriftAlert first = alerts.get(0);
    assertThat(first.direction()).isEqualTo(DriftDirection.DROP);
    assertThat(first.changeIndex()).isGreaterThanOrEqualTo(30);
    assertThat(first.detectedIndex()).isBetween(31, 89);
    assertThat(first.size()).isNegative();
  }

  @Test
  void should_ignore_a_rise_when_watching_drops_only() {
    // given
    double[] x = step(60, 30, 0.5, 0.8, 0.0, 1);

    // when
    List<DriftAlert> alerts = PageHinkley.of(0.01, 0.3).detect(days(60), x);

    // then
    assertThat(alerts).isEmpty();
  }

  @Test
  void should_detect_a_drop_and_the_recovery_when_watching_both_directions() {
    // given: 0.8, a drop to 0.5 at 30, back to 0.8 at 60
    double[] x = new double[90];
    for (int i = 0; i < x.length; i++) {
      x[i] = i >= 30 && i < 60 ? 0.5 : 0.8;
    }

    // when
    List<DriftAlert> alerts =
        PageHinkley.of(0.01, 0.3, EnumSet.allOf(DriftDirection.class)).detect(days(90), x);

    // then
    assertThat(alerts)
        .extracting(DriftAlert::direction)
        .containsExactly(DriftDirection.DROP, DriftDirection.RISE);
    assertThat(alerts.get(0).changeIndex()).isEqualTo(30);
    assertThat(alerts.get(0).size()).isCloseTo(-0.3, within(1e-9));
    assertThat(alerts.get(1).changeIndex()).isEqualTo(60);
    assertThat(alerts.get(1).size()).isCloseTo(0.3, within(1e-9));
  }

  @Test
  void should_give_the_same_alerts_twice_and_leave_the_values_unchanged() {
    // given
    double[] x = step(60, 40, 0.8, 0.6, 0.02, 7);
    double[] copy = x.clone();
    PageHinkley detector = PageHinkley.of(0.01, 0.3);

    // when
    List<DriftAlert> first = detector.detect(days(60), x);
    List<DriftAlert> second = detector.detect(days(60), x);

    // then
    assertThat(first).isEqualTo(second).isNotEmpty();
    assertThat(x).isEqualTo(copy);
  }

  @Test
  void should_find_nothing_in_an_empty_series() {
    assertThat(PageHinkley.of(0, 1).detect(List.of(), new double[0])).isEmpty();
  }

  @Test
  void should_reject_a_negative_delta() {
    assertThatThrownBy(() -> PageHinkley.of(-0.1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("delta must be a finite number >= 0, but was -0.1");
  }

  @Test
  void should_reject_an_infinite_delta() {
    assertThatThrownBy(() -> PageHinkley.of(Double.POSITIVE_INFINITY, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("delta must be a finite number >= 0, but was Infinity");
  }

  @Test
  void should_reject_a_lambda_of_zero() {
    assertThatThrownBy(() -> PageHinkley.of(0.01, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lambda must be a finite number > 0, but was 0.0");
  }

  @Test
  void should_reject_a_nan_lambda() {
    assertThatThrownBy(() -> PageHinkley.of(0.01, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lambda must be a finite number > 0, but was NaN");
  }

  @Test
  void should_reject_no_direction() {
    assertThatThrownBy(() -> PageHinkley.of(0.01, 1, EnumSet.noneOf(DriftDirection.class)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("directions must hold DROP, RISE or both, but was empty");
  }

  @Test
  void should_keep_its_parameters() {
    // given
    PageHinkley detector = PageHinkley.of(0.01, 0.3, EnumSet.of(DriftDirection.RISE));

    // then
    assertThat(detector.delta()).isEqualTo(0.01);
    assertThat(detector.lambda()).isEqualTo(0.3);
    assertThat(detector.directions()).containsExactly(DriftDirection.RISE);
    assertThat(detector).hasToString("PageHinkley[delta=0.01, lambda=0.3, directions=[RISE]]");
  }
}
