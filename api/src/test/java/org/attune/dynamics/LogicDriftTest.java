package org.attune.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attune.dynamics.Fixture.functional;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.attune.model.Dimension;
import org.attune.model.Profile;
import org.junit.jupiter.api.Test;

class LogicDriftTest {

  @Test
  void should_shift_on_the_scripted_steps_and_keep_the_logic_between() {
    // given
    LogicDrift drift = LogicDrift.scripted(Map.of(2, functional(0.3), 4, functional(0.9)));
    SplittableRandom random = new SplittableRandom(0);
    Profile start = functional(0.5);

    // when
    Profile one = drift.next(start, 1, random);
    Profile two = drift.next(one, 2, random);
    Profile three = drift.next(two, 3, random);
    Profile four = drift.next(three, 4, random);

    // then
    assertThat(one).isSameAs(start);
    assertThat(two).isEqualTo(functional(0.3));
    assertThat(three).isEqualTo(functional(0.3));
    assertThat(four).isEqualTo(functional(0.9));
  }

  @Test
  void should_walk_within_0_and_1_keeping_dimensions_and_weights() {
    // given: steps so large that most are clamped
    LogicDrift walk = LogicDrift.randomWalk(5.0);
    SplittableRandom random = new SplittableRandom(3);
    Profile logic = Profile.builder().level(Dimension.FUNCTIONAL, 0.5, 2.0).level(Dimension.SOCIAL, 0.5).build();

    // when / then
    for (int t = 1; t <= 50; t++) {
      logic = walk.next(logic, t, random);
      assertThat(logic.dimensions()).containsExactly(Dimension.FUNCTIONAL, Dimension.SOCIAL);
      assertThat(logic.weight(Dimension.FUNCTIONAL).orElseThrow()).isEqualTo(2.0);
      assertThat(logic.level(Dimension.FUNCTIONAL).orElseThrow()).isBetween(0.0, 1.0);
      assertThat(logic.level(Dimension.SOCIAL).orElseThrow()).isBetween(0.0, 1.0);
    }
  }

  @Test
  void should_walk_the_same_way_from_the_same_seed() {
    // given
    LogicDrift walk = LogicDrift.randomWalk(0.1);

    // when
    Profile a = walk.next(functional(0.5), 1, new SplittableRandom(11));
    Profile b = walk.next(functional(0.5), 1, new SplittableRandom(11));

    // then
    assertThat(a).isEqualTo(b);
    assertThat(a).isNotEqualTo(functional(0.5));
    assertThat(LogicDrift.none().next(a, 1, new SplittableRandom(0))).isSameAs(a);
  }

  @Test
  void should_reject_a_bad_sigma_or_script() {
    assertThatThrownBy(() -> LogicDrift.randomWalk(-0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sigma must be a finite number at least 0, but was -0.1");
    assertThatThrownBy(() -> LogicDrift.randomWalk(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sigma must be a finite number at least 0, but was Infinity");
    assertThatThrownBy(() -> LogicDrift.scripted(Map.of(0, functional(0.3))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("shift step must be at least 1, but was 0");
    Map<Integer, Profile> withNull = new HashMap<>();
    withNull.put(2, null);
    assertThatThrownBy(() -> LogicDrift.scripted(withNull))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("shift at step 2");
  }
}
