package org.attune.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.attune.testlib.scenario.PatientAndClinic.ALICE;
import static org.attune.testlib.scenario.PatientAndClinic.CLINIC;
import static org.attune.testlib.scenario.PatientAndClinic.ECONOMIC;
import static org.attune.testlib.scenario.PatientAndClinic.EMOTIONAL;
import static org.attune.testlib.scenario.PatientAndClinic.FUNCTIONAL;

import org.attune.ecosystem.Level;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.alignment.AbsoluteDifference;
import org.attune.metric.alignment.Cosine;
import org.attune.metric.alignment.Matching;
import org.attune.metric.alignment.ProfileDeviation;
import org.attune.metric.alignment.SelfCongruity;
import org.attune.metric.alignment.Shortfall;
import org.attune.model.Profile;
import org.attune.testlib.scenario.PatientAndClinic;
import org.junit.jupiter.api.Test;

/**
 * The profile metrics on the {@link PatientAndClinic}, worked by hand. C = Alice's own logic: functional 0.9
 * (w 2), emotional 0.7 (w 1), economic 0.4 (w 1), so Σ w = 4. P = the clinic's offering, lined up
 * with C: functional 0.8, emotional 0.9, economic 0 (not offered); its social 0.5 does not count,
 * as Alice's logic decides what counts. The gaps C − P: 0.1, −0.2, 0.4.
 */
class ProfileMetricsTest {

  private final Dyad dyad = PatientAndClinic.dyad();

  @Test
  void profile_deviation_is_one_minus_the_weighted_root_mean_square_gap() {
    // Σ w (C − P)² = 2·0.1² + 1·0.2² + 1·0.4² = 0.02 + 0.04 + 0.16 = 0.22
    // 1 − sqrt(0.22 / 4) = 1 − sqrt(0.055) = 1 − 0.2345207879911715 = 0.7654792120088285
    Score score = new ProfileDeviation().measure(dyad);

    // shares of Σ w (C − P)²: economic 0.16/0.22, emotional 0.04/0.22, functional 0.02/0.22
    ScoreAssert.assertThat(score)
        .hasValue(0.7654792120088285)
        .hasContributions(
            "economic", 0.16 / 0.22, "emotional", 0.04 / 0.22, "functional", 0.02 / 0.22)
        .hasExplanationContaining("0.23", "3 dimensions", "economic");
  }

  @Test
  void absolute_difference_is_one_minus_the_weighted_mean_gap() {
    // Σ w |C − P| = 2·0.1 + 1·0.2 + 1·0.4 = 0.8; 1 − 0.8 / 4 = 0.8
    Score score = new AbsoluteDifference().measure(dyad);

    // shares of 0.8: economic 0.4 → 0.5, functional 0.2 → 0.25, emotional 0.2 → 0.25 (ties in
    // dimension order)
    ScoreAssert.assertThat(score)
        .hasValue(0.8)
        .hasContributions("economic", 0.5, "functional", 0.25, "emotional", 0.25);
  }

  @Test
  void shortfall_counts_only_what_falls_short() {
    // Σ w max(0, C − P) = 2·0.1 + 1·0 + 1·0.4 = 0.6 (emotional is exceeded: not misfit)
    // 1 − 0.6 / 4 = 0.85
    Score score = new Shortfall().measure(dyad);

    ScoreAssert.assertThat(score)
        .hasValue(0.85)
        .hasContributions("economic", 0.4 / 0.6, "functional", 0.2 / 0.6);
  }

  @Test
  void cosine_is_the_weighted_cosine_over_the_customer_dimensions() {
    // Σ w C P = 2·0.9·0.8 + 1·0.7·0.9 + 1·0.4·0 = 1.44 + 0.63 = 2.07
    // Σ w C² = 2·0.81 + 0.49 + 0.16 = 2.27;  Σ w P² = 2·0.64 + 0.81 + 0 = 2.09
    // 2.07 / (sqrt(2.27) · sqrt(2.09)) = 2.07 / 2.178141... = 0.9503515203022959
    Score score = new Cosine().measure(dyad);

    ScoreAssert.assertThat(score).hasValue(0.9503515203022959);
    // 1 − cos = ½ Σ w (Ĉ − P̂)²: the contributions share that sum
    double nc = Math.sqrt(2.27);
    double np = Math.sqrt(2.09);
    double f = 2 * Math.pow(0.9 / nc - 0.8 / np, 2);
    double e = Math.pow(0.7 / nc - 0.9 / np, 2);
    double c = Math.pow(0.4 / nc, 2);
    ScoreAssert.assertThat(score)
        .hasContributions("economic", c / (f + e + c), "emotional", e / (f + e + c), "functional",
            f / (f + e + c));
    assertThat((f + e + c) / 2).isCloseTo(1 - score.value(), within(1e-12));
  }

