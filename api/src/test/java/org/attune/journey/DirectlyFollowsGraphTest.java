package org.attune.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.attune.testlib.scenario.Journeys.journey;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.attune.model.Actor;
import org.attune.model.Episode;
import org.attune.model.Journey;
import org.attune.testlib.scenario.Journeys;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;

class DirectlyFollowsGraphTest {

  // Three journeys (minutes after T0):
  //   j1: A@0  B@10  C@40
  //   j2: A@0  B@20  B@30  C@90
  //   j3: A@0  C@5
  static final List<Journey> JOURNEYS = List.of(
      journey("j1", "A@0", "B@10", "C@40"),
      journey("j2", "A@0", "B@20", "B@30", "C@90"),
      journey("j3", "A@0", "C@5"));

  final DirectlyFollowsGraph dfg = DirectlyFollowsGraph.of(JOURNEYS);

  @Test
  void counts_transitions_starts_ends_and_occurrences() {
    // |A>B| = 2 (j1, j2), |A>C| = 1 (j3), |B>B| = 1, |B>C| = 2, |C>A| = 0
    assertThat(dfg.count("A", "B")).isEqualTo(2);
    assertThat(dfg.count("A", "C")).isEqualTo(1);
    assertThat(dfg.count("B", "B")).isEqualTo(1);
    assertThat(dfg.count("B", "C")).isEqualTo(2);
    assertThat(dfg.count("C", "A")).isZero();
    assertThat(dfg.count("X", "Y")).isZero();
    // |A| = 3, |B| = 3, |C| = 3
    assertThat(dfg.occurrences("B")).isEqualTo(3);
    assertThat(dfg.starts()).containsExactly(Map.entry("A", 3L));
    assertThat(dfg.ends()).containsExactly(Map.entry("C", 3L));
    assertThat(dfg.journeyCount()).isEqualTo(3);
    assertThat(dfg.touchpoints()).containsExactly("A", "B", "C");
  }

  @Test
  void probabilities_are_counts_over_occurrences_and_sum_to_one_with_drop_off() {
    // P(B|A) = |A>B| / |A| = 2/3; P(C|A) = 1/3
    assertThat(dfg.probability("A", "B")).hasValueCloseTo(2.0 / 3, within(1e-12));
    assertThat(dfg.probability("A", "C")).hasValueCloseTo(1.0 / 3, within(1e-12));
    // P(B|B) = 1/3, P(C|B) = 2/3
    assertThat(dfg.probability("B", "B")).hasValueCloseTo(1.0 / 3, within(1e-12));
    // out of C: no transition, end(C)/|C| = 3/3 = 1
    assertThat(dfg.probability("C", "A")).hasValue(0.0);
    assertThat(dfg.probability("nowhere", "A")).isEmpty();
    for (String a : dfg.touchpoints()) {
      double out = dfg.transitionsFrom(a).stream().mapToDouble(t -> t.probability()).sum();
      double end = (double) dfg.ends().getOrDefault(a, 0L) / dfg.occurrences(a);
      assertThat(out + end).isCloseTo(1.0, within(1e-12));
    }
    assertThat(dfg.startProbability("A")).hasValue(1.0);
    assertThat(dfg.startProbability("B")).hasValue(0.0);
  }

