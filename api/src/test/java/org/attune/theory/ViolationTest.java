package org.attune.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.attune.model.Actor;
import org.attune.model.Element;
import org.junit.jupiter.api.Test;

class ViolationTest {

  private static final Actor A = Actor.individual("a", "A");
  private static final Actor B = Actor.individual("b", "B");
  private static final Actor C = Actor.individual("c", "C");
  private static final String RULE = "sdl.test-rule";

  private static int order(Violation x, Violation y) {
    return Integer.signum(Violation.ORDER.compare(x, y));
  }

  @Test
  void should_order_by_element_ids_id_by_id_then_by_length_then_by_message() {
    // given
    Violation ab = Violation.of(RULE, "m", A, B);
    Violation ac = Violation.of(RULE, "m", A, C);
    Violation b = Violation.of(RULE, "m", B);
    Violation a = Violation.of(RULE, "m", A);
    Violation none = Violation.of(RULE, "m");
    Violation abLater = Violation.of(RULE, "n", A, B);
    // when / then: the second id decides [a, b] < [a, c]
    assertThat(order(ab, ac)).isEqualTo(-1);
    assertThat(order(ac, ab)).isEqualTo(1);
    // the first id decides before the length: [b] > [a, c]
    assertThat(order(b, ac)).isEqualTo(1);
    assertThat(order(ac, b)).isEqualTo(-1);
    // a prefix comes first: [a] < [a, b], [] < [a]
    assertThat(order(a, ab)).isEqualTo(-1);
    assertThat(order(ab, a)).isEqualTo(1);
    assertThat(order(none, a)).isEqualTo(-1);
    // same ids: by message, "m" < "n"
    assertThat(order(ab, abLater)).isEqualTo(-1);
    assertThat(order(abLater, ab)).isEqualTo(1);
    assertThat(order(ab, Violation.of(RULE, "m", A, B))).isZero();
  }

  @Test
  void should_read_as_rule_ids_and_message() {
    // given
    Violation v = Violation.of(RULE, "'a' SERVES 'b' alone", A, B);
    // when / then
    assertThat(v).hasToString("sdl.test-rule [a, b]: 'a' SERVES 'b' alone");
    assertThat(v.elementIds()).containsExactly("a", "b");
    assertThat(Violation.of(RULE, "whole").elementIds()).isEmpty();
  }

  @Test
  void should_build_the_same_violation_from_an_iterable_and_from_an_array() {
    // given
    Iterable<Element> elements = List.of(B, A);
    // when
    Violation fromIterable = Violation.of(RULE, "m", elements);
    // then
    assertThat(fromIterable).isEqualTo(Violation.of(RULE, "m", B, A));
    assertThat(fromIterable.elements()).containsExactly(B, A);
  }

  @Test
  void should_reject_a_null_element_either_way_and_a_blank_message() {
    // given
    List<Element> withNull = Arrays.asList(A, null);
    // when / then
    assertThatThrownBy(() -> Violation.of(RULE, "m", withNull))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("elements element");
    assertThatThrownBy(() -> new Violation(RULE, withNull, "m"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("elements element");
    assertThatThrownBy(() -> Violation.of(RULE, " ", A))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("message");
  }
}
