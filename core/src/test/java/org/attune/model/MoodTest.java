package org.attune.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.attune.model.Fixtures.T0;

import org.junit.jupiter.api.Test;

class MoodTest {

  private static final Actor JANE = Actor.individual("jane", "Jane Doe");

  @Test
  void should_hold_its_components() {
    // given
    Emotion anxious = Emotion.of(-0.5, 0.6, -0.4);
    // when
    Mood mood = Mood.of(JANE, anxious, T0);
    // then
    assertThat(mood.actor()).isEqualTo(JANE);
    assertThat(mood.emotion()).isEqualTo(anxious);
    assertThat(mood.since()).isEqualTo(T0);
    assertThat(mood).isEqualTo(new Mood(JANE, anxious, T0));
  }

  @Test
  void should_name_the_actor_by_id_only() {
    // given
    Mood mood = Mood.of(JANE, Emotion.of(-0.5, 0.5, 0), T0);
    // when / then
    assertThat(mood).hasToString("Mood[actor=jane, emotion=Emotion[pleasure=-0.5, arousal=0.5,"
        + " dominance=0.0], since=2026-03-01T09:00:00Z]");
    assertThat(mood.toString()).doesNotContain("Doe");
  }

  @Test
  void should_reject_a_missing_component_naming_it() {
    assertThatNullPointerException()
        .isThrownBy(() -> Mood.of(JANE, Emotion.NEUTRAL, null))
        .withMessage("since");
    assertThatNullPointerException()
        .isThrownBy(() -> Mood.of(null, Emotion.NEUTRAL, T0))
        .withMessage("actor");
  }
}
