package org.attune.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attune.testlib.scenario.ClinicNetwork.ALICE;
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
import static org.attune.testlib.scenario.ClinicNetwork.UPLOAD;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.attune.model.Actor;
import org.attune.model.Element;
import org.attune.model.Journey;
import org.attune.model.Perspective;
import org.attune.model.Profile;
import org.attune.model.Relation;
import org.attune.model.RelationType;
import org.attune.model.Sphere;
import org.attune.model.ValueInUse;
import org.attune.testlib.scenario.ClinicNetwork;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ServiceEcosystemTest {

  private final ServiceEcosystem eco = ClinicNetwork.ecosystem();

  @Nested
  class Queries {

    @Test
    void should_find_elements_by_id_and_kind() {
      assertThat(eco.element("alice")).contains(ALICE);
      assertThat(eco.element("nobody")).isEmpty();
      assertThat(eco.actor("clinic")).contains(CLINIC);
      assertThat(eco.actor("app")).as("a touchpoint is not an actor").isEmpty();
      assertThat(eco.actors()).containsExactly(ALICE, BOB, CLINIC, PHARMACY);
      assertThat(eco.elements(org.attune.model.Institution.class))
          .containsExactly(PRIVACY, PATIENT_ROLE);
      assertThat(eco.elementCount()).isEqualTo(10);
      assertThat(eco.relationCount()).isEqualTo(14);
    }

    @Test
    void should_tell_an_element_from_another_with_the_same_id() {
      assertThat(eco.contains(ALICE)).isTrue();
      assertThat(eco.contains(Actor.individual("alice", "Another Alice"))).isFalse();
      assertThat(eco.relations(Actor.individual("alice", "Another Alice"), Direction.BOTH)).isEmpty();
    }

    @Test
    void should_answer_relations_by_type_and_direction() {
      assertThat(eco.relations(ALICE, RelationType.SERVES, Direction.INCOMING))
          .containsExactly(Relation.of(CLINIC, RelationType.SERVES, ALICE, 0.8));
      assertThat(eco.relations(ALICE, RelationType.SERVES, Direction.OUTGOING))
          .containsExactly(Relation.of(ALICE, RelationType.SERVES, CLINIC, 0.5));
      assertThat(eco.relations(ALICE, RelationType.SERVES, Direction.BOTH))
          .containsExactly(
              Relation.of(ALICE, RelationType.SERVES, CLINIC, 0.5),
              Relation.of(CLINIC, RelationType.SERVES, ALICE, 0.8));
      assertThat(eco.relations(ALICE, RelationType.MEMBER_OF, Direction.BOTH))
          .as("a type no relation uses")
          .isEmpty();
    }

    @Test
    void should_group_an_elements_relations_by_type_name_then_by_the_other_end() {
      // clinic's outgoing relations: ADHERES_TO privacy, OFFERS monitoring, OPERATES app,
      // SERVES alice and bob (alice was added before bob), SUPPORTS measuring
      assertThat(eco.relations(CLINIC, Direction.OUTGOING))
          .extracting(r -> r.type().name() + ">" + r.target().id())
          .containsExactly(
              "ADHERES_TO>privacy",
              "OFFERS>monitoring",
              "OPERATES>app",
              "SERVES>alice",
              "SERVES>bob",
              "SUPPORTS>measure-glucose");
    }

    @Test
    void should_hand_out_relation_lists_that_cannot_be_changed() {
      List<Relation> served = eco.relations(CLINIC, RelationType.SERVES, Direction.OUTGOING);
      assertThatThrownBy(() -> served.remove(0)).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> served.set(0, served.get(1)))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> eco.relations().clear())
          .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void should_list_neighbours_once_each() {
      // alice and clinic are joined both ways by SERVES: clinic is one neighbour. Order: outgoing
      // by type name (ACCESSES, ADHERES_TO, PERFORMS, SERVES), then incoming (INFLUENCES, SERVES)
      assertThat(eco.neighbours(ALICE, Direction.BOTH))
          .containsExactly(KNOW_HOW, PRIVACY, MEASURING, CLINIC, BOB);
      assertThat(eco.neighbours(MEASURING, RelationType.SUPPORTS, Direction.INCOMING))
          .containsExactly(CLINIC, MONITORING);
    }

    @Test
    void should_find_one_relation_and_know_which_it_holds() {
      assertThat(eco.relation(CLINIC, RelationType.SERVES, BOB))
          .contains(Relation.of(CLINIC, RelationType.SERVES, BOB));
      assertThat(eco.relation(BOB, RelationType.SERVES, CLINIC)).isEmpty();
      assertThat(eco.contains(Relation.of(CLINIC, RelationType.SERVES, ALICE, 0.8))).isTrue();
      assertThat(eco.contains(Relation.of(CLINIC, RelationType.SERVES, ALICE, 0.7)))
          .as("same ends and type, another strength")
          .isFalse();
    }

    @Test
    void should_answer_perspectives_value_in_use_and_episodes() {
      assertThat(eco.perspective(ALICE, ALICE)).contains(ClinicNetwork.ALICE_LOGIC);
      assertThat(eco.perspective(CLINIC, ALICE)).contains(CLINIC_OFFERING);
      assertThat(eco.perspective(ALICE, CLINIC)).isEmpty();
      assertThat(eco.perspectives()).hasSize(4);
      assertThat(eco.valueInUse(ALICE)).containsExactly(FEELING_SAFE);
      assertThat(eco.valueInUse(CLINIC)).isEmpty();
      // added LOGIN (t0+60s), UPLOAD (t0+120s), QUESTION (t0): handed out in time order
      assertThat(eco.episodes(ALICE)).containsExactly(QUESTION, LOGIN, UPLOAD);
      assertThat(eco.episodes(BOB)).isEmpty();
    }

    @Test
    void should_group_episodes_into_journeys_by_value_proposition() {
      // QUESTION names no value proposition and comes first; LOGIN and UPLOAD name monitoring
      List<Journey> journeys = eco.journeys(ALICE);
      assertThat(journeys).hasSize(2);
      assertThat(journeys.get(0).proposition()).isEmpty();
      assertThat(journeys.get(0).episodes()).containsExactly(QUESTION);
      assertThat(journeys.get(1).proposition()).contains(MONITORING);
      assertThat(journeys.get(1).episodes()).containsExactly(LOGIN, UPLOAD);
      assertThat(eco.journeys(BOB)).isEmpty();
    }

    @Test
    void should_reject_nulls_everywhere() {
      NullPointerTester tester = new NullPointerTester()
          .setDefault(Actor.class, ALICE)
          .setDefault(Element.class, ALICE)
          .setDefault(RelationType.class, RelationType.SERVES)
          .setDefault(Profile.class, CLINIC_OFFERING)
          .setDefault(Relation.class, Relation.of(CLINIC, RelationType.SERVES, ALICE, 0.8))
          .setDefault(ValueInUse.class, FEELING_SAFE)
          .setDefault(org.attune.model.Episode.class, LOGIN);
      tester.testAllPublicInstanceMethods(eco);
      tester.testAllPublicInstanceMethods(ServiceEcosystem.builder());
      tester.testAllPublicStaticMethods(ServiceEcosystem.class);
    }
  }

  @Nested
  class Validation {

    @Test
    void should_list_every_problem_in_one_exception() {
      // given: a duplicate id, a relation to an unknown actor, a duplicate relation (clinic SERVES
      // alice at 0.8 in the clinic, and again at 0.4), and perspective, value-in-use and episode
      // naming unknown elements
      Actor ghost = Actor.individual("ghost", "Ghost");
      ServiceEcosystem.Builder builder =
          ClinicNetwork.builder()
              .add(org.attune.model.Resource.operand("alice", "A resource named like Alice"))
              .relate(CLINIC, RelationType.SERVES, ghost)
              .relate(CLINIC, RelationType.SERVES, ALICE, 0.4)
              .perspective(ghost, ALICE, CLINIC_OFFERING)
              .valueInUse(ValueInUse.of(ALICE, Sphere.JOINT, 0.5, ghost))
              .episode(org.attune.model.Episode.of(ALICE, org.attune.model.Touchpoint.of(
                  "kiosk", "Kiosk", org.attune.model.TouchpointOwnership.PARTNER_OWNED,
                  org.attune.model.JourneyStage.PURCHASE), ClinicNetwork.T0));

      // when / then: the duplicate relation is reported although another relation is unknown
      assertThatThrownBy(builder::build)
          .isInstanceOfSatisfying(
              EcosystemException.class,
              e -> assertThat(e.problems())
                  .satisfiesExactlyInAnyOrder(
                      p -> assertThat(p).contains("duplicate id 'alice'"),
                      p -> assertThat(p).contains("clinic -SERVES(1.0)-> ghost")
                          .contains("unknown target 'ghost'"),
                      p -> assertThat(p).isEqualTo(
                          "two SERVES relations from 'clinic' to 'alice' (strengths 0.8 and 0.4);"
                              + " at most one relation of a type may join a pair"),
                      p -> assertThat(p).contains("perspective of 'ghost' on 'alice'")
                          .contains("unknown holder 'ghost'"),
                      p -> assertThat(p).contains("value-in-use of 'alice'")
                          .contains("unknown contributor 'ghost'"),
                      p -> assertThat(p).contains("episode of 'alice'")
                          .contains("unknown touchpoint 'kiosk'")))
          .hasMessageContaining("6 problems");
    }

    @Test
    void should_keep_every_problem_of_many_and_abbreviate_only_the_message() {
      // given: 60 relations to unknown actors and 60 duplicate relations between known ones,
      // 120 problems in all
      ServiceEcosystem.Builder builder = ServiceEcosystem.builder();
      for (int i = 0; i < 60; i++) {
        Actor a = Actor.individual("a" + i, "A");
        Actor b = Actor.individual("b" + i, "B");
        builder.add(a, b)
            .relate(a, RelationType.SERVES, b, 0.5)
            .relate(a, RelationType.SERVES, b, 0.25)
            .relate(a, RelationType.INFLUENCES, Actor.individual("ghost" + i, "Ghost"));
      }
      // when / then
      assertThatThrownBy(builder::build)
          .isInstanceOfSatisfying(EcosystemException.class, e -> {
            assertThat(e.problems()).hasSize(120);
            assertThat(e.problems()).filteredOn(p -> p.startsWith("two SERVES")).hasSize(60);
            assertThat(e.problems()).filteredOn(p -> p.contains("unknown target")).hasSize(60);
            String[] lines = e.getMessage().split(System.lineSeparator());
            assertThat(lines[0]).isEqualTo("the ecosystem is not valid: 120 problems");
            // the header, the first 50 problems, and one line saying how many more
            assertThat(lines).hasSize(1 + EcosystemException.PROBLEMS_IN_MESSAGE + 1);
            assertThat(lines[1]).isEqualTo("  - " + e.problems().get(0));
            assertThat(lines[50]).isEqualTo("  - " + e.problems().get(49));
            assertThat(lines[51]).isEqualTo("  ... and 70 more problems");
          });
    }

    @Test
    void should_not_abbreviate_a_message_of_fifty_problems() {
      // given
      List<String> problems = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        problems.add("problem " + i);
      }
      // when
      EcosystemException e = new EcosystemException(problems);
      // then
      assertThat(e.getMessage().split(System.lineSeparator())).hasSize(51);
      assertThat(e.getMessage()).doesNotContain("more problems").endsWith("problem 49");
      problems.add("problem 50");
      assertThat(new EcosystemException(problems).getMessage())
          .endsWith("  ... and 1 more problem");
    }

    @Test
    void should_reject_two_relations_of_one_type_between_a_pair() {
      ServiceEcosystem.Builder builder = ClinicNetwork.builder().relate(CLINIC, RelationType.SERVES, ALICE, 0.4);
      assertThatThrownBy(builder::build)
          .isInstanceOfSatisfying(
              EcosystemException.class,
              e -> assertThat(e.problems())
                  .containsExactly(
                      "two SERVES relations from 'clinic' to 'alice' (strengths 0.8 and 0.4);"
                          + " at most one relation of a type may join a pair"));
    }

    @Test
    void should_allow_relations_of_different_types_between_a_pair() {
      ServiceEcosystem both = ClinicNetwork.builder().relate(CLINIC, RelationType.INFLUENCES, ALICE, 0.2).build();
      assertThat(both.graph().getAllEdges(CLINIC, ALICE)).hasSize(2);
    }

    @Test
    void should_reject_an_element_that_differs_from_the_one_added_under_its_id() {
      Actor otherAlice = Actor.individual("alice", "Alice Smith");
      ServiceEcosystem.Builder builder = ClinicNetwork.builder().relate(otherAlice, RelationType.INFLUENCES, BOB);
      assertThatThrownBy(builder::build)
          .isInstanceOfSatisfying(
              EcosystemException.class,
              e -> assertThat(e.problems()).singleElement().asString()
                  .isEqualTo("relation alice -INFLUENCES(1.0)-> bob names source"
                      + " Actor[id=alice, type=INDIVIDUAL], which differs from the element added"
                      + " under id 'alice' in its name")
                  .doesNotContain("Alice"));
    }

    @Test
    void should_reject_two_relation_types_of_one_name() {
      RelationType caresFor = RelationType.actorToActor("CARES_FOR");
      RelationType caresForResource = RelationType.of("CARES_FOR",
          java.util.EnumSet.of(org.attune.model.ElementKind.ACTOR),
          java.util.EnumSet.of(org.attune.model.ElementKind.RESOURCE));
      ServiceEcosystem.Builder builder =
          ClinicNetwork.builder().relate(BOB, caresFor, ALICE).relate(BOB, caresForResource, KNOW_HOW);
      assertThatThrownBy(builder::build)
          .isInstanceOfSatisfying(
              EcosystemException.class,
              e -> assertThat(e.problems()).singleElement().asString()
                  .contains("relation type CARES_FOR is declared twice"));
    }

    @Test
    void should_reject_two_relation_types_of_one_name_that_differ_only_in_their_flow() {
      // given: CARES_FOR between actors, once flowing forward and once backward
      RelationType caresFor = RelationType.actorToActor("CARES_FOR");
      RelationType caresForBackward = RelationType.of("CARES_FOR",
          java.util.EnumSet.of(org.attune.model.ElementKind.ACTOR),
          java.util.EnumSet.of(org.attune.model.ElementKind.ACTOR),
          org.attune.model.EffectFlow.BACKWARD);
      ServiceEcosystem.Builder builder =
          ClinicNetwork.builder().relate(BOB, caresFor, ALICE).relate(ALICE, caresForBackward, BOB);
      // when / then: the message shows the flows, the only difference
      assertThatThrownBy(builder::build)
          .isInstanceOfSatisfying(
              EcosystemException.class,
              e -> assertThat(e.problems()).containsExactly(
                  "relation type CARES_FOR is declared twice: [ACTOR] -> [ACTOR] flowing FORWARD"
                      + " and [ACTOR] -> [ACTOR] flowing BACKWARD"));
    }

    @Test
    void should_reject_a_relation_whose_type_does_not_fit_at_once() {
      assertThatThrownBy(() -> ServiceEcosystem.builder().relate(ALICE, RelationType.PERFORMS, BOB))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("PERFORMS")
          .hasMessageContaining("'alice'")
          .hasMessageContaining("'bob'");
    }

    @Test
    void should_accept_the_same_element_added_twice() {
      ServiceEcosystem twice = ClinicNetwork.builder().add(ALICE, ALICE).build();
      assertThat(twice).isEqualTo(eco);
      assertThat(twice.elementCount()).isEqualTo(10);
    }

    @Test
    void should_let_an_actor_serve_itself() {
      // self-service is real in CDL: the builder accepts a relation of an element to itself
      ServiceEcosystem selfServing = ClinicNetwork.builder().relate(ALICE, RelationType.SERVES, ALICE, 0.7).build();
      Relation self = Relation.of(ALICE, RelationType.SERVES, ALICE, 0.7);
      assertThat(selfServing.relations(ALICE, RelationType.SERVES, Direction.OUTGOING)).contains(self);
      assertThat(selfServing.relations(ALICE, RelationType.SERVES, Direction.INCOMING)).contains(self);
      assertThat(selfServing.relations(ALICE, RelationType.SERVES, Direction.BOTH))
          .as("a self-relation appears once among both directions")
          .containsOnlyOnce(self)
          .hasSize(3);
      assertThat(selfServing.graph().getType().isAllowingSelfLoops()).isTrue();
      assertThat(selfServing.graph().containsEdge(ALICE, ALICE)).isTrue();
    }

    @Test
    void should_leave_a_builder_usable_after_a_failed_or_successful_build() {
      ServiceEcosystem.Builder builder = ClinicNetwork.builder();
      ServiceEcosystem first = builder.build();
      builder.relate(PHARMACY, RelationType.SERVES, BOB);
      ServiceEcosystem second = builder.build();
      assertThat(first.relationCount()).isEqualTo(14);
      assertThat(second.relationCount()).isEqualTo(15);
      builder.relate(PHARMACY, RelationType.SERVES, BOB);
      assertThatThrownBy(builder::build).isInstanceOf(EcosystemException.class);
      assertThat(second.relationCount()).isEqualTo(15);
    }
  }

  @Nested
  class Equality {

    @Test
    void should_equal_an_ecosystem_of_the_same_content_added_in_another_order() {
      ServiceEcosystem.Builder reversed = ServiceEcosystem.builder();
      List<Element> elements = new ArrayList<>(eco.elements());
      Collections.reverse(elements);
      reversed.add(elements);
      List<Relation> relations = new ArrayList<>(eco.relations());
      Collections.reverse(relations);
      reversed.relateAll(relations);
      eco.perspectives().forEach((p, profile) -> reversed.perspective(p.holder(), p.subject(), profile));
      eco.valueInUse().forEach(reversed::valueInUse);
      reversed.episodes(eco.episodes());

      new EqualsTester()
          .addEqualityGroup(eco, reversed.build(), eco.toBuilder().build())
          .addEqualityGroup(eco.toBuilder().relate(PHARMACY, RelationType.SERVES, BOB).build())
          .addEqualityGroup(eco.toBuilder().perspective(BOB, BOB, CLINIC_OFFERING).build())
          .addEqualityGroup(eco.toBuilder().valueInUse(ValueInUse.of(BOB, Sphere.CUSTOMER, 0.1)).build())
          .addEqualityGroup(eco.toBuilder().episode(QUESTION).build())
          .testEquals();
    }
  }

  @Nested
  class CustomerEcosystem {

    @Test
    void should_hold_the_customer_alone_at_radius_zero() {
      ServiceEcosystem alone = eco.around(ALICE, 0);
      assertThat(alone.elements()).containsExactly(ALICE);
      assertThat(alone.relationCount()).isZero();
      assertThat(alone.perspectives()).containsOnlyKeys(Perspective.own(ALICE));
    }

    @Test
    void should_hold_the_elements_one_hop_away_at_radius_one() {
      // alice's relations reach clinic (SERVES both ways), bob (INFLUENCES), measuring (PERFORMS),
      // the know-how (ACCESSES) and privacy (ADHERES_TO); direction is ignored
      ServiceEcosystem one = eco.around(ALICE, 1);
      assertThat(one.elements()).containsExactly(ALICE, BOB, CLINIC, KNOW_HOW, MEASURING, PRIVACY);
      // every relation among those six: 14 minus the 4 that touch pharmacy, monitoring or app
      // (PARTNERS_WITH, OFFERS, monitoring SUPPORTS, OPERATES)
      assertThat(one.relationCount()).isEqualTo(10);
      // grouped by holder, holders in element order (alice, bob, clinic), then by subject in
      // element order (the clinic's model of alice before its own offering)
      assertThat(one.perspectives().keySet())
          .containsExactly(Perspective.own(ALICE), Perspective.of(BOB, CLINIC),
              Perspective.of(CLINIC, ALICE), Perspective.own(CLINIC));
      assertThat(one.valueInUse()).containsExactly(FEELING_SAFE);
      assertThat(one.episodes()).as("the app is two hops away").isEmpty();
    }

    @Test
    void should_reach_two_hops_at_radius_two() {
      ServiceEcosystem two = eco.around(ALICE, 2);
      // adds pharmacy (PARTNERS_WITH clinic), app (OPERATES), monitoring (OFFERS, SUPPORTS);
      // the patient role is joined to nothing
      assertThat(two.elements()).containsExactly(
          ALICE, BOB, CLINIC, PHARMACY, KNOW_HOW, MEASURING, PRIVACY, APP, MONITORING);
      assertThat(two.relationCount()).isEqualTo(14);
      assertThat(two.episodes()).containsExactly(QUESTION, LOGIN, UPLOAD);
      assertThat(two.around(ALICE, 1)).isEqualTo(eco.around(ALICE, 1));
    }

    @Test
    void should_reject_an_unknown_customer_or_a_negative_radius() {
      assertThatThrownBy(() -> eco.around(Actor.individual("carol", "Carol"), 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("customer must be an actor of this ecosystem, but was 'carol'");
      assertThatThrownBy(() -> eco.around(ALICE, -1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("radius must be >= 0, but was -1");
    }
  }

  @Nested
  class Influences {

    @Test
    void should_rank_actors_by_their_strongest_chain_of_effect() {
      // Effect flows along SERVES, INFLUENCES, SUPPORTS, OFFERS, OPERATES; back along PERFORMS,
      // ACCESSES, ADHERES_TO, INTEGRATES; both ways along PARTNERS_WITH.
      // clinic:   direct SERVES 0.8; clinic -SUPPORTS 0.9-> measuring -(PERFORMS 1.0)-> alice = 0.9;
      //           via monitoring 1.0 * 0.6 * 1.0 = 0.6; via bob 1.0 * 0.3 = 0.3.   max = 0.9
      // pharmacy: PARTNERS_WITH 0.5 to clinic, then clinic's best 0.9: 0.5 * 0.9 = 0.45
      // bob:      INFLUENCES alice 0.3, nothing stronger: 0.3
      List<Influence> ranking = eco.influence(ALICE);

      assertThat(ranking).extracting(i -> i.actor().id()).containsExactly("clinic", "pharmacy", "bob");
      assertThat(ranking.get(0).strength()).isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-12));
      assertThat(ranking.get(0).path()).containsExactly(CLINIC, MEASURING, ALICE);
      assertThat(ranking.get(1).strength()).isCloseTo(0.45, org.assertj.core.data.Offset.offset(1e-12));
      assertThat(ranking.get(1).path()).containsExactly(PHARMACY, CLINIC, MEASURING, ALICE);
      assertThat(ranking.get(1).hops()).isEqualTo(3);
      assertThat(ranking.get(2).strength()).isCloseTo(0.3, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void should_order_ties_by_actor_id() {
      Actor zed = Actor.individual("zed", "Zed");
      Actor ann = Actor.individual("ann", "Ann");
      ServiceEcosystem tied = ServiceEcosystem.builder()
          .add(ALICE, zed, ann)
          .relate(zed, RelationType.INFLUENCES, ALICE, 0.5)
          .relate(ann, RelationType.INFLUENCES, ALICE, 0.5)
          .build();
      assertThat(tied.influence(ALICE)).extracting(i -> i.actor().id()).containsExactly("ann", "zed");
    }

    @Test
    void should_leave_out_actors_without_a_chain_to_the_customer() {
      // alice SERVES bob: the effect flows from alice to bob, never back
      Actor carol = Actor.individual("carol", "Carol");
      ServiceEcosystem oneWay = ServiceEcosystem.builder()
          .add(ALICE, carol)
          .relate(ALICE, RelationType.SERVES, carol)
          .build();
      assertThat(oneWay.influence(ALICE)).isEmpty();
      assertThat(oneWay.influence(carol)).extracting(Influence::actor).containsExactly(ALICE);
    }
  }

  @Test
  void should_answer_identically_from_eight_threads() throws Exception {
    List<Object> sequential = answers(eco);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<List<Object>>> futures = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        futures.add(pool.submit(() -> answers(eco)));
      }
      for (java.util.concurrent.Future<List<Object>> f : futures) {
        assertThat(f.get()).isEqualTo(sequential);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Object> answers(ServiceEcosystem eco) {
    List<Object> answers = new ArrayList<>();
    for (Element e : eco.elements()) {
      for (Direction d : Direction.values()) {
        answers.add(List.copyOf(eco.relations(e, d)));
        answers.add(List.copyOf(eco.neighbours(e, d)));
      }
      if (e instanceof Actor a) {
        answers.add(eco.around(a, 2));
        answers.add(eco.influence(a));
        answers.add(eco.journeys(a));
        answers.add(Optional.of(eco.perspective(a, a)));
      }
    }
    answers.add(eco.hashCode());
    return answers;
  }
}
