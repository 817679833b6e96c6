package org.attune.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.alignment.AbsoluteDifference;
import org.attune.metric.alignment.SelfCongruity;
import org.attune.metric.alignment.Shortfall;
import org.attune.model.Actor;
import org.attune.model.Aspect;
import org.attune.model.Dimension;
import org.attune.model.Profile;
import org.attune.model.RelationType;
import org.junit.jupiter.api.Test;

/**
 * Sirgy's self-images and Oliver's expected and perceived performance, read by {@code
 * self-congruity} and {@code shortfall} from perspectives of several aspects.
 */
class SelfImagesAndExpectationsTest {

  private static final Actor MAYA = Actor.individual("maya", "Maya");
  private static final Actor NOAH = Actor.individual("noah", "Noah");
  private static final Actor BRAND = Actor.organisation("brand", "Brand");
  private static final Dimension EMOTIONAL = Dimension.EMOTIONAL;
  private static final Dimension SOCIAL = Dimension.SOCIAL;
  private static final Dimension FUNCTIONAL = Dimension.FUNCTIONAL;

  private static Profile profile(double emotional, double social) {
    return Profile.builder().level(EMOTIONAL, emotional).level(SOCIAL, social).build();
  }

  private static ServiceEcosystem.Builder market() {
    return ServiceEcosystem.builder()
        .add(MAYA, NOAH, BRAND)
        .relate(BRAND, RelationType.SERVES, MAYA)
        .relate(BRAND, RelationType.SERVES, NOAH);
  }

  /** Maya sees herself as reserved, would like to be expressive, and sees the brand as expressive. */
  private static ServiceEcosystem idealSelf() {
    return market()
        .perspective(MAYA, MAYA, profile(0.2, 0.4))
        .perspective(MAYA, MAYA, Aspect.IDEAL, profile(0.9, 0.8))
        .perspective(MAYA, BRAND, profile(0.8, 0.8))
        .perspective(NOAH, NOAH, profile(0.5, 0.5))
        .perspective(NOAH, BRAND, profile(0.8, 0.8))
        .build();
  }

  @Test
  void should_show_the_ideal_self_congruity_of_a_brand_close_to_the_ideal_self() {
    // given
    ServiceEcosystem eco = idealSelf();
    // when
    Score score = new SelfCongruity().measure(new Dyad(eco, MAYA, BRAND));
    // then: equal weights, Σ w = 2 for each self-image
    //   actual self (0.2, 0.4) vs image (0.8, 0.8): 1 − (0.6 + 0.4) / 2 = 0.5
    //   ideal self  (0.9, 0.8) vs image (0.8, 0.8): 1 − (0.1 + 0.0) / 2 = 0.95
    //   score = (0.5 + 0.95) / 2 = 0.725
    //   misfit parts (1/k) w |S − I| / Σ w, k = 2: actual emotional 0.6 / 4 = 0.15,
    //   actual social 0.4 / 4 = 0.1, ideal emotional 0.1 / 4 = 0.025, ideal social 0;
    //   Σ = 0.275 = 1 − 0.725; shares 0.15 / 0.275 = 6/11, 0.1 / 0.275 = 4/11, 0.025 / 0.275 = 1/11
    assertThat(score.value()).isCloseTo(0.725, within(1e-12));
    assertThat(score.contributions()).extracting(Contribution::factor).startsWith(
        "actual self: emotional", "actual self: social", "ideal self: emotional");
    assertThat(score.contributions().get(0).share()).isCloseTo(6.0 / 11, within(1e-12));
    assertThat(score.contributions().get(1).share()).isCloseTo(4.0 / 11, within(1e-12));
    assertThat(score.contributions().get(2).share()).isCloseTo(1.0 / 11, within(1e-12));
    assertThat(score.explanation())
        .contains("2 self-images 0.73 on average")
        .contains("actual self 0.50, ideal self 0.95")
        .contains("actual self: emotional costs the most fit");
  }

  @Test
  void should_read_the_actual_self_alone_as_before() {
    // given: Noah holds his actual self only; the brand's own logic equals his image of it
    ServiceEcosystem eco = idealSelf().toBuilder().perspective(BRAND, BRAND, profile(0.8, 0.8))
        .build();
    // when
    Score score = new SelfCongruity().measure(new Dyad(eco, NOAH, BRAND));
    // then: 1 − (|0.5 − 0.8| + |0.5 − 0.8|) / 2 = 0.7, the absolute-difference form, bit for bit
    assertThat(score.value()).isEqualTo(
        new AbsoluteDifference().measure(new Dyad(eco, NOAH, BRAND)).value());
    assertThat(score.value()).isCloseTo(0.7, within(1e-12));
    assertThat(score.contributions()).extracting(Contribution::factor)
        .containsExactly("emotional", "social");
  }

