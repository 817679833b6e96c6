package org.attune.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.model.Fixtures.ALICE;
import static org.attune.model.Fixtures.CLINIC;

import org.junit.jupiter.api.Test;

/** Strength and form of a {@link Relation}. */
class RelationTest {

  @Test
  void should_have_strength_1_by_default() {
    Relation serves = Relation.of(CLINIC, RelationType.SERVES, ALICE);
    assertThat(Relation.DEFAULT_STRENGTH).isEqualTo(1.0);
    assertThat(serves.strength()).isEqualTo(1.0);
  }

  @Test
  void should_keep_its_components() {
    Relation serves = Relation.of(CLINIC, RelationType.SERVES, ALICE, 0.8);
    assertThat(serves.source()).isEqualTo(CLINIC);
    assertThat(serves.type()).isEqualTo(RelationType.SERVES);
    assertThat(serves.target()).isEqualTo(ALICE);
    assertThat(serves.strength()).isEqualTo(0.8);
  }

  @Test
  void should_accept_strengths_just_above_0_and_exactly_1() {
    assertThat(Relation.of(CLINIC, RelationType.SERVES, ALICE, Double.MIN_VALUE).strength())
        .isEqualTo(Double.MIN_VALUE);
    assertThat(Relation.of(CLINIC, RelationType.SERVES, ALICE, 1.0).strength()).isEqualTo(1.0);
  }

  @Test
  void should_print_in_short_form() {
    assertThat(Relation.of(CLINIC, RelationType.SERVES, ALICE, 0.8))
        .hasToString("clinic -SERVES(0.8)-> alice");
  }
}
