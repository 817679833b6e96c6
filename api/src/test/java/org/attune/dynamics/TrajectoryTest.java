package org.attune.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.attune.dynamics.Fixture.A;
import static org.attune.dynamics.Fixture.CLINIC;
import static org.attune.dynamics.Fixture.D;
import static org.attune.dynamics.Fixture.FEBRUARY;
import static org.attune.dynamics.Fixture.JANUARY;
import static org.attune.dynamics.Fixture.MARCH;
import static org.attune.dynamics.Fixture.TOLERANCE;

import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.Metric;
import org.attune.metric.Score;
import org.attune.metric.alignment.ProfileDeviation;
import org.junit.jupiter.api.Test;

class TrajectoryTest {

  private static final Metric FIT = new ProfileDeviation();

  @Test
  void should_score_a_dyad_in_each_version_in_time_order() {
    // when
    Trajectory fit = Trajectory.of(FIT, Fixture.history(), A, CLINIC);

    // then: 1 − |0.8 − 0.8| = 1.0; 1 − |0.4 − 0.8| = 0.6, unchanged in March
    assertThat(fit.size()).isEqualTo(3);
    assertThat(fit.point(0).instant()).isEqualTo(JANUARY);
    assertThat(fit.point(1).instant()).isEqualTo(FEBRUARY);
    assertThat(fit.point(2).instant()).isEqualTo(MARCH);
    assertThat(fit.values()[0]).isCloseTo(1.0, within(TOLERANCE));
    assertThat(fit.values()[1]).isCloseTo(0.6, within(TOLERANCE));
    assertThat(fit.values()[2]).isCloseTo(0.6, within(TOLERANCE));
    assertThat(fit.metric()).isEqualTo("profile-deviation");
    assertThat(fit.customer()).isEqualTo(A);
    assertThat(fit.provider()).isEqualTo(CLINIC);
    assertThat(fit).hasToString("Trajectory{profile-deviation, a by clinic: 3 points}");
  }

  @Test
  void should_give_the_metrics_own_score_in_each_version() {
    // given
    History history = Fixture.history();

    // when
    Trajectory fit = Trajectory.of(FIT, history, D, CLINIC);

    // then: d has no own logic in January; each point is measure() on that version
    assertThat(fit.point(0).score().isDefined()).isFalse();
    assertThat(fit.values()[0]).isNaN();
    for (int i = 0; i < history.size(); i++) {
      assertThat(fit.point(i).score())
          .isEqualTo(FIT.measure(new org.attune.metric.Dyad(history.version(i), D, CLINIC)));
    }
  }

  @Test
  void should_be_undefined_where_an_actor_is_not_in_the_version() {
    // given: a cannot be in January's version, and the clinic has left by March
    ServiceEcosystem withoutA = ServiceEcosystem.builder().add(CLINIC).build();
    ServiceEcosystem withoutClinic = ServiceEcosystem.builder().add(A).build();
    History history = History.builder()
        .add(JANUARY, withoutA)
        .add(FEBRUARY, Fixture.history().version(1))
        .add(MARCH, withoutClinic)
        .build();

    // when
    Trajectory fit = Trajectory.of(FIT, history, A, CLINIC);

    // then
    assertThat(fit.point(0).score().reason())
        .contains("customer 'a' is not in the version at 2026-01-01T00:00:00Z");
    assertThat(fit.point(1).score().valueOrNaN()).isCloseTo(0.6, within(TOLERANCE));
    assertThat(fit.point(2).score().reason())
        .contains("provider 'clinic' is not in the version at 2026-03-01T00:00:00Z");
  }

  @Test
  void should_reject_nulls_naming_the_field() {
    History history = Fixture.history();
    assertThatThrownBy(() -> Trajectory.of(null, history, A, CLINIC)).hasMessage("metric");
    assertThatThrownBy(() -> Trajectory.of(FIT, null, A, CLINIC)).hasMessage("history");
    assertThatThrownBy(() -> Trajectory.of(FIT, history, null, CLINIC)).hasMessage("customer");
    assertThatThrownBy(() -> Trajectory.of(FIT, history, A, null)).hasMessage("provider");
    assertThatThrownBy(() -> new Trajectory.Point(JANUARY, null)).hasMessage("score");
    assertThatThrownBy(() -> new Trajectory.Point(null, Score.undefined("none")))
        .hasMessage("instant");
  }
}
