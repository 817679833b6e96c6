package org.attune.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attune.model.Fixtures.ALICE;
import static org.attune.model.Fixtures.CLINIC;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Factories of the elements, perspectives, dimensions and touchpoint ownership. */
class ElementsTest {

  @Test
  void actor_factories_should_set_the_type() {
    assertThat(Actor.individual("a", "A").type()).isEqualTo(ActorType.INDIVIDUAL);
    assertThat(Actor.collective("h", "Household").type()).isEqualTo(ActorType.COLLECTIVE);
    assertThat(Actor.organisation("f", "Firm").type()).isEqualTo(ActorType.ORGANISATION);
  }

  @Test
  void resource_factories_should_set_the_nature() {
    assertThat(Resource.operant("k", "Know-how").nature()).isEqualTo(ResourceNature.OPERANT);
    assertThat(Resource.operand("m", "Money").nature()).isEqualTo(ResourceNature.OPERAND);
  }

  @Test
  void every_element_should_report_its_own_kind() {
    assertThat(Actor.individual("x", "X").elementKind()).isEqualTo(ElementKind.ACTOR);
    assertThat(Resource.operand("x", "X").elementKind()).isEqualTo(ElementKind.RESOURCE);
    assertThat(Institution.of("x", "X", InstitutionKind.BELIEF).elementKind())
        .isEqualTo(ElementKind.INSTITUTION);
    assertThat(Activity.of("x", "X").elementKind()).isEqualTo(ElementKind.ACTIVITY);
    assertThat(
            Touchpoint.of("x", "X", TouchpointOwnership.PARTNER_OWNED, JourneyStage.PREPURCHASE)
                .elementKind())
        .isEqualTo(ElementKind.TOUCHPOINT);
    assertThat(ValueProposition.of("x", "X").elementKind())
        .isEqualTo(ElementKind.VALUE_PROPOSITION);
  }

  @Test
  void elements_should_keep_id_and_name_as_given() {
    Element element =
        Touchpoint.of(
            "app", "Clinic app", TouchpointOwnership.BRAND_OWNED, JourneyStage.POSTPURCHASE);
    assertThat(element.id()).isEqualTo("app");
    assertThat(element.name()).isEqualTo("Clinic app");
  }

  @Test
  void a_perspective_should_know_whether_it_is_an_actors_own() {
    assertThat(Perspective.own(ALICE).isOwn()).isTrue();
    assertThat(Perspective.own(ALICE).holder()).isEqualTo(ALICE);
    assertThat(Perspective.own(ALICE).subject()).isEqualTo(ALICE);
    assertThat(Perspective.of(CLINIC, ALICE).isOwn()).isFalse();
    assertThat(Perspective.of(CLINIC, ALICE).holder()).isEqualTo(CLINIC);
    assertThat(Perspective.of(CLINIC, ALICE).subject()).isEqualTo(ALICE);
  }

  @ParameterizedTest
  @EnumSource(TouchpointOwnership.class)
  void only_brand_owned_touchpoints_should_be_brand_controlled(TouchpointOwnership ownership) {
    assertThat(ownership.isBrandControlled())
        .isEqualTo(ownership == TouchpointOwnership.BRAND_OWNED);
  }

  @Test
  void the_default_dimensions_should_be_the_six_built_ins_in_order() {
    assertThat(Dimension.defaults())
        .containsExactly(
            Dimension.FUNCTIONAL,
            Dimension.EMOTIONAL,
            Dimension.SOCIAL,
            Dimension.EPISTEMIC,
            Dimension.CONDITIONAL,
            Dimension.ECONOMIC);
    assertThat(Dimension.defaults())
        .extracting(Dimension::name)
        .containsExactly(
            "functional", "emotional", "social", "epistemic", "conditional", "economic");
  }

  @Test
  void the_default_dimensions_should_be_unmodifiable() {
    List<Dimension> defaults = Dimension.defaults();
    assertThatThrownBy(() -> defaults.add(Dimension.of("aesthetic")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(Dimension.defaults()).hasSize(6);
  }

  @Test
  void a_dimension_should_print_as_its_name() {
    assertThat(Dimension.of("aesthetic")).hasToString("aesthetic");
  }
}
