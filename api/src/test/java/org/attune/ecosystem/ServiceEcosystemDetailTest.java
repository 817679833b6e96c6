package org.attune.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import static org.attune.testlib.scenario.ClinicNetwork.PHARMACY;
import static org.attune.testlib.scenario.ClinicNetwork.PRIVACY;
import static org.attune.testlib.scenario.ClinicNetwork.QUESTION;
import static org.attune.testlib.scenario.ClinicNetwork.T0;
import static org.attune.testlib.scenario.ClinicNetwork.UPLOAD;

import java.util.Arrays;
import java.util.List;
import org.attune.model.Activity;
import org.attune.model.Actor;
import org.attune.model.Episode;
import org.attune.model.Relation;
import org.attune.model.RelationType;
import org.attune.model.Sphere;
import org.attune.model.ValueInUse;
import org.attune.model.ValueProposition;
import org.attune.testlib.scenario.ClinicNetwork;
import org.junit.jupiter.api.Test;

class ServiceEcosystemDetailTest {

  private static final Actor COURIER = Actor.organisation("courier", "Courier");
  private static final ValueProposition DELIVERY = ValueProposition.of("delivery", "Home delivery");
  private static final Activity FILING = Activity.of("filing", "Filing a claim");

  private final ServiceEcosystem eco = ClinicNetwork.ecosystem();

