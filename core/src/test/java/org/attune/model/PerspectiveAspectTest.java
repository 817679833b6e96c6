package org.attune.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.attune.model.Fixtures.ALICE;
import static org.attune.model.Fixtures.CLINIC;

import org.junit.jupiter.api.Test;

class PerspectiveAspectTest {

  @Test
  void should_make_the_actual_view_when_no_aspect_is_given() {
    // given / when
    Perspective of = Perspective.of(ALICE, CLINIC);
    Perspective own = Perspective.own(ALICE);
    Perspective constructed = new Perspective(ALICE, CLINIC);
    // then
    assertThat(of.aspect()).isEqualTo(Aspect.ACTUAL);
    assertThat(own.aspect()).isEqualTo(Aspect.ACTUAL);
    assertThat(of).isEqualTo(constructed).isEqualTo(Perspective.of(ALICE, CLINIC, Aspect.ACTUAL));
    assertThat(of.isActual()).isTrue();
  }

  @Test
  void should_tell_apart_two_aspects_of_one_pair() {
    // given
    Perspective actual = Perspective.own(ALICE);
    Perspective ideal = Perspective.own(ALICE, Aspect.IDEAL);
    // when / then
    assertThat(ideal).isNotEqualTo(actual);
    assertThat(ideal.isOwn()).isTrue();
    assertThat(ideal.isActual()).isFalse();
  }

  @Test
  void should_show_the_aspect_only_when_it_is_not_the_actual_one() {
    // given / when / then
    assertThat(Perspective.of(CLINIC, ALICE))
        .hasToString("Perspective[holder=clinic, subject=alice]");
    assertThat(Perspective.of(ALICE, CLINIC, Aspect.EXPECTED))
        .hasToString("Perspective[holder=alice, subject=clinic, aspect=EXPECTED]");
  }

  @Test
  void should_reject_a_null_aspect() {
    assertThatNullPointerException()
        .isThrownBy(() -> Perspective.of(ALICE, ALICE, null))
        .withMessage("aspect");
  }

  @Test
  void should_name_each_aspect_in_words() {
    assertThat(Aspect.IDEAL_SOCIAL.label()).isEqualTo("ideal social");
    assertThat(Aspect.ACTUAL.label()).isEqualTo("actual");
  }
}
