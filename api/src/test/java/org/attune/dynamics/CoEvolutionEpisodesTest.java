package org.attune.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.attune.dynamics.Fixture.A;
import static org.attune.dynamics.Fixture.CLINIC;
import static org.attune.dynamics.Fixture.TOLERANCE;
import static org.attune.dynamics.Fixture.functional;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Dimension;
import org.attune.model.Emotion;
import org.attune.model.Episode;
import org.attune.model.JourneyStage;
import org.attune.model.Profile;
import org.attune.model.RelationType;
import org.attune.model.Touchpoint;
import org.attune.model.TouchpointOwnership;
import org.junit.jupiter.api.Test;

class CoEvolutionEpisodesTest {

  static final Touchpoint DESK = Touchpoint.of("desk", "Front desk", TouchpointOwnership.BRAND_OWNED, JourneyStage.PURCHASE);

  /** Customer a wants functional 0.8 and the clinic offers 0.8 at its desk: aligned at the start. */
  private static ServiceEcosystem start() {
    return ServiceEcosystem.builder()
        .add(CLINIC, A, DESK)
        .relate(CLINIC, RelationType.OPERATES, DESK)
        .perspective(A, A, functional(0.8))
        .perspective(CLINIC, CLINIC, functional(0.8))
        .build();
  }

  private static CoEvolution.Run run(
      LogicDrift drift, Adaptation adaptation, EpisodePolicy episodes, int steps, long seed) {
    return CoEvolution.builder(start(), A, CLINIC)
        .steps(steps)
        .seed(seed)
        .drift(drift)
        .episodes(episodes)
        .adaptation(adaptation)
        .build()
        .run();
  }

  private static double mean(double[] values) {
    return Arrays.stream(values).filter(v -> !Double.isNaN(v)).average().orElseThrow();
  }

  private static double level(Profile p) {
    return p.level(Dimension.FUNCTIONAL).orElseThrow();
  }

  private static LogicDrift lastingShift() {
    return LogicDrift.scripted(Map.of(3, functional(0.3)));
  }

  private static LogicDrift seasons() {
    Map<Integer, Profile> shifts = new HashMap<>();
    for (int t = 1; t <= 12; t++) {
      shifts.put(t, functional(((t - 1) / 2) % 2 == 0 ? 0.3 : 0.8));
    }
    return LogicDrift.scripted(shifts);
  }

  private static final EpisodePolicy NOISY = EpisodePolicy.revealing(3, 0.1);

  /** A policy that reveals, at each step, the levels given for it (none for a step not given). */
  private static EpisodePolicy scriptedEvidence(Map<Integer, List<Double>> levels) {
    return (moment, random) -> levels.getOrDefault(moment.step(), List.of()).stream()
        .map(l -> Observation.of(Episode.of(moment.customer(), moment.touchpoint(), moment.end()), functional(l)))
        .toList();
  }

