package org.attune.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.attune.testlib.scenario.ClinicNetwork.ALICE;
import static org.attune.testlib.scenario.ClinicNetwork.ALICE_LOGIC;
import static org.attune.testlib.scenario.ClinicNetwork.APP;
import static org.attune.testlib.scenario.ClinicNetwork.BOB;
import static org.attune.testlib.scenario.ClinicNetwork.CLINIC;
import static org.attune.testlib.scenario.ClinicNetwork.CLINIC_OFFERING;
import static org.attune.testlib.scenario.ClinicNetwork.FEELING_SAFE;
import static org.attune.testlib.scenario.ClinicNetwork.KNOW_HOW;
import static org.attune.testlib.scenario.ClinicNetwork.LOGIN;
import static org.attune.testlib.scenario.ClinicNetwork.MEASURING;
import static org.attune.testlib.scenario.ClinicNetwork.MONITORING;
import static org.attune.testlib.scenario.ClinicNetwork.PATIENT_ROLE;
import static org.attune.testlib.scenario.ClinicNetwork.PHARMACY;
import static org.attune.testlib.scenario.ClinicNetwork.PRIVACY;
import static org.attune.testlib.scenario.ClinicNetwork.QUESTION;
import static org.attune.testlib.scenario.ClinicNetwork.T0;
import static org.attune.testlib.scenario.ClinicNetwork.UPLOAD;

import java.util.List;
import java.util.Map;
import org.attune.model.Actor;
import org.attune.model.Dimension;
import org.attune.model.Element;
import org.attune.model.Episode;
import org.attune.model.Perspective;
import org.attune.model.Profile;
import org.attune.model.Relation;
import org.attune.model.RelationType;
import org.attune.model.Sphere;
import org.attune.model.ValueInUse;
import org.attune.testlib.scenario.ClinicNetwork;
import org.junit.jupiter.api.Test;

/**
 * The edits of {@link ServiceEcosystem#toBuilder()}, one at a time, on the clinic ecosystem. Its 14
 * relations: clinic SERVES alice (0.8), alice SERVES clinic (0.5), pharmacy PARTNERS_WITH clinic
 * (0.5), clinic SUPPORTS measure-glucose (0.9), alice PERFORMS measure-glucose, measure-glucose
 * INTEGRATES self-care (0.7), alice ACCESSES self-care (0.6), alice ADHERES_TO privacy (0.9), clinic
 * ADHERES_TO privacy, clinic OFFERS monitoring, monitoring SUPPORTS measure-glucose (0.6), clinic
 * OPERATES app, bob INFLUENCES alice (0.3), clinic SERVES bob. Perspectives: alice on alice, clinic on
 * clinic, clinic on alice, bob on clinic; value-in-use: feeling safe (alice, with the clinic, in
 * measuring); episodes: question (t0), login (t0 + 60 s), upload (t0 + 120 s), all alice's on the app.
 */
class VersionsTest {

  private static final Actor CAROL = Actor.individual("carol", "Carol");
  private static final Actor STRANGER = Actor.individual("stranger", "Stranger");
  private static final Profile CAROL_LOGIC = Profile.builder().level(Dimension.SOCIAL, 0.4).build();

  // -------------------------------------------------------------------------------------------
  // each edit

  @Test
  void should_add_an_element_at_the_end_of_the_element_order() {
    // given
    ServiceEcosystem eco = ClinicNetwork.ecosystem();
    // when
    ServiceEcosystem next = eco.toBuilder().add(CAROL).build();
    // then
    assertThat(next.elements()).hasSize(11).last().isEqualTo(CAROL);
    assertThat(next.actor("carol")).contains(CAROL);
    assertThat(next.relations(CAROL, Direction.BOTH)).isEmpty();
    assertThat(next.relationCount()).isEqualTo(14);
  }

  @Test
  void should_change_nothing_when_adding_an_element_already_there() {
    // given
    ServiceEcosystem eco = ClinicNetwork.ecosystem();
    // when
    ServiceEcosystem next = eco.toBuilder().add(BOB).build();
    // then
    assertThat(next).isEqualTo(eco);
    assertThat(next.elements()).isEqualTo(eco.elements());
  }

