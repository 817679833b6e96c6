package org.attune.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.attune.ecosystem.Level;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.alignment.AbsoluteDifference;
import org.attune.metric.alignment.ProfileDeviation;
import org.attune.metric.alignment.Shortfall;
import org.attune.model.Actor;
import org.attune.model.Dimension;
import org.attune.model.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Scores must not depend on the scale of the weights, over the whole finite range of doubles: the
 * same ratios of weights in tiny, moderate or huge numbers give the same bits, by {@link
 * Metric#measure}, by {@link Scoring}; a negligible weight behaves
 * as a zero weight.
 */
class ExtremeWeightsTest {

  private static final Actor CUSTOMER = Actor.individual("customer", "Customer");
  private static final Actor PROVIDER = Actor.organisation("provider", "Provider");
  private static final Actor OTHER = Actor.individual("other", "Other customer");

  private static final Dimension F = Dimension.FUNCTIONAL;
  private static final Dimension E = Dimension.EMOTIONAL;
  private static final Dimension S = Dimension.SOCIAL;
  private static final Dimension X = Dimension.ECONOMIC;

  /** Weights whose ratios are powers of two, so that scaling them to Double.MAX_VALUE is exact. */
  private static final double[] BINARY = {2, 1, 0.5, 0};

  /** Weights that are not powers of two. */
  private static final double[] ODD = {3, 1, 0.7, 0};

  /** The four perspectives every weighted metric reads, each weighted by {@code w} times scale. */
  private static ServiceEcosystem ecosystem(double[] w, double scale) {
    Profile own =
        Profile.builder()
            .level(F, 0.9, w[0] * scale)
            .level(E, 0.7, w[1] * scale)
            .level(S, 0.4, w[2] * scale)
            .level(X, 0.6, w[3] * scale)
            .build();
    Profile offering =
        Profile.builder()
            .level(F, 0.6, w[1] * scale)
            .level(E, 0.75, w[0] * scale)
            .level(S, 0.9, w[2] * scale)
            .build();
    Profile image = Profile.builder().level(F, 0.7, w[0] * scale).level(E, 0.5, w[2] * scale).build();
    Profile model =
        Profile.builder()
            .level(S, 0.1, w[1] * scale)
            .level(F, 0.8, w[0] * scale)
            .level(E, 0.7, w[2] * scale)
            .build();
    return ServiceEcosystem.builder()
        .add(CUSTOMER, PROVIDER, OTHER)
        .perspective(CUSTOMER, CUSTOMER, own)
        .perspective(PROVIDER, PROVIDER, offering)
        .perspective(CUSTOMER, PROVIDER, image)
        .perspective(PROVIDER, CUSTOMER, model)
        .perspective(OTHER, OTHER, own)
        .build();
  }

  private static List<Metric> weightedMetrics() {
    List<Metric> metrics = new ArrayList<>();
    for (Metric m : Metrics.registry().metrics()) {
      if (m.level() == Level.MICRO) {
        metrics.add(m);
      }
    }
    return metrics;
  }

  /** Every micro metric's score, compared field by field with the reference, bit for bit. */
  private static void assertSameScores(ServiceEcosystem actual, ServiceEcosystem expected, String as) {
    Dyad a = new Dyad(actual, CUSTOMER, PROVIDER);
    Dyad e = new Dyad(expected, CUSTOMER, PROVIDER);
    for (Metric metric : weightedMetrics()) {
      Score got = metric.measure(a);
      Score want = metric.measure(e);
      String what = as + ", " + metric.name();
      assertThat(got.isDefined()).as(what).isEqualTo(want.isDefined());
      assertThat(Double.doubleToRawLongBits(got.valueOrNaN()))
          .as(what + ": " + got.valueOrNaN() + " vs " + want.valueOrNaN())
          .isEqualTo(Double.doubleToRawLongBits(want.valueOrNaN()));
      assertThat(got.contributions()).as(what).isEqualTo(want.contributions());
      assertThat(got.explanation()).as(what).isEqualTo(want.explanation());
    }
  }

  /** measure() and batch scoring, in sequence and in parallel, agree to the bit. */
  private static void assertBatchesAgree(ServiceEcosystem eco, String as) {
    List<Actor> customers = List.of(CUSTOMER, OTHER, CUSTOMER, PROVIDER);
    for (Metric metric : Metrics.registry().metrics()) {
      BatchAgreement.assertAgrees(metric, eco, PROVIDER, customers, as);
    }
  }

  @ParameterizedTest
  @ValueSource(doubles = {0x1p-1000, 0x1p-600, 0x1p600, Double.MAX_VALUE / 2})
  void binary_weights_should_score_the_same_at_any_scale(double scale) {
    // given: weights 2, 1, 0.5, 0 times scale; at MAX_VALUE / 2 the largest is MAX_VALUE and the
    // total of the customer's weights (1.75 MAX_VALUE) overflows
    ServiceEcosystem reference = ecosystem(BINARY, 1);
    ServiceEcosystem scaled = ecosystem(BINARY, scale);
    // then
    assertSameScores(scaled, reference, "scale " + scale);
    assertBatchesAgree(scaled, "scale " + scale);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0x1p-1000, 0x1p-600, 0x1p600, 0x1p1022})
  void odd_weights_should_score_the_same_at_any_power_of_two_scale(double scale) {
    // given: weights 3, 1, 0.7, 0 times scale; at 2^1022 the total (4.7 * 2^1022) overflows
    ServiceEcosystem reference = ecosystem(ODD, 1);
    ServiceEcosystem scaled = ecosystem(ODD, scale);
    // then
    assertSameScores(scaled, reference, "scale " + scale);
    assertBatchesAgree(scaled, "scale " + scale);
  }

  @Test
  void the_reference_scores_should_be_the_hand_worked_ones() {
    // given: C = F 0.9 (w 2), E 0.7 (w 1), S 0.4 (w 0.5), X 0.6 (w 0); P = F 0.6, E 0.75, S 0.9
    Dyad dyad = new Dyad(ecosystem(BINARY, Double.MAX_VALUE / 2), CUSTOMER, PROVIDER);
    // then, relative weights 1, 0.5, 0.25, 0 (total 1.75):
    // absolute-difference: 1 - (1 * 0.3 + 0.5 * 0.05 + 0.25 * 0.5) / 1.75 = 1 - 0.45 / 1.75
    assertThat(new AbsoluteDifference().measure(dyad).value())
        .isCloseTo(1 - 0.45 / 1.75, within(1e-12));
    // shortfall: 1 - (1 * 0.3) / 1.75
    assertThat(new Shortfall().measure(dyad).value()).isCloseTo(1 - 0.3 / 1.75, within(1e-12));
    // profile-deviation: 1 - sqrt((0.09 + 0.5 * 0.0025 + 0.25 * 0.25) / 1.75)
    assertThat(new ProfileDeviation().measure(dyad).value())
        .isCloseTo(1 - Math.sqrt(0.15375 / 1.75), within(1e-12));
  }

  @Test
  void a_total_gap_at_the_largest_weights_should_score_0_not_1() {
    // given: the customer wants everything at 1 with weights MAX_VALUE, the provider offers 0
    Profile own =
        Profile.builder()
            .level(F, 1, Double.MAX_VALUE)
            .level(E, 1, Double.MAX_VALUE)
            .build();
    Profile offering = Profile.builder().level(F, 0).level(E, 0).build();
    ServiceEcosystem eco =
        ServiceEcosystem.builder()
            .add(CUSTOMER, PROVIDER, OTHER)
            .perspective(CUSTOMER, CUSTOMER, own)
            .perspective(PROVIDER, PROVIDER, offering)
            .build();
    Dyad dyad = new Dyad(eco, CUSTOMER, PROVIDER);
    // then: a gap of 1 on every dimension is no fit at all, whatever the weights
    assertThat(new ProfileDeviation().measure(dyad).value()).isZero();
    assertThat(new AbsoluteDifference().measure(dyad).value()).isZero();
    assertThat(new Shortfall().measure(dyad).value()).isZero();
    assertThat(Metrics.registry().metric("matching").measure(dyad).value()).isZero();
    assertBatchesAgree(eco, "MAX_VALUE weights");
  }

  @Test
  void a_negligible_weight_should_score_as_a_zero_weight() {
    // given: {2, MIN_VALUE} against {2, 0}, on every profile of the dyad
    double[] tiny = {2, Double.MIN_VALUE, Double.MIN_VALUE, 0};
    double[] zero = {2, 0, 0, 0};
    ServiceEcosystem withTiny = ecosystem(tiny, 1);
    ServiceEcosystem withZero = ecosystem(zero, 1);
    // then
    assertSameScores(withTiny, withZero, "2 and MIN_VALUE");
    assertBatchesAgree(withTiny, "2 and MIN_VALUE");
    AlignmentReport report = AlignmentReport.of(new Dyad(withTiny, CUSTOMER, PROVIDER));
    AlignmentReport expected = AlignmentReport.of(new Dyad(withZero, CUSTOMER, PROVIDER));
    assertThat(report.overall()).isEqualTo(expected.overall());
    assertThat(report.costliestFactors()).isEqualTo(expected.costliestFactors());
  }

  @Test
  void a_factor_whose_share_of_the_misfit_underflows_should_be_left_out() {
    // given: gaps of 1 on functional and social, and of Double.MIN_VALUE on emotional, all of
    // weight 1: absolute-difference's misfit parts are 1, 1 and MIN_VALUE, their total 2 (2 +
    // MIN_VALUE rounds to 2), and emotional's share MIN_VALUE / 2 rounds to 0
    Profile own =
        Profile.builder().level(F, 1).level(E, Double.MIN_VALUE).level(S, 1).build();
    Profile offering = Profile.builder().level(F, 0).level(E, 0).level(S, 0).build();
    ServiceEcosystem eco =
        ServiceEcosystem.builder()
            .add(CUSTOMER, PROVIDER, OTHER)
            .perspective(CUSTOMER, CUSTOMER, own)
            .perspective(PROVIDER, PROVIDER, offering)
            .perspective(CUSTOMER, PROVIDER, offering)
            .perspective(PROVIDER, CUSTOMER, own)
            .build();
    Dyad dyad = new Dyad(eco, CUSTOMER, PROVIDER);
    // when
    Score score = new AbsoluteDifference().measure(dyad);
    AlignmentReport report = AlignmentReport.of(dyad);
    // then: 1 - (1 + MIN_VALUE + 1) / 3 = 1 - 2 / 3; functional and social half each
    assertThat(score.value()).isCloseTo(1 - 2.0 / 3, within(1e-12));
    assertThat(score.contributions())
        .containsExactly(new Contribution("functional", 0.5), new Contribution("social", 0.5));
    assertThat(report.overall()).isPresent();
    assertBatchesAgree(eco, "a gap of MIN_VALUE");
  }

  @Test
  void composite_weights_should_not_depend_on_their_scale() {
    // given: the same parts at weights 2 : 1 in moderate, tiny and huge numbers
    Dyad dyad = new Dyad(ecosystem(ODD, 1), CUSTOMER, PROVIDER);
    double[][] weights = {
      {2, 1}, {0x1p-1000, 0x1p-1001}, {Double.MAX_VALUE, Double.MAX_VALUE / 2}
    };
    List<Score> scores = new ArrayList<>();
    for (double[] w : weights) {
      Metric composite =
          CompositeMetric.builder("fit", Level.MICRO)
              .part(new ProfileDeviation(), w[0])
              .part(new Shortfall(), w[1])
              .build();
      scores.add(composite.measure(dyad));
    }
    // then: all as the first, (2 pd + sf) / 3
    double pd = new ProfileDeviation().measure(dyad).value();
    double sf = new Shortfall().measure(dyad).value();
    assertThat(scores.get(0).value()).isCloseTo((2 * pd + sf) / 3, within(1e-12));
    for (Score s : scores) {
      assertThat(Double.doubleToRawLongBits(s.value()))
          .as(s.toString())
          .isEqualTo(Double.doubleToRawLongBits(scores.get(0).value()));
      assertThat(s.contributions()).isEqualTo(scores.get(0).contributions());
    }
  }

  @Test
  void equal_composite_weights_at_the_largest_double_should_give_the_plain_mean() {
    // given: weights MAX_VALUE and MAX_VALUE, whose sum overflows
    Dyad dyad = new Dyad(ecosystem(ODD, 1), CUSTOMER, PROVIDER);
    Metric huge =
        CompositeMetric.builder("fit", Level.MICRO)
            .part(new ProfileDeviation(), Double.MAX_VALUE)
            .part(new Shortfall(), Double.MAX_VALUE)
            .build();
    Metric plain =
        CompositeMetric.equalWeights(
            "fit", Level.MICRO, List.of(new ProfileDeviation(), new Shortfall()));
    // when
    Score score = huge.measure(dyad);
    // then
    assertThat(score.value()).isEqualTo(plain.measure(dyad).value());
    assertThat(score.contributions()).isEqualTo(plain.measure(dyad).contributions());
  }

  @Test
  void a_composite_whose_only_defined_part_has_a_negligible_weight_should_score_that_part() {
    // given: a part with weight MIN_VALUE that is defined, and one of weight 2 that is undefined
    // (knowledge-symmetry needs four perspectives; this ecosystem has two)
    Profile own = Profile.builder().level(F, 0.9).level(E, 0.5).build();
    Profile offering = Profile.builder().level(F, 0.6).level(E, 0.5).build();
    ServiceEcosystem eco =
        ServiceEcosystem.builder()
            .add(CUSTOMER, PROVIDER, OTHER)
            .perspective(CUSTOMER, CUSTOMER, own)
            .perspective(PROVIDER, PROVIDER, offering)
            .build();
    Dyad dyad = new Dyad(eco, CUSTOMER, PROVIDER);
    Metric composite =
        CompositeMetric.builder("fit", Level.MICRO)
            .part(Metrics.registry().metric("knowledge-symmetry"), 2)
            .part(new AbsoluteDifference(), Double.MIN_VALUE)
            .build();
    // when
    Score score = composite.measure(dyad);
    // then: the mean of one part is that part: 1 - (0.3 + 0) / 2 = 0.85
    assertThat(score.value()).isEqualTo(new AbsoluteDifference().measure(dyad).value());
    assertThat(score.value()).isCloseTo(0.85, within(1e-12));
  }
}
