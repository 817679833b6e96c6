package org.attune.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedList;
import java.util.List;
import java.util.Random;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.alignment.Cosine;
import org.attune.metric.alignment.Matching;
import org.attune.metric.alignment.ProfileDeviation;
import org.attune.metric.internal.Batches;
import org.attune.model.Actor;
import org.attune.model.Profile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BatchScoringTest {

  /** Enough customers for several parallel chunks, and a ragged last one. */
  private static final int MANY = 3 * Batches.CHUNK + 123;

  private static ServiceEcosystem eco;
  private static Actor provider;
  private static List<Actor> customers;

  @BeforeAll
  static void many_customers() {
    Random r = new Random(7);
    provider = Actor.organisation("provider", "Provider");
    ServiceEcosystem.Builder b =
        ServiceEcosystem.builder().add(provider).perspective(provider, provider,
            RandomEcosystems.profile(r));
    customers = new ArrayList<>();
    for (int k = 0; k < MANY; k++) {
      Actor c = Actor.individual("c" + k, "Customer " + k);
      b.add(c);
      if (k % 17 != 0) { // every 17th customer has no own logic
        b.perspective(c, c, k % 5 == 0 ? RandomEcosystems.profile(r) : profileOf(r));
      }
      customers.add(c);
    }
    eco = b.build();
  }

  @Test
  void parallel_scoring_over_many_chunks_gives_the_sequential_bits() {
    for (Metric metric : Metrics.registry().metrics()) {
      if (metric.level() != org.attune.ecosystem.Level.MICRO) {
        continue;
      }
      double[] sequential = metric.measureAll(eco, provider, customers, false);
      double[] parallel = metric.measureAll(eco, provider, customers, true);

      assertThat(parallel).as(metric.name()).isEqualTo(sequential);
    }
  }

  @Test
  void a_cohort_gives_the_bits_of_one_call_per_customer() {
    Cohort cohort = Cohort.of(eco, customers);
    ProfileDeviation metric = new ProfileDeviation();

    double[] viaCohort = cohort.measure(metric, provider, true);
    double[] viaList = metric.measureAll(eco, provider, customers);

    assertThat(viaCohort).isEqualTo(viaList);
    for (int k = 0; k < MANY; k += 97) {
      double one = metric.measure(new Dyad(eco, customers.get(k), provider)).valueOrNaN();
      assertThat(Double.doubleToRawLongBits(viaCohort[k])).isEqualTo(Double.doubleToRawLongBits(one));
    }
    assertThat(cohort.size()).isEqualTo(MANY);
    assertThat(cohort.customers()).isEqualTo(customers);
    assertThat(cohort.ecosystem()).isSameAs(eco);
    assertThat(cohort.toString()).startsWith("Cohort{" + MANY + " customers, ");
  }

  @Test
  void nan_marks_an_undefined_score_whose_reason_measure_gives() {
    double[] values = new ProfileDeviation().measureAll(eco, provider, customers);

    // customer 0 has no own logic
    assertThat(values[0]).isNaN();
    ScoreAssert.assertThat(new ProfileDeviation().measure(new Dyad(eco, customers.get(0), provider)))
        .hasReasonContaining("the customer's own logic");
    assertThat(Arrays.stream(values).filter(Double::isNaN).count())
        .isEqualTo((MANY + 16) / 17);
  }

  @Test
  void a_provider_without_logic_gives_nan_for_everyone() {
    Actor bare = customers.get(0); // no own logic
    for (Metric metric : List.of(new ProfileDeviation(), new Cosine(), new Matching())) {
      assertThat(metric.measureAll(eco, bare, customers.subList(0, 50), true)).containsOnly(
          Double.NaN);
      assertThat(Cohort.of(eco, customers.subList(0, 50)).measure(metric, bare, false))
          .containsOnly(Double.NaN);
    }
  }

  @Test
  void customers_come_back_in_the_given_order_from_any_list() {
    List<Actor> reversed = new ArrayList<>(customers.subList(0, 100));
    java.util.Collections.reverse(reversed);
    ProfileDeviation metric = new ProfileDeviation();

    double[] forward = metric.measureAll(eco, provider, customers.subList(0, 100));
    double[] backward = metric.measureAll(eco, provider, new LinkedList<>(reversed));

    for (int k = 0; k < 100; k++) {
      assertThat(Double.doubleToRawLongBits(backward[99 - k]))
          .isEqualTo(Double.doubleToRawLongBits(forward[k]));
    }
  }

  @Test
  void an_unknown_customer_is_an_error_naming_the_first_such_even_in_parallel() {
    List<Actor> withStrangers = new ArrayList<>(customers);
    withStrangers.set(2 * Batches.CHUNK + 5, Actor.individual("x", "Stranger X"));
    withStrangers.set(Batches.CHUNK + 1, Actor.individual("y", "Stranger Y"));

    for (Metric metric : List.of(new ProfileDeviation(), Metrics.registry().metric("emotional"))) {
      for (boolean parallel : new boolean[] {false, true}) {
        assertThatThrownBy(() -> metric.measureAll(eco, provider, withStrangers, parallel))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage(
                "customers[" + (Batches.CHUNK + 1)
                    + "] must be an actor of the ecosystem, but was 'y' (not in it)");
      }
    }
    assertThatThrownBy(() -> Cohort.of(eco, withStrangers))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("customers[" + (Batches.CHUNK + 1) + "]");
  }

  @Test
  void a_null_customer_or_an_unknown_provider_is_rejected() {
    List<Actor> withNull = new ArrayList<>(customers.subList(0, 10));
    withNull.set(3, null);

    assertThatThrownBy(() -> new ProfileDeviation().measureAll(eco, provider, withNull))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("customers[3]");
    assertThatThrownBy(
            () -> new ProfileDeviation().measureAll(eco, Actor.organisation("z", "Z"), customers))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("provider must be an actor of the ecosystem, but was 'z' (not in it)");
    assertThatThrownBy(
            () -> Cohort.of(eco, customers).measure(new Cosine(), Actor.organisation("z", "Z"),
                true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("provider must be");
  }

  @Test
  void an_empty_batch_is_an_empty_array() {
    assertThat(new ProfileDeviation().measureAll(eco, provider, List.of(), true)).isEmpty();
    assertThat(Cohort.of(eco, List.of()).measure(new ProfileDeviation(), provider, true))
        .isEmpty();
  }

  @Test
  void a_kernel_of_ones_own_runs_over_a_cohort() {
    // given the weighted mean gap, written as an academic would
    ProfileKernel meanGap =
        view -> {
          double sum = 0;
          for (int i = 0; i < view.size(); i++) {
            sum += view.weight(i) * Math.abs(view.level(i) - view.other(i));
          }
          return 1 - sum / view.totalWeight();
        };

    // when
    double[] own = Cohort.of(eco, customers).compare(provider, meanGap, true);

    // then it is absolute-difference
    assertThat(own).isEqualTo(
        Metrics.registry().metric("absolute-difference").measureAll(eco, provider, customers));
  }

  @Test
  void the_ecosystem_gives_own_logic_without_allocating_and_rejects_strangers() {
    Actor c = customers.get(1);

    assertThat(eco.ownLogic(c)).isEqualTo(eco.perspective(c, c)).isPresent();
    assertThat(eco.ownLogic(c)).isSameAs(eco.ownLogic(c));
    assertThat(eco.ownLogic(customers.get(0))).isEmpty();
    assertThatThrownBy(() -> eco.ownLogic(Actor.individual("x", "X")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("actor must be an actor of this ecosystem, but was 'x'");
  }

  private static Profile profileOf(Random r) {
    Profile.Builder b = Profile.builder();
    for (org.attune.model.Dimension d : RandomEcosystems.DIMENSIONS) {
      b.level(d, r.nextDouble(), 1 + r.nextInt(3));
    }
    return b.build();
  }
}
