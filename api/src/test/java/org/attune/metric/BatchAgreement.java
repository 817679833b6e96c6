package org.attune.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Actor;

/** Checks that {@link Scoring} gives what {@link Metric#measure} gives, customer by customer. */
final class BatchAgreement {

  private static final ForkJoinPool POOL = new ForkJoinPool(8);

  private BatchAgreement() {}

  /** {@return the values of a sequential scoring, NaN where undefined} */
  static double[] values(Metric metric, Cohort cohort, Actor provider) {
    return Scoring.sequential().score(metric, cohort, provider).values();
  }

  /**
   * Asserts that scoring {@code customers} in sequence, on 8 threads and with every factor kept
   * gives, for each customer, the value (to the bit), the reason and the leading contributions of
   * one {@code measure} call.
   */
  static void assertAgrees(
      Metric metric, ServiceEcosystem eco, Actor provider, List<Actor> customers, String as) {
    Cohort cohort = Cohort.of(eco, customers);
    List<Scores> all =
        List.of(
            Scoring.sequential().score(metric, cohort, provider),
            Scoring.on(POOL).score(metric, cohort, provider),
            Scoring.sequential().withTopFactors(Integer.MAX_VALUE).score(metric, cohort, provider),
            Scoring.on(POOL).withTopFactors(0).score(metric, eco, provider, customers));
    for (int i = 0; i < customers.size(); i++) {
      Score one = metric.measure(new Dyad(eco, customers.get(i), provider));
      String what = as + ", " + metric.name() + ", customers[" + i + "]";
      for (Scores scores : all) {
        assertThat(Double.doubleToRawLongBits(scores.valueOrNaN(i)))
            .as(what + ": " + scores.valueOrNaN(i) + " vs " + one.valueOrNaN())
            .isEqualTo(Double.doubleToRawLongBits(one.valueOrNaN()));
        assertThat(scores.reason(i)).as(what).isEqualTo(one.reason());
      }
      assertThat(all.get(0).topFactors(i))
          .as(what)
          .isEqualTo(one.contributions().subList(0, Math.min(3, one.contributions().size())));
      assertThat(all.get(2).topFactors(i)).as(what).isEqualTo(one.contributions());
      assertThat(all.get(3).topFactors(i)).as(what).isEmpty();
    }
  }
}
