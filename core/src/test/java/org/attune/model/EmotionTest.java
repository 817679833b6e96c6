package org.attune.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Distances, intensity and octants in PAD space (Mehrabian &amp; Russell 1974; Mehrabian 1996). */
class EmotionTest {

  private static final double TOLERANCE = 1e-9;

  @Test
  void should_measure_the_euclidean_distance_worked_by_hand() {
    // given
    Emotion a = Emotion.of(0.5, 0.2, -0.4);
    Emotion b = Emotion.of(-0.1, 0.6, 0.0);
    // when
    double distance = a.distanceTo(b);
    // then
    // dp = 0.5 - (-0.1) = 0.6, da = 0.2 - 0.6 = -0.4, dd = -0.4 - 0.0 = -0.4
    // sqrt(0.36 + 0.16 + 0.16) = sqrt(0.68) = 0.824621125...
    assertThat(distance).isCloseTo(0.8246211251, within(TOLERANCE));
  }

  @Test
  void should_measure_the_same_distance_both_ways() {
    Emotion a = Emotion.of(0.5, 0.2, -0.4);
    Emotion b = Emotion.of(-0.1, 0.6, 0.0);
    assertThat(b.distanceTo(a)).isEqualTo(a.distanceTo(b));
  }

  @Test
  void should_measure_zero_distance_to_itself() {
    Emotion a = Emotion.of(0.5, 0.2, -0.4);
    assertThat(a.distanceTo(a)).isZero();
  }

  @Test
  void should_measure_a_distance_along_one_axis() {
    // dp = 1 - (-1) = 2, da = dd = 0: sqrt(4) = 2
    assertThat(Emotion.of(1, 0, 0).distanceTo(Emotion.of(-1, 0, 0))).isEqualTo(2.0);
  }

  @Test
  void max_distance_should_be_the_distance_between_opposite_corners() {
    // each component differs by 1 - (-1) = 2: sqrt(4 + 4 + 4) = sqrt(12) = 3.464101615...
    assertThat(Emotion.MAX_DISTANCE).isCloseTo(3.4641016151, within(TOLERANCE));
    assertThat(Emotion.of(1, 1, 1).distanceTo(Emotion.of(-1, -1, -1)))
        .isEqualTo(Emotion.MAX_DISTANCE);
    assertThat(Emotion.of(1, -1, 1).distanceTo(Emotion.of(-1, 1, -1)))
        .isEqualTo(Emotion.MAX_DISTANCE);
  }

  @Test
  void intensity_should_be_the_distance_from_neutral() {
    // sqrt(0.6² + 0² + (-0.8)²) = sqrt(0.36 + 0.64) = sqrt(1.0) = 1
    assertThat(Emotion.of(0.6, 0.0, -0.8).intensity()).isCloseTo(1.0, within(TOLERANCE));
    // sqrt(0.5² + 0.2² + (-0.4)²) = sqrt(0.25 + 0.04 + 0.16) = sqrt(0.45) = 0.670820393...
    assertThat(Emotion.of(0.5, 0.2, -0.4).intensity()).isCloseTo(0.6708203932, within(TOLERANCE));
    // a corner: sqrt(1 + 1 + 1) = sqrt(3) = 1.732050807...
    assertThat(Emotion.of(-1, 1, -1).intensity()).isCloseTo(1.7320508076, within(TOLERANCE));
    assertThat(Emotion.NEUTRAL.intensity()).isZero();
  }

  @Test
  void neutral_should_be_the_origin() {
    assertThat(Emotion.NEUTRAL.pleasure()).isZero();
    assertThat(Emotion.NEUTRAL.arousal()).isZero();
    assertThat(Emotion.NEUTRAL.dominance()).isZero();
  }

  @Test
  void should_accept_the_bounds_of_pad_space() {
    Emotion corner = Emotion.of(-1, 1, -1);
    assertThat(corner.pleasure()).isEqualTo(-1);
    assertThat(corner.arousal()).isEqualTo(1);
    assertThat(corner.dominance()).isEqualTo(-1);
  }

  // Mehrabian (1996)
  @ParameterizedTest(name = "({0}, {1}, {2}) is {3}")
  @CsvSource({
    " 0.5,  0.5,  0.5, EXUBERANT",
    "-0.5, -0.5, -0.5, BORED",
    " 0.5,  0.5, -0.5, DEPENDENT",
    "-0.5, -0.5,  0.5, DISDAINFUL",
    " 0.5, -0.5,  0.5, RELAXED",
    "-0.5,  0.5, -0.5, ANXIOUS",
    " 0.5, -0.5, -0.5, DOCILE",
    "-0.5,  0.5,  0.5, HOSTILE",
    " 1.0,  1.0,  1.0, EXUBERANT",
    "-1.0, -1.0, -1.0, BORED",
    " 0.9, -0.1, -0.01, DOCILE",
  })
  void should_lie_in_the_octant_of_its_signs(double p, double a, double d, Emotion.Octant octant) {
    assertThat(Emotion.of(p, a, d).octant()).isEqualTo(octant);
  }

  @ParameterizedTest(name = "({0}, {1}, {2}) is {3}")
  @CsvSource({
    " 0.0,  0.0,  0.0, EXUBERANT",
    " 0.0, -0.5, -0.5, DOCILE",
    "-0.5,  0.0, -0.5, ANXIOUS",
    "-0.5, -0.5,  0.0, DISDAINFUL",
    " 0.0,  0.0, -0.5, DEPENDENT",
    "-0.5,  0.0,  0.0, HOSTILE",
    " 0.0, -0.5,  0.0, RELAXED",
    "-0.0, -0.0, -0.0, EXUBERANT",
  })
  void should_count_a_component_of_exactly_zero_as_positive(
      double p, double a, double d, Emotion.Octant octant) {
    assertThat(Emotion.of(p, a, d).octant()).isEqualTo(octant);
  }

  @Test
  void should_name_eight_octants() {
    assertThat(Emotion.Octant.values()).hasSize(8);
  }
}
