package org.attune.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import org.attune.dynamics.Flexibility.Following;
import org.attune.dynamics.Flexibility.Reading;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Actor;
import org.attune.model.Dimension;
import org.attune.model.Profile;
import org.junit.jupiter.api.Test;

/**
 * Scripted histories of one customer and one provider on functional, one version a day from
 * {@link #DAY0}. Levels are multiples of 1/8, so every gap is exact in binary.
 */
class FlexibilityTest {

  private static final Instant DAY0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Actor CUSTOMER = Actor.individual("c", "Customer C");
  private static final Actor PROVIDER = Actor.organisation("p", "Provider P");
  private static final double EPS = 1e-12;

  /** The customer moves from 0.25 to 0.75 at version 1 and stays there. */
  private static final double[] MOVES_ONCE = {0.25, 0.75, 0.75, 0.75, 0.75};

  private static Profile functional(double level) {
    return Profile.builder().level(Dimension.FUNCTIONAL, level).build();
  }

  /**
   * A history where version t holds the customer's own logic {@code own[t]}, the provider's model
   * of it {@code model[t]} and its offering {@code offering[t]}; NaN leaves a profile out.
   */
  private static History history(double[] own, double[] model, double[] offering) {
    History.Builder builder = History.builder();
    for (int t = 0; t < own.length; t++) {
      ServiceEcosystem.Builder version = ServiceEcosystem.builder().add(CUSTOMER, PROVIDER);
      if (!Double.isNaN(own[t])) {
        version.perspective(CUSTOMER, CUSTOMER, functional(own[t]));
      }
      if (!Double.isNaN(model[t])) {
        version.perspective(PROVIDER, CUSTOMER, functional(model[t]));
      }
      if (!Double.isNaN(offering[t])) {
        version.perspective(PROVIDER, PROVIDER, functional(offering[t]));
      }
      builder.add(DAY0.plus(Duration.ofDays(t)), version.build());
    }
    return builder.build();
  }

  private static Following model(double[] own, double[] model) {
    return Flexibility.of(history(own, model, model), CUSTOMER, PROVIDER).model();
  }

  @Test
  void should_read_a_provider_that_follows_one_version_later() {
    // given: model 0.25, 0.25, 0.75, 0.75, 0.75
    // gaps |C − M|: 0, 0.5, 0, 0, 0
    Following f = model(MOVES_ONCE, new double[] {0.25, 0.25, 0.75, 0.75, 0.75});

    // then
    assertThat(f.gaps()).containsExactly(0, 0.5, 0, 0, 0);
    assertThat(f.moves()).isEqualTo(1);
    // closeness = (1 + 0.5 + 1 + 1 + 1) / 5 = 0.9
    assertThat(f.closeness().getAsDouble()).isCloseTo(0.9, within(EPS));
    // the move at version 1 closes at version 2: lag 1 version, one day
    assertThat(f.lagVersions().getAsDouble()).isEqualTo(1.0);
    assertThat(f.lag()).contains(Duration.ofDays(1));
    // gap 0.5 at the move halves (to 0 ≤ 0.25) at version 2: half-life 1
    assertThat(f.halfLifeVersions().getAsDouble()).isEqualTo(1.0);
    assertThat(f.halfLife()).contains(Duration.ofDays(1));
    // speed = 1 / (1 + 1) = 0.5; score = 0.9 × 0.5 = 0.45
    assertThat(f.speed().getAsDouble()).isEqualTo(0.5);
    assertThat(f.score().getAsDouble()).isCloseTo(0.45, within(EPS));
    assertThat(f.explanation())
        .isEqualTo(
            "The model closes the gap 1.00 versions after a move on average (speed 0.50 over 1"
                + " move) and is 0.90 close on average: score 0.45.");
    assertThat(f).hasToString("Following{model, 5 versions, 1 move, score 0.45}");
  }

  @Test
  void should_score_a_provider_that_follows_three_versions_later_at_a_quarter_speed() {
    // given: model 0.25 until version 4; gaps 0, 0.5, 0.5, 0.5, 0
    Following f = model(MOVES_ONCE, new double[] {0.25, 0.25, 0.25, 0.25, 0.75});

    // then: closeness = (1 + 0.5 + 0.5 + 0.5 + 1) / 5 = 0.7
    assertThat(f.closeness().getAsDouble()).isCloseTo(0.7, within(EPS));
    // closes at version 4: lag 3 versions, three days; the gap halves first there too
    assertThat(f.lagVersions().getAsDouble()).isEqualTo(3.0);
    assertThat(f.lag()).contains(Duration.ofDays(3));
    assertThat(f.halfLifeVersions().getAsDouble()).isEqualTo(3.0);
    // speed = 1 / (1 + 3) = 0.25; score = 0.7 × 0.25 = 0.175
    assertThat(f.speed().getAsDouble()).isEqualTo(0.25);
    assertThat(f.score().getAsDouble()).isCloseTo(0.175, within(EPS));
  }

