package org.attune.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attune.model.Fixtures.ALICE;
import static org.attune.model.Fixtures.APP;
import static org.attune.model.Fixtures.CARE_PLAN;
import static org.attune.model.Fixtures.DESK;
import static org.attune.model.Fixtures.FORUM;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Time order, span and touchpoints of a {@link Journey}. */
class JourneyTest {

  private static final Instant NINE = Instant.parse("2026-03-01T09:00:00Z");
  private static final Instant NINE_ONE_THIRTY = Instant.parse("2026-03-01T09:01:30Z");
  private static final Instant TEN_FIFTEEN = Instant.parse("2026-03-01T10:15:00Z");

  private static final Episode AT_APP = Episode.of(ALICE, APP, NINE);
  private static final Episode AT_DESK = Episode.of(ALICE, DESK, NINE_ONE_THIRTY);
  private static final Episode AT_FORUM = Episode.of(ALICE, FORUM, NINE_ONE_THIRTY);
  private static final Episode BACK_AT_APP = Episode.of(ALICE, APP, TEN_FIFTEEN);

  @Test
  void of_should_sort_the_episodes_by_time() {
    Journey journey = Journey.of(List.of(BACK_AT_APP, AT_DESK, AT_APP));
    assertThat(journey.episodes()).containsExactly(AT_APP, AT_DESK, BACK_AT_APP);
  }

  @Test
  void of_should_keep_the_given_order_of_episodes_at_the_same_instant() {
    // desk and forum both at 09:01:30
    assertThat(Journey.of(List.of(BACK_AT_APP, AT_DESK, AT_FORUM, AT_APP)).episodes())
        .containsExactly(AT_APP, AT_DESK, AT_FORUM, BACK_AT_APP);
    assertThat(Journey.of(List.of(BACK_AT_APP, AT_FORUM, AT_DESK, AT_APP)).episodes())
        .containsExactly(AT_APP, AT_FORUM, AT_DESK, BACK_AT_APP);
  }

  @Test
  void of_should_take_the_customer_and_proposition_of_the_episodes() {
    // given
    Episode first = Episode.builder(ALICE, APP, NINE).proposition(CARE_PLAN).build();
    Episode second = Episode.builder(ALICE, DESK, TEN_FIFTEEN).proposition(CARE_PLAN).build();
    // when
    Journey journey = Journey.of(List.of(second, first));
    // then
    assertThat(journey.customer()).isEqualTo(ALICE);
    assertThat(journey.proposition()).contains(CARE_PLAN);
    assertThat(Journey.of(List.of(AT_APP)).proposition()).isEmpty();
  }

  @Test
  void should_span_from_the_first_episode_to_the_last() {
    // given
    Journey journey = Journey.of(List.of(AT_DESK, BACK_AT_APP, AT_APP));
    // then
    assertThat(journey.start()).isEqualTo(NINE);
    assertThat(journey.end()).isEqualTo(TEN_FIFTEEN);
    // 10:15:00 - 09:00:00 = 1 h 15 min = 75 min = 4500 s
    assertThat(journey.duration()).isEqualTo(Duration.ofMinutes(75)).hasSeconds(4500);
  }

  @Test
  void a_journey_of_one_episode_should_last_no_time() {
    Journey journey = Journey.of(List.of(AT_DESK));
    assertThat(journey.start()).isEqualTo(NINE_ONE_THIRTY).isEqualTo(journey.end());
    assertThat(journey.duration()).isZero();
  }

  @Test
  void touchpoints_should_follow_the_episodes_with_repeats() {
    Journey journey = Journey.of(List.of(BACK_AT_APP, AT_DESK, AT_APP, AT_FORUM));
    assertThat(journey.touchpoints()).containsExactly(APP, DESK, FORUM, APP);
  }

  @Test
  void the_canonical_constructor_should_accept_non_decreasing_times_as_given() {
    // forum before desk, both at 09:01:30: the given order stays
    Journey journey =
        new Journey(ALICE, Optional.empty(), List.of(AT_APP, AT_FORUM, AT_DESK, BACK_AT_APP));
    assertThat(journey.episodes()).containsExactly(AT_APP, AT_FORUM, AT_DESK, BACK_AT_APP);
  }

  @Test
  void the_canonical_constructor_should_reject_episodes_out_of_time_order() {
    assertThatThrownBy(
            () -> new Journey(ALICE, Optional.empty(), List.of(AT_APP, BACK_AT_APP, AT_DESK)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("episodes[2].time");
  }

  @Test
  void the_episodes_handed_out_should_be_unmodifiable() {
    Journey journey = Journey.of(List.of(AT_APP, AT_DESK));
    List<Episode> episodes = journey.episodes();
    List<Touchpoint> touchpoints = journey.touchpoints();
    assertThatThrownBy(() -> episodes.add(BACK_AT_APP))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> episodes.set(0, BACK_AT_APP))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> touchpoints.remove(0))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(journey.episodes()).containsExactly(AT_APP, AT_DESK);
  }

  @Test
  void a_list_passed_to_the_constructor_should_be_copied() {
    // given
    List<Episode> given = new ArrayList<>(List.of(AT_APP, AT_DESK));
    Journey journey = new Journey(ALICE, Optional.empty(), given);
    // when
    given.add(BACK_AT_APP);
    given.set(0, AT_FORUM);
    // then
    assertThat(journey.episodes()).containsExactly(AT_APP, AT_DESK);
  }

  @Test
  void a_list_passed_to_of_should_be_copied() {
    // given
    List<Episode> given = new ArrayList<>(List.of(AT_DESK, AT_APP));
    Journey journey = Journey.of(given);
    // when
    given.clear();
    given.add(BACK_AT_APP);
    // then
    assertThat(journey.episodes()).containsExactly(AT_APP, AT_DESK);
    assertThat(given).containsExactly(BACK_AT_APP);
  }

  @Test
  void of_should_not_reorder_the_callers_list() {
    List<Episode> given = new ArrayList<>(List.of(BACK_AT_APP, AT_APP));
    Journey journey = Journey.of(given);
    assertThat(journey.episodes()).containsExactly(AT_APP, BACK_AT_APP);
    assertThat(given).containsExactly(BACK_AT_APP, AT_APP);
  }
}