  @Test
  void should_put_an_element_removed_and_added_again_at_the_end() {
    // given
    ServiceEcosystem eco = ClinicNetwork.ecosystem();
    // when
    ServiceEcosystem next = eco.toBuilder().remove(ALICE).build().toBuilder().add(ALICE).build();
    // then: alice is back, last, with nothing of what named her before
    assertThat(next.elements()).containsExactly(BOB, CLINIC, PHARMACY, KNOW_HOW, MEASURING,
        PRIVACY, PATIENT_ROLE, APP, MONITORING, ALICE);
    assertThat(next.relations(ALICE, Direction.BOTH)).isEmpty();
    assertThat(next.episodes(ALICE)).isEmpty();
    assertThat(next.ownLogic(ALICE)).isEmpty();
  }

  @Test
  void should_remove_an_element_removed_and_added_again() {
    // given: alice, of the base, removed and added again in a derived version
    ServiceEcosystem readded = ClinicNetwork.ecosystem().toBuilder().remove(ALICE).build()
        .toBuilder().add(ALICE).build();
    // when
    ServiceEcosystem next = readded.toBuilder().remove(ALICE).build();
    // then: alice is gone, not back at her place in the base
    assertThat(next.contains(ALICE)).isFalse();
    assertThat(next.element("alice")).isEmpty();
    assertThat(next.elements()).hasSize(9).doesNotContain(ALICE);
    assertThat(next).isEqualTo(ClinicNetwork.ecosystem().toBuilder().remove(ALICE).build());
  }

  @Test
  void should_relate_two_elements() {
    // given
    ServiceEcosystem eco = ClinicNetwork.ecosystem();
    // when
    ServiceEcosystem next = eco.toBuilder().relate(PHARMACY, RelationType.SERVES, ALICE, 0.4)
        .build();
    // then: alice's incoming SERVES by the other end's element order: clinic (2), pharmacy (3)
    assertThat(next.relations(ALICE, RelationType.SERVES, Direction.INCOMING)).containsExactly(
        Relation.of(CLINIC, RelationType.SERVES, ALICE, 0.8),
        Relation.of(PHARMACY, RelationType.SERVES, ALICE, 0.4));
    assertThat(next.relationCount()).isEqualTo(15);
  }

  @Test
  void should_unrelate_two_elements() {
    // given
    ServiceEcosystem eco = ClinicNetwork.ecosystem();
    // when
    ServiceEcosystem next = eco.toBuilder().unrelate(BOB, RelationType.INFLUENCES, ALICE).build();
    // then
    assertThat(next.relation(BOB, RelationType.INFLUENCES, ALICE)).isEmpty();
    assertThat(next.relationTypes()).doesNotContain(RelationType.INFLUENCES);
    assertThat(next.graph().getEdge(BOB, ALICE)).isNull();
    assertThat(next.relationCount()).isEqualTo(13);
  }

  @Test
  void should_reweight_a_relation() {
    // given
    ServiceEcosystem eco = ClinicNetwork.ecosystem();
    // when
    ServiceEcosystem next = eco.toBuilder().reweight(CLINIC, RelationType.SERVES, ALICE, 0.9)
        .build();
    // then
    Relation changed = Relation.of(CLINIC, RelationType.SERVES, ALICE, 0.9);
    assertThat(next.relation(CLINIC, RelationType.SERVES, ALICE)).contains(changed);
    assertThat(next.graph().getEdgeWeight(changed)).isEqualTo(0.9);
    assertThat(next.contains(Relation.of(CLINIC, RelationType.SERVES, ALICE, 0.8))).isFalse();
    assertThat(next.relationCount()).isEqualTo(14);
  }

