package org.attune.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Arrays;
import java.util.LinkedHashSet;
import org.junit.jupiter.api.Test;

class ValuePropositionTest {

  @Test
  void a_plain_proposition_passes_ownership_and_shares_no_risk() {
    // when
    ValueProposition engines = ValueProposition.of("engines", "Engines");

    // then
    assertThat(engines.basis()).isEqualTo(PaymentBasis.OWNERSHIP);
    assertThat(engines.sharedRisks()).isEmpty();
    assertThat(engines.sharesRisk()).isFalse();
    assertThat(engines).isEqualTo(new ValueProposition("engines", "Engines"));
    assertThat(engines)
        .isEqualTo(
            ValueProposition.of("engines", "Engines", PaymentBasis.OWNERSHIP))
        .hasToString("ValueProposition[id=engines]");
  }

  @Test
  void an_outcome_proposition_keeps_its_basis_and_its_shared_risks_in_order_each_once() {
    // when
    ValueProposition hours =
        ValueProposition.of(
            "hours", "Flying hours", PaymentBasis.OUTCOME, "availability", "maintenance",
            "availability");

    // then
    assertThat(hours.basis()).isEqualTo(PaymentBasis.OUTCOME);
    assertThat(hours.sharedRisks()).containsExactly("availability", "maintenance");
    assertThat(hours.sharesRisk()).isTrue();
    assertThat(hours)
        .hasToString(
            "ValueProposition[id=hours, basis=OUTCOME, sharedRisks=[availability, maintenance]]");
    assertThat(hours.toString()).doesNotContain("Flying");
  }

  @Test
  void propositions_are_equal_by_every_component_the_risks_in_any_order() {
    new EqualsTester()
        .addEqualityGroup(
            ValueProposition.of("h", "H", PaymentBasis.OUTCOME, "a", "b"),
            new ValueProposition(
                "h", "H", PaymentBasis.OUTCOME, new LinkedHashSet<>(Arrays.asList("b", "a"))))
        .addEqualityGroup(ValueProposition.of("h", "H", PaymentBasis.ACCESS, "a", "b"))
        .addEqualityGroup(ValueProposition.of("h", "H", PaymentBasis.OUTCOME, "a"))
        .addEqualityGroup(ValueProposition.of("h", "H"))
        .testEquals();
  }

  @Test
  void bad_shared_risks_are_rejected_naming_the_field_and_the_value() {
    assertThatThrownBy(() -> ValueProposition.of("h", "H", PaymentBasis.OUTCOME, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sharedRisks element must be a non-blank string, but was \" \"");
    assertThatThrownBy(() -> ValueProposition.of("h", "H", PaymentBasis.OUTCOME, "a\nb"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("sharedRisks element must be free of control characters");
    assertThatThrownBy(() -> ValueProposition.of("h", "H", PaymentBasis.OUTCOME, "a", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("sharedRisks element");
    assertThatThrownBy(() -> new ValueProposition("h", "H", null, ImmutableSet.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("basis");
  }

  @Test
  void the_factories_and_constructors_are_null_hostile() {
    NullPointerTester tester = new NullPointerTester().setDefault(String.class, "x");
    tester.testAllPublicStaticMethods(ValueProposition.class);
    tester.testAllPublicConstructors(ValueProposition.class);
  }
}
