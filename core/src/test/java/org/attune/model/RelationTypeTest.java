package org.attune.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attune.model.ElementKind.ACTIVITY;
import static org.attune.model.ElementKind.ACTOR;
import static org.attune.model.ElementKind.INSTITUTION;
import static org.attune.model.ElementKind.RESOURCE;
import static org.attune.model.ElementKind.TOUCHPOINT;
import static org.attune.model.ElementKind.VALUE_PROPOSITION;
import static org.attune.model.Fixtures.ALICE;
import static org.attune.model.Fixtures.BOB;
import static org.attune.model.Fixtures.CARE_PLAN;
import static org.attune.model.Fixtures.MEASURING;
import static org.attune.model.Fixtures.sampleOf;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The built-in relation types of DESIGN section 3, and user-declared ones. */
class RelationTypeTest {

  /** The table of DESIGN section 3, written out by hand. */
  static Stream<Arguments> builtIns() {
    return Stream.of(
        Arguments.of(RelationType.SERVES, EnumSet.of(ACTOR), EnumSet.of(ACTOR)),
        Arguments.of(RelationType.PARTNERS_WITH, EnumSet.of(ACTOR), EnumSet.of(ACTOR)),
        Arguments.of(RelationType.INFLUENCES, EnumSet.of(ACTOR), EnumSet.of(ACTOR)),
        Arguments.of(RelationType.MEMBER_OF, EnumSet.of(ACTOR), EnumSet.of(ACTOR)),
        Arguments.of(RelationType.ACCESSES, EnumSet.of(ACTOR), EnumSet.of(RESOURCE)),
        Arguments.of(RelationType.PERFORMS, EnumSet.of(ACTOR), EnumSet.of(ACTIVITY)),
        Arguments.of(RelationType.INTEGRATES, EnumSet.of(ACTIVITY), EnumSet.of(RESOURCE)),
        Arguments.of(
            RelationType.SUPPORTS, EnumSet.of(ACTOR, VALUE_PROPOSITION), EnumSet.of(ACTIVITY)),
        Arguments.of(RelationType.ADHERES_TO, EnumSet.of(ACTOR), EnumSet.of(INSTITUTION)),
        Arguments.of(RelationType.OFFERS, EnumSet.of(ACTOR), EnumSet.of(VALUE_PROPOSITION)),
        Arguments.of(RelationType.OPERATES, EnumSet.of(ACTOR), EnumSet.of(TOUCHPOINT)));
  }

  /** The effect flow of each built-in, as the table of {@link RelationType} gives it. */
  static Stream<Arguments> builtInFlows() {
    return Stream.of(
        Arguments.of(RelationType.SERVES, EffectFlow.FORWARD),
        Arguments.of(RelationType.PARTNERS_WITH, EffectFlow.MUTUAL),
        Arguments.of(RelationType.INFLUENCES, EffectFlow.FORWARD),
        Arguments.of(RelationType.MEMBER_OF, EffectFlow.BACKWARD),
        Arguments.of(RelationType.ACCESSES, EffectFlow.BACKWARD),
        Arguments.of(RelationType.PERFORMS, EffectFlow.BACKWARD),
        Arguments.of(RelationType.INTEGRATES, EffectFlow.BACKWARD),
        Arguments.of(RelationType.SUPPORTS, EffectFlow.FORWARD),
        Arguments.of(RelationType.ADHERES_TO, EffectFlow.BACKWARD),
        Arguments.of(RelationType.OFFERS, EffectFlow.FORWARD),
        Arguments.of(RelationType.OPERATES, EffectFlow.FORWARD));
  }

  @ParameterizedTest(name = "{0} flows {1}")
  @MethodSource("builtInFlows")
  void a_built_in_should_state_which_way_its_effect_flows(RelationType type, EffectFlow flow) {
    assertThat(type.flow()).isEqualTo(flow);
  }

  @Test
  void every_built_in_should_have_its_flow_listed() {
    assertThat(builtInFlows().map(a -> a.get()[0]).toList())
        .containsExactlyElementsOf(RelationType.builtIns());
  }

  @Test
  void a_user_declared_type_should_flow_forward_unless_told_otherwise() {
    // given
    RelationType caresFor = RelationType.actorToActor("CARES_FOR");
    RelationType borrows = RelationType.of("BORROWS", EnumSet.of(ACTOR), EnumSet.of(RESOURCE));
    RelationType attends =
        RelationType.of("ATTENDS", EnumSet.of(ACTOR), EnumSet.of(ACTOR), EffectFlow.BACKWARD);
    RelationType viaConstructor = new RelationType("LENDS", Set.of(ACTOR), Set.of(RESOURCE));
    // then
    assertThat(caresFor.flow()).isEqualTo(EffectFlow.FORWARD);
    assertThat(borrows.flow()).isEqualTo(EffectFlow.FORWARD);
    assertThat(viaConstructor.flow()).isEqualTo(EffectFlow.FORWARD);
    assertThat(attends.flow()).isEqualTo(EffectFlow.BACKWARD);
    assertThat(attends).isNotEqualTo(RelationType.actorToActor("ATTENDS"));
  }

