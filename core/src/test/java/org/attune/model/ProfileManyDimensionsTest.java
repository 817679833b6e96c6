package org.attune.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Profiles past the builder's first array (8 dimensions), past its scan limit (16) and far beyond,
 * through every setter; a rejected call at any size leaves the builder unchanged.
 */
class ProfileManyDimensionsTest {

  private static Dimension d(int i) {
    return Dimension.of("d" + i);
  }

  /** Level of dimension i: i / 1000, in [0, 1] for the sizes tested. */
  private static double level(int i) {
    return i / 1000.0;
  }

  /** Weight of dimension i: 1 + i % 3, so 1, 2, 3, 1, 2, 3, ... */
  private static double weight(int i) {
    return 1 + i % 3;
  }

  private static void assertHolds(Profile profile, int n, boolean weighted) {
    assertThat(profile.size()).isEqualTo(n);
    for (int i = 0; i < n; i++) {
      assertThat(profile.dimensionAt(i)).isEqualTo(d(i));
      assertThat(profile.indexOf(d(i))).isEqualTo(i);
      assertThat(profile.has(d(i))).isTrue();
      assertThat(profile.level(d(i))).hasValue(level(i));
      assertThat(profile.levelAt(i)).isEqualTo(level(i));
      assertThat(profile.weight(d(i))).hasValue(weighted ? weight(i) : Profile.DEFAULT_WEIGHT);
    }
    assertThat(profile.indexOf(d(n))).isEqualTo(-1);
    assertThat(profile.has(d(-1))).isFalse();
    assertThat(profile.level(d(n + 5))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {8, 9, 16, 17, 18, 33, 1000})
  void level_should_add_any_number_of_dimensions(int n) {
    // given
    Profile.Builder builder = Profile.builder();
    // when
    for (int i = 0; i < n; i++) {
      builder.level(d(i), level(i));
    }
    // then
    assertHolds(builder.build(), n, false);
  }

  @ParameterizedTest
  @ValueSource(ints = {8, 9, 16, 17, 18, 33, 1000})
  void weight_first_then_level_should_add_any_number_of_dimensions(int n) {
    // given
    Profile.Builder builder = Profile.builder();
    // when: every weight first, making the slots, then every level
    for (int i = 0; i < n; i++) {
      builder.weight(d(i), weight(i));
    }
    for (int i = 0; i < n; i++) {
      builder.level(d(i), level(i));
    }
    // then
    assertHolds(builder.build(), n, true);
  }

  @ParameterizedTest
  @ValueSource(ints = {8, 9, 16, 17, 18, 33, 1000})
  void level_and_weight_together_should_add_any_number_of_dimensions(int n) {
    // given
    Profile.Builder builder = Profile.builder();
    // when
    for (int i = 0; i < n; i++) {
      builder.level(d(i), level(i), weight(i));
    }
    // then
    assertHolds(builder.build(), n, true);
  }

  @ParameterizedTest
  @ValueSource(ints = {8, 9, 16, 17, 18, 33, 1000})
  void of_should_take_a_map_of_any_size(int n) {
    // given
    Map<Dimension, Double> levels = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      levels.put(d(i), level(i));
    }
    // when
    Profile profile = Profile.of(levels);
    // then
    assertHolds(profile, n, false);
  }

  @ParameterizedTest
  @ValueSource(ints = {8, 9, 16, 17, 18, 33, 1000})
  void to_builder_should_add_a_dimension_to_a_profile_of_any_size(int n) {
    // given: n - 1 dimensions
    Profile.Builder builder = Profile.builder();
    for (int i = 0; i < n - 1; i++) {
      builder.level(d(i), level(i), weight(i));
    }
    Profile smaller = builder.build();
    // when: the n-th through toBuilder, by each setter
    Profile byLevel = smaller.toBuilder().level(d(n - 1), level(n - 1)).build();
    Profile byWeight =
        smaller.toBuilder().weight(d(n - 1), weight(n - 1)).level(d(n - 1), level(n - 1)).build();
    Profile byBoth = smaller.toBuilder().level(d(n - 1), level(n - 1), weight(n - 1)).build();
    // then
    assertThat(byLevel.size()).isEqualTo(n);
    assertThat(byLevel.level(d(n - 1))).hasValue(level(n - 1));
    assertThat(byLevel.weight(d(n - 1))).hasValue(Profile.DEFAULT_WEIGHT);
    assertHolds(byWeight, n, true);
    assertThat(byBoth).isEqualTo(byWeight);
    assertThat(smaller.size()).isEqualTo(n - 1);
  }

