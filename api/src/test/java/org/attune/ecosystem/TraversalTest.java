package org.attune.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.testlib.scenario.ClinicNetwork.ALICE;
import static org.attune.testlib.scenario.ClinicNetwork.APP;
import static org.attune.testlib.scenario.ClinicNetwork.BOB;
import static org.attune.testlib.scenario.ClinicNetwork.CLINIC;
import static org.attune.testlib.scenario.ClinicNetwork.KNOW_HOW;
import static org.attune.testlib.scenario.ClinicNetwork.MEASURING;
import static org.attune.testlib.scenario.ClinicNetwork.MONITORING;
import static org.attune.testlib.scenario.ClinicNetwork.PHARMACY;
import static org.attune.testlib.scenario.ClinicNetwork.PRIVACY;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.attune.model.Actor;
import org.attune.model.Element;
import org.attune.model.Relation;
import org.attune.model.RelationType;
import org.attune.testlib.scenario.ClinicNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The CDL default traversal step by step, and its promise to skip only what it would refuse. */
class TraversalTest {

  private static final Traversal CDL = Traversal.customerEcosystem();
  private static final Actor PEER = Actor.individual("peer", "Peer");

  /** Steps from an element that is not the customer (the customer is PEER), and the answer. */
  static Stream<Arguments> stepsFromAnotherElement() {
    return Stream.of(
        // a provider's other beneficiaries
        Arguments.of(CLINIC, Relation.of(CLINIC, RelationType.SERVES, BOB), BOB, false),
        // an actor that serves the element affects it
        Arguments.of(CLINIC, Relation.of(ALICE, RelationType.SERVES, CLINIC), ALICE, true),
        // the other performers of a shared activity
        Arguments.of(MEASURING, Relation.of(ALICE, RelationType.PERFORMS, MEASURING), ALICE, false),
        // the activity an actor performs bears on it
        Arguments.of(ALICE, Relation.of(ALICE, RelationType.PERFORMS, MEASURING), MEASURING, true),
        // the other adherents of an institution
        Arguments.of(PRIVACY, Relation.of(ALICE, RelationType.ADHERES_TO, PRIVACY), ALICE, false),
        // the other accessors of a shared resource
        Arguments.of(KNOW_HOW, Relation.of(ALICE, RelationType.ACCESSES, KNOW_HOW), ALICE, false),
        // the other members of a collective
        Arguments.of(BOB, Relation.of(ALICE, RelationType.MEMBER_OF, BOB), ALICE, false),
        // the collective an actor belongs to bears on it
        Arguments.of(ALICE, Relation.of(ALICE, RelationType.MEMBER_OF, BOB), BOB, true),
        // the actors the element influences; those that influence it
        Arguments.of(BOB, Relation.of(BOB, RelationType.INFLUENCES, ALICE), ALICE, false),
        Arguments.of(ALICE, Relation.of(BOB, RelationType.INFLUENCES, ALICE), BOB, true),
        // partners, both ways
        Arguments.of(CLINIC, Relation.of(PHARMACY, RelationType.PARTNERS_WITH, CLINIC), PHARMACY,
            true),
        Arguments.of(PHARMACY, Relation.of(PHARMACY, RelationType.PARTNERS_WITH, CLINIC), CLINIC,
            true),
        // what is not an actor: touchpoints operated, propositions offered, resources integrated,
        // activities supported
        Arguments.of(CLINIC, Relation.of(CLINIC, RelationType.OPERATES, APP), APP, true),
        Arguments.of(CLINIC, Relation.of(CLINIC, RelationType.OFFERS, MONITORING), MONITORING, true),
        Arguments.of(MEASURING, Relation.of(MEASURING, RelationType.INTEGRATES, KNOW_HOW), KNOW_HOW,
            true),
        Arguments.of(KNOW_HOW, Relation.of(MEASURING, RelationType.INTEGRATES, KNOW_HOW), MEASURING,
            true),
        Arguments.of(CLINIC, Relation.of(CLINIC, RelationType.SUPPORTS, MEASURING), MEASURING, true),
        // the actor that supports an activity bears on it
        Arguments.of(MEASURING, Relation.of(CLINIC, RelationType.SUPPORTS, MEASURING), CLINIC,
            true));
  }

