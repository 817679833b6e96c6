package org.attune.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.attune.dynamics.Fixture.A;
import static org.attune.dynamics.Fixture.CLINIC;
import static org.attune.dynamics.Fixture.TOLERANCE;
import static org.attune.dynamics.Fixture.functional;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.alignment.ProfileDeviation;
import org.attune.model.Actor;
import org.attune.model.Dimension;
import org.attune.model.Profile;
import org.junit.jupiter.api.Test;

class CoEvolutionTest {

  /** Customer a wants functional 0.8 and the clinic offers 0.8: aligned at the start. */
  private static ServiceEcosystem start() {
    return ServiceEcosystem.builder()
        .add(CLINIC, A)
        .perspective(A, A, functional(0.8))
        .perspective(CLINIC, CLINIC, functional(0.8))
        .build();
  }

  private static CoEvolution.Run run(LogicDrift drift, Adaptation adaptation, int steps, long seed) {
    return CoEvolution.builder(start(), A, CLINIC)
        .steps(steps)
        .seed(seed)
        .drift(drift)
        .adaptation(adaptation)
        .build()
        .run();
  }

  private static double mean(double[] values) {
    return Arrays.stream(values).average().orElseThrow();
  }

  private static double level(Profile p) {
    return p.level(Dimension.FUNCTIONAL).orElseThrow();
  }

  /** From step 3 on the customer wants 0.3: a lasting shift. */
  private static LogicDrift lastingShift() {
    return LogicDrift.scripted(Map.of(3, functional(0.3)));
  }

  /** The customer wants 0.3 for two steps, 0.8 for two, and so on: a season of two steps. */
  private static LogicDrift seasons() {
    Map<Integer, Profile> shifts = new HashMap<>();
    for (int t = 1; t <= 12; t++) {
      shifts.put(t, functional(((t - 1) / 2) % 2 == 0 ? 0.3 : 0.8));
    }
    return LogicDrift.scripted(shifts);
  }

  @Test
  void should_step_model_and_offering_as_worked_by_hand() {
    // given: the customer moves from 0.8 to 0.4 at step 1; rates 0.5 and 0.5, no lag
    CoEvolution.Run run =
        run(LogicDrift.scripted(Map.of(1, functional(0.4))), Adaptation.exponential(0.5, 0.5, 0), 2, 0);

    // when
    History history = run.history();
    double[] fit = run.alignment().values();

    // then:
    // step 1: M = 0.8 + 0.5 (0.4 − 0.8) = 0.6; O = 0.8 + 0.5 (0.6 − 0.8) = 0.7; fit 1 − |0.4 − 0.7| = 0.7
    // step 2: M = 0.6 + 0.5 (0.4 − 0.6) = 0.5; O = 0.7 + 0.5 (0.5 − 0.7) = 0.6; fit 1 − |0.4 − 0.6| = 0.8
    assertThat(history.size()).isEqualTo(3);
    assertThat(level(history.version(1).perspective(CLINIC, A).orElseThrow()))
        .isCloseTo(0.6, within(TOLERANCE));
    assertThat(level(history.version(1).ownLogic(CLINIC).orElseThrow()))
        .isCloseTo(0.7, within(TOLERANCE));
    assertThat(level(history.version(2).perspective(CLINIC, A).orElseThrow()))
        .isCloseTo(0.5, within(TOLERANCE));
    assertThat(level(history.version(2).ownLogic(CLINIC).orElseThrow()))
        .isCloseTo(0.6, within(TOLERANCE));
    assertThat(fit[0]).isCloseTo(1.0, within(TOLERANCE));
    assertThat(fit[1]).isCloseTo(0.7, within(TOLERANCE));
    assertThat(fit[2]).isCloseTo(0.8, within(TOLERANCE));
    assertThat(history.instant(0)).isEqualTo(Instant.parse(CoEvolution.DEFAULT_FROM));
    assertThat(history.instant(2)).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
    assertThat(history.ownLogicChanges(1)).contains(java.util.Set.of(A));
  }