  @Test
  void should_average_every_self_image_held() {
    // given: all four self-images
    ServiceEcosystem eco = market()
        .perspective(MAYA, MAYA, profile(0.2, 0.4))
        .perspective(MAYA, MAYA, Aspect.IDEAL, profile(0.9, 0.8))
        .perspective(MAYA, MAYA, Aspect.SOCIAL, profile(0.4, 0.4))
        .perspective(MAYA, MAYA, Aspect.IDEAL_SOCIAL, profile(0.8, 0.8))
        .perspective(MAYA, BRAND, profile(0.8, 0.8))
        .build();
    // when
    Score score = new SelfCongruity().measure(new Dyad(eco, MAYA, BRAND));
    // then: actual 0.5, ideal 0.95, social 1 − (0.4 + 0.4) / 2 = 0.6, ideal social 1;
    //   score = (0.5 + 0.95 + 0.6 + 1) / 4 = 3.05 / 4 = 0.7625
    assertThat(score.value()).isCloseTo(0.7625, within(1e-12));
    assertThat(score.contributions()).extracting(Contribution::factor)
        .contains("social self: emotional", "social self: social")
        .doesNotContain("ideal social self: emotional");
  }

  @Test
  void should_score_the_self_images_in_a_batch_as_one_by_one() {
    // given
    ServiceEcosystem eco = idealSelf();
    // when / then
    BatchAgreement.assertAgrees(new SelfCongruity(), eco, BRAND, List.of(MAYA, NOAH), "ideal self");
  }

  private static ServiceEcosystem expectations() {
    Profile wanted = Profile.builder().level(FUNCTIONAL, 0.5).level(EMOTIONAL, 0.5).build();
    return market()
        .perspective(MAYA, MAYA, wanted)
        .perspective(NOAH, NOAH, wanted)
        .perspective(BRAND, BRAND, Profile.builder().level(FUNCTIONAL, 0.5).level(EMOTIONAL, 0.5)
            .build())
        .perspective(MAYA, BRAND, Aspect.EXPECTED,
            Profile.builder().level(FUNCTIONAL, 0.9).level(EMOTIONAL, 0.6).build())
        .perspective(MAYA, BRAND, Aspect.PERCEIVED,
            Profile.builder().level(FUNCTIONAL, 0.6).level(EMOTIONAL, 0.8).build())
        // Noah expected, but no perception is recorded: the present reading
        .perspective(NOAH, BRAND, Aspect.EXPECTED,
            Profile.builder().level(FUNCTIONAL, 0.9).level(EMOTIONAL, 0.9).build())
        .build();
  }

  @Test
  void should_read_shortfall_as_the_disconfirmation_of_the_expected_by_the_perceived() {
    // given
    ServiceEcosystem eco = expectations();
    // when
    Score score = new Shortfall().measure(new Dyad(eco, MAYA, BRAND));
    // then: expected (functional 0.9, emotional 0.6), perceived (0.6, 0.8), weights 1:
    //   1 − (max(0, 0.9 − 0.6) + max(0, 0.6 − 0.8)) / 2 = 1 − 0.3 / 2 = 0.85
    //   (her own logic against the offering would read 1: the offering meets it)
    assertThat(score.value()).isCloseTo(0.85, within(1e-12));
    assertThat(score.contributions()).extracting(Contribution::factor)
        .containsExactly("functional");
    assertThat(score.explanation())
        .contains("perceived falls short of what it expected by 0.15")
        .contains("Read as disconfirmation");
  }

  @Test
  void should_fall_back_to_the_own_logic_against_the_offering_without_a_perception() {
    // given
    ServiceEcosystem eco = expectations();
    // when
    Score score = new Shortfall().measure(new Dyad(eco, NOAH, BRAND));
    // then: own logic (0.5, 0.5) against the offering (0.5, 0.5): 1 − 0 / 2 = 1
    assertThat(score.value()).isEqualTo(1.0);
    assertThat(score.explanation()).contains("Read as the customer's own logic against the"
        + " offering");
  }

  @Test
  void should_score_expectations_in_a_batch_as_one_by_one() {
    // given
    ServiceEcosystem eco = expectations();
    ServiceEcosystem noOffering = eco.toBuilder().removePerspective(BRAND, BRAND).build();
    // when / then
    BatchAgreement.assertAgrees(new Shortfall(), eco, BRAND, List.of(MAYA, NOAH), "expected");
    BatchAgreement.assertAgrees(
        new Shortfall(), noOffering, BRAND, List.of(MAYA, NOAH), "expected, nothing offered");
    assertThat(new Shortfall().measure(new Dyad(noOffering, MAYA, BRAND)).value())
        .isCloseTo(0.85, within(1e-12));
  }
}
