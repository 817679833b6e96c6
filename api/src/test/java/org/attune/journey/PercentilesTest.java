package org.attune.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PercentilesTest {

  @Test
  void median_of_an_odd_count_is_the_middle_value() {
    // sorted 1 3 7: h = (3-1)*0.5 = 1 -> x1 = 3
    assertThat(Percentiles.of(new long[] {7, 1, 3}, 3, 0.5)).isEqualTo(Duration.ofNanos(3));
  }

  @Test
  void median_of_an_even_count_is_the_mean_of_the_two_middle_values() {
    // sorted 1 3 7 9: h = 1.5 -> 3 + 0.5*(7-3) = 5
    assertThat(Percentiles.of(new long[] {9, 7, 3, 1}, 4, 0.5)).isEqualTo(Duration.ofNanos(5));
  }

  @Test
  void p90_interpolates_between_closest_ranks() {
    // 0 10 20 ... 100 (n = 11): h = 10*0.9 = 9 -> x9 = 90
    long[] xs = {100, 0, 10, 20, 30, 40, 50, 60, 70, 80, 90};
    assertThat(Percentiles.of(xs, 11, 0.9)).isEqualTo(Duration.ofNanos(90));
    // 0 10 20 30 (n = 4): h = 3*0.9 = 2.7 -> 20 + 0.7*10 = 27
    assertThat(Percentiles.of(new long[] {30, 20, 10, 0}, 4, 0.9)).isEqualTo(Duration.ofNanos(27));
  }

  @Test
  void only_the_first_n_values_count() {
    assertThat(Percentiles.of(new long[] {5, 1, 999, 999}, 2, 0.5)).isEqualTo(Duration.ofNanos(3));
  }
}