  @ParameterizedTest
  @ValueSource(ints = {8, 9, 16, 17, 18, 33, 1000})
  void setting_a_dimension_again_should_keep_its_place_at_any_size(int n) {
    // given
    Profile.Builder builder = Profile.builder();
    for (int i = 0; i < n; i++) {
      builder.level(d(i), 0.5);
    }
    // when: every dimension set again, from the last to the first
    for (int i = n - 1; i >= 0; i--) {
      builder.weight(d(i), weight(i)).level(d(i), level(i));
    }
    // then
    assertHolds(builder.build(), n, true);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 7, 8, 9, 15, 16, 17, 18, 33})
  void a_rejected_call_should_leave_a_builder_of_any_size_unchanged(int n) {
    // given
    Profile.Builder builder = Profile.builder();
    for (int i = 0; i < n; i++) {
      builder.level(d(i), level(i), weight(i));
    }
    Profile before = builder.build();
    Map<String, Consumer<Profile.Builder>> bad = new LinkedHashMap<>();
    bad.put("level 2 of a new dimension", b -> b.level(d(n), 2.0));
    bad.put("level NaN of a new dimension", b -> b.level(d(n), Double.NaN));
    bad.put("weight -1 of a new dimension", b -> b.weight(d(n), -1));
    bad.put("weight infinity of a new dimension", b -> b.weight(d(n), Double.POSITIVE_INFINITY));
    bad.put("level and weight NaN of a new dimension", b -> b.level(d(n), 0.5, Double.NaN));
    bad.put("level -0.1 and weight of a new dimension", b -> b.level(d(n), -0.1, 1));
    bad.put("level 1.5 of a known dimension", b -> b.level(d(0), 1.5));
    bad.put("weight NaN of a known dimension", b -> b.weight(d(0), Double.NaN));
    for (Map.Entry<String, Consumer<Profile.Builder>> call : bad.entrySet()) {
      // when
      assertThatThrownBy(() -> call.getValue().accept(builder))
          .as(call.getKey())
          .isInstanceOf(IllegalArgumentException.class);
      // then
      assertThat(builder.build()).as(call.getKey()).isEqualTo(before);
    }
    assertThatThrownBy(() -> builder.level(null, 0.5)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> builder.weight(null, 1)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> builder.level(null, 0.5, 1)).isInstanceOf(NullPointerException.class);
    assertThat(builder.build()).isEqualTo(before);
    // and the builder still grows after the rejections
    assertThat(builder.level(d(n), 0.25).build().level(d(n))).hasValue(0.25);
  }

  @Test
  void a_negative_zero_level_or_weight_should_be_stored_as_zero() {
    // given
    Profile negative =
        Profile.builder().level(Dimension.FUNCTIONAL, -0.0).level(Dimension.SOCIAL, 0.5, -0.0)
            .level(Dimension.EMOTIONAL, 0.5).weight(Dimension.EMOTIONAL, 1).build();
    Profile positive =
        Profile.builder().level(Dimension.FUNCTIONAL, 0.0).level(Dimension.SOCIAL, 0.5, 0.0)
            .level(Dimension.EMOTIONAL, 0.5).build();
    // then: -0.0 == 0.0 in arithmetic, so the profiles must be equal as values too
    assertThat(negative).isEqualTo(positive).hasSameHashCodeAs(positive);
    assertThat(Double.doubleToRawLongBits(negative.levelAt(0))).isZero();
    assertThat(Double.doubleToRawLongBits(negative.weightAt(1))).isZero();
    assertThat(negative.levels()).isEqualTo(positive.levels());
    assertThat(negative.weights()).isEqualTo(positive.weights());
  }

  @Test
  void a_negative_zero_weight_given_alone_should_be_stored_as_zero() {
    // given
    Profile negative =
        Profile.builder().weight(Dimension.FUNCTIONAL, -0.0).level(Dimension.FUNCTIONAL, 0.3)
            .level(Dimension.SOCIAL, 0.4).build();
    Profile positive =
        Profile.builder().level(Dimension.FUNCTIONAL, 0.3, 0).level(Dimension.SOCIAL, 0.4).build();
    // then
    assertThat(negative).isEqualTo(positive).hasSameHashCodeAs(positive);
  }

  @Test
  void dimensions_whose_names_hash_alike_should_each_be_found() {
    // given: "Aa" and "BB" have the same String hash, so all 32 names of five such pairs do too;
    // 31 of them in a profile (past the scan limit, so hashed), the 32nd left out
    List<Dimension> alike = new ArrayList<>();
    for (int bits = 0; bits < 32; bits++) {
      StringBuilder name = new StringBuilder();
      for (int k = 0; k < 5; k++) {
        name.append((bits >> k & 1) == 0 ? "Aa" : "BB");
      }
      alike.add(Dimension.of(name.toString()));
    }
    assertThat(alike).extracting(Dimension::hashCode).containsOnly(alike.get(0).hashCode());
    Profile.Builder builder = Profile.builder();
    for (int i = 0; i < 31; i++) {
      builder.level(alike.get(i), i / 100.0);
    }
    // when
    Profile profile = builder.build();
    // then
    for (int i = 0; i < 31; i++) {
      assertThat(profile.indexOf(alike.get(i))).isEqualTo(i);
      assertThat(profile.level(alike.get(i))).hasValue(i / 100.0);
    }
    assertThat(profile.indexOf(alike.get(31))).isEqualTo(-1);
    assertThat(profile.has(alike.get(31))).isFalse();
  }
}