  @Test
  void should_give_the_own_logic_of_an_actor_and_empty_for_one_without() {
    // given the clinic
    // when / then
    assertThat(eco.ownLogic(ALICE)).hasValue(ALICE_LOGIC);
    assertThat(eco.ownLogic(CLINIC)).hasValue(CLINIC_OFFERING);
    assertThat(eco.ownLogic(BOB)).isEmpty();
    assertThatThrownBy(() -> eco.ownLogic(COURIER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("actor must be an actor of this ecosystem, but was 'courier'");
  }

  @Test
  void should_list_the_relation_types_by_name() {
    // given the clinic
    // when
    List<RelationType> types = eco.relationTypes();
    // then
    assertThat(types).extracting(RelationType::name).containsExactly(
        "ACCESSES", "ADHERES_TO", "INFLUENCES", "INTEGRATES", "OFFERS", "OPERATES",
        "PARTNERS_WITH", "PERFORMS", "SERVES", "SUPPORTS");
  }

  @Test
  void should_find_the_first_relation_of_the_first_element() {
    // given alice is added first and ACCESSES is her first relation type by name
    // when / then
    assertThat(eco.relation(ALICE, RelationType.ACCESSES, KNOW_HOW))
        .hasValue(Relation.of(ALICE, RelationType.ACCESSES, KNOW_HOW, 0.6));
    assertThat(eco.relation(KNOW_HOW, RelationType.ACCESSES, ALICE)).isEmpty();
  }

  @Test
  void should_summarise_its_content_by_counts() {
    // given the clinic
    // when / then: 10 elements, 14 relations, 4 perspectives, 1 value-in-use, 3 episodes
    assertThat(eco).hasToString(
        "ServiceEcosystem{10 elements, 14 relations, 4 perspectives, 1 value-in-use, 3 episodes}");
  }

  @Test
  void should_hash_the_order_free_sums_of_its_parts() {
    // given the clinic
    int elements = eco.elements().stream().mapToInt(Object::hashCode).sum();
    int relations = eco.relations().stream().mapToInt(Object::hashCode).sum();
    int perspectives = eco.perspectives().hashCode();
    int values = eco.valueInUse().stream().mapToInt(Object::hashCode).sum();
    int episodes = eco.episodes().stream().mapToInt(Object::hashCode).sum();
    int moods = eco.moods().stream().mapToInt(Object::hashCode).sum();
    // when
    int hash = eco.hashCode();
    // then: (((((elements * 31 + relations) * 31 + perspectives) * 31 + values) * 31 + episodes)
    // * 31 + moods)
    int expected = ((((elements * 31 + relations) * 31 + perspectives) * 31 + values) * 31
        + episodes) * 31 + moods;
    assertThat(hash).isEqualTo(expected);
    assertThat(eco.hashCode()).isEqualTo(expected);
    assertThat(eco.toBuilder().episode(Episode.of(ALICE, APP, T0.plusSeconds(9))).build().hashCode())
        .isNotEqualTo(hash);
  }

  @Test
  void should_reach_the_neighbours_of_neighbours_at_radius_two() {
    // given pharmacy's only neighbour is the clinic
    // when
    ServiceEcosystem around = eco.around(PHARMACY, 2);
    // then: the clinic, then what the clinic's ties reach but the actors it only affects: bob, whom
    // the clinic SERVES, is left out; alice stays because she SERVES the clinic back (she affects
    // it); measuring (the clinic SUPPORTS it), privacy, the app and monitoring are not actors
    assertThat(around.elements())
        .containsExactly(ALICE, CLINIC, PHARMACY, MEASURING, PRIVACY, APP, MONITORING);
    assertThat(eco.around(PHARMACY, 2, Traversal.everyRelation()).elements())
        .containsExactly(ALICE, BOB, CLINIC, PHARMACY, MEASURING, PRIVACY, APP, MONITORING);
    assertThat(eco.around(PHARMACY, 1).elements()).containsExactly(CLINIC, PHARMACY);
    assertThat(eco.around(BOB, 0).elements()).containsExactly(BOB);
  }

  @Test
  void should_keep_around_a_customer_only_value_and_episodes_whose_parts_are_all_within_reach() {
    // given a courier three hops from alice (alice - clinic - pharmacy - courier), offering a
    // delivery and performing a filing four hops away
    Episode withCourier = Episode.builder(ALICE, APP, T0.plusSeconds(180)).counterpart(COURIER).build();
    Episode withClinic = Episode.builder(ALICE, APP, T0.plusSeconds(240)).counterpart(CLINIC).build();
    Episode ofDelivery = Episode.builder(ALICE, APP, T0.plusSeconds(300)).proposition(DELIVERY).build();
    ValueInUse byCourier = ValueInUse.of(ALICE, Sphere.JOINT, 0.4, COURIER);
    ValueInUse inFiling = ValueInUse.of(ALICE, Sphere.JOINT, 0.5, CLINIC).in(FILING);
    ServiceEcosystem wide =
        ClinicNetwork.builder()
            .add(COURIER, DELIVERY, FILING)
            .relate(PHARMACY, RelationType.PARTNERS_WITH, COURIER, 0.5)
            .relate(COURIER, RelationType.OFFERS, DELIVERY)
            .relate(COURIER, RelationType.PERFORMS, FILING)
            .valueInUse(byCourier)
            .valueInUse(inFiling)
            .episode(withCourier)
            .episode(withClinic)
            .episode(ofDelivery)
            .build();
    // when
    ServiceEcosystem around = wide.around(ALICE, 2);
    // then
    assertThat(around.contains(COURIER)).isFalse();
    assertThat(around.valueInUse()).containsExactly(FEELING_SAFE);
    assertThat(around.episodes())
        .containsExactlyInAnyOrder(LOGIN, UPLOAD, QUESTION, withClinic);
    assertThat(wide.around(ALICE, 4).valueInUse())
        .containsExactlyInAnyOrder(FEELING_SAFE, byCourier, inFiling);
  }

  @Test
  void should_chain_the_bulk_builder_methods() {
    // given
    List<Relation> relations = List.of(Relation.of(ALICE, RelationType.SERVES, BOB, 0.3));
    // when
    ServiceEcosystem built =
        ServiceEcosystem.builder()
            .add(ALICE, BOB, APP)
            .relateAll(relations)
            .episodes(List.of(Episode.of(ALICE, APP, T0)))
            .build();
    // then
    assertThat(built.relations()).containsExactlyElementsOf(relations);
    assertThat(built.episodes()).containsExactly(Episode.of(ALICE, APP, T0));
  }

  @Test
  void should_name_the_position_of_a_null_in_a_bulk_argument() {
    // given
    List<Episode> episodes = Arrays.asList(QUESTION, null);
    List<Relation> relations = Arrays.asList(null, Relation.of(ALICE, RelationType.SERVES, BOB));
    ServiceEcosystem.Builder builder = ServiceEcosystem.builder();
    // when / then
    assertThatThrownBy(() -> builder.episodes(episodes))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("episodes[1]");
    assertThatThrownBy(() -> builder.relateAll(relations))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("relations[0]");
  }

  @Test
  void should_reject_value_and_episodes_naming_an_unknown_activity_counterpart_or_proposition() {
    // given
    ServiceEcosystem.Builder builder =
        ClinicNetwork.builder()
            .valueInUse(ValueInUse.of(ALICE, Sphere.JOINT, 0.5, CLINIC).in(FILING))
            .episode(Episode.builder(ALICE, APP, T0.plusSeconds(180)).counterpart(COURIER).build())
            .episode(Episode.builder(ALICE, APP, T0.plusSeconds(240)).proposition(DELIVERY).build());
    // when / then
    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(
            EcosystemException.class,
            e -> assertThat(e.problems()).containsExactly(
                "value-in-use of 'alice' names unknown activity 'filing'",
                "episode of 'alice' at 2026-03-01T09:03:00Z names unknown counterpart 'courier'",
                "episode of 'alice' at 2026-03-01T09:04:00Z names unknown proposition 'delivery'"));
  }

  @Test
  void should_report_a_relation_from_a_differing_element_once_and_not_as_a_duplicate() {
    // given a relation from an element under alice's id with another name, beside alice's own
    Actor otherAlice = Actor.individual("alice", "Alicia");
    ServiceEcosystem.Builder builder =
        ServiceEcosystem.builder()
            .add(ALICE, BOB)
            .relate(BOB, RelationType.SERVES, ALICE)
            .relate(otherAlice, RelationType.SERVES, BOB)
            .relate(ALICE, RelationType.SERVES, BOB);
    // when / then: one problem, the differing source; the two SERVES from 'alice' are not a pair
    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(
            EcosystemException.class,
            e -> assertThat(e.problems()).singleElement().asString()
                .contains("names source")
                .endsWith("which differs from the element added under id 'alice' in its name"));
    // a differing target is not taken for the first element: alice SERVES herself stays alone
    ServiceEcosystem.Builder byTarget =
        ServiceEcosystem.builder()
            .add(ALICE, BOB)
            .relate(ALICE, RelationType.SERVES, ALICE)
            .relate(ALICE, RelationType.SERVES, Actor.individual("bob", "Robert"));
    assertThatThrownBy(byTarget::build)
        .isInstanceOfSatisfying(
            EcosystemException.class,
            e -> assertThat(e.problems()).singleElement().asString()
                .contains("names target")
                .endsWith("which differs from the element added under id 'bob' in its name"));
  }

  @Test
  void should_tell_two_elements_of_one_id_apart_by_kind_or_by_name() {
    // given
    ServiceEcosystem.Builder byName =
        ServiceEcosystem.builder().add(ALICE, Actor.individual("alice", "Alicia"));
    ServiceEcosystem.Builder byKind =
        ServiceEcosystem.builder().add(ALICE, Actor.organisation("alice", "Alice Ltd"));
    // when / then
    assertThatThrownBy(byName::build)
        .isInstanceOfSatisfying(
            EcosystemException.class,
            e -> assertThat(e.problems()).singleElement().asString()
                .startsWith("duplicate id 'alice': two ")
                .endsWith(" that differ in their names share it"));
    assertThatThrownBy(byKind::build)
        .isInstanceOfSatisfying(
            EcosystemException.class,
            e -> assertThat(e.problems()).singleElement().asString()
                .startsWith("duplicate id 'alice': ")
                .doesNotContain("differ in their names")
                .endsWith(" share it"));
  }
}
