package org.attune.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.attune.testlib.scenario.Journeys.journey;

import java.util.List;
import org.attune.model.Journey;
import org.junit.jupiter.api.Test;

class BlindSpotsTest {

  // Four journeys. Brand-owned: app, X. Outside: ad, review (social), shop (partner), diy (customer).
  static final List<Journey> JOURNEYS = List.of(
      journey("a", "ad@0~-0.4", "app@1", "X@2"),
      journey("b", "ad@0~0.6", "review@1~-0.8"),
      journey("c", "shop@0", "app@1", "shop@2"),
      journey("d", "review@0", "shop@1~-0.2", "X@2"));

  @Test
  void touchpoints_outside_brand_ownership_are_ranked_by_the_documented_score() {
    List<BlindSpots.BlindSpot> ranked = BlindSpots.of(JOURNEYS).ranked();
    // review: reach 2/4 = 0.5; emotions: -0.8 -> negativity 0.8 / 1 = 0.8;
    //   ends: journey b -> 1, visits 2 -> drop-off 0.5; score 0.5 * (0.8 + 0.5) / 2 = 0.325
    // shop: reach 2/4 = 0.5; emotions: -0.2 -> 0.2; ends: journey c -> 1, visits 3 -> 1/3;
    //   score 0.5 * (0.2 + 1/3) / 2 = 0.1333...
    // ad: reach 0.5; emotions -0.4 and 0.6 -> (0.4 + 0) / 2 = 0.2; no ends; score 0.5 * 0.2 / 2 = 0.05
    // diy: never visited; app and X: brand-owned, never listed
    assertThat(ranked).extracting(b -> b.touchpoint().id())
        .containsExactly("review", "shop", "ad");
    BlindSpots.BlindSpot review = ranked.get(0);
    assertThat(review.reach()).isEqualTo(0.5);
    assertThat(review.negativity()).isCloseTo(0.8, within(1e-12));
    assertThat(review.dropOffRate()).isEqualTo(0.5);
    assertThat(review.score()).isCloseTo(0.325, within(1e-12));
    assertThat(ranked.get(1).score()).isCloseTo(0.5 * (0.2 + 1.0 / 3) / 2, within(1e-12));
    assertThat(ranked.get(2).score()).isCloseTo(0.05, within(1e-12));
    assertThat(ranked.get(1).visits()).isEqualTo(3);
    assertThat(ranked.get(1).journeys()).isEqualTo(2);
  }

  @Test
  void a_goal_is_not_a_drop_off() {
    // with review a goal: drop-off 0, score 0.5 * 0.8 / 2 = 0.2 (now below shop? 0.1333 -> no)
    List<BlindSpots.BlindSpot> ranked = BlindSpots.of(JOURNEYS, List.of("review")).ranked();
    assertThat(ranked.get(0).touchpoint().id()).isEqualTo("review");
    assertThat(ranked.get(0).score()).isCloseTo(0.2, within(1e-12));
    assertThat(ranked.get(0).dropOffs()).isZero();
  }

  @Test
  void touchpoints_without_negative_emotion_or_drop_off_are_not_blind_spots() {
    assertThat(BlindSpots.of(List.of(journey("a", "ad@0~0.5", "app@1"))).ranked()).isEmpty();
  }

  @Test
  void equal_scores_are_ranked_by_touchpoint_id() {
    // each journey ends at its outside touchpoint: reach 1/2, drop-off 1 -> score 0.25 each
    List<BlindSpots.BlindSpot> ranked = BlindSpots.of(List.of(
        journey("a", "shop@0"), journey("b", "diy@0"))).ranked();
    assertThat(ranked).extracting(b -> b.touchpoint().id()).containsExactly("diy", "shop");
  }
}