  @Test
  void matching_is_the_weighted_share_of_dimensions_within_tau() {
    // |C − P| = 0.1, 0.2, 0.4 against τ = 0.1: functional matches (a gap of exactly τ on paper,
    // 0.09999999999999998 in doubles), emotional and economic do not
    // Σ w over matches = 2; 2 / 4 = 0.5
    Score score = new Matching().measure(dyad);

    // unmatched weights: emotional 1, economic 1
    ScoreAssert.assertThat(score)
        .hasValue(0.5)
        .hasContributions("emotional", 0.5, "economic", 0.5)
        .hasExplanationContaining("1 of 3 dimensions");
  }

  @Test
  void matching_with_a_wider_tau_matches_more() {
    // τ = 0.25: functional (0.1) and emotional (0.2) match: (2 + 1) / 4 = 0.75
    Score score = new Matching("matching-0.25", 0.25).measure(dyad);

    ScoreAssert.assertThat(score).hasValue(0.75).hasContributions("economic", 1.0);
  }

  @Test
  void matching_counts_a_decimal_gap_of_exactly_tau_as_a_match() {
    // 0.4 − 0.3 is 0.10000000000000003 in doubles; on paper it is τ, so it matches
    Profile own = Profile.builder().level(FUNCTIONAL, 0.4).build();
    Profile offer = Profile.builder().level(FUNCTIONAL, 0.3).build();
    Dyad pair = dyadOf(own, offer);

    ScoreAssert.assertThat(new Matching().measure(pair)).hasValue(1.0).hasNoContributions();
  }

