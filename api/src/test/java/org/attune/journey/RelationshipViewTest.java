package org.attune.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.testlib.scenario.Journeys.journey;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.attune.model.Actor;
import org.attune.model.Episode;
import org.attune.model.Journey;
import org.attune.model.ValueProposition;
import org.attune.testlib.scenario.Journeys;
import org.junit.jupiter.api.Test;

class RelationshipViewTest {

  static Journey withProposition(Journey j, String product, Actor staff) {
    ValueProposition p = ValueProposition.of(product, product);
    List<Episode> es = new ArrayList<>();
    for (Episode e : j.episodes()) {
      Episode.Builder b = Episode.builder(e.customer(), e.touchpoint(), e.time()).proposition(p)
          .counterpart(staff);
      e.customerEmotion().ifPresent(b::customerEmotion);
      es.add(b.build());
    }
    return Journey.of(es);
  }

  static final Actor SUE = Actor.individual("sue", "Sue");
  static final Actor SAM = Actor.individual("sam", "Sam");

  // ann: a mortgage from minute 100 and savings from minute 0; bob: one journey
  static final Journey ANN_MORTGAGE =
      withProposition(journey("ann", "app@100~0.5", "shop@130~-0.7"), "mortgage", SUE);
  static final Journey ANN_SAVINGS =
      withProposition(journey("ann", "app@0", "app@20~0.3", "X@200"), "savings", SAM);
  static final Journey BOB = journey("bob", "app@5");

  @Test
  void joins_all_journeys_of_one_customer_in_order_of_their_start() {
    RelationshipView ann = RelationshipView.of(Actor.individual("ann", "ann"),
        List.of(ANN_MORTGAGE, BOB, ANN_SAVINGS)).orElseThrow();
    assertThat(ann.journeys()).containsExactly(ANN_SAVINGS, ANN_MORTGAGE);
    assertThat(ann.propositions()).extracting(ValueProposition::id)
        .containsExactly("savings", "mortgage");
    // since minute 0, last contact minute 200 (savings' X), span 200 min
    assertThat(ann.since()).isEqualTo(Journeys.T0);
    assertThat(ann.lastContact()).isEqualTo(Journeys.T0.plus(Duration.ofMinutes(200)));
    assertThat(ann.span()).isEqualTo(Duration.ofMinutes(200));
    assertThat(ann.episodeCount()).isEqualTo(5);
    // episodes interleave the journeys by time: app@0, app@20, app@100, shop@130, X@200
    assertThat(ann.episodes()).extracting(e -> e.touchpoint().id())
        .containsExactly("app", "app", "app", "shop", "X");
    // emotions across journeys: 0.3, 0.5, -0.7: peak -0.7, end -0.7 -> -0.7
    assertThat(ann.emotions().peakEnd()).hasValue(-0.7);
    // mix: brand app x3 + X = 4 of 5
    assertThat(ann.mix().brandControlledShare()).isEqualTo(0.8);
    // Sam met 3 times, Sue twice
    assertThat(ann.counterparts()).containsExactly(
        java.util.Map.entry(SAM, 3L), java.util.Map.entry(SUE, 2L));
  }

  @Test
  void a_customer_without_journeys_has_no_relationship() {
    assertThat(RelationshipView.of(Actor.individual("zoe", "zoe"), List.of(BOB))).isEmpty();
  }

  @Test
  void all_gives_one_view_per_customer_in_the_order_first_met() {
    assertThat(RelationshipView.all(List.of(BOB, ANN_MORTGAGE, ANN_SAVINGS)))
        .extracting(v -> v.customer().id(), v -> v.journeys().size())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("bob", 1),
            org.assertj.core.groups.Tuple.tuple("ann", 2));
  }

  @Test
  void the_span_reaches_from_a_placeholder_date_to_a_real_one() {
    // given: 0001-01-01 to 2026-01-01 is 739,616 days (2025 * 365 + 491 leap days)
    Actor ann = Actor.individual("ann", "ann");
    Journey placeholder = Journey.of(List.of(
        Episode.of(ann, Journeys.tp("app"), Instant.parse("0001-01-01T00:00:00Z")),
        Episode.of(ann, Journeys.tp("app"), Instant.parse("2026-01-01T00:00:00Z"))));
    // when
    RelationshipView view = RelationshipView.of(ann, List.of(placeholder)).orElseThrow();
    // then
    assertThat(view.span()).isEqualTo(Duration.ofDays(739_616));
  }
}