  @Test
  void should_learn_from_the_episodes_and_read_attunement_as_worked_by_hand() {
    // given: the customer moves from 0.8 to 0.4 at step 1; exact evidence, rates 0.5 and 0.5, no lag
    CoEvolution.Run run = run(LogicDrift.scripted(Map.of(1, functional(0.4))),
        Adaptation.exponential(0.5, 0.5, 0), EpisodePolicy.revealing(1, 0), 2, 0);

    // when
    History history = run.history();
    double[] attunement = run.attunement().values();

    // then: step 1: the episode reveals 0.4; the customer, offered 0.8, feels g = 0.4:
    // (1 − 0.8, 0.4, −0.4) = (0.2, 0.4, −0.4), attuned response R = (0.2, 0.4, 0.4); the clinic
    // believes g = |0.8 − 0.8| = 0 and answers R(1, 0, 0) = (1, 0, 0): s = 1 − sqrt(0.8² + 0.4² + 0.4²)
    // / sqrt(1.2² + 1.4² + 1.4²) = 1 − sqrt(0.96 / 5.36) ≈ 0.577; then M = 0.8 + 0.5 (0.4 − 0.8) = 0.6
    // and O = 0.8 + 0.5 (0.6 − 0.8) = 0.7.
    // step 2: g = |0.4 − 0.7| = 0.3, she feels (0.4, 0.3, −0.3), R = (0.4, 0.3, 0.3); the clinic
    // believes g = |0.6 − 0.7| = 0.1 and answers R(0.8, 0.1, −0.1) = (0.8, 0.1, 0.1):
    // s = 1 − sqrt(0.4² + 0.2² + 0.2²) / sqrt(1.4² + 1.3² + 1.3²) = 1 − sqrt(0.24 / 5.34) ≈ 0.788;
    // then M = 0.6 + 0.5 (0.4 − 0.6) = 0.5 and O = 0.7 + 0.5 (0.5 − 0.7) = 0.6
    Observation first = run.observations(1).get(0);
    assertThat(level(first.revealed().orElseThrow())).isEqualTo(0.4);
    assertThat(first.episode().touchpoint()).isEqualTo(DESK);
    assertThat(first.episode().time()).isEqualTo(history.instant(1));
    assertThat(first.episode().customerEmotion().orElseThrow().pleasure()).isCloseTo(0.2, within(TOLERANCE));
    assertThat(first.episode().providerEmotion()).contains(Emotion.of(1, 0, 0));
    assertThat(level(history.version(1).perspective(CLINIC, A).orElseThrow())).isCloseTo(0.6, within(TOLERANCE));
    assertThat(level(history.version(1).ownLogic(CLINIC).orElseThrow())).isCloseTo(0.7, within(TOLERANCE));
    assertThat(level(history.version(2).perspective(CLINIC, A).orElseThrow())).isCloseTo(0.5, within(TOLERANCE));
    assertThat(level(history.version(2).ownLogic(CLINIC).orElseThrow())).isCloseTo(0.6, within(TOLERANCE));
    assertThat(attunement[0]).isNaN();
    assertThat(attunement[1]).isCloseTo(1 - Math.sqrt(0.96 / 5.36), within(1e-9));
    assertThat(attunement[2]).isCloseTo(1 - Math.sqrt(0.24 / 5.34), within(1e-9));
    // each version holds its own step's episode only
    assertThat(history.version(2).episodes(A)).containsExactly(run.observations(2).get(0).episode());
    assertThat(run.observations(0)).isEmpty();
  }

  @Test
  void should_learn_the_mean_evidence_of_the_episodes_lag_steps_old() {
    // given: step 1's two episodes reveal 0.2 and 0.4, step 2's reveal 1.0; rates 0.5 and 1, lag 1
    EpisodePolicy evidence = scriptedEvidence(Map.of(1, List.of(0.2, 0.4), 2, List.of(1.0)));

    // when
    History history = run(LogicDrift.none(), Adaptation.exponential(0.5, 1, 1), evidence, 3, 0).history();

    // then: step 1 learns nothing yet (no episodes a step older): M = 0.8;
    // step 2 learns from step 1: observed (0.2 + 0.4) / 2 = 0.3, M = 0.8 + 0.5 (0.3 − 0.8) = 0.55;
    // step 3 learns from step 2: M = 0.55 + 0.5 (1.0 − 0.55) = 0.775; the offering follows at rate 1
    assertThat(level(history.version(1).perspective(CLINIC, A).orElseThrow())).isEqualTo(0.8);
    assertThat(level(history.version(2).perspective(CLINIC, A).orElseThrow())).isCloseTo(0.55, within(TOLERANCE));
    assertThat(level(history.version(3).perspective(CLINIC, A).orElseThrow())).isCloseTo(0.775, within(TOLERANCE));
    assertThat(level(history.version(3).ownLogic(CLINIC).orElseThrow())).isCloseTo(0.775, within(TOLERANCE));
  }

