package org.attune.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.attune.model.Dimension.EMOTIONAL;
import static org.attune.model.Dimension.FUNCTIONAL;

import java.time.Instant;
import java.util.List;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Actor;
import org.attune.model.Aspect;
import org.attune.model.Profile;
import org.attune.model.RelationType;
import org.junit.jupiter.api.Test;

class ExpectationsFromEcosystemTest {

  private static final Actor MAYA = Actor.individual("c1", "Maya");
  private static final Actor BRAND = Actor.organisation("p1", "Brand");
  private static final Instant JAN = Instant.parse("2026-01-15T00:00:00Z");
  private static final Instant FEB = Instant.parse("2026-02-15T00:00:00Z");

  private static Profile fe(double functional, double emotional) {
    return Profile.builder().level(FUNCTIONAL, functional).level(EMOTIONAL, emotional).build();
  }

  private static ServiceEcosystem.Builder market() {
    return ServiceEcosystem.builder()
        .add(MAYA, BRAND)
        .relate(BRAND, RelationType.SERVES, MAYA)
        .perspective(MAYA, MAYA, fe(0.5, 0.5));
  }

  /** A survey wave: what Maya perceived of the brand. */
  private static ServiceEcosystem wave(Profile perceived) {
    return market().perspective(MAYA, BRAND, Aspect.PERCEIVED, perceived).build();
  }

  @Test
  void should_start_from_the_customers_expected_perspective_and_read_perceptions_from_waves() {
    // given Maya expected (0.9, 0.6) of the brand; two waves of perceptions
    ServiceEcosystem start = market().perspective(MAYA, BRAND, Aspect.EXPECTED, fe(0.9, 0.6)).build();
    List<Experience> experiences =
        List.of(
            Experience.perceivedIn(JAN, wave(fe(0.5, 0.8)), MAYA, BRAND),
            Experience.perceivedIn(FEB, wave(fe(0.7, 0.8)), MAYA, BRAND));

    // when α = 0.5
    ExpectationSeries series = AdaptiveExpectations.of(0.5).run(start, MAYA, BRAND, experiences);

    // then January: D = (0.5 − 0.9, 0.8 − 0.6) = (−0.4, +0.2), mean = (−0.4 + 0.2) / 2 = −0.1,
    // E' = (0.9 − 0.2, 0.6 + 0.1) = (0.7, 0.7); February: D = (0, +0.1), mean 0.05,
    // E' = (0.7, 0.75)
    assertThat(series.initial()).isEqualTo(fe(0.9, 0.6));
    assertThat(series.steps().get(0).meanDisconfirmation().getAsDouble())
        .isCloseTo(-0.1, within(1e-12));
    assertThat(series.steps().get(1).meanDisconfirmation().getAsDouble())
        .isCloseTo(0.05, within(1e-12));
    Profile inMarch = series.expectationAt(Instant.parse("2026-03-01T00:00:00Z"));
    assertThat(inMarch.level(FUNCTIONAL).getAsDouble()).isCloseTo(0.7, within(1e-12));
    assertThat(inMarch.level(EMOTIONAL).getAsDouble()).isCloseTo(0.75, within(1e-12));
  }

  @Test
  void should_reject_an_ecosystem_without_the_expected_perspective_naming_actors_by_id() {
    ServiceEcosystem none = market().build();

    assertThatThrownBy(() -> AdaptiveExpectations.of(0.5).run(none, MAYA, BRAND, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "perspective (c1, p1, EXPECTED) must be in the ecosystem, but was missing:"
                + " customer c1 holds no expected performance of provider p1")
        .message()
        .doesNotContain("Maya", "Brand");
  }

  @Test
  void should_reject_a_wave_without_the_perceived_perspective_naming_actors_by_id() {
    ServiceEcosystem none = market().build();

    assertThatThrownBy(() -> Experience.perceivedIn(JAN, none, MAYA, BRAND))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "perspective (c1, p1, PERCEIVED) must be in the ecosystem, but was missing:"
                + " customer c1 holds no perceived performance of provider p1");
  }
}