  @Test
  void should_score_a_static_provider_zero_and_say_it_never_follows() {
    // given: model 0.25 throughout; gaps 0, 0.5, 0.5, 0.5, 0.5
    Following f = model(MOVES_ONCE, new double[] {0.25, 0.25, 0.25, 0.25, 0.25});

    // then: closeness = (1 + 4 × 0.5) / 5 = 0.6, but the move is never followed: speed 0
    assertThat(f.closeness().getAsDouble()).isCloseTo(0.6, within(EPS));
    assertThat(f.speed().getAsDouble()).isZero();
    assertThat(f.score().getAsDouble()).isZero();
    assertThat(f.lagVersions()).isEmpty();
    assertThat(f.lag()).isEmpty();
    assertThat(f.whyUndefined(Reading.LAG))
        .contains("the model gap never closes to within 0.05 after any of the 1 move of the"
            + " customer's own logic");
    assertThat(f.halfLifeVersions()).isEmpty();
    assertThat(f.whyUndefined(Reading.HALF_LIFE))
        .contains("the model gap never halves after any of the 1 move that opened it");
    assertThat(f.explanation()).startsWith("The model never closes the gap after a move");
  }

  @Test
  void should_average_lag_half_life_and_speed_over_the_moves() {
    // given: the customer moves at day 1 (0.25 → 0.75) and day 3 (0.75 → 0.25)
    double[] own = {0.25, 0.75, 0.75, 0.25, 0.25, 0.25};
    double[] m = {0.25, 0.25, 0.75, 0.75, 0.75, 0.25};
    Following f = model(own, m);

    // then: gaps 0, 0.5, 0, 0.5, 0.5, 0; the first move closes after 1 version, the second after 2
    assertThat(f.moves()).isEqualTo(2);
    assertThat(f.gaps()).containsExactly(0, 0.5, 0, 0.5, 0.5, 0);
    // lag (1 + 2) / 2 = 1.5 versions, 1.5 days = 36 hours; the gaps halve where they close
    assertThat(f.lagVersions().getAsDouble()).isEqualTo(1.5);
    assertThat(f.lag()).contains(Duration.ofHours(36));
    assertThat(f.halfLifeVersions().getAsDouble()).isEqualTo(1.5);
    assertThat(f.halfLife()).contains(Duration.ofHours(36));
    // speed (1/2 + 1/3) / 2 = 5/12; closeness (1 + 0.5 + 1 + 0.5 + 0.5 + 1) / 6 = 0.75
    // score 0.75 × 5/12 = 0.3125
    assertThat(f.speed().getAsDouble()).isCloseTo(5.0 / 12, within(EPS));
    assertThat(f.closeness().getAsDouble()).isCloseTo(0.75, within(EPS));
    assertThat(f.score().getAsDouble()).isCloseTo(0.3125, within(EPS));
  }

  @Test
  void should_count_a_dimension_added_or_dropped_as_a_move_from_or_to_zero() {
    // given: functional 0.5 throughout; emotional 0.5 added at version 1 and dropped at version 2
    Profile plain = functional(0.5);
    Profile both =
        Profile.builder().level(Dimension.FUNCTIONAL, 0.5).level(Dimension.EMOTIONAL, 0.5).build();

    // then: |0.5 − 0| = 0.5 > 0.05 both ways; an added level of 0.03125 is within it
    assertThat(Flexibility.moved(plain, both, 0.05)).isTrue();
    assertThat(Flexibility.moved(both, plain, 0.05)).isTrue();
    assertThat(Flexibility.moved(plain, plain, 0.05)).isFalse();
    assertThat(
            Flexibility.moved(
                plain,
                Profile.builder()
                    .level(Dimension.FUNCTIONAL, 0.5)
                    .level(Dimension.EMOTIONAL, 0.03125)
                    .build(),
                0.05))
        .isFalse();
  }

