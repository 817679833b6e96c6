package org.attune.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.attune.model.Actor;
import org.attune.model.Aspect;
import org.attune.model.Dimension;
import org.attune.model.Emotion;
import org.attune.model.Mood;
import org.attune.model.Perspective;
import org.attune.model.Profile;
import org.attune.model.RelationType;
import org.junit.jupiter.api.Test;

class AspectsAndMoodsTest {

  private static final Actor ALICE = Actor.individual("alice", "Alice");
  private static final Actor BRAND = Actor.organisation("brand", "Brand");
  private static final Actor GHOST = Actor.individual("ghost", "Ghost");
  private static final Profile ACTUAL = Profile.builder().level(Dimension.EMOTIONAL, 0.3).build();
  private static final Profile IDEAL = Profile.builder().level(Dimension.EMOTIONAL, 0.9).build();
  private static final Profile IMAGE = Profile.builder().level(Dimension.EMOTIONAL, 0.8).build();
  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
  private static final Emotion ANXIOUS = Emotion.of(-0.5, 0.6, -0.4);
  private static final Emotion CALM = Emotion.of(0.4, -0.3, 0.2);

  private static ServiceEcosystem.Builder base() {
    return ServiceEcosystem.builder()
        .add(ALICE, BRAND)
        .relate(BRAND, RelationType.SERVES, ALICE);
  }

  @Test
  void should_keep_the_actual_view_where_no_aspect_is_named() {
    // given
    ServiceEcosystem eco = base()
        .perspective(ALICE, ALICE, ACTUAL)
        .perspective(ALICE, ALICE, Aspect.IDEAL, IDEAL)
        .perspective(ALICE, BRAND, IMAGE)
        .build();
    // when / then
    assertThat(eco.perspective(ALICE, ALICE)).hasValue(ACTUAL);
    assertThat(eco.ownLogic(ALICE)).hasValue(ACTUAL);
    assertThat(eco.perspective(ALICE, ALICE, Aspect.ACTUAL)).hasValue(ACTUAL);
    assertThat(eco.perspective(ALICE, ALICE, Aspect.IDEAL)).hasValue(IDEAL);
    assertThat(eco.perspective(ALICE, ALICE, Aspect.SOCIAL)).isEmpty();
    assertThat(eco.perspective(ALICE, BRAND, Aspect.EXPECTED)).isEmpty();
    assertThat(eco.holdsAspect(Aspect.IDEAL)).isTrue();
    assertThat(eco.holdsAspect(Aspect.SOCIAL)).isFalse();
    assertThat(eco.perspectives().keySet()).containsExactly(
        Perspective.own(ALICE), Perspective.own(ALICE, Aspect.IDEAL), Perspective.of(ALICE, BRAND));
  }

  @Test
  void should_set_and_remove_one_aspect_leaving_the_others() {
    // given
    ServiceEcosystem eco = base().perspective(ALICE, ALICE, ACTUAL).build();
    // when
    ServiceEcosystem withIdeal = eco.toBuilder()
        .perspective(ALICE, ALICE, Aspect.IDEAL, IDEAL).build();
    ServiceEcosystem withoutActual = withIdeal.toBuilder().removePerspective(ALICE, ALICE).build();
    ServiceEcosystem back = withIdeal.toBuilder()
        .removePerspective(ALICE, ALICE, Aspect.IDEAL).build();
    // then
    assertThat(withIdeal).isEqualTo(base().perspective(ALICE, ALICE, Aspect.IDEAL, IDEAL)
        .perspective(ALICE, ALICE, ACTUAL).build());
    assertThat(withIdeal.hashCode()).isEqualTo(base().perspective(ALICE, ALICE, ACTUAL)
        .perspective(ALICE, ALICE, Aspect.IDEAL, IDEAL).build().hashCode());
    assertThat(withoutActual.perspective(ALICE, ALICE)).isEmpty();
    assertThat(withoutActual.ownLogic(ALICE)).isEmpty();
    assertThat(withoutActual.perspective(ALICE, ALICE, Aspect.IDEAL)).hasValue(IDEAL);
    assertThat(back).isEqualTo(eco).hasSameHashCodeAs(eco);
    assertThat(back.holdsAspect(Aspect.IDEAL)).isFalse();
    assertThat(eco.perspective(ALICE, ALICE, Aspect.IDEAL)).isEmpty();
  }

