package org.attune.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesValidationTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant T1 = Instant.parse("2026-02-01T00:00:00Z");
  private static final List<DriftDetector> DETECTORS =
      List.of(PageHinkley.of(0.01, 0.3), Cusum.of(0.05, 0.3, 2));

  @Test
  void should_reject_times_and_values_of_different_lengths() {
    for (DriftDetector detector : DETECTORS) {
      assertThatThrownBy(() -> detector.detect(List.of(T0, T1), new double[] {0.5}))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("times and values must have the same length, but were 2 and 1");
    }
  }

  @Test
  void should_reject_times_that_go_back() {
    for (DriftDetector detector : DETECTORS) {
      assertThatThrownBy(() -> detector.detect(List.of(T1, T0), new double[] {0.5, 0.5}))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "times must be non-decreasing, but times[1] = 2026-01-01T00:00:00Z is before"
                  + " times[0] = 2026-02-01T00:00:00Z");
    }
  }

  @Test
  void should_reject_a_nan_value() {
    for (DriftDetector detector : DETECTORS) {
      assertThatThrownBy(() -> detector.detect(List.of(T0, T1), new double[] {0.5, Double.NaN}))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("values[1] must be a finite number, but was NaN");
    }
  }

  @Test
  void should_reject_a_null_instant() {
    for (DriftDetector detector : DETECTORS) {
      assertThatThrownBy(() -> detector.detect(Arrays.asList(T0, null), new double[] {0.5, 0.5}))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("times[1]");
    }
  }

  @Test
  void should_accept_two_observations_at_the_same_instant() {
    for (DriftDetector detector : DETECTORS) {
      // no exception: equal instants are in order
      assertThat(detector.detect(List.of(T0, T0), new double[] {0.5, 0.5})).isEmpty();
    }
  }

  @Test
  void should_reject_an_alert_whose_change_follows_its_detection() {
    assertThatThrownBy(() -> new DriftAlert(T0, 0, T1, 1, 0.5, 0.4, DriftDirection.DROP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("changeIndex must be in [0, detectedIndex = 0], but was 1");
  }
}