  @Test
  void should_set_a_perspective_in_holder_then_subject_order() {
    // given
    ServiceEcosystem eco = ClinicNetwork.ecosystem();
    // when
    ServiceEcosystem next = eco.toBuilder().perspective(BOB, ALICE, CAROL_LOGIC).build();
    // then: bob (1) holds of alice (0) and of clinic (2), in that order, after alice's
    assertThat(next.perspective(BOB, ALICE)).contains(CAROL_LOGIC);
    assertThat(List.copyOf(next.perspectives().keySet())).containsExactly(
        Perspective.of(ALICE, ALICE), Perspective.of(BOB, ALICE), Perspective.of(BOB, CLINIC),
        Perspective.of(CLINIC, ALICE), Perspective.of(CLINIC, CLINIC));
  }

  @Test
  void should_replace_a_perspective() {
    // given
    ServiceEcosystem eco = ClinicNetwork.ecosystem();
    // when
    ServiceEcosystem next = eco.toBuilder().perspective(ALICE, ALICE, CAROL_LOGIC).build();
    // then
    assertThat(next.ownLogic(ALICE)).contains(CAROL_LOGIC);
    assertThat(next.perspectives()).hasSize(4);
  }

  @Test
  void should_remove_a_perspective() {
    // given
    ServiceEcosystem eco = ClinicNetwork.ecosystem();
    // when
    ServiceEcosystem next = eco.toBuilder().removePerspective(CLINIC, ALICE).build();
    // then
    assertThat(next.perspective(CLINIC, ALICE)).isEmpty();
    assertThat(next.perspectives()).containsOnlyKeys(Perspective.of(ALICE, ALICE),
        Perspective.of(CLINIC, CLINIC), Perspective.of(BOB, CLINIC));
  }

  @Test
  void should_add_value_in_use_after_the_beneficiarys_own() {
    // given
    ServiceEcosystem eco = ClinicNetwork.ecosystem();
    ValueInUse relief = ValueInUse.of(ALICE, Sphere.CUSTOMER, 0.3);
    ValueInUse bobs = ValueInUse.of(BOB, Sphere.JOINT, -0.2, ALICE);
    // when
    ServiceEcosystem next = eco.toBuilder().valueInUse(bobs).valueInUse(relief).build();
    // then: by beneficiary in element order (alice 0, bob 1), each in the order given
    assertThat(next.valueInUse()).containsExactly(FEELING_SAFE, relief, bobs);
    assertThat(next.valueInUse(ALICE)).containsExactly(FEELING_SAFE, relief);
  }

  @Test
  void should_remove_the_first_equal_value_in_use() {
    // given: feeling safe twice
    ServiceEcosystem eco = ClinicNetwork.ecosystem().toBuilder().valueInUse(FEELING_SAFE).build();
    // when
    ServiceEcosystem next = eco.toBuilder().removeValueInUse(FEELING_SAFE).build();
    // then
    assertThat(next.valueInUse()).containsExactly(FEELING_SAFE);
    assertThat(next).isEqualTo(ClinicNetwork.ecosystem());
  }

  @Test
  void should_add_episodes_in_time_order_ties_by_customer_then_order_given() {
    // given
    ServiceEcosystem eco = ClinicNetwork.ecosystem();
    Episode bobAtT0 = Episode.of(BOB, APP, T0);
    Episode aliceAtT0 = Episode.builder(ALICE, APP, T0).counterpart(CLINIC).build();
    // when
    ServiceEcosystem next = eco.toBuilder().episode(bobAtT0).episodes(List.of(aliceAtT0)).build();
    // then: at t0, alice (0) before bob (1); alice's question (given first) before the new one
    assertThat(next.episodes()).containsExactly(QUESTION, aliceAtT0, bobAtT0, LOGIN, UPLOAD);
    assertThat(next.episodes(ALICE)).containsExactly(QUESTION, aliceAtT0, LOGIN, UPLOAD);
    assertThat(next.journeys(ALICE)).hasSize(2);
  }

  @Test
  void should_remove_an_episode() {
    // given
    ServiceEcosystem eco = ClinicNetwork.ecosystem();
    // when
    ServiceEcosystem next = eco.toBuilder().removeEpisode(LOGIN).build();
    // then
    assertThat(next.episodes()).containsExactly(QUESTION, UPLOAD);
  }