  @Test
  void should_report_the_removal_of_an_aspect_not_held_naming_it() {
    // given
    ServiceEcosystem eco = base().perspective(ALICE, ALICE, ACTUAL).build();
    // when / then
    assertThatThrownBy(() -> eco.toBuilder().removePerspective(ALICE, ALICE, Aspect.IDEAL).build())
        .isInstanceOf(EcosystemException.class)
        .hasMessageContaining(
            "cannot remove the ideal perspective of 'alice' on 'alice': the ecosystem holds none");
  }

  @Test
  void should_name_the_aspect_of_a_perspective_on_an_unknown_actor() {
    // when / then
    assertThatThrownBy(() -> base().perspective(ALICE, GHOST, Aspect.EXPECTED, IMAGE).build())
        .isInstanceOf(EcosystemException.class)
        .hasMessageContaining("expected perspective of 'alice' on 'ghost' names unknown subject"
            + " 'ghost'");
  }

  @Test
  void should_answer_the_mood_in_force_at_an_instant() {
    // given: anxious from T0, calm from T0 + 1 h
    ServiceEcosystem eco = base()
        .mood(Mood.of(ALICE, CALM, T0.plusSeconds(3600)))
        .mood(Mood.of(ALICE, ANXIOUS, T0))
        .build();
    // when / then
    assertThat(eco.moods(ALICE)).containsExactly(
        Mood.of(ALICE, ANXIOUS, T0), Mood.of(ALICE, CALM, T0.plusSeconds(3600)));
    assertThat(eco.mood(ALICE, T0.minusSeconds(1))).isEmpty();
    assertThat(eco.mood(ALICE, T0)).hasValue(ANXIOUS);
    assertThat(eco.mood(ALICE, T0.plusSeconds(3599))).hasValue(ANXIOUS);
    assertThat(eco.mood(ALICE, T0.plusSeconds(3600))).hasValue(CALM);
    assertThat(eco.mood(ALICE, T0.plusSeconds(86_400))).hasValue(CALM);
    assertThat(eco.mood(BRAND, T0)).isEmpty();
    assertThat(eco.mood(GHOST, T0)).isEmpty();
    assertThat(eco.moods(GHOST)).isEmpty();
  }

  @Test
  void should_reject_a_mood_of_an_unknown_actor_naming_it() {
    // when / then
    assertThatThrownBy(() -> base().mood(Mood.of(GHOST, ANXIOUS, T0)).build())
        .isInstanceOf(EcosystemException.class)
        .hasMessageContaining("mood of 'ghost' since 2026-03-01T09:00:00Z names unknown actor"
            + " 'ghost'");
    ServiceEcosystem eco = base().build();
    assertThatThrownBy(() -> eco.toBuilder().mood(Mood.of(GHOST, ANXIOUS, T0)).build())
        .isInstanceOf(EcosystemException.class)
        .hasMessageContaining("names unknown actor 'ghost'");
  }

  @Test
  void should_reject_two_different_moods_of_one_actor_from_one_instant() {
    // given
    String problem = "two moods of 'alice' since 2026-03-01T09:00:00Z";
    // when / then
    assertThatThrownBy(() -> base().mood(Mood.of(ALICE, ANXIOUS, T0))
            .mood(Mood.of(ALICE, CALM, T0)).build())
        .isInstanceOf(EcosystemException.class)
        .hasMessageContaining(problem);
    ServiceEcosystem eco = base().mood(Mood.of(ALICE, ANXIOUS, T0)).build();
    assertThatThrownBy(() -> eco.toBuilder().mood(Mood.of(ALICE, CALM, T0)).build())
        .isInstanceOf(EcosystemException.class)
        .hasMessageContaining(problem);
    assertThat(eco.toBuilder().mood(Mood.of(ALICE, ANXIOUS, T0)).build()).isEqualTo(eco);
  }

