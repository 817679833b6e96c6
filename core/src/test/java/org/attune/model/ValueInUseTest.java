package org.attune.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attune.model.Fixtures.ALICE;
import static org.attune.model.Fixtures.BOB;
import static org.attune.model.Fixtures.CLINIC;
import static org.attune.model.Fixtures.MEASURING;
import static org.attune.model.Fixtures.NURSE;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The beneficiary always contributes (SDL axiom 2) and alone assesses (axiom 4). */
class ValueInUseTest {

  @Test
  void should_add_the_beneficiary_first_when_not_passed() {
    ValueInUse value = ValueInUse.of(ALICE, Sphere.JOINT, 0.6, CLINIC, NURSE);
    assertThat(value.contributors()).containsExactly(ALICE, CLINIC, NURSE);
  }

  @Test
  void should_not_duplicate_the_beneficiary_when_passed_and_still_put_it_first() {
    ValueInUse value = ValueInUse.of(ALICE, Sphere.JOINT, 0.6, CLINIC, ALICE, NURSE);
    assertThat(value.contributors()).containsExactly(ALICE, CLINIC, NURSE);
  }

  @Test
  void the_canonical_constructor_should_add_the_beneficiary_too() {
    // given
    Set<Actor> given = new LinkedHashSet<>(List.of(NURSE, CLINIC));
    // when
    ValueInUse value = new ValueInUse(ALICE, Sphere.PROVIDER, -0.2, given, Optional.empty());
    // then
    assertThat(value.contributors()).containsExactly(ALICE, NURSE, CLINIC);
  }

  @Test
  void value_formed_alone_should_have_the_beneficiary_as_its_only_contributor() {
    // given
    ValueInUse value = ValueInUse.of(ALICE, Sphere.CUSTOMER, 0.3);
    // then
    assertThat(value.contributors()).containsExactly(ALICE);
    assertThat(value.hasContributor(ALICE)).isTrue();
    assertThat(value.hasContributor(CLINIC)).isFalse();
    assertThat(value.activity()).isEmpty();
  }

  @Test
  void has_contributor_should_look_up_the_contributors() {
    ValueInUse value = ValueInUse.of(ALICE, Sphere.JOINT, 0.6, CLINIC);
    assertThat(value.hasContributor(CLINIC)).isTrue();
    assertThat(value.hasContributor(BOB)).isFalse();
  }

  @Test
  void in_should_return_a_copy_that_formed_in_the_activity() {
    // given
    ValueInUse value = ValueInUse.of(ALICE, Sphere.JOINT, 0.6, CLINIC);
    // when
    ValueInUse inMeasuring = value.in(MEASURING);
    // then
    assertThat(inMeasuring.activity()).contains(MEASURING);
    assertThat(inMeasuring.beneficiary()).isEqualTo(ALICE);
    assertThat(inMeasuring.sphere()).isEqualTo(Sphere.JOINT);
    assertThat(inMeasuring.valence()).isEqualTo(0.6);
    assertThat(inMeasuring.contributors()).containsExactly(ALICE, CLINIC);
    assertThat(value.activity()).isEmpty();
  }

  @Test
  void should_accept_the_bounds_of_the_valence_range() {
    assertThat(ValueInUse.of(ALICE, Sphere.CUSTOMER, -1).valence()).isEqualTo(-1.0);
    assertThat(ValueInUse.of(ALICE, Sphere.CUSTOMER, 1).valence()).isEqualTo(1.0);
  }

  @Test
  void the_contributors_should_be_unmodifiable() {
    ValueInUse value = ValueInUse.of(ALICE, Sphere.JOINT, 0.6, CLINIC);
    Set<Actor> contributors = value.contributors();
    assertThatThrownBy(() -> contributors.add(BOB))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> contributors.remove(ALICE))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(value.contributors()).containsExactly(ALICE, CLINIC);
  }

  @Test
  void the_contributors_passed_in_should_be_copied() {
    // given
    Set<Actor> given = new LinkedHashSet<>(List.of(CLINIC));
    ValueInUse value = new ValueInUse(ALICE, Sphere.JOINT, 0.6, given, Optional.empty());
    // when
    given.add(BOB);
    given.remove(CLINIC);
    // then
    assertThat(value.contributors()).containsExactly(ALICE, CLINIC);
  }

  @Test
  void the_contributors_array_passed_in_should_be_copied() {
    // given
    Actor[] others = {CLINIC, NURSE};
    ValueInUse value = ValueInUse.of(ALICE, Sphere.JOINT, 0.6, others);
    // when
    others[0] = BOB;
    // then
    assertThat(value.contributors()).containsExactly(ALICE, CLINIC, NURSE);
  }

  @Test
  void should_name_the_null_contributor_by_its_position() {
    assertThatThrownBy(() -> ValueInUse.of(ALICE, Sphere.JOINT, 0.5, CLINIC, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("otherContributors[1]");
  }
}
