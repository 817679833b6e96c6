package org.attune.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.model.Fixtures.ALICE;
import static org.attune.model.Fixtures.APP;
import static org.attune.model.Fixtures.CARE_PLAN;
import static org.attune.model.Fixtures.COACHING;
import static org.attune.model.Fixtures.NURSE;
import static org.attune.model.Fixtures.T0;

import org.junit.jupiter.api.Test;

/** Defaults and setters of {@link Episode.Builder}. */
class EpisodeTest {

  @Test
  void the_builder_should_default_to_nothing_known_but_who_where_and_when() {
    // when
    Episode episode = Episode.builder(ALICE, APP, T0).build();
    // then
    assertThat(episode.customer()).isEqualTo(ALICE);
    assertThat(episode.touchpoint()).isEqualTo(APP);
    assertThat(episode.time()).isEqualTo(T0);
    assertThat(episode.initiative()).isEqualTo(Initiative.UNKNOWN);
    assertThat(episode.acknowledged()).isFalse();
    assertThat(episode.customerEmotion()).isEmpty();
    assertThat(episode.providerEmotion()).isEmpty();
    assertThat(episode.counterpart()).isEmpty();
    assertThat(episode.proposition()).isEmpty();
  }

  @Test
  void of_should_equal_a_builder_with_nothing_set() {
    assertThat(Episode.of(ALICE, APP, T0)).isEqualTo(Episode.builder(ALICE, APP, T0).build());
  }

  @Test
  void the_setters_should_set_each_component() {
    // when
    Episode episode =
        Episode.builder(ALICE, APP, T0)
            .customerEmotion(Emotion.of(0.6, 0.2, 0.3))
            .providerEmotion(Emotion.of(-0.1, 0.4, 0.5))
            .initiative(Initiative.CUSTOMER)
            .acknowledged(true)
            .counterpart(NURSE)
            .proposition(CARE_PLAN)
            .build();
    // then
    assertThat(episode.customerEmotion()).contains(Emotion.of(0.6, 0.2, 0.3));
    assertThat(episode.providerEmotion()).contains(Emotion.of(-0.1, 0.4, 0.5));
    assertThat(episode.initiative()).isEqualTo(Initiative.CUSTOMER);
    assertThat(episode.acknowledged()).isTrue();
    assertThat(episode.counterpart()).contains(NURSE);
    assertThat(episode.proposition()).contains(CARE_PLAN);
  }

  @Test
  void the_last_value_set_should_win() {
    Episode episode =
        Episode.builder(ALICE, APP, T0)
            .initiative(Initiative.CUSTOMER)
            .initiative(Initiative.PROVIDER)
            .acknowledged(true)
            .acknowledged(false)
            .proposition(CARE_PLAN)
            .proposition(COACHING)
            .build();
    assertThat(episode.initiative()).isEqualTo(Initiative.PROVIDER);
    assertThat(episode.acknowledged()).isFalse();
    assertThat(episode.proposition()).contains(COACHING);
  }

  @Test
  void a_builder_should_be_reusable_without_changing_what_it_built() {
    // given
    Episode.Builder builder = Episode.builder(ALICE, APP, T0).initiative(Initiative.CUSTOMER);
    Episode first = builder.build();
    // when
    builder.acknowledged(true).customerEmotion(Emotion.NEUTRAL);
    Episode second = builder.build();
    // then
    assertThat(first.acknowledged()).isFalse();
    assertThat(first.customerEmotion()).isEmpty();
    assertThat(second.acknowledged()).isTrue();
    assertThat(second.customerEmotion()).contains(Emotion.NEUTRAL);
    assertThat(second.initiative()).isEqualTo(Initiative.CUSTOMER);
  }
}
