package org.attune.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.attune.dynamics.Fixture.TOLERANCE;
import static org.attune.dynamics.Fixture.functional;

import org.attune.model.Dimension;
import org.attune.model.Profile;
import org.junit.jupiter.api.Test;

class AdaptationTest {

  @Test
  void should_move_a_rate_of_the_way_counting_a_missing_dimension_as_0() {
    // given: the model knows functional 0.6; the customer wants functional 0.2 and emotional 1.0
    Profile model = functional(0.6);
    Profile observed = Profile.builder()
        .level(Dimension.FUNCTIONAL, 0.2, 2.0)
        .level(Dimension.EMOTIONAL, 1.0)
        .build();
    Adaptation adaptation = Adaptation.exponential(0.25, 0.5, 3);

    // when
    Profile next = adaptation.nextModel(model, observed);
    Profile offering = adaptation.nextOffering(Profile.builder().level(Dimension.SOCIAL, 0.4).build(), next);

    // then: functional 0.6 + 0.25 (0.2 − 0.6) = 0.5, weight 2 from the target;
    // emotional 0 + 0.25 (1.0 − 0) = 0.25
    assertThat(next.level(Dimension.FUNCTIONAL).orElseThrow()).isCloseTo(0.5, within(TOLERANCE));
    assertThat(next.weight(Dimension.FUNCTIONAL).orElseThrow()).isEqualTo(2.0);
    assertThat(next.level(Dimension.EMOTIONAL).orElseThrow()).isCloseTo(0.25, within(TOLERANCE));
    // offering: social 0.4 + 0.5 (0 − 0.4) = 0.2; functional 0 + 0.5 × 0.5 = 0.25; emotional 0.125
    assertThat(offering.level(Dimension.SOCIAL).orElseThrow()).isCloseTo(0.2, within(TOLERANCE));
    assertThat(offering.level(Dimension.FUNCTIONAL).orElseThrow()).isCloseTo(0.25, within(TOLERANCE));
    assertThat(offering.level(Dimension.EMOTIONAL).orElseThrow()).isCloseTo(0.125, within(TOLERANCE));
    assertThat(adaptation.lag()).isEqualTo(3);
    assertThat(adaptation).hasToString("Adaptation.exponential(0.25, 0.5, 3)");
  }

  @Test
  void should_keep_model_and_offering_when_static() {
    // given
    Adaptation none = Adaptation.none();
    Profile model = functional(0.6);

    // then
    assertThat(none.nextModel(model, functional(0.1))).isSameAs(model);
    assertThat(none.nextOffering(model, functional(0.1))).isSameAs(model);
    assertThat(none.lag()).isZero();
    assertThat(none).hasToString("Adaptation.none()");
  }

  @Test
  void should_reject_rates_outside_0_to_1_and_a_negative_lag() {
    assertThatThrownBy(() -> Adaptation.exponential(1.5, 0.5, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("modelRate must be in [0, 1], but was 1.5");
    assertThatThrownBy(() -> Adaptation.exponential(0.5, Double.NaN, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("offeringRate must be in [0, 1], but was NaN");
    assertThatThrownBy(() -> Adaptation.exponential(0.5, -0.1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("offeringRate must be in [0, 1], but was -0.1");
    assertThatThrownBy(() -> Adaptation.exponential(0.5, 0.5, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lag must be at least 0, but was -1");
  }
}
