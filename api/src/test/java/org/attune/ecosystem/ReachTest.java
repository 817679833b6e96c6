package org.attune.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attune.testlib.scenario.ClinicNetwork.ALICE;
import static org.attune.testlib.scenario.ClinicNetwork.APP;
import static org.attune.testlib.scenario.ClinicNetwork.BOB;
import static org.attune.testlib.scenario.ClinicNetwork.CLINIC;
import static org.attune.testlib.scenario.ClinicNetwork.KNOW_HOW;
import static org.attune.testlib.scenario.ClinicNetwork.MEASURING;
import static org.attune.testlib.scenario.ClinicNetwork.MONITORING;
import static org.attune.testlib.scenario.ClinicNetwork.PATIENT_ROLE;
import static org.attune.testlib.scenario.ClinicNetwork.PHARMACY;
import static org.attune.testlib.scenario.ClinicNetwork.PRIVACY;

import java.util.OptionalInt;
import java.util.Set;
import org.attune.model.Actor;
import org.attune.model.Element;
import org.attune.testlib.scenario.ClinicNetwork;
import org.junit.jupiter.api.Test;

/** The one search of the customer ecosystem. */
class ReachTest {

  private final ServiceEcosystem eco = ClinicNetwork.ecosystem();

  @Test
  void should_reach_hop_by_hop_outgoing_before_incoming_in_relation_order() {
    // when
    Reach reach = Reach.of(eco, ALICE, 2, Traversal.customerEcosystem());

    // then: hop 1, alice's outgoing relations by type (ACCESSES, ADHERES_TO, PERFORMS, SERVES),
    // then her incoming ones (INFLUENCES from bob, SERVES from the clinic); hop 2 from the clinic:
    // OFFERS, OPERATES, then PARTNERS_WITH from the pharmacy
    assertThat(reach.elements())
        .containsExactly(ALICE, KNOW_HOW, PRIVACY, MEASURING, CLINIC, BOB, MONITORING, APP,
            PHARMACY);
    assertThat(reach.hop(ALICE)).isEqualTo(OptionalInt.of(0));
    assertThat(reach.hop(CLINIC)).isEqualTo(OptionalInt.of(1));
    assertThat(reach.hop(PHARMACY)).isEqualTo(OptionalInt.of(2));
    assertThat(reach.hop(PATIENT_ROLE)).isEmpty();
    assertThat(reach.contains(APP)).isTrue();
    assertThat(reach.contains(PATIENT_ROLE)).isFalse();
    assertThat(reach.size()).isEqualTo(9);
    assertThat(reach.customer()).isEqualTo(ALICE);
    assertThat(reach.radius()).isEqualTo(2);
    assertThat(reach.traversal()).isEqualTo(Traversal.customerEcosystem());
    assertThat(reach).hasToString("Reach{'alice', radius 2, 9 elements}");
    assertThat(eco.around(ALICE, 2).elements()).containsExactlyInAnyOrderElementsOf(reach.elements());
  }

  @Test
  void should_reach_the_customer_alone_at_radius_zero_and_hand_out_an_unmodifiable_set() {
    // when
    Reach reach = Reach.of(eco, BOB, 0, Traversal.everyRelation());
    Set<Element> elements = reach.elements();

    // then
    assertThat(elements).containsExactly(BOB);
    assertThatThrownBy(() -> elements.add(ALICE)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void a_lambda_should_reach_what_the_same_rule_with_may_follow_reaches() {
    // given: the default's follows alone, as a lambda; its mayFollow says yes to every group
    Traversal cdl = Traversal.customerEcosystem();
    Traversal lambda = cdl::follows;

    // then
    for (Actor a : eco.actors()) {
      for (int radius = 0; radius <= 4; radius++) {
        assertThat(Reach.of(eco, a, radius, lambda).elements())
            .containsExactlyElementsOf(Reach.of(eco, a, radius, cdl).elements());
      }
    }
  }

  @Test
  void should_reject_bad_arguments_naming_the_field_the_value_and_what_was_expected() {
    Traversal cdl = Traversal.customerEcosystem();
    Actor stranger = Actor.individual("carol", "Carol");
    assertThatThrownBy(() -> Reach.of(null, ALICE, 1, cdl))
        .isInstanceOf(NullPointerException.class).hasMessage("ecosystem");
    assertThatThrownBy(() -> Reach.of(eco, null, 1, cdl))
        .isInstanceOf(NullPointerException.class).hasMessage("customer");
    assertThatThrownBy(() -> Reach.of(eco, stranger, 1, cdl))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customer must be an actor of this ecosystem, but was 'carol'");
    assertThatThrownBy(() -> Reach.of(eco, ALICE, -1, cdl))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("radius must be >= 0, but was -1");
    assertThatThrownBy(() -> Reach.of(eco, ALICE, 1, null))
        .isInstanceOf(NullPointerException.class).hasMessage("traversal");
    assertThatThrownBy(() -> eco.around(ALICE, 1, null))
        .isInstanceOf(NullPointerException.class).hasMessage("traversal");
    Reach reach = Reach.of(eco, ALICE, 1, cdl);
    assertThatThrownBy(() -> reach.contains(null))
        .isInstanceOf(NullPointerException.class).hasMessage("element");
  }
}