  @Test
  void should_average_the_evidence_per_dimension_keeping_the_model_where_none_is_revealed() {
    // given: the model holds functional 0.6 and emotional 0.5
    Profile model = Profile.builder().level(Dimension.FUNCTIONAL, 0.6).level(Dimension.EMOTIONAL, 0.5).build();
    Episode e = Episode.of(A, DESK, Fixture.JANUARY);
    List<Observation> evidence = List.of(
        Observation.of(e, Profile.builder().level(Dimension.FUNCTIONAL, 0.2, 2.0).build()),
        Observation.of(e, Profile.builder().level(Dimension.FUNCTIONAL, 0.4).level(Dimension.SOCIAL, 0.9).build()),
        new Observation(e, java.util.Optional.empty()));

    // when
    Profile observed = Observation.observed(model, evidence);
    Profile learnt = Adaptation.exponential(0.5, 0.5, 0).learn(model, evidence);

    // then: functional (0.2 + 0.4) / 2 = 0.3, weight (2 + 1) / 2 = 1.5; emotional kept at 0.5;
    // social 0.9, revealed once; learnt: functional 0.6 + 0.5 (0.3 − 0.6) = 0.45, emotional
    // 0.5 + 0.5 (0.5 − 0.5) = 0.5, social 0 + 0.5 × 0.9 = 0.45
    assertThat(observed.dimensions()).containsExactly(Dimension.FUNCTIONAL, Dimension.EMOTIONAL, Dimension.SOCIAL);
    assertThat(observed.level(Dimension.FUNCTIONAL).orElseThrow()).isCloseTo(0.3, within(TOLERANCE));
    assertThat(observed.weight(Dimension.FUNCTIONAL).orElseThrow()).isEqualTo(1.5);
    assertThat(observed.level(Dimension.EMOTIONAL).orElseThrow()).isEqualTo(0.5);
    assertThat(observed.level(Dimension.SOCIAL).orElseThrow()).isEqualTo(0.9);
    assertThat(learnt.level(Dimension.FUNCTIONAL).orElseThrow()).isCloseTo(0.45, within(TOLERANCE));
    assertThat(learnt.level(Dimension.EMOTIONAL).orElseThrow()).isEqualTo(0.5);
    assertThat(learnt.level(Dimension.SOCIAL).orElseThrow()).isCloseTo(0.45, within(TOLERANCE));
    // no evidence, or evidence that reveals nothing: the very model
    assertThat(Adaptation.exponential(0.5, 0.5, 0).learn(model, List.of())).isSameAs(model);
    assertThat(Adaptation.exponential(0.5, 0.5, 0).learn(model, evidence.subList(2, 3))).isSameAs(model);
  }

  @Test
  void should_hold_alignment_and_attunement_from_noisy_episodes_where_a_static_provider_loses_them() {
    // when: three episodes a step, each level revealed with noise 0.1, seed 0
    CoEvolution.Run fixed = run(lastingShift(), Adaptation.none(), NOISY, 12, 0);
    CoEvolution.Run adaptive = run(lastingShift(), Adaptation.exponential(0.3, 0.5, 2), NOISY, 12, 0);

    // then: the static clinic is 0.5 off from step 3 on, (3 × 1 + 10 × 0.5) / 13 = 8/13, and its
    // attunement falls to 1 − sqrt(3/11) ≈ 0.478 for good: she feels g = 0.5, (0, 0.5, −0.5), which
    // calls for (0, 0.5, 0.5), while the clinic, believing her served, answers (1, 0, 0):
    // 1 − sqrt(1 + 0.25 + 0.25) / sqrt(1 + 1.5² + 1.5²) = 1 − sqrt(1.5 / 5.5).
    // The adaptive one learns from noisy episodes two steps late (seed 0: mean fit about 0.82,
    // attunement about 0.79, rising past 0.95 by the end)
    double[] staticTune = fixed.attunement().values();
    double[] adaptiveTune = adaptive.attunement().values();
    assertThat(mean(fixed.alignment().values())).isCloseTo(8.0 / 13, within(TOLERANCE));
    assertThat(mean(adaptive.alignment().values())).isGreaterThan(0.8);
    assertThat(adaptive.alignment().values()[12]).isGreaterThan(0.95);
    assertThat(staticTune[12]).isCloseTo(1 - Math.sqrt(3.0 / 11), within(1e-9));
    assertThat(staticTune[0]).isNaN();
    assertThat(fixed.attunement().point(0).score().toString())
        .contains("The customer has no episode at a touchpoint the provider operates.");
    assertThat(mean(staticTune)).isLessThan(0.6);
    assertThat(mean(adaptiveTune)).isGreaterThan(mean(staticTune) + 0.2);
    assertThat(adaptiveTune[12]).isGreaterThan(0.95);
    // both saw the same customer: her path does not depend on how the clinic adapts
    for (int t = 0; t <= 12; t++) {
      assertThat(adaptive.history().version(t).ownLogic(A)).isEqualTo(fixed.history().version(t).ownLogic(A));
    }
  }