  @Test
  void should_observe_the_customer_lag_steps_late() {
    // given: rate 1 and lag 2, the offering is the customer's logic of two steps before
    CoEvolution.Run run = run(lastingShift(), Adaptation.exponential(1, 1, 2), 6, 0);

    // when
    History history = run.history();

    // then: the shift at step 3 reaches the offering at step 5
    assertThat(level(history.version(4).ownLogic(CLINIC).orElseThrow())).isEqualTo(0.8);
    assertThat(level(history.version(5).ownLogic(CLINIC).orElseThrow()))
        .isCloseTo(0.3, within(TOLERANCE));
  }

  @Test
  void should_hold_alignment_under_a_lasting_shift_where_a_static_provider_loses_it() {
    // when
    double[] fixed = run(lastingShift(), Adaptation.none(), 12, 0).alignment().values();
    double[] adaptive =
        run(lastingShift(), Adaptation.exponential(0.3, 0.5, 2), 12, 0).alignment().values();

    // then: the static clinic is 0.5 off from step 3 on: (3 × 1 + 10 × 0.5) / 13 = 8/13;
    // the adaptive one closes the gap (mean about 0.80, within 0.05 of the customer at the end)
    assertThat(mean(fixed)).isCloseTo(8.0 / 13, within(TOLERANCE));
    assertThat(fixed[12]).isCloseTo(0.5, within(TOLERANCE));
    assertThat(mean(adaptive)).isGreaterThan(0.8);
    assertThat(adaptive[12]).isGreaterThan(0.95);
  }

  @Test
  void should_hold_alignment_under_a_random_walk_where_a_static_provider_loses_it() {
    // given
    LogicDrift walk = LogicDrift.randomWalk(0.1);

    // when
    double fixed = mean(run(walk, Adaptation.none(), 24, 42).alignment().values());
    double adaptive = mean(run(walk, Adaptation.exponential(0.5, 0.5, 1), 24, 42).alignment().values());

    // then: with seed 42 the static clinic averages about 0.89, the adaptive one about 0.93
    assertThat(fixed).isLessThan(0.9);
    assertThat(adaptive).isGreaterThan(fixed + 0.03);
  }

  @Test
  void should_chase_the_customer_out_of_phase_when_adapting_too_fast_with_a_lag() {
    // when
    CoEvolution.Run eager = run(seasons(), Adaptation.exponential(1, 1, 2), 12, 0);
    double moderate = mean(run(seasons(), Adaptation.exponential(0.3, 0.5, 2), 12, 0).alignment().values());
    double fixed = mean(run(seasons(), Adaptation.none(), 12, 0).alignment().values());

    // then: with rate 1 and lag 2 the offering is always last season's wish, 0.5 off at every
    // step after the start: (1 + 12 × 0.5) / 13 = 7/13, worse than moderate rates (about 0.74)
    // and even than not adapting (half the steps right: (1 + 6 × 1 + 6 × 0.5) / 13 = 10/13)
    double[] fit = eager.alignment().values();
    assertThat(mean(fit)).isCloseTo(7.0 / 13, within(TOLERANCE));
    assertThat(moderate).isGreaterThan(0.7);
    assertThat(fixed).isCloseTo(10.0 / 13, within(TOLERANCE));
    // the gap C − O changes sign: −0.5 at step 2 (0.3 − 0.8), +0.5 at step 3 (0.8 − 0.3)
    assertThat(gap(eager.history(), 2)).isCloseTo(-0.5, within(TOLERANCE));
    assertThat(gap(eager.history(), 3)).isCloseTo(0.5, within(TOLERANCE));
  }

  private static double gap(History history, int i) {
    ServiceEcosystem v = history.version(i);
    return level(v.ownLogic(A).orElseThrow()) - level(v.ownLogic(CLINIC).orElseThrow());
  }