  @Test
  void should_equal_the_parent_when_no_edit_is_made() {
    // given
    ServiceEcosystem eco = ClinicNetwork.ecosystem();
    // when
    ServiceEcosystem next = eco.toBuilder().build();
    // then
    assertThat(next).isEqualTo(eco).hasSameHashCodeAs(eco);
    assertThat(next.relations()).isEqualTo(eco.relations());
  }

  @Test
  void should_build_again_from_a_builder_with_its_earlier_edits_and_leave_the_first_version() {
    // given
    ServiceEcosystem eco = ClinicNetwork.ecosystem();
    ServiceEcosystem.Builder builder = eco.toBuilder().add(CAROL);
    ServiceEcosystem first = builder.build();
    // when
    ServiceEcosystem second = builder.relate(CAROL, RelationType.INFLUENCES, ALICE, 0.5).build();
    // then
    assertThat(first.relationCount()).isEqualTo(14);
    assertThat(first.elements()).hasSize(11);
    assertThat(second.relation(CAROL, RelationType.INFLUENCES, ALICE))
        .contains(Relation.of(CAROL, RelationType.INFLUENCES, ALICE, 0.5));
    assertThat(second.elements()).hasSize(11);
  }

  // -------------------------------------------------------------------------------------------
  // the cascade of a removal

  @Test
  void should_remove_with_an_element_every_relation_perspective_and_value_in_use_naming_it() {
    // given
    ServiceEcosystem eco = ClinicNetwork.ecosystem();
    // when
    ServiceEcosystem next = eco.toBuilder().remove(CLINIC).build();
    // then: 8 of the 14 relations name the clinic; these 6 remain
    assertThat(next.relations()).containsExactlyInAnyOrder(
        Relation.of(ALICE, RelationType.PERFORMS, MEASURING),
        Relation.of(ALICE, RelationType.ACCESSES, KNOW_HOW, 0.6),
        Relation.of(ALICE, RelationType.ADHERES_TO, PRIVACY, 0.9),
        Relation.of(BOB, RelationType.INFLUENCES, ALICE, 0.3),
        Relation.of(MEASURING, RelationType.INTEGRATES, KNOW_HOW, 0.7),
        Relation.of(MONITORING, RelationType.SUPPORTS, MEASURING, 0.6));
    // the perspectives held by the clinic (on itself, on alice) and about it (bob's) are gone
    assertThat(next.perspectives()).isEqualTo(Map.of(Perspective.of(ALICE, ALICE), ALICE_LOGIC));
    // feeling safe names the clinic as a contributor
    assertThat(next.valueInUse()).isEmpty();
    // the episodes name alice and the app only
    assertThat(next.episodes()).containsExactly(QUESTION, LOGIN, UPLOAD);
    assertThat(next.relationTypes()).doesNotContain(RelationType.SERVES, RelationType.OFFERS,
        RelationType.OPERATES, RelationType.PARTNERS_WITH);
    assertThat(next).isEqualTo(ServiceEcosystem.builder()
        .add(ALICE, BOB, PHARMACY, KNOW_HOW, MEASURING, PRIVACY, PATIENT_ROLE, APP, MONITORING)
        .relateAll(next.relations())
        .perspective(ALICE, ALICE, ALICE_LOGIC)
        .episodes(List.of(QUESTION, LOGIN, UPLOAD))
        .build());
  }

  @Test
  void should_remove_with_a_touchpoint_its_relations_and_the_episodes_at_it() {
    // given
    ServiceEcosystem eco = ClinicNetwork.ecosystem();
    // when
    ServiceEcosystem next = eco.toBuilder().remove(APP).build();
    // then: clinic OPERATES app and the three episodes at the app are gone
    assertThat(next.relationCount()).isEqualTo(13);
    assertThat(next.relation(CLINIC, RelationType.OPERATES, APP)).isEmpty();
    assertThat(next.episodes()).isEmpty();
    assertThat(next.journeys(ALICE)).isEmpty();
    assertThat(next.valueInUse()).containsExactly(FEELING_SAFE);
    assertThat(next.perspectives()).hasSize(4);
  }