  @Test
  void waiting_times_are_median_and_p90_by_linear_interpolation() {
    // A>B waits: 10 and 20 min. h = (2-1)*0.5 = 0.5 -> 10 + 0.5*10 = 15 min;
    //   p90: h = 0.9 -> 10 + 0.9*10 = 19 min
    DirectlyFollowsGraph.Transition ab = dfg.transition("A", "B").orElseThrow();
    assertThat(ab.medianWait()).isEqualTo(Duration.ofMinutes(15));
    assertThat(ab.p90Wait()).isEqualTo(Duration.ofMinutes(19));
    // B>C waits: 30 (j1: 10->40) and 60 (j2: 30->90): median 45, p90 30 + 0.9*30 = 57
    DirectlyFollowsGraph.Transition bc = dfg.transition("B", "C").orElseThrow();
    assertThat(bc.medianWait()).isEqualTo(Duration.ofMinutes(45));
    assertThat(bc.p90Wait()).isEqualTo(Duration.ofMinutes(57));
    // one wait only: median = p90 = it
    assertThat(dfg.transition("A", "C").orElseThrow().p90Wait()).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void variants_are_counted_and_sorted_by_count_then_first_met() {
    DirectlyFollowsGraph more = DirectlyFollowsGraph.of(List.of(
        journey("x", "A@0", "C@1"),
        journey("y", "A@0", "B@1", "C@2"),
        journey("z", "A@0", "B@1", "C@2"),
        journey("w", "B@0")));
    assertThat(more.variants()).extracting(v -> v.touchpoints(), v -> v.count())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(List.of("A", "B", "C"), 2L),
            org.assertj.core.groups.Tuple.tuple(List.of("A", "C"), 1L),
            org.assertj.core.groups.Tuple.tuple(List.of("B"), 1L));
    // share = 2/4
    assertThat(more.variants().get(0).share()).isEqualTo(0.5);
  }

  @Test
  void drop_off_says_where_journeys_end_and_leaves_goals_out() {
    DirectlyFollowsGraph d = DirectlyFollowsGraph.of(List.of(
        journey("a", "A@0", "B@1"),
        journey("b", "A@0", "B@1", "C@2"),
        journey("c", "A@0"),
        journey("d", "A@0", "C@1")));
    // end(C) = 2, |C| = 2 -> rate 1, share 2/4; end(A) = 1, |A| = 4 -> rate 1/4, share 1/4
    assertThat(d.dropOffs()).extracting(DirectlyFollowsGraph.DropOff::touchpoint)
        .containsExactly("C", "A", "B"); // C (2), then A and B (1 each) by id
    DirectlyFollowsGraph.DropOff a = d.dropOffs().get(1);
    assertThat(a.ends()).isEqualTo(1);
    assertThat(a.occurrences()).isEqualTo(4);
    assertThat(a.rate()).isEqualTo(0.25);
    assertThat(a.share()).isEqualTo(0.25);
    assertThat(d.dropOffs(List.of("C"))).extracting(DirectlyFollowsGraph.DropOff::touchpoint)
        .containsExactly("A", "B");
  }

