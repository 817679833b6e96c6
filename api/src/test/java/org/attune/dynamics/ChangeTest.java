package org.attune.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.attune.dynamics.Fixture.A;
import static org.attune.dynamics.Fixture.B;
import static org.attune.dynamics.Fixture.CLINIC;
import static org.attune.dynamics.Fixture.CUSTOMERS;
import static org.attune.dynamics.Fixture.FEBRUARY;
import static org.attune.dynamics.Fixture.JANUARY;
import static org.attune.dynamics.Fixture.MARCH;
import static org.attune.dynamics.Fixture.TOLERANCE;

import java.util.List;
import org.attune.metric.Metric;
import org.attune.metric.Scores;
import org.attune.metric.Scoring;
import org.attune.metric.alignment.ProfileDeviation;
import org.attune.metric.alignment.Cosine;
import org.attune.model.Dimension;
import org.junit.jupiter.api.Test;

class ChangeTest {

  private static final Metric FIT = new ProfileDeviation();
  private static final Trajectories TRAJECTORIES =
      Trajectories.score(FIT, Fixture.history(), CLINIC, CUSTOMERS);

  @Test
  void should_give_each_customers_value_before_and_after() {
    // when
    Change change = TRAJECTORIES.change(JANUARY, MARCH.plusSeconds(60));

    // then: a 1.0 → 0.6, b 0.8 → 0.9, c 0.7 → 0.4, d undefined → 1.0, e 1.0 → 0.6
    assertThat(change.from()).isEqualTo(JANUARY);
    assertThat(change.to()).isEqualTo(MARCH.plusSeconds(60));
    assertThat(change.size()).isEqualTo(5);
    assertThat(change.customer(1)).isEqualTo(B);
    assertThat(change.before(0)).isCloseTo(1.0, within(TOLERANCE));
    assertThat(change.after(0)).isCloseTo(0.6, within(TOLERANCE));
    assertThat(change.delta(0)).isCloseTo(-0.4, within(TOLERANCE));
    assertThat(change.delta(1)).isCloseTo(0.1, within(TOLERANCE));
    assertThat(change.delta(2)).isCloseTo(-0.3, within(TOLERANCE));
    assertThat(change.before(3)).isNaN();
    assertThat(change.after(3)).isCloseTo(1.0, within(TOLERANCE));
    assertThat(change.delta(3)).isNaN();
    assertThat(change).hasToString(
        "Change{2026-01-01T00:00:00Z to 2026-03-01T00:01:00Z: 5 customers, 3 fell}");
  }

  @Test
  void should_name_the_customers_whose_fit_fell_most_ties_in_customer_order() {
    // given
    Change change = TRAJECTORIES.change(JANUARY, MARCH);

    // then: a and e fell 0.4 (tied, a first in the list), c 0.3; b rose; d undefined in January
    assertThat(change.fellMost(5)).containsExactly(0, 4, 2);
    assertThat(change.fellMost(2)).containsExactly(0, 4);
    assertThat(change.fellMost(0)).isEmpty();
  }

  @Test
  void should_name_who_dropped_by_more_than_a_threshold() {
    // given
    Change change = TRAJECTORIES.change(JANUARY, MARCH);

    // then: falls 0.4 (a, e) and 0.3 (c)
    assertThat(change.droppedBy(0.05)).containsExactly(0, 2, 4);
    assertThat(change.droppedBy(0.35)).containsExactly(0, 4);
    assertThat(change.droppedBy(0.5)).isEmpty();
  }