  @Test
  void should_remove_with_an_activity_the_value_in_use_formed_in_it() {
    // given
    ServiceEcosystem eco = ClinicNetwork.ecosystem();
    // when
    ServiceEcosystem next = eco.toBuilder().remove(MEASURING).build();
    // then: 4 relations name measuring (SUPPORTS twice, PERFORMS, INTEGRATES); feeling safe is in it
    assertThat(next.relationCount()).isEqualTo(10);
    assertThat(next.valueInUse()).isEmpty();
    assertThat(next.episodes()).hasSize(3);
  }

  // -------------------------------------------------------------------------------------------
  // the order of the edits

  @Test
  void should_relate_an_element_added_later_in_the_same_builder() {
    // given
    ServiceEcosystem eco = ClinicNetwork.ecosystem();
    // when
    ServiceEcosystem next = eco.toBuilder()
        .relate(CLINIC, RelationType.SERVES, CAROL, 0.7)
        .perspective(CAROL, CAROL, CAROL_LOGIC)
        .add(CAROL)
        .build();
    // then
    assertThat(next.relations(CAROL, Direction.INCOMING))
        .containsExactly(Relation.of(CLINIC, RelationType.SERVES, CAROL, 0.7));
    assertThat(next.ownLogic(CAROL)).contains(CAROL_LOGIC);
  }

  @Test
  void should_report_a_relation_to_an_element_removed_in_the_same_builder() {
    // given
    ServiceEcosystem eco = ClinicNetwork.ecosystem();
    // when
    EcosystemException thrown = catchThrowableOfType(EcosystemException.class, () -> eco.toBuilder()
        .remove(BOB)
        .relate(PHARMACY, RelationType.SERVES, BOB)
        .build());
    // then
    assertThat(thrown.problems()).containsExactly(
        "relation pharmacy -SERVES(1.0)-> bob names unknown target 'bob'");
  }

  @Test
  void should_remove_elements_before_relating_whatever_the_order_of_the_calls() {
    // given
    ServiceEcosystem eco = ClinicNetwork.ecosystem();
    // when: the relation is called first, the removal applied first
    EcosystemException thrown = catchThrowableOfType(EcosystemException.class, () -> eco.toBuilder()
        .relate(PHARMACY, RelationType.SERVES, BOB)
        .remove(BOB)
        .build());
    // then
    assertThat(thrown.problems()).containsExactly(
        "relation pharmacy -SERVES(1.0)-> bob names unknown target 'bob'");
  }

  @Test
  void should_apply_the_other_edits_in_the_order_called() {
    // given
    ServiceEcosystem eco = ClinicNetwork.ecosystem();
    // when: unrelate, then relate again with another strength, then reweight
    ServiceEcosystem next = eco.toBuilder()
        .unrelate(CLINIC, RelationType.SERVES, ALICE)
        .relate(CLINIC, RelationType.SERVES, ALICE, 0.2)
        .reweight(CLINIC, RelationType.SERVES, ALICE, 0.3)
        .removePerspective(ALICE, ALICE)
        .perspective(ALICE, ALICE, CAROL_LOGIC)
        .build();
    // then
    assertThat(next.relation(CLINIC, RelationType.SERVES, ALICE))
        .contains(Relation.of(CLINIC, RelationType.SERVES, ALICE, 0.3));
    assertThat(next.ownLogic(ALICE)).contains(CAROL_LOGIC);
  }

  // -------------------------------------------------------------------------------------------
  // the problems, exactly

  @Test
  void should_report_the_unrelating_of_an_absent_relation() {
    // given
    ServiceEcosystem eco = ClinicNetwork.ecosystem();
    // when
    EcosystemException thrown = catchThrowableOfType(EcosystemException.class,
        () -> eco.toBuilder().unrelate(PHARMACY, RelationType.SERVES, ALICE).build());
    // then
    assertThat(thrown).hasMessage("the ecosystem is not valid: 1 problem" + System.lineSeparator()
        + "  - cannot unrelate: the ecosystem holds no SERVES relation from 'pharmacy' to 'alice'");
  }

