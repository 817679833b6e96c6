package org.attune.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;
import static org.attune.model.Dimension.ECONOMIC;
import static org.attune.model.Dimension.EMOTIONAL;
import static org.attune.model.Dimension.FUNCTIONAL;
import static org.attune.model.Dimension.SOCIAL;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Levels, weights, order and the builder of {@link Profile}. */
class ProfileTest {

  /** functional 0.9 (w 2), emotional 0.7 (w 1, by default), social 0.4 (w 0.5). */
  private static Profile threeDimensions() {
    return Profile.builder()
        .level(FUNCTIONAL, 0.9)
        .weight(FUNCTIONAL, 2)
        .level(EMOTIONAL, 0.7)
        .level(SOCIAL, 0.4, 0.5)
        .build();
  }

  @Test
  void should_keep_dimensions_in_the_order_first_given() {
    // given
    Profile.Builder builder =
        Profile.builder()
            .level(EMOTIONAL, 0.7)
            .level(FUNCTIONAL, 0.9)
            // setting emotional again changes its level, not its place
            .level(EMOTIONAL, 0.5)
            // a weight given first fixes the place of social before its level comes
            .weight(SOCIAL, 3)
            .level(ECONOMIC, 0.1)
            .level(SOCIAL, 0.2);
    // when
    Profile profile = builder.build();
    // then
    assertThat(profile.dimensions()).containsExactly(EMOTIONAL, FUNCTIONAL, SOCIAL, ECONOMIC);
    assertThat(profile.level(EMOTIONAL)).hasValue(0.5);
    assertThat(profile.weight(SOCIAL)).hasValue(3.0);
    assertThat(profile.levels().keySet()).containsExactly(EMOTIONAL, FUNCTIONAL, SOCIAL, ECONOMIC);
    assertThat(profile.weights().keySet()).containsExactly(EMOTIONAL, FUNCTIONAL, SOCIAL, ECONOMIC);
  }

  @Test
  void profile_of_should_keep_the_iteration_order_of_the_map_with_default_weights() {
    // given
    Map<Dimension, Double> levels = new LinkedHashMap<>();
    levels.put(SOCIAL, 0.3);
    levels.put(FUNCTIONAL, 0.8);
    // when
    Profile profile = Profile.of(levels);
    // then
    assertThat(profile.dimensions()).containsExactly(SOCIAL, FUNCTIONAL);
    assertThat(profile.levels()).containsExactly(entry(SOCIAL, 0.3), entry(FUNCTIONAL, 0.8));
    assertThat(profile.weights()).containsExactly(entry(SOCIAL, 1.0), entry(FUNCTIONAL, 1.0));
  }

  @Test
  void should_give_a_dimension_without_a_weight_the_default_weight_1() {
    Profile profile = Profile.builder().level(FUNCTIONAL, 0.9).build();
    assertThat(Profile.DEFAULT_WEIGHT).isEqualTo(1.0);
    assertThat(profile.weight(FUNCTIONAL)).hasValue(1.0);
  }

  @Test
  void setting_a_level_again_should_keep_the_weight() {
    Profile profile = Profile.builder().level(FUNCTIONAL, 0.9, 3).level(FUNCTIONAL, 0.2).build();
    assertThat(profile.level(FUNCTIONAL)).hasValue(0.2);
    assertThat(profile.weight(FUNCTIONAL)).hasValue(3.0);
  }

  @Test
  void total_weight_should_be_the_sum_of_the_weights() {
    // 2 (functional) + 1 (emotional, by default) + 0.5 (social) = 3.5
    assertThat(threeDimensions().totalWeight()).isCloseTo(3.5, within(1e-12));
    // one dimension of default weight: 1
    assertThat(Profile.builder().level(SOCIAL, 0.3).build().totalWeight()).isEqualTo(1.0);
  }

  @Test
  void should_allow_a_zero_weight_when_another_weight_is_positive() {
    // given
    Profile profile = Profile.builder().level(FUNCTIONAL, 0.9, 0).level(EMOTIONAL, 0.5).build();
    // then: 0 + 1 = 1
    assertThat(profile.weight(FUNCTIONAL)).hasValue(0.0);
    assertThat(profile.totalWeight()).isEqualTo(1.0);
    assertThat(profile.has(FUNCTIONAL)).isTrue();
  }

