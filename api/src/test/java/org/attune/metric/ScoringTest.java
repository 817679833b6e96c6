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

class ScoringTest {

  /** Customers enough for the cases here; {@link ScoringAtScaleTest} scores several ranges. */
  private static final int MANY = 150;

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
  void an_undefined_score_carries_its_reason_and_no_value() {
    Scores scores =
        Scoring.sequential().score(new ProfileDeviation(), Cohort.of(eco, customers), provider);

    // customer 0 has no own logic, as every 17th: ceil(MANY / 17) of them
    assertThat(scores.isDefined(0)).isFalse();
    assertThat(scores.valueOrNaN(0)).isNaN();
    assertThat(scores.valueOrEmpty(0)).isEmpty();
    assertThat(scores.reason(0))
        .contains(
            "Cannot compare profiles: the customer's own logic, perspective (customer, customer)"
                + " is missing.");
    assertThat(scores.topFactors(0)).isEmpty();
    assertThatThrownBy(() -> scores.value(0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "score of customers[0] is undefined: Cannot compare profiles: the customer's own"
                + " logic, perspective (customer, customer) is missing.");
    assertThat(scores.definedCount()).isEqualTo(MANY - (MANY + 16) / 17);
    assertThat(scores.isDefined(1)).isTrue();
    assertThat(scores.valueOrEmpty(1)).hasValue(scores.value(1));
  }

  @Test
  void the_lowest_are_the_worst_defined_scores_lowest_first_ties_in_order() {
    // given values 0.5, undefined, 0.2, 0.5, 0.2 for five customers
    Actor[] people = new Actor[5];
    ServiceEcosystem.Builder b = ServiceEcosystem.builder().add(provider);
    double[] levels = {0.5, -1, 0.2, 0.5, 0.2};
    for (int k = 0; k < 5; k++) {
      people[k] = Actor.individual("p" + k, "P" + k);
      b.add(people[k]);
    }
    ServiceEcosystem small = b.build();
    Metric byIndex =
        new BaseMetric("by-index", Level.MICRO) {
          @Override
          public Score measure(Dyad dyad) {
            int k = Integer.parseInt(dyad.customer().id().substring(1));
            return levels[k] < 0
                ? Score.undefined("No level.")
                : Score.defined(levels[k], List.of(), "Level.");
          }
        };

    // when
    Scores scores = Scoring.sequential().score(byIndex, small, provider, List.of(people));

    // then 0.2 (p2), 0.2 (p4), 0.5 (p0), 0.5 (p3); p1 is never among them
    assertThat(scores.lowest(3)).containsExactly(2, 4, 0);
    assertThat(scores.lowest(10)).containsExactly(2, 4, 0, 3);
    assertThat(scores.lowest(0)).isEmpty();
    assertThatThrownBy(() -> scores.lowest(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("n must be a count >= 0, but was -1");
    assertThat(scores).hasToString("Scores{by-index for provider: 5 customers, 4 defined}");
  }

  @Test
  void top_factors_keep_as_many_as_asked() {
    Cohort cohort = Cohort.of(eco, customers.subList(0, 40));
    ProfileDeviation metric = new ProfileDeviation();

    Scores none = Scoring.sequential().withTopFactors(0).score(metric, cohort, provider);
    Scores one = Scoring.sequential().withTopFactors(1).score(metric, cohort, provider);
    Scores all =
        Scoring.sequential().withTopFactors(Integer.MAX_VALUE).score(metric, cohort, provider);

    int withFactors = 0;
    for (int k = 0; k < 40; k++) {
      Score measured = metric.measure(new Dyad(eco, customers.get(k), provider));
      assertThat(none.topFactors(k)).isEmpty();
      assertThat(one.topFactors(k))
          .isEqualTo(measured.contributions().subList(0, Math.min(1, measured.contributions().size())));
      assertThat(all.topFactors(k)).isEqualTo(measured.contributions());
      assertThat(none.valueOrEmpty(k)).isEqualTo(measured.valueOrEmpty());
      withFactors += measured.contributions().size() > 1 ? 1 : 0;
    }
    assertThat(withFactors).as("customers with several factors").isGreaterThan(30);
    assertThat(Scoring.sequential().topFactors()).isEqualTo(Scoring.DEFAULT_TOP_FACTORS);
    assertThatThrownBy(() -> Scoring.sequential().withTopFactors(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("top factors must be a count >= 0, but was -1");
  }

  @Test
  void customers_come_back_in_the_given_order_from_any_list() {
    List<Actor> reversed = new ArrayList<>(customers.subList(0, 100));
    java.util.Collections.reverse(reversed);
    ProfileDeviation metric = new ProfileDeviation();

    double[] forward =
        Scoring.sequential().score(metric, eco, provider, customers.subList(0, 100)).values();
    double[] backward =
        Scoring.sequential().score(metric, eco, provider, new LinkedList<>(reversed)).values();

    for (int k = 0; k < 100; k++) {
      assertThat(Double.doubleToRawLongBits(backward[99 - k]))
          .isEqualTo(Double.doubleToRawLongBits(forward[k]));
    }
  }

  @Test
  void an_empty_cohort_gives_empty_scores() {
    Scores scores =
        Scoring.on(pool).score(new ProfileDeviation(), Cohort.of(eco, List.of()), provider);

    assertThat(scores.size()).isZero();
    assertThat(scores.values()).isEmpty();
    assertThat(scores.lowest(5)).isEmpty();
    assertThatThrownBy(() -> scores.valueOrNaN(0)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void a_batch_path_that_breaks_the_contract_is_named() {
    Cohort cohort = Cohort.of(eco, customers.subList(0, 3));
    BatchMetric outOfRange =
        new FixedBatch(
            (from, to, sink) -> {
              for (int i = from; i < to; i++) {
                sink.defined(i, 1.5);
              }
            });
    assertThatThrownBy(() -> Scoring.sequential().score(outOfRange, cohort, provider))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "value of metric 'fixed-batch' for customers[0] must be a number in [0, 1], but was"
                + " 1.5");

    BatchMetric skipping = new FixedBatch((from, to, sink) -> sink.defined(from, 0.5));
    assertThatThrownBy(() -> Scoring.sequential().score(skipping, cohort, provider))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "metric 'fixed-batch' must write a score for each of customers[0..3), but stopped"
                + " before customers[1]");

    BatchMetric jumping = new FixedBatch((from, to, sink) -> sink.defined(to - 1, 0.5));
    assertThatThrownBy(() -> Scoring.sequential().score(jumping, cohort, provider))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "metric 'fixed-batch' must write customers[0..3) in order, each once, but wrote"
                + " customers[2] when customers[0] was next");

    BatchMetric blank = new FixedBatch((from, to, sink) -> sink.undefined(from, " "));
    assertThatThrownBy(() -> Scoring.sequential().score(blank, cohort, provider))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "reason of metric 'fixed-batch' for customers[0] must be a non-blank sentence, but"
                + " was \" \"");

    BatchMetric negative =
        new FixedBatch(
            (from, to, sink) -> {
              sink.misfit("x", -1);
            });
    assertThatThrownBy(() -> Scoring.sequential().score(negative, cohort, provider))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("misfit of x must be a finite number >= 0, but was -1.0");
  }

  @Test
  void a_batch_path_learns_whether_factors_are_wanted() {
    List<Boolean> wanted = new java.util.concurrent.CopyOnWriteArrayList<>();
    BatchMetric asking =
        new FixedBatch(
            (from, to, sink) -> {
              wanted.add(sink.wantsFactors());
              for (int i = from; i < to; i++) {
                sink.defined(i, 0.5);
              }
            });
    Cohort cohort = Cohort.of(eco, customers.subList(0, 2));

    var unused = Scoring.sequential().withTopFactors(0).score(asking, cohort, provider);
    var unused2 = Scoring.sequential().withTopFactors(1).score(asking, cohort, provider);

    assertThat(wanted).containsExactly(false, true);
  }

  @Test
  void an_unknown_provider_is_named_before_an_unknown_customer() {
    List<Actor> withStranger = List.of(customers.get(0), Actor.individual("x", "Stranger"));

    assertThatThrownBy(
            () ->
                Scoring.sequential()
                    .score(new ProfileDeviation(), eco, Actor.organisation("z", "Z"), withStranger))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("provider must be an actor of the ecosystem, but was 'z' (not in it)");
  }

  @Test
  void a_sink_merges_a_factor_named_twice_and_shares_as_contributions_do() {
    // given parts a 0.1, b 0.3, a again 0.1, c 0: a adds up to 0.2 in its first place
    ScoreSink sink = ScoreSink.single("m");
    sink.misfit("a", 0.1);
    sink.misfit("b", 0.3);
    sink.misfit("a", 0.1);
    sink.misfit("c", 0);

    // when
    sink.defined(0, 0.6);

    // then 0.3 / 0.5 = 0.6 and 0.2 / 0.5 = 0.4; c costs nothing; as Contribution.shares gives
    java.util.Map<String, Double> misfit = new java.util.LinkedHashMap<>();
    misfit.put("a", 0.1 + 0.1);
    misfit.put("b", 0.3);
    misfit.put("c", 0.0);
    assertThat(sink.contributions(0)).isEqualTo(Contribution.shares(misfit));
    assertThat(sink.contributions(0))
        .containsExactly(new Contribution("b", 0.3 / 0.5), new Contribution("a", 0.2 / 0.5));
    assertThat(sink.isDefined(0)).isTrue();
    assertThat(sink.valueOrNaN(0)).isEqualTo(0.6);
    assertThat(sink.reason(0)).isEmpty();
    assertThat(sink.wantsFactors()).isTrue();
    assertThatThrownBy(() -> sink.contributions(1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void a_sink_merges_a_hundred_thousand_factors_each_named_twice() {
    // given 100,000 distinct factors, each named twice: f0 .. f99999, then again in reverse
    // (looked up by hash past a few dozen factors: a scan would take minutes here)
    int n = 100_000;
    ScoreSink sink = ScoreSink.single("m");
    for (int k = 0; k < n; k++) {
      sink.misfit("f" + k, k == 0 ? 2 : 1);
    }
    for (int k = n - 1; k >= 0; k--) {
      sink.misfit("f" + k, 1);
    }

    // when
    sink.defined(0, 0.5);

    // then f0 holds 2 + 1 = 3 of the total 2n + 1, every other factor 2; f0 first, the rest in
    // their first order
    List<Contribution> contributions = sink.contributions(0);
    assertThat(contributions).hasSize(n);
    assertThat(contributions.get(0)).isEqualTo(new Contribution("f0", 3.0 / (2 * n + 1)));
    assertThat(contributions.get(1)).isEqualTo(new Contribution("f1", 2.0 / (2 * n + 1)));
    assertThat(contributions.get(n - 1).factor()).isEqualTo("f" + (n - 1));
  }

  @Test
  void the_top_factors_are_the_first_of_the_full_order_ties_included() {
    // given parts 0.1, 0.3, 0.1, 0.3, 0.2, 0 (total 1): the full order is f1, f3 (0.3 each, in
    // their order), f4 (0.2), f0, f2 (0.1 each); f5 costs nothing
    double[] parts = {0.1, 0.3, 0.1, 0.3, 0.2, 0};
    java.util.Map<String, Double> misfit = new java.util.LinkedHashMap<>();
    for (int k = 0; k < parts.length; k++) {
      misfit.put("f" + k, parts[k]);
    }
    List<Contribution> all = Contribution.shares(misfit);
    assertThat(all).extracting(Contribution::factor).containsExactly("f1", "f3", "f4", "f0", "f2");

    for (int keep = 0; keep <= 6; keep++) {
      // when a sink keeps the largest few
      ScoreSink sink = new ScoreSink("m", 0, 1, keep);
      for (int k = 0; k < parts.length; k++) {
        sink.misfit("f" + k, parts[k]);
      }
      sink.defined(0, 0.5);

      // then they are the first of the full order, to the bit
      assertThat(sink.contributions(0)).as("keep %s", keep)
          .isEqualTo(all.subList(0, Math.min(keep, all.size())));
    }
  }

  @Test
  void a_perfect_value_drops_its_misfit_as_a_score_does() {
    ScoreSink sink = ScoreSink.single("m");
    sink.misfit("a", 1e-17);

    sink.defined(0, 1.0);

    assertThat(sink.contributions(0)).isEmpty();
  }

  @Test
  void a_scoring_says_how_it_runs() {
    assertThat(Scoring.sequential()).hasToString("Scoring{sequential, top 3 factors}");
    assertThat(Scoring.on(Runnable::run).withTopFactors(0).toString())
        .startsWith("Scoring{on ")
        .endsWith(", top 0 factors}");
    assertThat(Cohort.of(eco, customers)).hasToString("Cohort{" + MANY + " customers}");
  }

  @Test
  void a_cohort_keeps_what_is_derived_from_it_once() {
    Cohort cohort = Cohort.of(eco, customers.subList(0, 5));
    AtomicInteger computed = new AtomicInteger();
    Cohort.Derived<String> key =
        Cohort.Derived.of(String.class, c -> "size " + c.size() + " #" + computed.incrementAndGet());

    assertThat(cohort.derived(key)).isEqualTo("size 5 #1");
    assertThat(cohort.derived(key)).isEqualTo("size 5 #1");
    assertThat(cohort.refresh(eco, List.of()).derived(key)).isEqualTo("size 5 #2");
    assertThat(key).hasToString("Derived{String}");
    assertThat(cohort.ownLogic(0)).isEmpty(); // c0 has none
    assertThat(cohort.ownLogic(1)).isEqualTo(eco.ownLogic(customers.get(1)));
    assertThatThrownBy(() -> cohort.ownLogic(5)).isInstanceOf(IndexOutOfBoundsException.class);
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