  @Test
  void should_reproduce_a_run_bit_for_bit_from_its_seed() {
    // given
    CoEvolution simulation = CoEvolution.builder(start(), A, CLINIC)
        .steps(20)
        .seed(7)
        .drift(LogicDrift.randomWalk(0.2))
        .adaptation(Adaptation.exponential(0.4, 0.6, 1))
        .build();

    // when
    CoEvolution.Run first = simulation.run();
    CoEvolution.Run second = simulation.run();
    CoEvolution.Run other = CoEvolution.builder(start(), A, CLINIC)
        .steps(20)
        .seed(8)
        .drift(LogicDrift.randomWalk(0.2))
        .adaptation(Adaptation.exponential(0.4, 0.6, 1))
        .build()
        .run();

    // then
    for (int i = 0; i < first.history().size(); i++) {
      assertThat(second.history().version(i)).isEqualTo(first.history().version(i));
      assertThat(second.history().instant(i)).isEqualTo(first.history().instant(i));
    }
    assertThat(second.alignment().values()).isEqualTo(first.alignment().values());
    assertThat(second.trajectory(new ProfileDeviation()).values())
        .isEqualTo(first.alignment().values());
    assertThat(other.alignment().values()).isNotEqualTo(first.alignment().values());
  }

  @Test
  void should_share_structure_between_versions() {
    // given: an actor the simulation never touches
    Actor bystander = Actor.individual("z", "Bystander");
    ServiceEcosystem start = start().toBuilder().add(bystander).perspective(bystander, bystander, functional(0.1)).build();

    // when
    History history = CoEvolution.builder(start, A, CLINIC).steps(3).build().run().history();

    // then: the bystander's own logic is the very same object in every version
    Profile first = history.first().ownLogic(bystander).orElseThrow();
    assertThat(history.last().ownLogic(bystander).orElseThrow()).isSameAs(first);
  }

  @Test
  void should_start_the_model_from_the_providers_perspective_or_else_its_offering() {
    // given
    ServiceEcosystem withModel = start().toBuilder().perspective(CLINIC, A, functional(0.5)).build();

    // when
    History kept = CoEvolution.builder(withModel, A, CLINIC).steps(1).build().run().history();
    History fromOffering = CoEvolution.builder(start(), A, CLINIC).steps(1).build().run().history();

    // then
    assertThat(level(kept.first().perspective(CLINIC, A).orElseThrow())).isEqualTo(0.5);
    assertThat(level(fromOffering.first().perspective(CLINIC, A).orElseThrow())).isEqualTo(0.8);
  }

  @Test
  void should_reject_bad_configuration_naming_field_value_and_expectation() {
    CoEvolution.Builder builder = CoEvolution.builder(start(), A, CLINIC);
    assertThatThrownBy(() -> builder.steps(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("steps must be at least 1, but was 0");
    assertThatThrownBy(() -> builder.every(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("every must be positive, but was PT0S");
    assertThatThrownBy(() -> builder.from(Instant.MAX).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("steps × every must end within the range of Instant, but 12 × PT720H");
    assertThatThrownBy(() -> builder.drift(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> CoEvolution.builder(start(), A, A))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("provider must differ from the customer, but both were 'a'");
    assertThatThrownBy(() -> CoEvolution.builder(start(), Fixture.B, CLINIC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customer must be an actor of start, but was 'b' (not in it)");
    ServiceEcosystem noLogic = ServiceEcosystem.builder().add(CLINIC, A)
        .perspective(CLINIC, CLINIC, functional(0.8)).build();
    assertThatThrownBy(() -> CoEvolution.builder(noLogic, A, CLINIC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customer must hold an own logic in start, but 'a' holds none");
    ServiceEcosystem noOffering = ServiceEcosystem.builder().add(CLINIC, A)
        .perspective(A, A, functional(0.8)).build();
    assertThatThrownBy(() -> CoEvolution.builder(noOffering, A, CLINIC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("provider must hold an own logic (its offering) in start, but 'clinic' holds none");
  }

  @Test
  void should_name_the_step_where_a_policy_returns_no_profile() {
    // given: a drift that returns null at step 2
    LogicDrift broken = (current, step, random) -> step == 2 ? nullProfile() : current;

    // when / then
    assertThatThrownBy(() -> run(broken, Adaptation.none(), 3, 0))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("drift's own logic of the customer at step 2");
  }

  @SuppressWarnings("NullAway")
  private static Profile nullProfile() {
    return null;
  }

  @Test
  void should_describe_itself_by_ids() {
    CoEvolution simulation = CoEvolution.builder(start(), A, CLINIC).steps(2).seed(5).build();
    assertThat(simulation).hasToString("CoEvolution{'a' by 'clinic', 2 steps of PT720H, seed 5}");
    assertThat(simulation.run()).hasToString("CoEvolution.Run{3 versions}");
  }
}
