package org.attune.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.alignment.AbsoluteDifference;
import org.attune.metric.alignment.Matching;
import org.attune.model.Actor;
import org.attune.model.Dimension;
import org.attune.model.Profile;
import org.junit.jupiter.api.Test;

/**
 * Profiles of thousands of dimensions, the provider's in another order and with gaps: the profile
 * metrics line them up by dimension (a hashed lookup per dimension), by every path alike.
 */
class ManyDimensionsTest {

  private static final int N = 4000;
  private static final Actor CUSTOMER = Actor.individual("customer", "Customer");
  private static final Actor PROVIDER = Actor.organisation("provider", "Provider");

  private static Dimension d(int i) {
    return Dimension.of("d" + i);
  }

  /** C_i = (i mod 10) / 10 on every d_i; P the same levels in reverse order, lacking every 4th. */
  private static ServiceEcosystem ecosystem() {
    Profile.Builder own = Profile.builder();
    Profile.Builder offering = Profile.builder();
    for (int i = 0; i < N; i++) {
      own.level(d(i), (i % 10) / 10.0);
      int j = N - 1 - i;
      if (j % 4 != 0) {
        offering.level(d(j), (j % 10) / 10.0);
      }
    }
    return ServiceEcosystem.builder()
        .add(CUSTOMER, PROVIDER)
        .perspective(CUSTOMER, CUSTOMER, own.build())
        .perspective(PROVIDER, PROVIDER, offering.build())
        .build();
  }

  @Test
  void the_profile_metrics_should_line_up_thousands_of_dimensions_in_any_order() {
    // given
    ServiceEcosystem eco = ecosystem();
    Dyad dyad = new Dyad(eco, CUSTOMER, PROVIDER);
    // when
    double absolute = new AbsoluteDifference().measure(dyad).value();
    double matching = new Matching().measure(dyad).value();
    // then: only the 1000 dimensions i = 0, 4, 8, ... differ, by C_i; i mod 10 runs through
    // 0, 4, 8, 2, 6, so their mean level is 0.4 and Σ |C_i − P_i| = 1000 · 0.4 = 400:
    // absolute-difference = 1 − 400 / 4000 = 0.9
    assertThat(absolute).isCloseTo(0.9, within(1e-12));
    // matching: of those 1000, the 200 with i mod 20 = 0 have C_i = 0 and match;
    // (4000 − 800) / 4000 = 0.8
    assertThat(matching).isCloseTo(0.8, within(1e-12));
    // and every path gives the same bits
    List<Actor> customers = List.of(CUSTOMER);
    for (Metric metric : Metrics.registry().metrics()) {
      double one = metric.measure(dyad).valueOrNaN();
      assertThat(BatchAgreement.values(metric, Cohort.of(eco, customers), PROVIDER))
          .as(metric.name())
          .containsExactly(one);
      BatchAgreement.assertAgrees(metric, eco, PROVIDER, customers, "1000 dimensions");
    }
  }
}