  @Test
  void should_derive_versions_of_moods_equal_to_the_same_content_built_afresh() {
    // given
    ServiceEcosystem eco = base().mood(Mood.of(ALICE, ANXIOUS, T0)).build();
    // when
    ServiceEcosystem later = eco.toBuilder().mood(Mood.of(ALICE, CALM, T0.plusSeconds(60))).build();
    ServiceEcosystem undone = later.toBuilder().removeMood(Mood.of(ALICE, ANXIOUS, T0)).build();
    // then
    assertThat(later).isEqualTo(base().mood(Mood.of(ALICE, CALM, T0.plusSeconds(60)))
        .mood(Mood.of(ALICE, ANXIOUS, T0)).build());
    assertThat(undone).isEqualTo(base().mood(Mood.of(ALICE, CALM, T0.plusSeconds(60))).build())
        .isNotEqualTo(later);
    assertThat(undone.mood(ALICE, T0)).isEmpty();
    assertThat(later.toString()).endsWith("0 episodes, 2 moods}");
    assertThatThrownBy(() -> undone.toBuilder().removeMood(Mood.of(ALICE, ANXIOUS, T0)).build())
        .isInstanceOf(EcosystemException.class)
        .hasMessageContaining("cannot remove the mood of 'alice' since 2026-03-01T09:00:00Z: the"
            + " ecosystem holds none equal to it");
  }

  @Test
  void should_drop_the_aspects_and_moods_of_a_removed_actor() {
    // given
    ServiceEcosystem eco = base()
        .perspective(ALICE, ALICE, ACTUAL)
        .perspective(ALICE, BRAND, Aspect.EXPECTED, IMAGE)
        .perspective(BRAND, ALICE, Aspect.PERCEIVED, IMAGE)
        .mood(Mood.of(ALICE, ANXIOUS, T0))
        .mood(Mood.of(BRAND, CALM, T0))
        .build();
    // when
    ServiceEcosystem without = eco.toBuilder().remove(ALICE).build();
    // then
    assertThat(without.perspectives()).isEmpty();
    assertThat(without.holdsAspect(Aspect.EXPECTED)).isFalse();
    assertThat(without.moods()).containsExactly(Mood.of(BRAND, CALM, T0));
    assertThat(without).isEqualTo(ServiceEcosystem.builder().add(BRAND)
        .mood(Mood.of(BRAND, CALM, T0)).build());
  }

  @Test
  void should_carry_every_aspect_and_the_moods_of_the_actors_kept_into_a_customer_ecosystem() {
    // given
    Actor stranger = Actor.individual("stranger", "Stranger");
    ServiceEcosystem eco = base()
        .add(stranger)
        .perspective(ALICE, ALICE, ACTUAL)
        .perspective(ALICE, ALICE, Aspect.IDEAL, IDEAL)
        .perspective(ALICE, BRAND, Aspect.EXPECTED, IMAGE)
        .mood(Mood.of(ALICE, ANXIOUS, T0))
        .mood(Mood.of(stranger, CALM, T0))
        .build();
    ServiceEcosystem derived = eco.toBuilder()
        .perspective(ALICE, BRAND, Aspect.PERCEIVED, IDEAL).build();
    // when
    ServiceEcosystem around = derived.around(ALICE, 2);
    // then
    assertThat(around.perspectives().keySet()).containsExactly(
        Perspective.own(ALICE), Perspective.own(ALICE, Aspect.IDEAL),
        Perspective.of(ALICE, BRAND, Aspect.EXPECTED), Perspective.of(ALICE, BRAND,
            Aspect.PERCEIVED));
    assertThat(around.moods()).containsExactly(Mood.of(ALICE, ANXIOUS, T0));
  }
}