  @Test
  void should_overshoot_with_noisy_episodes_when_adapting_too_fast_with_a_lag() {
    // when: seed 0
    double eager = mean(run(seasons(), Adaptation.exponential(1, 1, 2), NOISY, 12, 0).alignment().values());
    double moderate = mean(run(seasons(), Adaptation.exponential(0.3, 0.5, 2), NOISY, 12, 0).alignment().values());
    double fixed = mean(run(seasons(), Adaptation.none(), NOISY, 12, 0).alignment().values());

    // then: jumping to last season's noisy wish is about 0.52, against about 0.73 at moderate rates
    // and (1 + 6 × 1 + 6 × 0.5) / 13 = 10/13 for not adapting
    assertThat(eager).isLessThan(0.56);
    assertThat(moderate).isGreaterThan(0.7);
    assertThat(fixed).isCloseTo(10.0 / 13, within(TOLERANCE));
  }

  @Test
  void should_reproduce_a_noisy_run_bit_for_bit_from_its_seed() {
    // given
    CoEvolution simulation = CoEvolution.builder(start(), A, CLINIC)
        .steps(12).seed(7)
        .drift(LogicDrift.randomWalk(0.2))
        .episodes(EpisodePolicy.revealing(2, 0.15))
        .adaptation(Adaptation.exponential(0.4, 0.6, 1))
        .build();

    // when
    CoEvolution.Run first = simulation.run();
    CoEvolution.Run second = simulation.run();
    CoEvolution.Run other = CoEvolution.builder(start(), A, CLINIC)
        .steps(12).seed(8)
        .drift(LogicDrift.randomWalk(0.2))
        .episodes(EpisodePolicy.revealing(2, 0.15))
        .adaptation(Adaptation.exponential(0.4, 0.6, 1))
        .build().run();

    // then
    for (int i = 0; i < first.history().size(); i++) {
      assertThat(second.history().version(i)).isEqualTo(first.history().version(i));
      assertThat(second.observations(i)).isEqualTo(first.observations(i));
    }
    assertThat(bits(second.alignment().values())).isEqualTo(bits(first.alignment().values()));
    assertThat(bits(second.attunement().values())).isEqualTo(bits(first.attunement().values()));
    assertThat(bits(other.attunement().values())).isNotEqualTo(bits(first.attunement().values()));
  }