  @ParameterizedTest(name = "from {0} across {1}: {3}")
  @MethodSource("stepsFromAnotherElement")
  void the_default_should_not_step_into_an_actor_that_the_elements_relation_only_affects(
      Element from, Relation relation, Element to, boolean followed) {
    assertThat(CDL.follows(PEER, from, relation, to, 2)).isEqualTo(followed);
  }

  @ParameterizedTest(name = "from the customer across {1}")
  @MethodSource("stepsFromAnotherElement")
  void the_default_should_follow_every_tie_of_the_customer_itself(
      Element from, Relation relation, Element to, boolean ignored) {
    // given the customer is the element the step starts at (an actor here, or not)
    Actor customer = from instanceof Actor a ? a : PEER;
    // then: from the customer every step is taken
    if (from.equals(customer)) {
      assertThat(CDL.follows(customer, from, relation, to, 1)).isTrue();
    }
    assertThat(Traversal.everyRelation().follows(customer, from, relation, to, 2)).isTrue();
  }

  @Test
  void may_follow_should_refuse_only_groups_all_of_whose_steps_are_refused() {
    // given every (element, type, direction) group of the clinic ecosystem, the customer alice
    ServiceEcosystem eco = ClinicNetwork.ecosystem();
    List<String> skipped = new ArrayList<>();
    for (Element from : eco.elements()) {
      for (RelationType type : eco.relationTypes()) {
        for (Direction direction : List.of(Direction.OUTGOING, Direction.INCOMING)) {
          // when
          if (!CDL.mayFollow(ALICE, from, type, direction, 2)) {
            skipped.add(from.id() + " " + direction + " " + type);
            // then: no step of the group would have been followed
            for (Relation r : eco.relations(from, type, direction)) {
              Element to = direction == Direction.OUTGOING ? r.target() : r.source();
              assertThat(CDL.follows(ALICE, from, r, to, 2)).as("%s", r).isFalse();
            }
          }
        }
      }
    }
    // and the groups skipped are those whose effect runs only away, into actors alone; the
    // customer's own groups never are
    assertThat(skipped)
        .contains("clinic OUTGOING SERVES", "bob OUTGOING INFLUENCES", "measure-glucose INCOMING PERFORMS",
            "privacy INCOMING ADHERES_TO", "self-care INCOMING ACCESSES")
        .doesNotContain("clinic INCOMING SERVES", "clinic OUTGOING PARTNERS_WITH",
            "clinic OUTGOING SUPPORTS")
        .noneMatch(s -> s.startsWith("alice "));
  }

  @Test
  void may_follow_both_ways_should_answer_yes_when_either_way_may() {
    assertThat(CDL.mayFollow(ALICE, CLINIC, RelationType.SERVES, Direction.BOTH, 2)).isTrue();
    // an activity is never the source of PERFORMS, but the outgoing group is not refused: its
    // effect would flow into the activity
    assertThat(CDL.mayFollow(ALICE, MEASURING, RelationType.PERFORMS, Direction.INCOMING, 2))
        .isFalse();
    assertThat(CDL.mayFollow(ALICE, MEASURING, RelationType.PERFORMS, Direction.BOTH, 2)).isTrue();
    assertThat(CDL.mayFollow(ALICE, BOB, RelationType.INFLUENCES, Direction.OUTGOING, 2)).isFalse();
    assertThat(CDL.mayFollow(ALICE, ALICE, RelationType.PERFORMS, Direction.BOTH, 1)).isTrue();
    assertThat(Traversal.everyRelation()
        .mayFollow(ALICE, MEASURING, RelationType.PERFORMS, Direction.INCOMING, 2)).isTrue();
  }

  @Test
  void the_built_ins_should_name_themselves() {
    assertThat(CDL).hasToString("Traversal.customerEcosystem()");
    assertThat(Traversal.everyRelation()).hasToString("Traversal.everyRelation()");
  }
}
