package org.attune.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

  @Test
  void p_is_taken_as_the_decimal_it_is_written_as() {
    // 0 and 10^20 ns (n = 2): h = 0.9 -> 0 + 0.9 * 10^20 = 9 * 10^19 ns = 90,000,000,000 s exactly;
    //   the binary 0.9 (0.90000000000000002220...) would add about 2,220 ns
    Duration[] xs = {Duration.ZERO, Duration.ofSeconds(100_000_000_000L)};
    assertThat(Percentiles.sorted(xs, 2, 0.9)).isEqualTo(Duration.ofSeconds(90_000_000_000L));
  }

  @Test
  void a_half_nanosecond_rounds_up() {
    // 0 and 1 ns (n = 2): h = 0.5 -> 0 + 0.5 * 1 = 0.5 ns -> 1 ns
    assertThat(Percentiles.of(new long[] {1, 0}, 2, 0.5)).isEqualTo(Duration.ofNanos(1));
  }

  @Test
  void a_p_outside_zero_to_one_is_rejected() {
    assertThatThrownBy(() -> Percentiles.of(new long[] {1, 2}, 2, 1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("p must be in [0, 1]");
    assertThatThrownBy(() -> Percentiles.of(new long[] {1, 2}, 0, 0.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("n must be at least 1");
  }
}