  @Test
  void a_flow_should_say_which_end_affects_the_other() {
    assertThat(EffectFlow.FORWARD.sourceAffectsTarget()).isTrue();
    assertThat(EffectFlow.FORWARD.targetAffectsSource()).isFalse();
    assertThat(EffectFlow.BACKWARD.sourceAffectsTarget()).isFalse();
    assertThat(EffectFlow.BACKWARD.targetAffectsSource()).isTrue();
    assertThat(EffectFlow.MUTUAL.sourceAffectsTarget()).isTrue();
    assertThat(EffectFlow.MUTUAL.targetAffectsSource()).isTrue();
  }

  /** {@return every (source kind, target kind) pair that {@code type} connects} */
  private static Set<List<ElementKind>> connectedPairs(RelationType type) {
    ImmutableSet.Builder<List<ElementKind>> pairs = ImmutableSet.builder();
    for (ElementKind source : ElementKind.values()) {
      for (ElementKind target : ElementKind.values()) {
        if (type.connects(sampleOf(source), sampleOf(target))) {
          pairs.add(List.of(source, target));
        }
      }
    }
    return pairs.build();
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @MethodSource("builtIns")
  void a_built_in_should_connect_exactly_its_kinds(
      RelationType type, Set<ElementKind> sources, Set<ElementKind> targets) {
    assertThat(type.sources()).isEqualTo(sources);
    assertThat(type.targets()).isEqualTo(targets);
    assertThat(connectedPairs(type)).isEqualTo(Sets.cartesianProduct(sources, targets));
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @MethodSource("builtIns")
  void a_relation_of_a_built_in_should_be_made_exactly_between_its_kinds(
      RelationType type, Set<ElementKind> sources, Set<ElementKind> targets) {
    for (ElementKind source : ElementKind.values()) {
      for (ElementKind target : ElementKind.values()) {
        Element from = sampleOf(source);
        Element to = sampleOf(target);
        if (sources.contains(source) && targets.contains(target)) {
          assertThat(Relation.of(from, type, to).type()).isEqualTo(type);
        } else {
          assertThatThrownBy(() -> Relation.of(from, type, to))
              .as("%s from %s to %s", type, source, target)
              .isInstanceOf(IllegalArgumentException.class);
        }
      }
    }
  }

  @Test
  void built_ins_should_be_the_eleven_types_in_the_order_of_the_table() {
    assertThat(RelationType.builtIns())
        .extracting(RelationType::name)
        .containsExactly(
            "SERVES",
            "PARTNERS_WITH",
            "INFLUENCES",
            "MEMBER_OF",
            "ACCESSES",
            "PERFORMS",
            "INTEGRATES",
            "SUPPORTS",
            "ADHERES_TO",
            "OFFERS",
            "OPERATES");
    assertThat(RelationType.builtIns())
        .containsExactlyElementsOf(builtIns().map(a -> (RelationType) a.get()[0]).toList());
  }

  @Test
  void built_ins_should_be_unmodifiable() {
    List<RelationType> builtIns = RelationType.builtIns();
    RelationType caresFor = RelationType.actorToActor("CARES_FOR");
    assertThatThrownBy(() -> builtIns.add(caresFor))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> builtIns.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(RelationType.builtIns()).hasSize(11).doesNotContain(caresFor);
  }

  @Test
  void a_user_declared_type_should_connect_the_kinds_it_names() {
    // given
    RelationType recommends =
        RelationType.of(
            "RECOMMENDS", EnumSet.of(ACTOR, VALUE_PROPOSITION), EnumSet.of(ACTIVITY, RESOURCE));
    // then
    assertThat(connectedPairs(recommends))
        .containsExactlyInAnyOrder(
            List.of(ACTOR, ACTIVITY),
            List.of(ACTOR, RESOURCE),
            List.of(VALUE_PROPOSITION, ACTIVITY),
            List.of(VALUE_PROPOSITION, RESOURCE));
    assertThat(Relation.of(CARE_PLAN, recommends, MEASURING, 0.3).strength()).isEqualTo(0.3);
    assertThat(recommends.name()).isEqualTo("RECOMMENDS");
    assertThat(recommends).hasToString("RECOMMENDS");
  }

  @Test
  void actor_to_actor_should_declare_a_type_between_two_actors() {
    RelationType caresFor = RelationType.actorToActor("CARES_FOR");
    assertThat(caresFor.sources()).containsExactly(ACTOR);
    assertThat(caresFor.targets()).containsExactly(ACTOR);
    assertThat(Relation.of(ALICE, caresFor, BOB).type()).isEqualTo(caresFor);
  }

  @Test
  void the_kinds_passed_in_should_be_copied_and_those_handed_out_unmodifiable() {
    // given
    Set<ElementKind> sources = EnumSet.of(ACTOR);
    Set<ElementKind> targets = EnumSet.of(RESOURCE);
    RelationType borrows = RelationType.of("BORROWS", sources, targets);
    // when
    sources.add(ACTIVITY);
    targets.clear();
    // then
    assertThat(borrows.sources()).containsExactly(ACTOR);
    assertThat(borrows.targets()).containsExactly(RESOURCE);
    Set<ElementKind> handedOut = borrows.sources();
    assertThatThrownBy(() -> handedOut.add(INSTITUTION))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
