package org.attune.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attune.testlib.scenario.Journeys.journey;

import java.util.List;
import org.attune.model.Journey;
import org.attune.model.JourneyStage;
import org.attune.model.TouchpointOwnership;
import org.junit.jupiter.api.Test;

class TouchpointMixTest {

  // j1: ad (social, pre), review (social, pre), shop (partner, purchase), app (brand, purchase)
  // j2: app (brand, purchase), app, diy (customer, post), X (brand, post)
  static final Journey J1 = journey("a", "ad@0", "review@1", "shop@2", "app@3");
  static final Journey J2 = journey("b", "app@0", "app@1", "diy@2", "X@3");

  @Test
  void one_journey_shares_its_episodes_by_ownership_and_stage() {
    TouchpointMix mix = TouchpointMix.of(J1);
    // N = 4; social 2/4, partner 1/4, brand 1/4, customer 0
    assertThat(mix.episodes()).isEqualTo(4);
    assertThat(mix.share(TouchpointOwnership.SOCIAL_EXTERNAL)).isEqualTo(0.5);
    assertThat(mix.share(TouchpointOwnership.PARTNER_OWNED)).isEqualTo(0.25);
    assertThat(mix.share(TouchpointOwnership.CUSTOMER_OWNED)).isZero();
    assertThat(mix.brandControlledShare()).isEqualTo(0.25);
    // pre 2/4, purchase 2/4, post 0
    assertThat(mix.share(JourneyStage.PREPURCHASE)).isEqualTo(0.5);
    assertThat(mix.share(JourneyStage.PURCHASE)).isEqualTo(0.5);
    assertThat(mix.count(TouchpointOwnership.PARTNER_OWNED, JourneyStage.PURCHASE)).isEqualTo(1);
  }

  @Test
  void many_journeys_pool_their_episodes() {
    TouchpointMix mix = TouchpointMix.of(List.of(J1, J2));
    // N = 8; brand: app (j1) + app, app, X (j2) = 4 -> 4/8
    assertThat(mix.episodes()).isEqualTo(8);
    assertThat(mix.share(TouchpointOwnership.BRAND_OWNED)).isEqualTo(0.5);
    // brand & purchase: 3 (app x3) -> 3/8 = 0.375
    assertThat(mix.share(TouchpointOwnership.BRAND_OWNED, JourneyStage.PURCHASE)).isEqualTo(0.375);
    // post: diy + X = 2 -> 2/8
    assertThat(mix.share(JourneyStage.POSTPURCHASE)).isEqualTo(0.25);
    assertThat(mix.byOwnership().values().stream().mapToDouble(Double::doubleValue).sum())
        .isEqualTo(1.0);
    assertThat(mix.byStage()).containsOnlyKeys(JourneyStage.values());
    assertThat(mix.table()).contains("BRAND_OWNED").contains("0.375");
  }

  @Test
  void no_journeys_is_an_error_not_a_division_by_zero() {
    assertThatThrownBy(() -> TouchpointMix.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one journey");
  }
}