  @Test
  void graph_is_a_read_only_weighted_jgrapht_view() {
    Graph<String, DirectlyFollowsGraph.Transition> g = dfg.graph();
    assertThat(g.vertexSet()).containsExactly("A", "B", "C");
    assertThat(g.edgeSet()).hasSize(4);
    DirectlyFollowsGraph.Transition bb = g.getEdge("B", "B");
    assertThat(bb.count()).isEqualTo(1);
    assertThat(g.getEdgeWeight(g.getEdge("B", "C"))).isEqualTo(2.0);
    assertThat(g.getType().isDirected()).isTrue();
    assertThat(dfg.graph()).isSameAs(g);
    assertThatThrownBy(() -> g.addVertex("D")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> g.removeEdge(bb)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void transitions_are_sorted_by_count_then_ids_and_rendered_as_a_table() {
    assertThat(dfg.transitions()).extracting(t -> t.source() + ">" + t.target())
        .containsExactly("A>B", "B>C", "A>C", "B>B");
    assertThat(dfg.table())
        .contains("from")
        .contains("median wait")
        .containsPattern("A\\s+B\\s+2\\s+0\\.667\\s+00:15:00\\s+00:19:00")
        .contains("(start)")
        .contains("(end)");
  }

  @Test
  void an_empty_set_of_journeys_gives_an_empty_graph() {
    DirectlyFollowsGraph empty = DirectlyFollowsGraph.of(List.of());
    assertThat(empty.journeyCount()).isZero();
    assertThat(empty.variants()).isEmpty();
    assertThat(empty.startProbability("A")).isEmpty();
    assertThat(empty.graph().vertexSet()).isEmpty();
  }

  @Test
  void durations_render_as_days_and_clock_time() {
    assertThat(DirectlyFollowsGraph.format(Duration.ofSeconds(93_784))).isEqualTo("1d 02:03:04");
    assertThat(DirectlyFollowsGraph.format(Duration.ofSeconds(59))).isEqualTo("00:00:59");
  }

  static Journey at(String customer, String first, Instant firstTime, String second,
      Instant secondTime) {
    Actor c = Actor.individual(customer, customer);
    return Journey.of(List.of(Episode.of(c, Journeys.tp(first), firstTime),
        Episode.of(c, Journeys.tp(second), secondTime)));
  }

  static final Instant PLACEHOLDER = Instant.parse("0001-01-01T00:00:00Z");
  static final Instant REAL = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void a_wait_from_a_placeholder_date_to_a_real_one_is_measured_not_overflowed() {
    // given: 0001-01-01 to 2026-01-01 is 2025 years of 365 days plus 491 leap days
    //   (2025/4 = 506, minus 2025/100 = 20, plus 2025/400 = 5): 739,125 + 491 = 739,616 days,
    //   about 6.4e19 ns, beyond a long of nanoseconds (9.2e18)
    Journey placeholder = at("p", "A", PLACEHOLDER, "B", REAL);
    // when
    DirectlyFollowsGraph g = DirectlyFollowsGraph.of(List.of(placeholder));
    // then: one wait, so median = p90 = it
    DirectlyFollowsGraph.Transition ab = g.transition("A", "B").orElseThrow();
    assertThat(ab.medianWait()).isEqualTo(Duration.ofDays(739_616));
    assertThat(ab.p90Wait()).isEqualTo(Duration.ofDays(739_616));
    assertThat(g.table()).contains("739616d 00:00:00");
  }

  @Test
  void percentiles_of_waits_beyond_the_nanosecond_range_are_interpolated_exactly() {
    // given: A>B waits 0 and 739,616 days (0001-01-01 to 2026-01-01)
    Journey zero = at("z", "A", REAL, "B", REAL);
    Journey huge = at("h", "A", PLACEHOLDER, "B", REAL);
    // when
    DirectlyFollowsGraph.Transition ab =
        DirectlyFollowsGraph.of(List.of(zero, huge)).transition("A", "B").orElseThrow();
    // then: median h = 0.5 -> 0 + 0.5 * 739,616 d = 369,808 d;
    //   p90 h = 0.9 -> 0 + 0.9 * 739,616 d = 665,654.4 d = 665,654 d 9 h 36 min
    assertThat(ab.medianWait()).isEqualTo(Duration.ofDays(369_808));
    assertThat(ab.p90Wait())
        .isEqualTo(Duration.ofDays(665_654).plusHours(9).plusMinutes(36));
  }

  @Test
  void waits_between_the_extreme_instants_are_measured() {
    // given: Instant.MIN (-1,000,000,000-01-01) to Instant.MAX (+1,000,000,000-12-31T23:59:59.999999999):
    //   Instant.MAX.getEpochSecond() - Instant.MIN.getEpochSecond() = 31,556,889,864,403,199
    //   - (-31,557,014,167,219,200) = 63,113,904,031,622,399 s and 999,999,999 ns
    Journey extreme = at("x", "A", Instant.MIN, "B", Instant.MAX);
    Journey none = at("n", "A", Instant.MAX, "B", Instant.MAX);
    // when
    DirectlyFollowsGraph.Transition ab =
        DirectlyFollowsGraph.of(List.of(extreme, none)).transition("A", "B").orElseThrow();
    // then: median = 0 + 0.5 * (63,113,904,031,622,399.999999999 s)
    //   = 31,556,952,015,811,199.9999999995 s, rounded half up to ...200 s exactly
    assertThat(ab.medianWait()).isEqualTo(Duration.ofSeconds(31_556_952_015_811_200L));
    assertThat(ab.p90Wait()).isGreaterThan(ab.medianWait());
  }
}