  @Test
  void should_name_the_dimensions_that_moved_in_a_customers_own_logic() {
    // given
    Change change = TRAJECTORIES.change(JANUARY, MARCH);

    // when: a's own logic went from functional 0.8 (January) to 0.4 (February, still in force in
    // March); b's from 0.6 to 0.7; d had none in January
    LogicShift a = change.shift(0).orElseThrow();
    LogicShift b = change.shift(1).orElseThrow();
    LogicShift d = change.shift(3).orElseThrow();

    // then: 0.4 − 0.8 = −0.4, 0.7 − 0.6 = +0.1
    assertThat(a.levelChange(Dimension.FUNCTIONAL).getAsDouble()).isCloseTo(-0.4, within(TOLERANCE));
    assertThat(a.sentence()).contains("functional dimension fell by 0.40");
    assertThat(b.levelChange(Dimension.FUNCTIONAL).getAsDouble()).isCloseTo(0.1, within(TOLERANCE));
    assertThat(d.isDefined()).isFalse();
    assertThatThrownBy(() -> change.shift(5)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void should_know_no_dimensions_when_made_from_scores_alone() {
    // given
    Change change = Change.between(JANUARY, MARCH, TRAJECTORIES.scores(0), TRAJECTORIES.scores(2));

    // then
    assertThat(change.shift(0)).isEmpty();
  }

  @Test
  void should_see_no_change_within_one_version() {
    // given: February and a day later are the same version
    Change change = TRAJECTORIES.change(FEBRUARY, FEBRUARY.plusSeconds(86_400));

    // then
    assertThat(change.fellMost(5)).isEmpty();
    assertThat(change.delta(0)).isZero();
  }

  @Test
  void should_compare_by_version_index() {
    // when: January to February, a and e fell 0.4, c stayed 0.7
    Change change = TRAJECTORIES.change(0, 1);

    // then
    assertThat(change.to()).isEqualTo(FEBRUARY);
    assertThat(change.fellMost(5)).containsExactly(0, 4);
  }

  @Test
  void should_reject_bad_instants_and_indices() {
    assertThatThrownBy(() -> TRAJECTORIES.change(MARCH, JANUARY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("from must be at or before to (2026-01-01T00:00:00Z), but was"
            + " 2026-03-01T00:00:00Z");
    assertThatThrownBy(() -> TRAJECTORIES.change(JANUARY.minusSeconds(1), MARCH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("from must be at or after the first version (2026-01-01T00:00:00Z), but was"
            + " 2025-12-31T23:59:59Z");
    assertThatThrownBy(() -> TRAJECTORIES.change(2, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("from must be a version index at or before to (1), but was 2");
    assertThatThrownBy(() -> TRAJECTORIES.change(0, 3))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> TRAJECTORIES.change(null, MARCH)).hasMessage("from");
    assertThatThrownBy(() -> TRAJECTORIES.change(JANUARY, null)).hasMessage("to");
  }

  @Test
  void should_reject_a_bad_count_or_threshold() {
    Change change = TRAJECTORIES.change(0, 2);
    assertThatThrownBy(() -> change.fellMost(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("n must be a count >= 0, but was -1");
    assertThatThrownBy(() -> change.droppedBy(-0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threshold must be a finite number >= 0, but was -0.1");
    assertThatThrownBy(() -> change.droppedBy(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threshold must be a finite number >= 0, but was NaN");
    assertThatThrownBy(() -> change.before(5)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void should_be_made_between_two_scorings_of_the_same_customers() {
    // given
    Scores january = TRAJECTORIES.scores(0);
    Scores march = TRAJECTORIES.scores(2);

    // when
    Change change = Change.between(JANUARY, MARCH, january, march);

    // then
    assertThat(change.fellMost(5)).containsExactly(0, 4, 2);
  }

  @Test
  void should_reject_scorings_that_do_not_match() {
    // given
    Scores january = TRAJECTORIES.scores(0);
    Scores otherMetric = Scoring.sequential()
        .score(new Cosine(), Fixture.history().version(2), CLINIC, CUSTOMERS);
    Scores fewer = Scoring.sequential()
        .score(FIT, Fixture.history().version(2), CLINIC, List.of(A));
    Scores otherProvider = Scoring.sequential()
        .score(FIT, Fixture.history().version(2), A, CUSTOMERS);

    // then
    assertThatThrownBy(() -> Change.between(MARCH, JANUARY, january, january))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("to must be at or after from (2026-03-01T00:00:00Z), but was"
            + " 2026-01-01T00:00:00Z");
    assertThatThrownBy(() -> Change.between(JANUARY, MARCH, january, otherMetric))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("after must score metric 'profile-deviation', but scored '");
    assertThatThrownBy(() -> Change.between(JANUARY, MARCH, january, otherProvider))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("after must score provider 'clinic', but scored 'a'");
    assertThatThrownBy(() -> Change.between(JANUARY, MARCH, january, fewer))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("after must score the same customers in the same order as before (5), but"
            + " scored another list of 1");
    assertThatThrownBy(() -> Change.between(null, MARCH, january, january)).hasMessage("from");
    assertThatThrownBy(() -> Change.between(JANUARY, null, january, january)).hasMessage("to");
    assertThatThrownBy(() -> Change.between(JANUARY, MARCH, null, january))
        .hasMessage("before");
    assertThatThrownBy(() -> Change.between(JANUARY, MARCH, january, null))
        .hasMessage("after");
  }
}
