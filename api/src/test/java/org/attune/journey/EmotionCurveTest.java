package org.attune.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.attune.testlib.scenario.Journeys.journey;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmotionCurveTest {

  @Test
  void peak_end_is_the_mean_of_the_most_intense_and_the_last_pleasure() {
    // pleasures in time order: 0.2, -0.9, 0.5, (none), 0.4
    EmotionCurve c = EmotionCurve.of(
        journey("x", "A@0~0.2", "B@1~-0.9", "C@2~0.5", "D@3", "E@4~0.4"));
    assertThat(c.points()).hasSize(4);
    // peak: largest |p| = |-0.9|; end: 0.4; (-0.9 + 0.4) / 2 = -0.25
    assertThat(c.peak()).hasValueSatisfying(p -> assertThat(p.pleasure()).isEqualTo(-0.9));
    assertThat(c.end()).hasValueSatisfying(p -> assertThat(p.touchpoint().id()).isEqualTo("E"));
    assertThat(c.peakEnd().getAsDouble()).isCloseTo(-0.25, within(1e-12));
    // mean (0.2 - 0.9 + 0.5 + 0.4) / 4 = 0.05: the peak-end rule remembers it as worse
    assertThat(c.meanPleasure().getAsDouble()).isCloseTo(0.05, within(1e-12));
  }

  @Test
  void on_a_tie_of_intensity_the_earliest_is_the_peak() {
    // |0.8| = |-0.8|: the earlier, 0.8, is the peak; end 0.1 -> (0.8 + 0.1) / 2 = 0.45
    EmotionCurve c = EmotionCurve.of(journey("x", "A@0~0.8", "B@1~-0.8", "C@2~0.1"));
    assertThat(c.peak()).hasValueSatisfying(p -> assertThat(p.pleasure()).isEqualTo(0.8));
    assertThat(c.peakEnd().getAsDouble()).isCloseTo(0.45, within(1e-12));
  }

  @Test
  void one_point_is_both_peak_and_end() {
    assertThat(EmotionCurve.of(journey("x", "A@0", "B@1~-0.6")).peakEnd()).hasValue(-0.6);
  }

  @Test
  void without_emotions_the_score_is_undefined() {
    EmotionCurve c = EmotionCurve.of(journey("x", "A@0", "B@1"));
    assertThat(c.isEmpty()).isTrue();
    assertThat(c.peak()).isEmpty();
    assertThat(c.peakEnd()).isEmpty();
    assertThat(c.meanPleasure()).isEmpty();
  }

  @Test
  void episodes_of_several_journeys_are_put_in_time_order() {
    var j1 = journey("x", "A@10~0.5");
    var j2 = journey("x", "B@0~-0.2");
    EmotionCurve c = EmotionCurve.ofEpisodes(
        List.of(j1.episodes().get(0), j2.episodes().get(0)));
    assertThat(c.points()).extracting(p -> p.touchpoint().id()).containsExactly("B", "A");
    // peak 0.5 (|0.5| > |-0.2|), end 0.5 -> 0.5
    assertThat(c.peakEnd()).hasValue(0.5);
  }
}
