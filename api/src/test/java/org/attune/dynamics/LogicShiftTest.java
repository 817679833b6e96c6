package org.attune.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Actor;
import org.attune.model.Dimension;
import org.attune.model.Profile;
import org.junit.jupiter.api.Test;

class LogicShiftTest {

  private static final Actor ANN = Actor.individual("c1", "Ann Example");
  private static final Actor FIRM = Actor.organisation("p1", "Firm");

  private static final Profile BEFORE =
      Profile.builder()
          .level(Dimension.FUNCTIONAL, 0.9, 2)
          .level(Dimension.EMOTIONAL, 0.4, 1)
          .level(Dimension.SOCIAL, 0.5, 1)
          .build();
  private static final Profile AFTER =
      Profile.builder()
          .level(Dimension.FUNCTIONAL, 0.8, 2)
          .level(Dimension.EMOTIONAL, 0.7, 2)
          .level(Dimension.ECONOMIC, 0.6, 1)
          .build();

  @Test
  void should_give_the_hand_worked_changes_per_dimension() {
    // when
    LogicShift shift = LogicShift.between(BEFORE, AFTER);

    // then
    // levels: functional 0.8 - 0.9 = -0.1, emotional 0.7 - 0.4 = +0.3
    assertThat(shift.isDefined()).isTrue();
    assertThat(shift.undefinedReason()).isEmpty();
    assertThat(shift.levelChanges()).containsOnlyKeys(Dimension.FUNCTIONAL, Dimension.EMOTIONAL);
    assertThat(shift.levelChange(Dimension.FUNCTIONAL).getAsDouble())
        .isCloseTo(-0.1, within(1e-12));
    assertThat(shift.levelChange(Dimension.EMOTIONAL).getAsDouble()).isCloseTo(0.3, within(1e-12));
    assertThat(shift.levelChange(Dimension.SOCIAL)).isEmpty();
    // relative weights: before functional 2/2 = 1, emotional 1/2 = 0.5;
    // after functional 2/2 = 1, emotional 2/2 = 1: changes 0 and +0.5
    assertThat(shift.weightChanges().get(Dimension.FUNCTIONAL)).isEqualTo(0.0);
    assertThat(shift.weightChanges().get(Dimension.EMOTIONAL)).isEqualTo(0.5);
    assertThat(shift.added()).containsExactly(Dimension.ECONOMIC);
    assertThat(shift.dropped()).containsExactly(Dimension.SOCIAL);
    // largest: max(|-0.1|, |0.3|) = 0.3, on the emotional dimension
    assertThat(shift.largestMovement()).isCloseTo(0.3, within(1e-12));
    assertThat(shift.mostMoved()).contains(Dimension.EMOTIONAL);
  }

  @Test
  void should_exceed_a_threshold_below_the_largest_movement_only() {
    // given: largest movement 0.3
    LogicShift shift = LogicShift.between(BEFORE, AFTER);

    // then
    assertThat(shift.exceeds(0.25)).isTrue();
    assertThat(shift.exceeds(0.35)).isFalse();
  }

  @Test
  void should_name_the_dimensions_that_moved_largest_first() {
    // when
    String sentence = LogicShift.between(BEFORE, AFTER).sentence();

    // then
    assertThat(sentence)
        .isEqualTo(
            "expectations on the emotional dimension rose by 0.30, on the functional dimension"
                + " fell by 0.10; the economic dimension was added; the social dimension was"
                + " dropped");
  }

  @Test
  void should_say_the_logic_did_not_move_between_equal_profiles() {
    // when
    LogicShift shift = LogicShift.between(BEFORE, BEFORE);

    // then
    assertThat(shift.largestMovement()).isZero();
    assertThat(shift.mostMoved()).isEmpty();
    assertThat(shift.exceeds(0)).isFalse();
    assertThat(shift.sentence()).isEqualTo("the logic did not move");
    assertThat(shift.levelChanges().get(Dimension.EMOTIONAL)).isEqualTo(0.0);
  }

  @Test
  void should_read_the_customers_own_logic_in_two_versions() {
    // given
    ServiceEcosystem before =
        ServiceEcosystem.builder().add(ANN, FIRM).perspective(ANN, ANN, BEFORE).build();
    ServiceEcosystem after =
        before.toBuilder()
            .perspective(ANN, ANN, AFTER)
            .perspective(FIRM, ANN, BEFORE) // the firm's model: not the customer's own logic
            .build();

    // when
    LogicShift shift = LogicShift.of(before, after, ANN);

    // then
    assertThat(shift.isDefined()).isTrue();
    assertThat(shift.sentence()).isEqualTo(LogicShift.between(BEFORE, AFTER).sentence());
  }

  @Test
  void should_be_undefined_with_a_reason_when_the_before_version_lacks_the_logic() {
    // given
    ServiceEcosystem before = ServiceEcosystem.builder().add(ANN, FIRM).build();
    ServiceEcosystem after = before.toBuilder().perspective(ANN, ANN, AFTER).build();

    // when
    LogicShift shift = LogicShift.of(before, after, ANN);

    // then: named by id, never by name
    assertThat(shift.isDefined()).isFalse();
    assertThat(shift.undefinedReason())
        .contains("customer c1 has no own logic in the before version");
    assertThat(shift.levelChanges()).isEmpty();
    assertThat(shift.largestMovement()).isZero();
    assertThat(shift.exceeds(0)).isFalse();
    assertThat(shift.sentence()).doesNotContain("Ann");
    assertThat(shift.toString()).doesNotContain("Ann");
  }

  @Test
  void should_be_undefined_when_the_after_version_lacks_the_customer() {
    // given
    ServiceEcosystem before =
        ServiceEcosystem.builder().add(ANN, FIRM).perspective(ANN, ANN, BEFORE).build();
    ServiceEcosystem after = ServiceEcosystem.builder().add(FIRM).build();

    // when
    LogicShift shift = LogicShift.of(before, after, ANN);

    // then
    assertThat(shift.undefinedReason())
        .contains("customer c1 has no own logic in the after version");
  }

  @Test
  void should_be_undefined_when_neither_version_has_the_logic() {
    // given
    ServiceEcosystem empty = ServiceEcosystem.builder().add(FIRM).build();

    // when
    LogicShift shift = LogicShift.of(empty, empty, ANN);

    // then
    assertThat(shift.undefinedReason()).contains("customer c1 has no own logic in either version");
    assertThat(shift.sentence())
        .isEqualTo("undefined: customer c1 has no own logic in either version");
  }

  @Test
  void should_reject_a_threshold_above_one() {
    // given
    LogicShift shift = LogicShift.between(BEFORE, AFTER);

    // then
    assertThatThrownBy(() -> shift.exceeds(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threshold must be a finite number in [0, 1], but was 1.5");
  }

  @Test
  void should_reject_a_null_profile() {
    assertThatThrownBy(() -> LogicShift.between(BEFORE, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("after");
  }
}