  @Test
  void matching_rejects_a_tau_outside_zero_to_one() {
    assertThatThrownBy(() -> new Matching("m", 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tau must be a number in [0, 1], but was 1.5");
    assertThatThrownBy(() -> new Matching("m", Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tau");
    assertThatThrownBy(() -> new Matching(" ", 0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
    assertThat(new Matching().tau()).isEqualTo(Matching.TAU_DEFAULT).isEqualTo(0.1);
  }

  @Test
  void self_congruity_compares_the_own_logic_with_the_image_of_the_provider() {
    // I = Alice's image of the clinic: functional 0.7, emotional 0.7, economic 0 (lacking)
    // Σ w |C − I| = 2·0.2 + 1·0 + 1·0.4 = 0.8; 1 − 0.8 / 4 = 0.8
    Score score = new SelfCongruity().measure(dyad);

    ScoreAssert.assertThat(score)
        .hasValue(0.8)
        .hasContributions("functional", 0.5, "economic", 0.5);
  }

  @Test
  void every_profile_metric_scores_identical_profiles_1() {
    Profile same = PatientAndClinic.OWN;
    ServiceEcosystem eco =
        ServiceEcosystem.builder()
            .add(ALICE, CLINIC)
            .perspective(ALICE, ALICE, same)
            .perspective(CLINIC, CLINIC, same)
            .perspective(ALICE, CLINIC, same)
            .build();
    Dyad pair = new Dyad(eco, ALICE, CLINIC);

    for (Metric metric :
        new Metric[] {
          new ProfileDeviation(), new AbsoluteDifference(), new Cosine(), new Matching(),
          new Shortfall(), new SelfCongruity()
        }) {
      ScoreAssert.assertThat(metric.measure(pair)).hasValue(1.0).hasNoContributions();
    }
  }

  @Test
  void the_customers_logic_decides_which_dimensions_count() {
    // the offering adds dimensions Alice does not care about: they change nothing
    Profile offer = PatientAndClinic.OWN.toBuilder().level(PatientAndClinic.SOCIAL, 0.1).level(PatientAndClinic.ECONOMIC, 0.4)
        .build();
    Dyad pair = dyadOf(PatientAndClinic.OWN, offer);

    ScoreAssert.assertThat(new ProfileDeviation().measure(pair)).hasValue(1.0);
  }

  @Test
  void a_dimension_the_provider_lacks_counts_as_level_zero() {
    // C: economic 0.4 only; P offers no economic value: gap 0.4
    Profile own = Profile.builder().level(ECONOMIC, 0.4).build();
    Profile offer = Profile.builder().level(EMOTIONAL, 0.9).build();
    Dyad pair = dyadOf(own, offer);

    ScoreAssert.assertThat(new AbsoluteDifference().measure(pair)).hasValue(0.6);
    ScoreAssert.assertThat(new ProfileDeviation().measure(pair)).hasValue(0.6);
    ScoreAssert.assertThat(new Cosine().measure(pair))
        .hasReasonContaining("the provider offers nothing", "norm is 0");
  }

  @Test
  void cosine_is_undefined_when_the_customer_wants_nothing() {
    Profile own = Profile.builder().level(FUNCTIONAL, 0).level(EMOTIONAL, 0).build();
    Dyad pair = dyadOf(own, PatientAndClinic.OFFERING);

    ScoreAssert.assertThat(new Cosine().measure(pair))
        .hasReasonContaining("the customer wants nothing");
    // the others are defined: wanting nothing is met by anything
    ScoreAssert.assertThat(new Shortfall().measure(pair)).hasValue(1.0);
  }

  @Test
  void cosine_ignores_scale() {
    // P = C / 2 on every dimension: same shape
    Profile own = Profile.builder().level(FUNCTIONAL, 0.8).level(EMOTIONAL, 0.4).build();
    Profile offer = Profile.builder().level(FUNCTIONAL, 0.4).level(EMOTIONAL, 0.2).build();

    ScoreAssert.assertThat(new Cosine().measure(dyadOf(own, offer))).hasValue(1.0);
  }

  @Test
  void profile_metrics_are_undefined_without_the_customers_own_logic() {
    ServiceEcosystem eco =
        ServiceEcosystem.builder()
            .add(ALICE, CLINIC)
            .perspective(CLINIC, CLINIC, PatientAndClinic.OFFERING)
            .build();
    Dyad pair = new Dyad(eco, ALICE, CLINIC);

    for (Metric metric :
        new Metric[] {
          new ProfileDeviation(), new AbsoluteDifference(), new Cosine(), new Matching(),
          new Shortfall(), new SelfCongruity()
        }) {
      ScoreAssert.assertThat(metric.measure(pair))
          .hasReasonContaining("the customer's own logic, perspective (customer, customer)");
      assertThatThrownBy(() -> metric.measure(pair).value())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("score is undefined: Cannot compare profiles");
    }
  }

  @Test
  void profile_metrics_are_undefined_without_the_providers_own_logic() {
    ServiceEcosystem eco =
        ServiceEcosystem.builder().add(ALICE, CLINIC).perspective(ALICE, ALICE, PatientAndClinic.OWN).build();
    Dyad pair = new Dyad(eco, ALICE, CLINIC);

    ScoreAssert.assertThat(new ProfileDeviation().measure(pair))
        .hasReasonContaining("the provider's own logic, its offering", "is missing");
    ScoreAssert.assertThat(new SelfCongruity().measure(pair))
        .hasReasonContaining("the customer's image of the provider", "is missing");
  }

  @Test
  void the_reason_names_both_profiles_when_both_are_missing() {
    ServiceEcosystem eco = ServiceEcosystem.builder().add(ALICE, CLINIC).build();

    ScoreAssert.assertThat(new Shortfall().measure(new Dyad(eco, ALICE, CLINIC)))
        .hasReasonContaining("perspective (customer, customer) and the provider's own logic",
            "are missing");
  }

  @Test
  void profile_metrics_are_micro_level_alignment_metrics_with_stable_names() {
    assertThat(new ProfileDeviation()).isInstanceOf(AlignmentMetric.class)
        .extracting(Metric::name, Metric::level)
        .containsExactly("profile-deviation", Level.MICRO);
    assertThat(new AbsoluteDifference().name()).isEqualTo("absolute-difference");
    assertThat(new Cosine().name()).isEqualTo("cosine");
    assertThat(new Matching().name()).isEqualTo("matching");
    assertThat(new Shortfall().name()).isEqualTo("shortfall");
    assertThat(new SelfCongruity().name()).isEqualTo("self-congruity");
  }

  private static Dyad dyadOf(Profile own, Profile offer) {
    ServiceEcosystem eco =
        ServiceEcosystem.builder()
            .add(ALICE, CLINIC)
            .perspective(ALICE, ALICE, own)
            .perspective(CLINIC, CLINIC, offer)
            .build();
    return new Dyad(eco, ALICE, CLINIC);
  }
}
