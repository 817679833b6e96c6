package org.attune.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.alignment.ProfileDeviation;
import org.attune.model.Actor;
import org.attune.model.Dimension;
import org.attune.model.Profile;
import org.attune.testlib.scenario.RandomEcosystems;
import org.junit.jupiter.api.Test;

class CohortRefreshTest {

  private static final Actor PROVIDER = Actor.organisation("provider", "Provider");
  private static final Profile OFFERING =
      Profile.builder().level(Dimension.FUNCTIONAL, 0.8).level(Dimension.EMOTIONAL, 0.4).build();

  private static List<Actor> customers(int n) {
    List<Actor> customers = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      customers.add(Actor.individual("c" + k, "Customer " + k));
    }
    return customers;
  }

  private static ServiceEcosystem ecosystem(List<Actor> customers) {
    Random r = new Random(3);
    ServiceEcosystem.Builder b = ServiceEcosystem.builder().add(PROVIDER)
        .perspective(PROVIDER, PROVIDER, OFFERING);
    for (int k = 0; k < customers.size(); k++) {
      b.add(customers.get(k));
      if (k % 3 != 0) { // every third customer has no own logic
        b.perspective(customers.get(k), customers.get(k), RandomEcosystems.profile(r));
      }
    }
    return b.build();
  }

  @Test
  void a_refreshed_cohort_gives_the_bits_of_a_cohort_made_afresh() {
    // given a cohort, and a version in which three customers' own logic changed: one replaced, one
    // removed, one set where there was none
    List<Actor> customers = customers(50);
    ServiceEcosystem eco = ecosystem(customers);
    Cohort cohort = Cohort.of(eco, customers);
    Profile functional = Profile.builder().level(Dimension.FUNCTIONAL, 0.8).build();
    ServiceEcosystem next = eco.toBuilder()
        .perspective(customers.get(1), customers.get(1), functional)
        .removePerspective(customers.get(2), customers.get(2))
        .perspective(customers.get(3), customers.get(3), functional)
        .build();
    ProfileDeviation metric = new ProfileDeviation();

    // when
    Cohort refreshed = cohort.refresh(next, List.of(customers.get(1), customers.get(2),
        customers.get(3)));

    // then
    double[] fit = BatchAgreement.values(metric, refreshed, PROVIDER);
    assertThat(fit).isEqualTo(BatchAgreement.values(metric, Cohort.of(next, customers), PROVIDER));
    // customer 1 now holds functional 0.8 alone, the offering's own level: 1 − sqrt(0 / 1) = 1
    assertThat(fit[1]).isEqualTo(1.0);
    assertThat(fit[2]).as("no own logic any more").isNaN();
    assertThat(fit[3]).isEqualTo(1.0);
    assertThat(refreshed.ecosystem()).isSameAs(next);
    assertThat(refreshed.customers()).isEqualTo(customers);
    // the cohort refreshed from is untouched
    assertThat(BatchAgreement.values(metric, cohort, PROVIDER))
        .isEqualTo(BatchAgreement.values(metric, Cohort.of(eco, customers), PROVIDER));
    assertThat(cohort.ecosystem()).isSameAs(eco);
  }

  @Test
  void a_refresh_looks_up_only_the_customers_it_is_given() {
    // given a version in which customer 1 changed, refreshed as if nobody had
    List<Actor> customers = customers(10);
    ServiceEcosystem eco = ecosystem(customers);
    Cohort cohort = Cohort.of(eco, customers);
    ServiceEcosystem next = eco.toBuilder()
        .perspective(customers.get(1), customers.get(1), OFFERING).build();

    // when
    Cohort stale = cohort.refresh(next, List.of());

    // then the packed logic of customer 1 is the old one: what the caller vouched for
    ProfileDeviation metric = new ProfileDeviation();
    assertThat(BatchAgreement.values(metric, stale, PROVIDER))
        .isEqualTo(BatchAgreement.values(metric, cohort, PROVIDER));
    assertThat(BatchAgreement.values(metric, cohort.refresh(next, List.of(customers.get(1))), PROVIDER)[1])
        .isEqualTo(1.0);
  }

  @Test
  void a_refresh_ignores_actors_that_are_not_customers_of_the_cohort() {
    // given
    List<Actor> customers = customers(4);
    ServiceEcosystem eco = ecosystem(customers);
    Cohort cohort = Cohort.of(eco, customers);

    // when
    Cohort refreshed = cohort.refresh(eco, List.of(PROVIDER));

    // then
    assertThat(BatchAgreement.values(new ProfileDeviation(), refreshed, PROVIDER))
        .isEqualTo(BatchAgreement.values(new ProfileDeviation(), cohort, PROVIDER));
  }

  @Test
  void a_refresh_rejects_a_changed_customer_missing_from_the_version() {
    // given a version without customer 2
    List<Actor> customers = customers(4);
    ServiceEcosystem eco = ecosystem(customers);
    Cohort cohort = Cohort.of(eco, customers);
    ServiceEcosystem next = eco.toBuilder().remove(customers.get(2)).build();

    // when / then
    assertThatThrownBy(() -> cohort.refresh(next, List.of(customers.get(2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customers[2] must be an actor of the ecosystem, but was 'c2' (not in it)");
    assertThatThrownBy(() -> cohort.refresh(null, List.of()))
        .isInstanceOf(NullPointerException.class).hasMessage("version");
    assertThatThrownBy(() -> cohort.refresh(eco, null))
        .isInstanceOf(NullPointerException.class).hasMessage("changed");
    List<Actor> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> cohort.refresh(eco, withNull))
        .isInstanceOf(NullPointerException.class).hasMessage("changed element");
  }

}
