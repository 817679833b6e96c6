package org.attune.journey;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attune.model.Actor;
import org.attune.model.Emotion;
import org.attune.model.Episode;
import org.attune.model.Journey;
import org.attune.model.JourneyStage;
import org.attune.model.Touchpoint;
import org.attune.model.TouchpointOwnership;

/** Small hand-written journeys for the analytics tests. */
final class Fixtures {

  static final Instant T0 = Instant.parse("2020-01-01T00:00:00Z");

  /** Touchpoints by id; any other id is brand-owned and post-purchase. */
  static final Map<String, Touchpoint> TOUCHPOINTS = Map.of(
      "ad", Touchpoint.of("ad", "ad", TouchpointOwnership.SOCIAL_EXTERNAL, JourneyStage.PREPURCHASE),
      "review", Touchpoint.of("review", "review", TouchpointOwnership.SOCIAL_EXTERNAL,
          JourneyStage.PREPURCHASE),
      "shop", Touchpoint.of("shop", "shop", TouchpointOwnership.PARTNER_OWNED,
          JourneyStage.PURCHASE),
      "app", Touchpoint.of("app", "app", TouchpointOwnership.BRAND_OWNED, JourneyStage.PURCHASE),
      "diy", Touchpoint.of("diy", "diy", TouchpointOwnership.CUSTOMER_OWNED,
          JourneyStage.POSTPURCHASE));

  private Fixtures() {}

  static Touchpoint tp(String id) {
    return TOUCHPOINTS.getOrDefault(
        id, Touchpoint.of(id, id, TouchpointOwnership.BRAND_OWNED, JourneyStage.POSTPURCHASE));
  }

  /**
   * {@return a journey of {@code customer}}; each step is {@code id@minutes} after {@link #T0},
   * optionally followed by {@code ~pleasure}
   */
  static Journey journey(String customer, String... steps) {
    Actor c = Actor.individual(customer, customer);
    List<Episode> episodes = new ArrayList<>();
    for (String step : steps) {
      String[] emo = step.split("~");
      String[] at = emo[0].split("@");
      Episode.Builder b = Episode.builder(c, tp(at[0]),
          T0.plus(Duration.ofMinutes(Long.parseLong(at[1]))));
      if (emo.length > 1) {
        b.customerEmotion(Emotion.of(Double.parseDouble(emo[1]), 0, 0));
      }
      episodes.add(b.build());
    }
    return Journey.of(episodes);
  }
}
