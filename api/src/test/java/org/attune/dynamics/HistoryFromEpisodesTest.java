package org.attune.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;
import static org.attune.dynamics.Fixture.A;
import static org.attune.dynamics.Fixture.CLINIC;
import static org.attune.dynamics.Fixture.JANUARY;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.attunement.Recognition;
import org.attune.model.Episode;
import org.attune.model.Initiative;
import org.attune.model.JourneyStage;
import org.attune.model.RelationType;
import org.attune.model.Touchpoint;
import org.attune.model.TouchpointOwnership;
import org.junit.jupiter.api.Test;

class HistoryFromEpisodesTest {

  private static final Touchpoint DESK =
      Touchpoint.of("desk", "Desk", TouchpointOwnership.BRAND_OWNED, JourneyStage.PURCHASE);
  private static final Duration WEEK = Duration.ofDays(7);

  private static ServiceEcosystem base() {
    return ServiceEcosystem.builder()
        .add(CLINIC, A, DESK)
        .relate(CLINIC, RelationType.OPERATES, DESK)
        .build();
  }

  private static Episode visit(Instant time, boolean acknowledged) {
    return Episode.builder(A, DESK, time)
        .initiative(Initiative.CUSTOMER)
        .acknowledged(acknowledged)
        .build();
  }

  @Test
  void should_make_one_version_per_period_in_which_episodes_arrive() {
    // given: t0 = January 1st; episodes at t0, t0 + 3 days, t0 + 7 days (the end of the first
    // week: in the second version), t0 + 20 days (third week, ending at t0 + 21 days); none in
    // the weeks between
    List<Episode> episodes = List.of(
        visit(JANUARY.plus(Duration.ofDays(20)), true),
        visit(JANUARY, true),
        visit(JANUARY.plus(Duration.ofDays(3)), false),
        visit(JANUARY.plus(WEEK), false));

    // when
    History history = History.fromEpisodes(base(), episodes, WEEK);

    // then: versions at t0 (1 episode), t0 + 7 days (3), t0 + 21 days (4)
    assertThat(history.instants()).containsExactly(
        JANUARY, JANUARY.plus(WEEK), JANUARY.plus(Duration.ofDays(21)));
    assertThat(history.version(0).episodes()).hasSize(1);
    assertThat(history.version(1).episodes()).hasSize(3);
    assertThat(history.version(2).episodes()).hasSize(4);
    assertThat(history.ownLogicChanges(1)).hasValue(java.util.Set.of());
  }

  @Test
  void should_let_a_metric_over_episodes_follow_them() {
    // given: recognition = acknowledged share of customer-initiated episodes at the clinic's desk
    History history = History.fromEpisodes(base(), List.of(
        visit(JANUARY, true),
        visit(JANUARY.plus(Duration.ofDays(3)), false),
        visit(JANUARY.plus(WEEK), false)), WEEK);

    // when
    Trajectory trajectory = Trajectory.of(new Recognition(), history, A, CLINIC);

    // then: 1/1 = 1.0 in the first week, then 1/3 of three
    assertThat(trajectory.values()[0]).isCloseTo(1.0, within(1e-12));
    assertThat(trajectory.values()[1]).isCloseTo(1.0 / 3, within(1e-12));
  }

  @Test
  void should_reject_no_episode_a_period_that_is_not_positive_and_nulls() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> History.fromEpisodes(base(), List.of(), WEEK))
        .withMessage("episodes must hold at least one episode, but was empty");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> History.fromEpisodes(base(), List.of(visit(JANUARY, true)), Duration.ZERO))
        .withMessage("period must be positive, but was PT0S");
    assertThatNullPointerException()
        .isThrownBy(() -> History.fromEpisodes(null, List.of(visit(JANUARY, true)), WEEK));
  }
}
