package org.attune.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.attune.testlib.scenario.Journeys.journey;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.attune.model.Actor;
import org.attune.model.Episode;
import org.attune.model.Journey;
import org.attune.testlib.scenario.Journeys;
import org.junit.jupiter.api.Test;

class ConformanceTest {

  // plan: A, then B within 10 min, C within 30 min, D within 5 min
  static final PlannedJourney PLAN = PlannedJourney.builder()
      .step("A")
      .step("B", Duration.ofMinutes(10))
      .step("C", Duration.ofMinutes(30))
      .step("D", Duration.ofMinutes(5))
      .build();

  @Test
  void a_journey_that_follows_the_plan_on_time_conforms_fully() {
    Conformance c = Conformance.of(PLAN, journey("x", "A@0", "B@10", "C@40", "D@45"));
    assertThat(c.content()).isEqualTo(1.0);
    assertThat(c.sequence()).isEqualTo(1.0);
    assertThat(c.timing()).hasValue(1.0); // 10 <= 10, 30 <= 30, 5 <= 5
    assertThat(c.missing()).isEmpty();
    assertThat(c.adHoc()).isEmpty();
  }

  @Test
  void worked_example_of_all_three_measures() {
    // actual: A@0, C@20, X@25, B@30, C@70
    Journey actual = journey("x", "A@0", "C@20", "X@25", "B@30", "C@70");
    Conformance c = Conformance.of(PLAN, actual);
    // content: planned {A,B,C,D}, happened A, B, C (twice), X -> min counts 1+1+1+0 = 3; 3/4
    assertThat(c.content()).isEqualTo(0.75);
    // sequence: LCS(ABCD, ACXBC) = ABC (A@0, B@30, C@70), length 3; 3/4
    assertThat(c.sequence()).isEqualTo(0.75);
    // timing: A has no limit; B matched at 30, A at 0: 30 min > 10 -> late;
    //   C matched at 70, B at 30: 40 min > 30 -> late; D missing -> not timed. 0/2 = 0
    assertThat(c.timing()).hasValue(0.0);
    assertThat(c.late()).extracting(PlannedJourney.Step::touchpointId).containsExactly("B", "C");
    assertThat(c.missing()).extracting(PlannedJourney.Step::touchpointId).containsExactly("D");
    // ad hoc: C@20 and X@25 are outside the alignment
    assertThat(c.adHoc()).extracting(e -> e.touchpoint().id()).containsExactly("C", "X");
  }

  @Test
  void each_step_is_matched_with_its_earliest_possible_episode() {
    // A@0 B@5 B@50 C@60: B is matched at 5 (on time, 5 <= 10); C at 60: 55 min after B > 30
    Conformance c = Conformance.of(PLAN, journey("x", "A@0", "B@5", "B@50", "C@60"));
    assertThat(c.late()).extracting(PlannedJourney.Step::touchpointId).containsExactly("C");
    // timed: B (on time), C (late); D missing -> 1/2
    assertThat(c.timing()).hasValue(0.5);
    assertThat(c.adHoc()).extracting(e -> e.time()).containsExactly(Journeys.T0.plusSeconds(3000));
  }

  @Test
  void a_step_whose_predecessor_is_missing_is_not_timed() {
    // A missing: B has no reference; C after B: 10 min <= 30 on time; D missing -> 1/1
    Conformance c = Conformance.of(PLAN, journey("x", "B@0", "C@10"));
    assertThat(c.content()).isEqualTo(0.5);
    assertThat(c.sequence()).isEqualTo(0.5);
    assertThat(c.timing()).hasValue(1.0);
  }

  @Test
  void the_first_step_is_timed_from_the_start_of_the_journey() {
    PlannedJourney plan = PlannedJourney.builder().step("B", Duration.ofMinutes(5)).build();
    // journey starts with X@0, B at 8 > 5 -> late
    assertThat(Conformance.of(plan, journey("x", "X@0", "B@8")).timing()).hasValue(0.0);
  }

  @Test
  void without_time_limits_timing_is_undefined() {
    Conformance c = Conformance.of(PlannedJourney.of("A", "B"), journey("x", "B@0", "A@1"));
    // content 2/2; LCS(AB, BA) = 1 -> 1/2
    assertThat(c.content()).isEqualTo(1.0);
    assertThat(c.sequence()).isEqualTo(0.5);
    assertThat(c.timing()).isEmpty();
  }

  @Test
  void a_touchpoint_planned_twice_needs_two_visits() {
    // plan A A B, actual A B: content min(2,1)+min(1,1) = 2 -> 2/3
    Conformance c = Conformance.of(PlannedJourney.of("A", "A", "B"), journey("x", "A@0", "B@1"));
    assertThat(c.content()).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void a_summary_averages_over_journeys() {
    List<Journey> js = List.of(
        journey("x", "A@0", "B@10", "C@40", "D@45"),        // 1, 1, timing 1
        journey("y", "A@0", "C@20", "X@25", "B@30", "C@70")); // 0.75, 0.75, timing 0
    Conformance.Summary s = Conformance.summarize(PLAN, js);
    assertThat(s.journeys()).isEqualTo(2);
    assertThat(s.content()).isEqualTo(0.875);   // (1 + 0.75) / 2
    assertThat(s.sequence()).isEqualTo(0.875);
    assertThat(s.timing()).hasValue(0.5);       // (1 + 0) / 2
    assertThat(s.inOrder()).isEqualTo(0.5);     // one of two in full order
  }

  @Test
  void plans_reject_what_cannot_be_a_plan() {
    assertThatThrownBy(() -> PlannedJourney.of()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one step");
    assertThatThrownBy(() -> PlannedJourney.of("A", " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("touchpointId");
    assertThatThrownBy(() -> PlannedJourney.builder().step("A", Duration.ofMinutes(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT-1M");
    assertThat(PlannedJourney.of("A", "B")).isEqualTo(PlannedJourney.of("A", "B"));
  }

  @Test
  void should_reject_a_step_whose_touchpoint_id_is_invisible_as_ids_are() {
    // given: a zero-width space, which Ids.isBlank counts as blank and an element id may not be
    String zeroWidth = "\u200b";

    // when / then
    assertThatThrownBy(() -> PlannedJourney.of("A", zeroWidth))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("touchpointId must be a non-blank string, but was \"\\u200b\"");
  }

  @Test
  void should_quote_a_blank_touchpoint_id_with_its_escapes() {
    // given: a tab, shown escaped rather than raw in the message
    // when / then
    assertThatThrownBy(() -> PlannedJourney.of("\t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("touchpointId must be a non-blank string, but was \"\\t\"");
  }

  @Test
  void a_step_timed_from_a_placeholder_date_is_late_not_an_overflow() {
    // given: A at 0001-01-01, B at 2026-01-01: 739,616 days > 10 min
    Actor x = Actor.individual("x", "x");
    Journey placeholder = Journey.of(List.of(
        Episode.of(x, Journeys.tp("A"), Instant.parse("0001-01-01T00:00:00Z")),
        Episode.of(x, Journeys.tp("B"), Instant.parse("2026-01-01T00:00:00Z"))));
    // when
    Conformance c = Conformance.of(PlannedJourney.builder().step("A")
        .step("B", Duration.ofMinutes(10)).build(), placeholder);
    // then
    assertThat(c.timing()).hasValue(0.0);
    assertThat(c.late()).extracting(PlannedJourney.Step::touchpointId).containsExactly("B");
  }
}