  @Test
  void should_report_the_reweighting_of_an_absent_relation() {
    // given
    ServiceEcosystem eco = ClinicNetwork.ecosystem();
    // when
    EcosystemException thrown = catchThrowableOfType(EcosystemException.class,
        () -> eco.toBuilder().reweight(ALICE, RelationType.INFLUENCES, BOB, 0.5).build());
    // then
    assertThat(thrown.problems()).containsExactly(
        "cannot reweight: the ecosystem holds no INFLUENCES relation from 'alice' to 'bob'");
  }

  @Test
  void should_report_the_removal_of_an_absent_element() {
    // given
    ServiceEcosystem eco = ClinicNetwork.ecosystem();
    // when
    EcosystemException thrown = catchThrowableOfType(EcosystemException.class,
        () -> eco.toBuilder().remove(STRANGER).build());
    // then
    assertThat(thrown.problems()).containsExactly(
        "cannot remove Actor[id=stranger, type=INDIVIDUAL]: the ecosystem holds no such element");
  }

  @Test
  void should_report_the_removal_of_an_element_that_differs_from_the_one_under_its_id() {
    // given
    ServiceEcosystem eco = ClinicNetwork.ecosystem();
    // when
    EcosystemException thrown = catchThrowableOfType(EcosystemException.class,
        () -> eco.toBuilder().remove(Actor.organisation("alice", "Alice")).build());
    // then
    assertThat(thrown.problems()).containsExactly(
        "cannot remove Actor[id=alice, type=ORGANISATION]: the ecosystem holds no such element");
  }

  @Test
  void should_report_the_removal_of_an_absent_perspective() {
    // given
    ServiceEcosystem eco = ClinicNetwork.ecosystem();
    // when
    EcosystemException thrown = catchThrowableOfType(EcosystemException.class,
        () -> eco.toBuilder().removePerspective(ALICE, BOB).build());
    // then
    assertThat(thrown.problems()).containsExactly(
        "cannot remove the perspective of 'alice' on 'bob': the ecosystem holds none");
  }

  @Test
  void should_report_the_removal_of_an_absent_value_in_use() {
    // given
    ServiceEcosystem eco = ClinicNetwork.ecosystem();
    // when
    EcosystemException thrown = catchThrowableOfType(EcosystemException.class,
        () -> eco.toBuilder().removeValueInUse(ValueInUse.of(BOB, Sphere.JOINT, 0.5)).build());
    // then
    assertThat(thrown.problems()).containsExactly(
        "cannot remove a value-in-use of 'bob': the ecosystem holds none equal to it");
  }

  @Test
  void should_report_the_removal_of_an_absent_episode() {
    // given
    ServiceEcosystem eco = ClinicNetwork.ecosystem();
    // when
    EcosystemException thrown = catchThrowableOfType(EcosystemException.class,
        () -> eco.toBuilder().removeEpisode(Episode.of(BOB, APP, T0)).build());
    // then
    assertThat(thrown.problems()).containsExactly(
        "cannot remove an episode of 'bob' at 2026-03-01T09:00:00Z: the ecosystem holds none"
            + " equal to it");
  }

  @Test
  void should_report_a_second_relation_of_a_type_between_a_pair() {
    // given
    ServiceEcosystem eco = ClinicNetwork.ecosystem();
    // when
    EcosystemException thrown = catchThrowableOfType(EcosystemException.class,
        () -> eco.toBuilder().relate(CLINIC, RelationType.SERVES, ALICE, 0.9).build());
    // then
    assertThat(thrown.problems()).containsExactly(
        "two SERVES relations from 'clinic' to 'alice' (strengths 0.8 and 0.9); at most one"
            + " relation of a type may join a pair");
  }

  @Test
  void should_report_a_perspective_of_an_unknown_actor() {
    // given
    ServiceEcosystem eco = ClinicNetwork.ecosystem();
    // when
    EcosystemException thrown = catchThrowableOfType(EcosystemException.class,
        () -> eco.toBuilder().perspective(STRANGER, ALICE, CAROL_LOGIC).build());
    // then
    assertThat(thrown.problems()).containsExactly(
        "perspective of 'stranger' on 'alice' names unknown holder 'stranger'");
  }