  @Test
  void should_find_a_half_life_of_one_version_where_the_gap_halves_each_version() {
    // given: the customer moves 0 → 1 at version 1; the model halves the distance each version
    // model 0, 0, 0.5, 0.75, 0.875: gaps 0, 1, 0.5, 0.25, 0.125
    double[] own = {0, 1, 1, 1, 1};
    double[] m = {0, 0, 0.5, 0.75, 0.875};

    // when: a tolerance of 0.125, so the gap counts as closed at version 4
    Following f = Flexibility.of(history(own, m, m), CUSTOMER, PROVIDER, 0.125).model();

    // then: gap 1 at the move first is at most 1 / 2 at version 2: half-life 1 version
    assertThat(f.gaps()).containsExactly(0, 1, 0.5, 0.25, 0.125);
    assertThat(f.halfLifeVersions().getAsDouble()).isEqualTo(1.0);
    assertThat(f.halfLife()).contains(Duration.ofDays(1));
    // gap ≤ 0.125 first at version 4: lag 3
    assertThat(f.lagVersions().getAsDouble()).isEqualTo(3.0);
  }

  @Test
  void should_read_the_model_and_the_offering_separately() {
    // given: the model follows at once, the offering stays at 0.25
    double[] m = {0.25, 0.75, 0.75, 0.75, 0.75};
    double[] o = {0.25, 0.25, 0.25, 0.25, 0.25};

    // when
    Flexibility flexibility = Flexibility.of(history(MOVES_ONCE, m, o), CUSTOMER, PROVIDER);

    // then: model gaps all 0: closeness 1, lag 0, speed 1 / (1 + 0) = 1, score 1
    assertThat(flexibility.model().lagVersions().getAsDouble()).isZero();
    assertThat(flexibility.model().lag()).contains(Duration.ZERO);
    assertThat(flexibility.model().score().getAsDouble()).isEqualTo(1.0);
    // the gap 0 at the move opened nothing, so no half-life
    assertThat(flexibility.model().whyUndefined(Reading.HALF_LIFE))
        .contains("no move of the customer's own logic opens a model gap above 0.05");
    // offering as the static provider: closeness 0.6, score 0
    assertThat(flexibility.offering().closeness().getAsDouble()).isCloseTo(0.6, within(EPS));
    assertThat(flexibility.offering().score().getAsDouble()).isZero();
    assertThat(flexibility)
        .hasToString(
            "Flexibility{customer 'c', provider 'p', model score 1.00, offering score 0.00}");
  }

  @Test
  void should_weigh_the_gap_by_the_customers_dimensions_counting_a_missing_one_as_zero() {
    // given: C = functional 0.5 (weight 1), emotional 0.75 (weight 3); M = functional 0.25 only
    Profile own =
        Profile.builder()
            .level(Dimension.FUNCTIONAL, 0.5, 1)
            .level(Dimension.EMOTIONAL, 0.75, 3)
            .build();
    Profile m = Profile.builder().level(Dimension.FUNCTIONAL, 0.25).build();

    // then: (1 × |0.5 − 0.25| + 3 × |0.75 − 0|) / (1 + 3) = (0.25 + 2.25) / 4 = 0.625
    assertThat(Flexibility.gap(own, m)).isCloseTo(0.625, within(EPS));
  }

  @Test
  void should_leave_lag_half_life_and_score_undefined_when_the_customer_never_moves() {
    // given: the customer stays at 0.75
    double[] own = {0.75, 0.75, 0.75};
    Following f = model(own, new double[] {0.5, 0.5, 0.5});

    // then: closeness = 1 − 0.25 = 0.75, the rest has nothing to read from
    assertThat(f.closeness().getAsDouble()).isEqualTo(0.75);
    assertThat(f.moves()).isZero();
    assertThat(f.speed()).isEmpty();
    assertThat(f.score()).isEmpty();
    assertThat(f.whyUndefined(Reading.LAG))
        .contains("the own logic of customer 'c' never moves by more than 0.05 between two"
            + " versions where it is known");
    assertThat(f.whyUndefined(Reading.SCORE).orElseThrow()).endsWith("no following to score");
    assertThat(f.whyUndefined(Reading.CLOSENESS)).isEmpty();
  }

  @Test
  void should_not_count_a_change_within_the_tolerance_as_a_move() {
    // given: 0.75 → 0.78125 (a change of 1/32 = 0.03125 ≤ 0.05)
    Following f = model(new double[] {0.75, 0.78125}, new double[] {0.75, 0.75});

    // then
    assertThat(f.moves()).isZero();
  }

  @Test
  void should_say_a_history_of_one_version_cannot_move() {
    // given
    Following f = model(new double[] {0.5}, new double[] {0.5});

    // then
    assertThat(f.closeness().getAsDouble()).isEqualTo(1.0);
    assertThat(f.explanation())
        .isEqualTo("The model score is undefined: the history holds one version, so the customer's"
            + " own logic cannot move, so there is no following to score.");
  }

