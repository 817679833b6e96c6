package org.attune.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.LongStream;
import org.attune.metric.alignment.AbsoluteDifference;
import org.attune.metric.alignment.ProfileDeviation;
import org.attune.metric.alignment.Shortfall;
import org.attune.testlib.scenario.RandomEcosystems;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of every registered metric over seeded random ecosystems (plain JUnit over {@link
 * java.util.Random}; each seed names a reproducible case).
 */
class MetricPropertiesTest {

  /** Rounding allowance between mathematically ordered quantities. */
  private static final double ROUNDING = 1e-12;

  private static final MetricRegistry REGISTRY = Metrics.registry();

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  /** Fewer seeds for the batch: each scores every metric four ways (testlib's MetricTester too). */
  static LongStream batchSeeds() {
    return LongStream.range(0, 60);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void every_defined_score_lies_in_0_to_1_and_says_something(long seed) {
    for (Dyad dyad : RandomEcosystems.of(seed).dyads()) {
      for (Metric metric : REGISTRY.metrics()) {
        Score score = metric.measure(dyad);

        assertThat(score).as("%s of %s", metric.name(), dyad).isNotNull();
        assertThat(score.explanation()).isNotBlank();
        if (score.isDefined()) {
          assertThat(score.value()).as("%s of %s", metric.name(), dyad).isBetween(0.0, 1.0);
        }
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void contributions_sum_to_1_wherever_there_is_misfit_to_share(long seed) {
    for (Dyad dyad : RandomEcosystems.of(seed).dyads()) {
      for (Metric metric : REGISTRY.metrics()) {
        Score score = metric.measure(dyad);
        if (!score.isDefined()) {
          assertThat(score.contributions()).isEmpty();
          continue;
        }
        double sum = score.contributions().stream().mapToDouble(Contribution::share).sum();
        if (score.value() < 1 - 1e-9) {
          assertThat(score.contributions()).as("%s of %s: %s", metric.name(), dyad, score)
              .isNotEmpty();
        }
        if (!score.contributions().isEmpty()) {
          assertThat(sum).as("%s of %s", metric.name(), dyad).isCloseTo(1.0, within(1e-9));
        }
        if (score.value() == 1) {
          assertThat(score.contributions()).as("%s of %s", metric.name(), dyad).isEmpty();
        }
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void profile_deviation_is_at_most_absolute_difference_and_shortfall_at_least(long seed) {
    for (Dyad dyad : RandomEcosystems.of(seed).dyads()) {
      Score pd = new ProfileDeviation().measure(dyad);
      Score ad = new AbsoluteDifference().measure(dyad);
      Score sf = new Shortfall().measure(dyad);

      assertThat(pd.isDefined()).isEqualTo(ad.isDefined()).isEqualTo(sf.isDefined());
      if (ad.isDefined()) {
        // a root-mean-square is at least a mean, so 1 − RMS ≤ 1 − mean
        assertThat(pd.value()).as("%s", dyad).isLessThanOrEqualTo(ad.value() + ROUNDING);
        // max(0, C − P) ≤ |C − P|
        assertThat(sf.value()).as("%s", dyad).isGreaterThanOrEqualTo(ad.value() - ROUNDING);
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("batchSeeds")
  void the_batch_call_equals_one_call_per_customer_to_the_bit(long seed) {
    RandomEcosystems random = RandomEcosystems.of(seed, 12);
    // the customers in a scrambled order, with a repeat and a provider among them
    List<org.attune.model.Actor> customers =
        List.of(
            random.customers().get(5), random.customers().get(0), random.providers().get(1),
            random.customers().get(11), random.customers().get(5), random.customers().get(3));
    for (org.attune.model.Actor provider : random.providers()) {
      for (Metric metric : REGISTRY.metrics()) {
        BatchAgreement.assertAgrees(
            metric, random.ecosystem(), provider, customers, "seed " + seed);
      }
    }
  }
}
