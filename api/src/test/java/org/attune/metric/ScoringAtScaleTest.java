package org.attune.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import org.attune.ecosystem.Level;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.alignment.ProfileDeviation;
import org.attune.model.Actor;
import org.attune.model.Profile;
import org.attune.testlib.scenario.RandomEcosystems;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scoring over several ranges of {@value Scoring#CHUNK} customers: every metric on every executor,
 * failures in ranges, strangers far down the list. Left out of mutation testing (seconds per run;
 * {@link ScoringTest} and the agreement tests kill the same code on small cohorts).
 */
class ScoringAtScaleTest {

  /** Enough customers for several ranges, and a ragged last one. */
  private static final int MANY = 3 * Scoring.CHUNK + 123;

  private static ServiceEcosystem eco;
  private static Actor provider;
  private static List<Actor> customers;
  private static ExecutorService pool;

  @BeforeAll
  static void many_customers() {
    Random r = new Random(7);
    provider = Actor.organisation("provider", "Provider");
    ServiceEcosystem.Builder b =
        ServiceEcosystem.builder()
            .add(provider)
            .perspective(provider, provider, RandomEcosystems.profile(r));
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
    pool = Executors.newFixedThreadPool(3);
  }

  @AfterAll
  static void stop() {
    pool.shutdownNow();
  }

  @Test
  void every_metric_on_any_executor_gives_the_sequential_bits_over_many_ranges() {
    Cohort cohort = Cohort.of(eco, customers);
    for (Metric metric : Metrics.registry().metrics()) {
      Scores sequential = Scoring.sequential().score(metric, cohort, provider);
      Scores onPool = Scoring.on(pool).score(metric, cohort, provider);
      Scores onForkJoin = Scoring.on(ForkJoinPool.commonPool()).score(metric, cohort, provider);

      assertThat(onPool.values()).as(metric.name()).isEqualTo(sequential.values());
      assertThat(onForkJoin.values()).as(metric.name()).isEqualTo(sequential.values());
      for (int i = 0; i < MANY; i += 101) {
        assertThat(onPool.topFactors(i)).as(metric.name()).isEqualTo(sequential.topFactors(i));
        assertThat(onPool.reason(i)).as(metric.name()).isEqualTo(sequential.reason(i));
      }
    }
  }

  @Test
  void each_customer_gets_the_value_reason_and_leading_factors_of_measure() {
    Cohort cohort = Cohort.of(eco, customers);
    ProfileDeviation metric = new ProfileDeviation();

    Scores scores = Scoring.on(pool).score(metric, cohort, provider);

    for (int k = 0; k < MANY; k += 97) {
      Score one = metric.measure(new Dyad(eco, customers.get(k), provider));
      assertThat(Double.doubleToRawLongBits(scores.valueOrNaN(k)))
          .isEqualTo(Double.doubleToRawLongBits(one.valueOrNaN()));
      assertThat(scores.reason(k)).isEqualTo(one.reason());
      assertThat(scores.topFactors(k))
          .isEqualTo(one.contributions().subList(0, Math.min(3, one.contributions().size())));
    }
    assertThat(scores.size()).isEqualTo(MANY);
    assertThat(scores.customers()).isEqualTo(customers);
    assertThat(scores.customer(5)).isEqualTo(customers.get(5));
    assertThat(scores.metric()).isEqualTo("profile-deviation");
    assertThat(scores.provider()).isEqualTo(provider);
  }

  @Test
  void an_unknown_customer_a_null_one_or_an_unknown_provider_is_rejected() {
    List<Actor> withStrangers = new ArrayList<>(customers);
    withStrangers.set(2 * Scoring.CHUNK + 5, Actor.individual("x", "Stranger X"));
    withStrangers.set(Scoring.CHUNK + 1, Actor.individual("y", "Stranger Y"));
    assertThatThrownBy(
            () -> Scoring.on(pool).score(new ProfileDeviation(), eco, provider, withStrangers))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "customers[" + (Scoring.CHUNK + 1)
                + "] must be an actor of the ecosystem, but was 'y' (not in it)");

    List<Actor> withNull = new ArrayList<>(customers.subList(0, 10));
    withNull.set(3, null);
    assertThatThrownBy(() -> Cohort.of(eco, withNull)).isInstanceOf(NullPointerException.class);

    Actor z = Actor.organisation("z", "Z");
    assertThatThrownBy(
            () -> Scoring.sequential().score(new ProfileDeviation(), Cohort.of(eco, customers), z))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("provider must be an actor of the ecosystem, but was 'z' (not in it)");
  }

  @Test
  void the_first_failing_range_decides_the_exception_and_every_range_has_ended() {
    // given a batch path that fails in the second and the fourth range
    AtomicInteger ran = new AtomicInteger();
    BatchMetric failing =
        new FixedBatch(
            (from, to, sink) -> {
              ran.incrementAndGet();
              if (from == Scoring.CHUNK || from == 3 * Scoring.CHUNK) {
                throw new IllegalStateException("range from " + from);
              }
              for (int i = from; i < to; i++) {
                sink.defined(i, 0.5);
              }
            });

    // when / then
    Cohort cohort = Cohort.of(eco, customers);
    assertThatThrownBy(() -> Scoring.on(pool).score(failing, cohort, provider))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("range from " + Scoring.CHUNK);
    assertThat(ran.get()).isEqualTo(4);
    assertThatThrownBy(() -> Scoring.sequential().score(failing, cohort, provider))
        .hasMessage("range from " + Scoring.CHUNK);
  }

  /** A batch metric whose batch path is given; its measure() is never called here. */
  private record FixedBatch(CohortScorer scorer) implements BatchMetric {
    @Override
    public String name() {
      return "fixed-batch";
    }

    @Override
    public Level level() {
      return Level.MICRO;
    }

    @Override
    public Score measure(Dyad dyad) {
      return Score.undefined("Not measured one by one.");
    }

    @Override
    public CohortScorer prepare(Cohort cohort, Actor provider) {
      return scorer;
    }
  }

  private static Profile profileOf(Random r) {
    Profile.Builder b = Profile.builder();
    for (org.attune.model.Dimension d : RandomEcosystems.DIMENSIONS) {
      b.level(d, r.nextDouble(), 1 + r.nextInt(3));
    }
    return b.build();
  }
}