  @Test
  void should_say_what_is_missing_where_a_gap_is_undefined() {
    // given: no own logic at version 0, no model at version 1, both at version 2
    double nan = Double.NaN;
    Flexibility flexibility =
        Flexibility.of(
            history(new double[] {nan, 0.5, 0.5}, new double[] {0.5, nan, 0.5},
                new double[] {nan, nan, nan}),
            CUSTOMER,
            PROVIDER);
    Following model = flexibility.model();

    // then: only version 2 is defined, gap 0: closeness 1
    assertThat(model.gap(0)).isNaN();
    assertThat(model.whyGapUndefined(0))
        .contains("no own logic of customer 'c' at 2026-01-01T00:00:00Z");
    assertThat(model.whyGapUndefined(1))
        .contains("no model of customer 'c' by provider 'p' at 2026-01-02T00:00:00Z");
    assertThat(model.whyGapUndefined(2)).isEmpty();
    assertThat(model.closeness().getAsDouble()).isEqualTo(1.0);
    // no offering anywhere
    assertThat(flexibility.offering().closeness()).isEmpty();
    assertThat(flexibility.offering().whyUndefined(Reading.CLOSENESS))
        .contains("the gap is undefined in every version: no own logic of customer 'c' at"
            + " 2026-01-01T00:00:00Z");
    assertThat(flexibility.offering().whyGapUndefined(1))
        .contains("no offering of provider 'p' at 2026-01-02T00:00:00Z");
    assertThat(flexibility.offering().score()).isEmpty();
  }

  @Test
  void should_say_which_actor_is_not_in_a_version() {
    // given: a version without the provider
    History history =
        History.builder()
            .add(DAY0, ServiceEcosystem.builder().add(CUSTOMER)
                .perspective(CUSTOMER, CUSTOMER, functional(0.5)).build())
            .build();

    // then
    assertThat(Flexibility.of(history, CUSTOMER, PROVIDER).model().whyGapUndefined(0))
        .contains("provider 'p' is not in the version at 2026-01-01T00:00:00Z");
    assertThat(Flexibility.of(history, PROVIDER, CUSTOMER).model().whyGapUndefined(0))
        .contains("customer 'p' is not in the version at 2026-01-01T00:00:00Z");
  }

  @Test
  void should_give_the_same_reading_twice() {
    // given
    History history = history(MOVES_ONCE, MOVES_ONCE, MOVES_ONCE);

    // then
    assertThat(Flexibility.of(history, CUSTOMER, PROVIDER).toString())
        .isEqualTo(Flexibility.of(history, CUSTOMER, PROVIDER).toString());
    assertThat(Flexibility.of(history, CUSTOMER, PROVIDER).model().gaps())
        .containsExactly(Flexibility.of(history, CUSTOMER, PROVIDER).model().gaps());
  }

  @Test
  void should_reject_a_tolerance_outside_zero_to_one_naming_it() {
    History history = history(MOVES_ONCE, MOVES_ONCE, MOVES_ONCE);

    assertThatThrownBy(() -> Flexibility.of(history, CUSTOMER, PROVIDER, -0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tolerance must be a number in [0, 1), but was -0.1");
    assertThatThrownBy(() -> Flexibility.of(history, CUSTOMER, PROVIDER, 1.0))
        .hasMessage("tolerance must be a number in [0, 1), but was 1.0");
    assertThatThrownBy(() -> Flexibility.of(history, CUSTOMER, PROVIDER, Double.NaN))
        .hasMessage("tolerance must be a number in [0, 1), but was NaN");
  }

  @Test
  void should_reject_the_customer_as_its_own_provider_and_nulls() {
    History history = history(MOVES_ONCE, MOVES_ONCE, MOVES_ONCE);

    assertThatThrownBy(() -> Flexibility.of(history, CUSTOMER, CUSTOMER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("provider must be another actor than the customer, but was 'c' (the customer)");
    assertThatThrownBy(() -> Flexibility.of(null, CUSTOMER, PROVIDER))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("history");
    assertThatThrownBy(() -> Flexibility.of(history, null, PROVIDER)).hasMessage("customer");
    assertThatThrownBy(() -> Flexibility.of(history, CUSTOMER, null)).hasMessage("provider");
    assertThatThrownBy(() -> Flexibility.of(history, CUSTOMER, PROVIDER).model().whyUndefined(null))
        .hasMessage("reading");
  }
}