  @Test
  void should_accept_the_bounds_of_the_level_range() {
    Profile profile = Profile.builder().level(FUNCTIONAL, 0).level(EMOTIONAL, 1).build();
    assertThat(profile.level(FUNCTIONAL)).hasValue(0.0);
    assertThat(profile.level(EMOTIONAL)).hasValue(1.0);
  }

  @Test
  void should_answer_empty_for_a_dimension_it_does_not_have() {
    // given
    Profile profile = threeDimensions();
    // then
    assertThat(profile.has(ECONOMIC)).isFalse();
    assertThat(profile.level(ECONOMIC)).isEmpty();
    assertThat(profile.weight(ECONOMIC)).isEmpty();
    assertThat(profile.indexOf(ECONOMIC)).isEqualTo(-1);
    assertThat(profile.has(Dimension.of("Functional"))).isFalse();
  }

  @Test
  void should_answer_levels_and_weights_of_the_dimensions_it_has() {
    Profile profile = threeDimensions();
    assertThat(profile.has(Dimension.of("emotional"))).isTrue();
    assertThat(profile.level(FUNCTIONAL)).hasValue(0.9);
    assertThat(profile.weight(FUNCTIONAL)).hasValue(2.0);
    assertThat(profile.level(SOCIAL)).hasValue(0.4);
    assertThat(profile.weight(SOCIAL)).hasValue(0.5);
  }

  @Test
  void should_give_access_by_index_in_dimension_order() {
    // given
    Profile profile = threeDimensions();
    // then
    assertThat(profile.size()).isEqualTo(3);
    assertThat(profile.indexOf(FUNCTIONAL)).isZero();
    assertThat(profile.indexOf(EMOTIONAL)).isEqualTo(1);
    assertThat(profile.indexOf(SOCIAL)).isEqualTo(2);
    assertThat(profile.dimensionAt(2)).isEqualTo(SOCIAL);
    assertThat(profile.levelAt(1)).isEqualTo(0.7);
    assertThat(profile.weightAt(1)).isEqualTo(1.0);
    assertThat(profile.levelAt(2)).isEqualTo(0.4);
    assertThat(profile.weightAt(0)).isEqualTo(2.0);
  }