  private static long[] bits(double[] values) {
    return Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).toArray();
  }

  @Test
  void should_add_a_touchpoint_operated_by_the_provider_where_start_has_none() {
    // given: a start without touchpoints, and one with the desk set but not in it
    ServiceEcosystem bare = Fixture.base().toBuilder().perspective(A, A, functional(0.8)).build();
    Touchpoint app = Touchpoint.of("app", "App", TouchpointOwnership.BRAND_OWNED, JourneyStage.POSTPURCHASE);

    // when
    CoEvolution.Run byDefault = CoEvolution.builder(bare, A, CLINIC).steps(1).build().run();
    CoEvolution.Run set = CoEvolution.builder(start(), A, CLINIC).steps(1).touchpoint(app).build().run();

    // then
    ServiceEcosystem v0 = byDefault.history().first();
    Touchpoint service = (Touchpoint) v0.element("clinic" + CoEvolution.DEFAULT_TOUCHPOINT).orElseThrow();
    assertThat(v0.relation(CLINIC, RelationType.OPERATES, service)).isPresent();
    assertThat(byDefault.observations(1).get(0).episode().touchpoint()).isEqualTo(service);
    assertThat(byDefault.attunement().values()[1]).isEqualTo(1.0);
    assertThat(set.history().first().relation(CLINIC, RelationType.OPERATES, app)).isPresent();
    assertThat(set.observations(1).get(0).episode().touchpoint()).isEqualTo(app);
  }

  @Test
  void should_refuse_a_touchpoint_whose_id_start_holds_for_another_element_naming_both() {
    // given: start holds an activity of id "app"; the touchpoint set is another element of that id
    Touchpoint app = Touchpoint.of("app", "App", TouchpointOwnership.BRAND_OWNED, JourneyStage.POSTPURCHASE);
    ServiceEcosystem clash = start().toBuilder()
        .add(org.attune.model.Activity.of("app", "Using the app")).build();
    CoEvolution set = CoEvolution.builder(clash, A, CLINIC).steps(1).touchpoint(app).build();
    // and the default touchpoint's id held by a resource
    ServiceEcosystem bare = Fixture.base().toBuilder().perspective(A, A, functional(0.8))
        .add(org.attune.model.Resource.operand("clinic" + CoEvolution.DEFAULT_TOUCHPOINT, "x"))
        .build();
    CoEvolution byDefault = CoEvolution.builder(bare, A, CLINIC).steps(1).build();

    // when / then: the simulation's own error, before any version is made
    assertThatThrownBy(set::run)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("touchpoint 'app' must be new to start or the one it holds, but start holds"
            + " a different element of that id (ACTIVITY)");
    assertThatThrownBy(byDefault::run)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("touchpoint 'clinic/service' must be new to start or the one it holds, but"
            + " start holds a different element of that id (RESOURCE); set a touchpoint of another"
            + " id with touchpoint(...)");
  }

  @Test
  void should_meet_at_the_first_touchpoint_by_id_the_provider_operates() {
    // given: the clinic operates the desk and an app, added after it; the app's id comes first
    Touchpoint app = Touchpoint.of("app", "App", TouchpointOwnership.BRAND_OWNED, JourneyStage.POSTPURCHASE);
    Touchpoint web = Touchpoint.of("web", "Web", TouchpointOwnership.BRAND_OWNED, JourneyStage.POSTPURCHASE);
    ServiceEcosystem two = start().toBuilder().add(web, app)
        .relate(CLINIC, RelationType.OPERATES, web).relate(CLINIC, RelationType.OPERATES, app).build();

    // when
    CoEvolution.Run run = CoEvolution.builder(two, A, CLINIC).steps(1).build().run();

    // then: no touchpoint added, the episode at the app
    assertThat(run.observations(1).get(0).episode().touchpoint()).isEqualTo(app);
    assertThat(run.history().first().elementCount()).isEqualTo(two.elementCount());
  }

  @Test
  void should_leave_attunement_undefined_and_the_model_unchanged_when_nothing_is_shared() {
    // when
    CoEvolution.Run run = run(lastingShift(), Adaptation.exponential(0.5, 0.5, 0), EpisodePolicy.none(), 4, 0);

    // then: no evidence, no learning; no episode, no attunement, never a made-up score
    assertThat(level(run.history().last().perspective(CLINIC, A).orElseThrow())).isEqualTo(0.8);
    assertThat(run.attunement().values()).containsOnly(Double.NaN);
    assertThat(run.attunement().point(4).score().toString()).contains("no episode");
  }

  @Test
  void should_reject_bad_episode_configuration_naming_field_value_and_expectation() {
    assertThatThrownBy(() -> EpisodePolicy.revealing(0, 0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("perStep must be at least 1, but was 0");
    assertThatThrownBy(() -> EpisodePolicy.revealing(1, -0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("noise must be a finite number at least 0, but was -0.1");
    assertThatThrownBy(() -> EpisodePolicy.revealing(1, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("noise must be a finite number at least 0, but was NaN");
    assertThatThrownBy(() -> Adaptation.exponential(0.5, -0.5, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("offeringRate must be in [0, 1], but was -0.5");
    assertThatThrownBy(() -> Adaptation.exponential(0.5, 0.5, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lag must be at least 0, but was -1");
    CoEvolution.Builder builder = CoEvolution.builder(start(), A, CLINIC);
    assertThatThrownBy(() -> builder.episodes(nullPolicy()))
        .isInstanceOf(NullPointerException.class).hasMessage("episodes");
    assertThatThrownBy(() -> builder.touchpoint(nullTouchpoint()))
        .isInstanceOf(NullPointerException.class).hasMessage("touchpoint");
    assertThatThrownBy(() -> builder.adaptation(new Adaptation() {
      @Override public Profile nextModel(Profile model, Profile observed) { return model; }
      @Override public Profile nextOffering(Profile offering, Profile model) { return offering; }
      @Override public int lag() { return -2; }
    })).isInstanceOf(IllegalArgumentException.class).hasMessage("adaptation lag must be at least 0, but was -2");
    assertThatThrownBy(() -> Observation.observed(functional(0.5), nullList()))
        .isInstanceOf(NullPointerException.class).hasMessage("evidence");
  }

  @Test
  void should_name_the_step_where_the_episode_policy_fails() {
    // given: a policy returning nothing at all, and one returning an episode of another customer
    EpisodePolicy broken = (moment, random) -> nullList();
    EpisodePolicy stranger = (moment, random) ->
        List.of(Observation.of(Episode.of(Fixture.B, moment.touchpoint(), moment.end()), functional(0.5)));

    // when / then
    assertThatThrownBy(() -> run(LogicDrift.none(), Adaptation.none(), broken, 2, 0))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("episode policy's episodes at step 1");
    assertThatThrownBy(() -> run(LogicDrift.none(), Adaptation.none(), stranger, 2, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("episode policy's episodes at step 1 must be of customer 'a', but one was of 'b'");
  }

  @Test
  void should_describe_policies_and_moments_by_ids() {
    EpisodePolicy.Moment moment = new EpisodePolicy.Moment(1, Fixture.JANUARY, Fixture.FEBRUARY,
        A, CLINIC, DESK, functional(0.4), functional(0.8), functional(0.8));
    assertThat(EpisodePolicy.revealing(3, 0.1)).hasToString("EpisodePolicy.revealing(3, 0.1)");
    assertThat(moment.toString()).startsWith("Moment[step=1, 'a' by 'clinic' at 'desk', ");
    assertThatThrownBy(() -> new EpisodePolicy.Moment(0, Fixture.JANUARY, Fixture.FEBRUARY,
        A, CLINIC, DESK, functional(0.4), functional(0.8), functional(0.8)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("step must be at least 1, but was 0");
    assertThatThrownBy(() -> new EpisodePolicy.Moment(1, Fixture.FEBRUARY, Fixture.JANUARY,
        A, CLINIC, DESK, functional(0.4), functional(0.8), functional(0.8)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("end must be after start 2026-02-01T00:00:00Z, but was 2026-01-01T00:00:00Z");
    // the built-in policy's gap and emotion, by hand: sqrt((2 × 0.5² + 1 × 0²) / 3) = sqrt(1/6)
    Profile wanted = Profile.builder().level(Dimension.FUNCTIONAL, 0.5, 2).level(Dimension.SOCIAL, 0.2).build();
    Profile offered = Profile.builder().level(Dimension.SOCIAL, 0.2).build();
    assertThat(EpisodePolicy.gap(wanted, offered)).isCloseTo(Math.sqrt(1.0 / 6), within(TOLERANCE));
    assertThat(EpisodePolicy.felt(0.25)).isEqualTo(Emotion.of(0.5, 0.25, -0.25));
    assertThatThrownBy(() -> EpisodePolicy.felt(1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("gap must be in [0, 1], but was 1.5");
  }

  @SuppressWarnings("NullAway")
  private static EpisodePolicy nullPolicy() {
    return null;
  }

  @SuppressWarnings("NullAway")
  private static Touchpoint nullTouchpoint() {
    return null;
  }

  @SuppressWarnings("NullAway")
  private static <T> List<T> nullList() {
    return null;
  }
}