  @Test
  void should_report_every_problem_of_a_builder_in_one_exception_in_the_order_found() {
    // given
    ServiceEcosystem eco = ClinicNetwork.ecosystem();
    // when: the removal is found first, as element edits come first
    EcosystemException thrown = catchThrowableOfType(EcosystemException.class, () -> eco.toBuilder()
        .unrelate(PHARMACY, RelationType.SERVES, ALICE)
        .removeEpisode(Episode.of(BOB, APP, T0))
        .remove(STRANGER)
        .relate(CLINIC, RelationType.SERVES, BOB, 0.5)
        .build());
    // then
    String n = System.lineSeparator();
    assertThat(thrown).hasMessage("the ecosystem is not valid: 4 problems" + n
        + "  - cannot remove Actor[id=stranger, type=INDIVIDUAL]: the ecosystem holds no such"
        + " element" + n
        + "  - cannot unrelate: the ecosystem holds no SERVES relation from 'pharmacy' to 'alice'"
        + n
        + "  - cannot remove an episode of 'bob' at 2026-03-01T09:00:00Z: the ecosystem holds none"
        + " equal to it" + n
        + "  - two SERVES relations from 'clinic' to 'bob' (strengths 1.0 and 0.5); at most one"
        + " relation of a type may join a pair");
    assertThat(thrown.problems()).hasSize(4);
  }

  @Test
  void should_reject_a_reweight_with_a_bad_strength_at_once() {
    // given
    ServiceEcosystem.Builder builder = ClinicNetwork.ecosystem().toBuilder();
    // when, then
    assertThatThrownBy(() -> builder.reweight(CLINIC, RelationType.SERVES, ALICE, 1.5))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("strength must be a finite number in (0, 1], but was 1.5");
    assertThat(builder.build()).isEqualTo(ClinicNetwork.ecosystem());
  }

  // -------------------------------------------------------------------------------------------
  // the parent

  @Test
  void should_leave_the_parent_as_it_was_after_a_failed_build() {
    // given
    ServiceEcosystem eco = ClinicNetwork.ecosystem();
    ServiceEcosystem.Builder builder = eco.toBuilder()
        .remove(CLINIC)
        .reweight(BOB, RelationType.INFLUENCES, ALICE, 0.9)
        .unrelate(PHARMACY, RelationType.SERVES, ALICE);
    // when
    assertThatThrownBy(builder::build).isInstanceOf(EcosystemException.class);
    // then
    assertUnchanged(eco);
    assertThat(eco.toBuilder().add(CAROL).build().elements()).hasSize(11);
  }

  @Test
  void should_leave_the_parent_as_it_was_after_a_successful_build() {
    // given
    ServiceEcosystem eco = ClinicNetwork.ecosystem();
    // when
    ServiceEcosystem next = eco.toBuilder()
        .remove(CLINIC)
        .add(CAROL)
        .reweight(BOB, RelationType.INFLUENCES, ALICE, 0.9)
        .removePerspective(ALICE, ALICE)
        .removeEpisode(LOGIN)
        .valueInUse(ValueInUse.of(CAROL, Sphere.CUSTOMER, 0.1))
        .build();
    // then
    assertThat(next).isNotEqualTo(eco);
    assertUnchanged(eco);
  }

  private static void assertUnchanged(ServiceEcosystem eco) {
    ServiceEcosystem fresh = ClinicNetwork.ecosystem();
    assertThat(eco).isEqualTo(fresh).hasSameHashCodeAs(fresh);
    assertThat(eco.elements()).isEqualTo(fresh.elements());
    assertThat(eco.relations()).isEqualTo(fresh.relations());
    assertThat(List.copyOf(eco.perspectives().entrySet()))
        .isEqualTo(List.copyOf(fresh.perspectives().entrySet()));
    assertThat(eco.valueInUse()).isEqualTo(fresh.valueInUse());
    assertThat(eco.episodes()).isEqualTo(fresh.episodes());
    for (Element e : fresh.elements()) {
      assertThat(eco.relations(e, Direction.BOTH)).isEqualTo(fresh.relations(e, Direction.BOTH));
    }
  }
}
