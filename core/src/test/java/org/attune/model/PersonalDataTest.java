package org.attune.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.model.Fixtures.T0;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Names are personal data: {@code toString()} names elements by kind and id, never by name, since
 * strings of model objects end up in messages and logs.
 */
class PersonalDataTest {

  private static final String NAME = "Jane Doe, 12 Main St";

  @Test
  void should_leave_the_name_out_of_every_elements_string() {
    // given
    List<Element> elements = List.of(
        Actor.individual("jane", NAME),
        Resource.operant("r", NAME),
        Institution.of("i", NAME, InstitutionKind.ROLE),
        Activity.of("a", NAME),
        Touchpoint.of("t", NAME, TouchpointOwnership.PARTNER_OWNED, JourneyStage.PURCHASE),
        ValueProposition.of("v", NAME));
    // when / then
    assertThat(elements).extracting(Object::toString).containsExactly(
        "Actor[id=jane, type=INDIVIDUAL]",
        "Resource[id=r, nature=OPERANT]",
        "Institution[id=i, kind=ROLE]",
        "Activity[id=a]",
        "Touchpoint[id=t, ownership=PARTNER_OWNED, stage=PURCHASE]",
        "ValueProposition[id=v]");
  }

  @Test
  void should_leave_names_out_of_everything_that_holds_elements() {
    // given
    Actor jane = Actor.individual("jane", NAME);
    Actor nurse = Actor.individual("nurse", NAME);
    Touchpoint desk = Touchpoint.of("desk", NAME, TouchpointOwnership.BRAND_OWNED,
        JourneyStage.PURCHASE);
    ValueProposition plan = ValueProposition.of("plan", NAME);
    Activity walking = Activity.of("walking", NAME);
    Episode episode = Episode.builder(jane, desk, T0).counterpart(nurse).proposition(plan)
        .customerEmotion(Emotion.of(0.5, 0, 0)).initiative(Initiative.CUSTOMER).build();
    List<Object> holders = List.of(
        Perspective.of(nurse, jane),
        ValueInUse.of(jane, Sphere.JOINT, 0.5, nurse).in(walking),
        episode,
        Journey.of(List.of(episode, Episode.builder(jane, desk, T0.plusSeconds(60))
            .proposition(plan).build())),
        Relation.of(nurse, RelationType.SERVES, jane));
    // when / then
    for (Object o : holders) {
      assertThat(o.toString()).doesNotContain("Jane").doesNotContain("Main St");
    }
    assertThat(Perspective.of(nurse, jane)).hasToString("Perspective[holder=nurse, subject=jane]");
    assertThat(ValueInUse.of(jane, Sphere.JOINT, 0.5, nurse).in(walking)).hasToString(
        "ValueInUse[beneficiary=jane, sphere=JOINT, valence=0.5, contributors=[jane, nurse],"
            + " activity=walking]");
    assertThat(episode).hasToString("Episode[customer=jane, touchpoint=desk,"
        + " time=2026-03-01T09:00:00Z, initiative=CUSTOMER, acknowledged=false,"
        + " customerEmotion=Emotion[pleasure=0.5, arousal=0.0, dominance=0.0],"
        + " counterpart=nurse, proposition=plan]");
    assertThat(holders.get(3)).hasToString("Journey[customer=jane, proposition=plan, 2 episodes"
        + " from 2026-03-01T09:00:00Z to 2026-03-01T09:01:00Z]");
  }

  @Test
  void should_leave_names_out_of_validation_messages() {
    Actor jane = Actor.individual("jane", NAME);
    Actor other = Actor.individual("other", NAME);
    Episode janes = Episode.of(jane, Touchpoint.of("t", NAME, TouchpointOwnership.BRAND_OWNED,
        JourneyStage.PURCHASE), T0);
    Throwable[] thrown = {
      org.assertj.core.api.Assertions.catchThrowable(() -> Relation.of(jane, RelationType.PERFORMS, other)),
      org.assertj.core.api.Assertions.catchThrowable(() -> new Journey(other, java.util.Optional.empty(), List.of(janes))),
      org.assertj.core.api.Assertions.catchThrowable(() -> Journey.of(List.of(janes, Episode.of(other, janes.touchpoint(), T0)))),
    };
    for (Throwable t : thrown) {
      assertThat(t).isInstanceOf(IllegalArgumentException.class);
      assertThat(t.getMessage()).doesNotContain("Jane");
    }
  }

  @Test
  void should_leave_the_name_out_of_the_message_about_a_control_character_in_it() {
    // given: a name with a NUL after its 20 characters
    String name = NAME + "\u0000";
    // when / then: the message says where the character is, not what the name is
    List<java.util.function.Supplier<Object>> factories = List.of(
        () -> Actor.individual("jane", name),
        () -> Activity.of("a", name),
        () -> Touchpoint.of("t", name, TouchpointOwnership.BRAND_OWNED, JourneyStage.PURCHASE),
        () -> ValueProposition.of("v", name),
        () -> Institution.of("i", name, InstitutionKind.ROLE));
    for (java.util.function.Supplier<Object> factory : factories) {
      assertThat(org.assertj.core.api.Assertions.catchThrowable(factory::get))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage("name must be free of control characters other than the tab and the line"
              + " breaks, but held U+0000 at index 20 (the name is not shown: names are personal"
              + " data)");
    }
  }
}