  @Test
  void should_reject_an_index_out_of_range() {
    Profile profile = threeDimensions();
    assertThatThrownBy(() -> profile.levelAt(3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> profile.weightAt(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> profile.dimensionAt(3)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void a_builder_should_build_equal_but_independent_profiles_when_reused() {
    // given
    Profile.Builder builder = Profile.builder().level(FUNCTIONAL, 0.9, 2);
    // when
    Profile first = builder.build();
    Profile second = builder.build();
    // then
    assertThat(second).isEqualTo(first).isNotSameAs(first);
  }

  @Test
  void changing_a_builder_after_build_should_not_change_the_built_profile() {
    // given
    Profile.Builder builder = Profile.builder().level(FUNCTIONAL, 0.9, 2);
    Profile built = builder.build();
    // when
    builder.level(FUNCTIONAL, 0.1).weight(FUNCTIONAL, 5).level(EMOTIONAL, 0.5);
    Profile later = builder.build();
    // then
    assertThat(built.dimensions()).containsExactly(FUNCTIONAL);
    assertThat(built.level(FUNCTIONAL)).hasValue(0.9);
    assertThat(built.weight(FUNCTIONAL)).hasValue(2.0);
    assertThat(later.dimensions()).containsExactly(FUNCTIONAL, EMOTIONAL);
    assertThat(later.level(FUNCTIONAL)).hasValue(0.1);
  }

  @Test
  void a_rejected_value_should_leave_the_builder_unchanged() {
    // given
    Profile.Builder builder = Profile.builder().level(FUNCTIONAL, 0.9, 2);
    // when
    assertThatThrownBy(() -> builder.level(FUNCTIONAL, 0.5, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.level(EMOTIONAL, 2.0))
        .isInstanceOf(IllegalArgumentException.class);
    // then
    assertThat(builder.build())
        .isEqualTo(Profile.builder().level(FUNCTIONAL, 0.9).weight(FUNCTIONAL, 2).build());
  }

  @Test
  void to_builder_should_round_trip_levels_weights_and_order() {
    // given: a zero weight and an order that is not alphabetical
    Profile profile =
        Profile.builder()
            .level(SOCIAL, 0.2, 0)
            .level(FUNCTIONAL, 0.9, 2)
            .level(EMOTIONAL, 0.7)
            .build();
    // when
    Profile copy = profile.toBuilder().build();
    // then
    assertThat(copy).isEqualTo(profile);
    assertThat(copy.dimensions()).containsExactly(SOCIAL, FUNCTIONAL, EMOTIONAL);
    assertThat(copy.weights())
        .containsExactly(entry(SOCIAL, 0.0), entry(FUNCTIONAL, 2.0), entry(EMOTIONAL, 1.0));
  }

  @Test
  void a_changed_copy_from_to_builder_should_leave_the_original_unchanged() {
    // given
    Profile profile = threeDimensions();
    // when
    Profile changed = profile.toBuilder().level(FUNCTIONAL, 0.1).level(ECONOMIC, 0.6).build();
    // then
    assertThat(profile).isEqualTo(threeDimensions());
    assertThat(changed.level(FUNCTIONAL)).hasValue(0.1);
    assertThat(changed.weight(FUNCTIONAL)).hasValue(2.0);
    assertThat(changed.dimensions()).containsExactly(FUNCTIONAL, EMOTIONAL, SOCIAL, ECONOMIC);
  }

  @Test
  void levels_weights_and_dimensions_handed_out_should_be_unmodifiable() {
    Profile profile = threeDimensions();
    Map<Dimension, Double> levels = profile.levels();
    Map<Dimension, Double> weights = profile.weights();
    assertThatThrownBy(() -> levels.put(ECONOMIC, 0.5))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> weights.put(FUNCTIONAL, 9.0))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> profile.dimensions().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(profile).isEqualTo(threeDimensions());
  }

  @Test
  void a_map_passed_to_of_should_be_copied() {
    // given
    Map<Dimension, Double> levels = new LinkedHashMap<>();
    levels.put(SOCIAL, 0.3);
    Profile profile = Profile.of(levels);
    // when
    levels.put(SOCIAL, 0.9);
    levels.put(FUNCTIONAL, 0.1);
    // then
    assertThat(profile.levels()).containsExactly(entry(SOCIAL, 0.3));
  }

  @Test
  void to_string_should_list_dimensions_levels_and_weights_in_order() {
    Profile profile = Profile.builder().level(FUNCTIONAL, 0.9, 2).level(EMOTIONAL, 0.7).build();
    assertThat(profile).hasToString("Profile{functional=0.9 (w 2.0), emotional=0.7 (w 1.0)}");
  }

  @Test
  void relative_weights_should_be_the_weights_divided_by_the_largest() {
    // given: 2, 1 (by default), 0.5
    Profile profile = threeDimensions();
    // then: 2/2 = 1, 1/2 = 0.5, 0.5/2 = 0.25; total 1 + 0.5 + 0.25 = 1.75
    assertThat(profile.relativeWeightAt(0)).isEqualTo(1.0);
    assertThat(profile.relativeWeightAt(1)).isEqualTo(0.5);
    assertThat(profile.relativeWeightAt(2)).isEqualTo(0.25);
    assertThat(profile.relativeTotalWeight()).isEqualTo(1.75);
    // the weights as given are kept
    assertThat(profile.weight(FUNCTIONAL)).hasValue(2.0);
    assertThat(profile.weightAt(2)).isEqualTo(0.5);
    assertThatThrownBy(() -> profile.relativeWeightAt(3))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void relative_weights_should_not_overflow_where_the_total_of_the_weights_does() {
    // given: MAX + MAX overflows to infinity
    Profile profile =
        Profile.builder()
            .level(FUNCTIONAL, 0.9, Double.MAX_VALUE)
            .level(EMOTIONAL, 0.7, Double.MAX_VALUE)
            .build();
    // then: MAX / MAX = 1 each, total 2
    assertThat(profile.totalWeight()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(profile.relativeWeightAt(0)).isEqualTo(1.0);
    assertThat(profile.relativeWeightAt(1)).isEqualTo(1.0);
    assertThat(profile.relativeTotalWeight()).isEqualTo(2.0);
    assertThat(profile.weight(EMOTIONAL)).hasValue(Double.MAX_VALUE);
  }

  @Test
  void relative_weights_should_not_depend_on_the_scale_of_the_weights() {
    // given: weights 2, 1, 0.5, 0 and 3, times factors from 2^-1000 to 2^1021 (the largest, 3 *
    // 2^1021, is just below Double.MAX_VALUE ~ 1.8 * 2^1023), and times 5 and 3 * 2^-900
    // (each product exact, as the weights have few significant bits)
    double[] weights = {2, 1, 0.5, 0, 3};
    double[] factors = {1, 0x1p-1000, 0x1p-500, 0x1p500, 0x1p1021, 5, 3 * 0x1p-900};
    Profile reference = weighted(weights, 1);
    for (double factor : factors) {
      // when
      Profile scaled = weighted(weights, factor);
      // then: bit for bit, as scaling by a power of two is exact
      for (int i = 0; i < weights.length; i++) {
        assertThat(scaled.relativeWeightAt(i)).as("factor %s, weight %s", factor, i)
            .isEqualTo(reference.relativeWeightAt(i));
      }
      assertThat(scaled.relativeTotalWeight()).isEqualTo(reference.relativeTotalWeight());
    }
    // 3 is the largest: 2/3, 1/3, 0.5/3, 0, 1
    assertThat(reference.relativeWeightAt(4)).isEqualTo(1.0);
    assertThat(reference.relativeWeightAt(1)).isEqualTo(1.0 / 3);
  }

  @Test
  void a_negligible_weight_should_count_as_zero() {
    // given: Double.MIN_VALUE / 2 is far below 2^-53 of the largest weight, 2
    Profile tiny =
        Profile.builder().level(FUNCTIONAL, 0.9, 2).level(EMOTIONAL, 0.7, Double.MIN_VALUE).build();
    // 2^-54 of the largest is below the threshold of 2^-53; exactly 2^-53 is at it
    Profile below = Profile.builder().level(FUNCTIONAL, 0.9, 1).level(EMOTIONAL, 0.7, 0x1p-54).build();
    Profile at = Profile.builder().level(FUNCTIONAL, 0.9, 1).level(EMOTIONAL, 0.7, 0x1p-53).build();
    // then
    assertThat(Profile.NEGLIGIBLE_WEIGHT).isEqualTo(0x1p-53);
    assertThat(tiny.relativeWeightAt(1)).isZero();
    assertThat(tiny.relativeTotalWeight()).isEqualTo(1.0);
    assertThat(tiny.weight(EMOTIONAL)).hasValue(Double.MIN_VALUE);
    assertThat(below.relativeWeightAt(1)).isZero();
    assertThat(at.relativeWeightAt(1)).isEqualTo(0x1p-53);
  }

  @Test
  void relative_weights_of_tiny_weights_alone_should_still_be_relative() {
    // given: all weights subnormal: (4 MIN) / (4 MIN) = 1, (2 MIN) / (4 MIN) = 0.5
    Profile profile =
        Profile.builder()
            .level(FUNCTIONAL, 0.9, 4 * Double.MIN_VALUE)
            .level(EMOTIONAL, 0.7, 2 * Double.MIN_VALUE)
            .build();
    // then
    assertThat(profile.relativeWeightAt(0)).isEqualTo(1.0);
    assertThat(profile.relativeWeightAt(1)).isEqualTo(0.5);
    assertThat(profile.relativeTotalWeight()).isEqualTo(1.5);
  }

  private static Profile weighted(double[] weights, double factor) {
    Profile.Builder builder = Profile.builder();
    for (int i = 0; i < weights.length; i++) {
      builder.level(Dimension.of("d" + i), 0.1 * i, weights[i] * factor);
    }
    return builder.build();
  }
}
