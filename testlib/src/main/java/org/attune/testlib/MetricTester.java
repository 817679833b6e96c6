package org.attune.testlib;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.Cohort;
import org.attune.metric.Contribution;
import org.attune.metric.Dyad;
import org.attune.metric.Metric;
import org.attune.metric.MetricRegistry;
import org.attune.metric.Score;
import org.attune.metric.Scores;
import org.attune.metric.Scoring;
import org.attune.model.Actor;
import org.attune.testlib.scenario.RandomEcosystems;
import org.jspecify.annotations.Nullable;

/**
 * Holds a {@link Metric} to the contract the built-ins keep, over seeded random ecosystems, in the
 * spirit of guava-testlib's {@code EqualsTester}: configure it fluently, end with {@link #test()},
 * which throws an {@link AssertionError} naming the clause that broke and the input it broke on (the
 * seed, the customer's and the provider's ids, the metric's name).
 *
 * <pre>{@code
 * @Test
 * void keeps_the_metric_contract() {
 *   MetricTester.of(new MoodWeightedFit()).test();
 * }
 * }</pre>
 *
 * <p>The clauses, in the order they are checked:
 *
 * <ol>
 *   <li><b>name</b>: {@link Metric#name()} is non-blank and the same on every call, {@link
 *       Metric#level()} is not null, and a registry given with {@link
 *       #registeredIn(MetricRegistry)} gives this metric under its name;
 *   <li><b>never null, never throws</b>: {@link Metric#measure(Dyad)} returns a score for every
 *       dyad, including dyads with no data at all, and throws nothing;
 *   <li><b>in [0, 1] or undefined with a reason</b>: a defined value is a number in [0, 1], never
 *       NaN; an undefined score has a non-blank reason;
 *   <li><b>deterministic</b>: measuring a dyad twice gives equal scores, the value to the bit and
 *       the explanation word for word;
 *   <li><b>the same under 8 threads</b>: measuring every dyad at once on a pool of {@value #THREADS}
 *       threads gives the scores measured one by one;
 *   <li><b>batch equals one by one</b>: {@link Scoring#sequential()} and {@link
 *       Scoring#on(java.util.concurrent.Executor)} a pool of {@value #THREADS} threads, with every
 *       factor kept, give for each customer the value of {@code measure()} to the bit, or its
 *       reason word for word, and its contributions in order; one cohort is large enough ({@value
 *       #LARGE_COHORT} customers) for the pool to score it in several tasks;
 *   <li><b>not undefined for every input</b>: at least one dyad has a defined score.
 * </ol>
 *
 * <p>The inputs: for each seed (by default {@value #DEFAULT_SEEDS} seeds, 0 to {@value
 * #DEFAULT_SEEDS} - 1), {@link RandomEcosystems#of(long, int)} with {@value
 * RandomEcosystems#DEFAULT_CUSTOMERS} customers by default, every customer with each of its three
 * providers; and an ecosystem of one customer and one provider with nothing else. With the defaults
 * a built-in metric is tested in well under a second.
 *
 * <p>A tester is immutable: each option returns a new tester.
 */
public final class MetricTester {

  /** How many threads measure and score at once: {@value}. */
  public static final int THREADS = 8;

  /** How many seeds are tried by default: {@value}, the seeds 0, 1, ... */
  public static final int DEFAULT_SEEDS = 10;

  /** How many customers the large cohort of the batch clause holds: {@value}. */
  public static final int LARGE_COHORT = 2 * Scoring.CHUNK + 7;

  private final Metric metric;
  private final long[] seeds;
  private final int customers;
  private final @Nullable MetricRegistry registry;

  private MetricTester(
      Metric metric, long[] seeds, int customers, @Nullable MetricRegistry registry) {
    this.metric = metric;
    this.seeds = seeds;
    this.customers = customers;
    this.registry = registry;
  }

  /**
   * {@return a tester of {@code metric} with the default seeds and number of customers}
   *
   * @param metric the metric to test
   */
  public static MetricTester of(Metric metric) {
    long[] seeds = new long[DEFAULT_SEEDS];
    Arrays.setAll(seeds, i -> i);
    return new MetricTester(
        requireNonNull(metric, "metric"), seeds, RandomEcosystems.DEFAULT_CUSTOMERS, null);
  }

  /**
   * {@return a tester that tries the random ecosystems of these seeds instead}
   *
   * @param seeds the seeds of {@link RandomEcosystems#of(long, int)}: at least one
   * @throws IllegalArgumentException if there are none
   */
  public MetricTester seeds(long... seeds) {
    requireNonNull(seeds, "seeds");
    if (seeds.length == 0) {
      throw new IllegalArgumentException("seeds must hold at least one seed, but was empty");
    }
    return new MetricTester(metric, seeds.clone(), customers, registry);
  }

  /**
   * {@return a tester whose random ecosystems have this many customers}
   *
   * @param customers how many customers each random ecosystem has: at least 1
   * @throws IllegalArgumentException if {@code customers} is less than 1
   */
  public MetricTester customers(int customers) {
    if (customers < 1) {
      throw new IllegalArgumentException("customers must be at least 1, but was " + customers);
    }
    return new MetricTester(metric, seeds, customers, registry);
  }

  /**
   * {@return a tester that also checks {@code registry} gives the metric under its name}
   *
   * @param registry the registry the metric is registered in
   */
  public MetricTester registeredIn(MetricRegistry registry) {
    return new MetricTester(metric, seeds, customers, requireNonNull(registry, "registry"));
  }

  /**
   * Checks every clause of the contract on every input.
   *
   * @throws AssertionError naming the clause that broke and the input it broke on
   */
  public void test() {
    String name = checkName();
    List<Input> inputs = inputs();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS, daemons());
    try {
      Map<Input, Score> first = new LinkedHashMap<>();
      for (Input in : inputs) {
        first.put(in, measure(name, in));
      }
      for (Input in : inputs) {
        Score again = measure(name, in);
        sameScore(Clause.DETERMINISTIC, name, in, first.get(in), again, "measured again");
      }
      concurrently(name, first, pool);
      batch(name, first, pool);
      if (first.values().stream().noneMatch(Score::isDefined)) {
        Input in = inputs.get(0);
        throw failure(
            Clause.NOT_ALWAYS_UNDEFINED,
            name,
            "every one of the " + inputs.size() + " dyads tried",
            "every score was undefined; the first reason: " + requireNonNull(first.get(in)).explanation(),
            null);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** {@return a summary such as {@code MetricTester{profile-deviation, seeds [0, 1], 6 customers}}} */
  @Override
  public String toString() {
    return "MetricTester{"
        + metric.name()
        + ", seeds "
        + Arrays.toString(seeds)
        + ", "
        + customers
        + " customers"
        + (registry == null ? "" : ", registered")
        + "}";
  }

  private String checkName() {
    String name;
    try {
      name = metric.name();
    } catch (RuntimeException e) {
      throw failure(Clause.NAME, metric.getClass().getName(), "name()", "it threw " + e, e);
    }
    String where = "the metric of class " + metric.getClass().getName();
    if (name == null || name.isBlank()) {
      throw failure(Clause.NAME, where, "name()", "it returned " + quote(name), null);
    }
    for (int i = 0; i < 3; i++) {
      String again = metric.name();
      if (!name.equals(again)) {
        throw failure(
            Clause.NAME, name, "name()", "it returned '" + name + "', then " + quote(again), null);
      }
    }
    if (metric.level() == null) {
      throw failure(Clause.NAME, name, "level()", "it returned null", null);
    }
    if (registry != null) {
      Optional<Metric> found = registry.find(name);
      if (found.isEmpty()) {
        throw failure(
            Clause.NAME,
            name,
            "the registry given",
            "it has no metric of that name; its names are " + registry.names(),
            null);
      }
      if (found.get() != metric && !found.get().equals(metric)) {
        throw failure(
            Clause.NAME,
            name,
            "the registry given",
            "it gives another metric under that name, of class " + found.get().getClass().getName(),
            null);
      }
    }
    return name;
  }

  private List<Input> inputs() {
    List<Input> inputs = new ArrayList<>();
    for (long seed : seeds) {
      RandomEcosystems random = RandomEcosystems.of(seed, customers);
      for (Dyad dyad : random.dyads()) {
        inputs.add(new Input("seed " + seed, dyad));
      }
    }
    Actor customer = Actor.individual("c0", "Customer 0");
    Actor provider = Actor.organisation("p0", "Provider 0");
    ServiceEcosystem bare = ServiceEcosystem.builder().add(customer, provider).build();
    inputs.add(new Input("an ecosystem of one customer and one provider and nothing else",
        new Dyad(bare, customer, provider)));
    return inputs;
  }

  private Score measure(String name, Input in) {
    Score score;
    try {
      score = metric.measure(in.dyad());
    } catch (RuntimeException | Error e) {
      if (fromScoreDefined(e)) {
        throw failure(Clause.RANGE, name, in.describe(),
            "measure() made a score Score.defined rejects: " + e.getMessage(), e);
      }
      throw failure(Clause.NEVER_THROWS, name, in.describe(), "measure() threw " + e, e);
    }
    if (score == null) {
      throw failure(Clause.NEVER_THROWS, name, in.describe(), "measure() returned null", null);
    }
    if (score.isDefined()) {
      double v = score.value();
      if (!(v >= 0 && v <= 1)) {
        throw failure(Clause.RANGE, name, in.describe(), "the value was " + v, null);
      }
    } else if (score.explanation().isBlank()) {
      throw failure(Clause.RANGE, name, in.describe(), "the score was undefined with a blank reason",
          null);
    }
    return score;
  }

  private void concurrently(String name, Map<Input, Score> expected, ExecutorService pool) {
    List<Input> inputs = new ArrayList<>(expected.keySet());
    List<Callable<List<Score>>> tasks = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int offset = t * inputs.size() / THREADS;
      tasks.add(
          () -> {
            List<Score> scores = new ArrayList<>(inputs.size());
            for (int k = 0; k < inputs.size(); k++) {
              Input in = inputs.get((offset + k) % inputs.size());
              scores.add(metric.measure(in.dyad()));
            }
            return scores;
          });
    }
    List<Future<List<Score>>> futures;
    try {
      futures = pool.invokeAll(tasks);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while measuring on " + THREADS + " threads", e);
    }
    for (int t = 0; t < THREADS; t++) {
      int offset = t * inputs.size() / THREADS;
      List<Score> scores = result(name, futures.get(t));
      for (int k = 0; k < inputs.size(); k++) {
        Input in = inputs.get((offset + k) % inputs.size());
        Score score = scores.get(k);
        if (score == null) {
          throw failure(Clause.THREADS, name, in.describe(), "measure() returned null on a pool "
              + "thread", null);
        }
        sameScore(Clause.THREADS, name, in, expected.get(in), score, "measured on a pool thread");
      }
    }
  }

  private List<Score> result(String name, Future<List<Score>> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while measuring on " + THREADS + " threads", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw failure(Clause.THREADS, name, "a dyad measured on a pool thread",
          "measure() threw " + cause, cause);
    }
  }

  private void batch(String name, Map<Input, Score> expected, ExecutorService pool) {
    Map<String, List<Input>> byEcosystem = new LinkedHashMap<>();
    for (Input in : expected.keySet()) {
      byEcosystem.computeIfAbsent(in.label(), k -> new ArrayList<>()).add(in);
    }
    Scoring sequential = Scoring.sequential().withTopFactors(Integer.MAX_VALUE);
    Scoring parallel = Scoring.on(pool).withTopFactors(Integer.MAX_VALUE);
    boolean first = true;
    for (List<Input> group : byEcosystem.values()) {
      ServiceEcosystem eco = group.get(0).dyad().ecosystem();
      Map<Actor, Map<Actor, Score>> byProvider = new LinkedHashMap<>();
      for (Input in : group) {
        byProvider
            .computeIfAbsent(in.dyad().provider(), p -> new LinkedHashMap<>())
            .put(in.dyad().customer(), expected.get(in));
      }
      for (Map.Entry<Actor, Map<Actor, Score>> e : byProvider.entrySet()) {
        Actor provider = e.getKey();
        Map<Actor, Score> one = e.getValue();
        List<Actor> customers = new ArrayList<>(one.keySet());
        String label = group.get(0).label();
        compare(name, sequential, "Scoring.sequential()", eco, label, provider, customers, one);
        compare(name, parallel, "Scoring.on(a pool of " + THREADS + ")", eco, label, provider,
            customers, one);
        if (first) {
          // a cohort the pool scores in several tasks: the customers over and over
          List<Actor> large = new ArrayList<>(LARGE_COHORT);
          for (int i = 0; i < LARGE_COHORT; i++) {
            large.add(customers.get(i % customers.size()));
          }
          compare(name, parallel, "Scoring.on(a pool of " + THREADS + ")", eco, label, provider,
              large, one);
          first = false;
        }
      }
    }
  }

  private void compare(
      String name,
      Scoring scoring,
      String how,
      ServiceEcosystem eco,
      String label,
      Actor provider,
      List<Actor> customers,
      Map<Actor, Score> expected) {
    String cohort = " of a cohort of " + customers.size() + " customers, scored by " + how;
    Scores scores;
    try {
      scores = scoring.score(metric, Cohort.of(eco, customers), provider);
    } catch (RuntimeException | Error e) {
      String where = label + ", provider '" + provider.id() + "'" + cohort;
      Clause clause =
          e instanceof IllegalArgumentException
              ? Clause.RANGE
              : e instanceof IllegalStateException ? Clause.BATCH : Clause.NEVER_THROWS;
      throw failure(clause, name, where, "the batch path threw " + e, e);
    }
    for (int i = 0; i < customers.size(); i++) {
      Actor customer = customers.get(i);
      Score one = requireNonNull(expected.get(customer));
      String where =
          label + ", customer '" + customer.id() + "' (index " + i + cohort + "), provider '"
              + provider.id() + "'";
      if (scores.isDefined(i) != one.isDefined()) {
        throw failure(Clause.BATCH, name, where,
            "measure() gave " + show(one) + ", the batch "
                + (scores.isDefined(i)
                    ? "the value " + scores.value(i)
                    : "undefined: " + scores.reason(i).orElse("")),
            null);
      }
      if (one.isDefined()) {
        if (Double.doubleToLongBits(scores.value(i)) != Double.doubleToLongBits(one.value())) {
          throw failure(Clause.BATCH, name, where,
              "measure() gave the value " + one.value() + ", the batch " + scores.value(i), null);
        }
      } else if (!one.explanation().equals(scores.reason(i).orElse(""))) {
        throw failure(Clause.BATCH, name, where,
            "measure() gave the reason \"" + one.explanation() + "\", the batch \""
                + scores.reason(i).orElse("") + "\"", null);
      }
      List<Contribution> factors = scores.topFactors(i);
      if (!factors.equals(one.contributions())) {
        throw failure(Clause.BATCH, name, where,
            "measure() gave the contributions " + one.contributions() + ", the batch " + factors,
            null);
      }
    }
  }

  private void sameScore(
      Clause clause, String name, Input in, @Nullable Score expected, Score actual, String how) {
    Score one = requireNonNull(expected);
    boolean same =
        one.equals(actual)
            && Double.doubleToLongBits(one.valueOrNaN()) == Double.doubleToLongBits(actual.valueOrNaN())
            && one.explanation().equals(actual.explanation());
    if (!same) {
      throw failure(clause, name, in.describe(),
          "measured first " + show(one) + ", then, " + how + ", " + show(actual), null);
    }
  }

  private static String show(Score score) {
    return score.isDefined()
        ? String.format(Locale.ROOT, "%s (%s; %s)", score.value(), score.explanation(),
            score.contributions())
        : "undefined (" + score.explanation() + ")";
  }

  private static boolean fromScoreDefined(Throwable e) {
    if (!(e instanceof IllegalArgumentException)) {
      return false;
    }
    for (StackTraceElement frame : e.getStackTrace()) {
      if (frame.getClassName().equals(Score.class.getName())
          && frame.getMethodName().equals("defined")) {
        return true;
      }
    }
    return false;
  }

  private static String quote(@Nullable String s) {
    return s == null ? "null" : "'" + s + "'";
  }

  private static AssertionError failure(
      Clause clause, String metric, String input, String found, @Nullable Throwable cause) {
    AssertionError error =
        new AssertionError(
            "metric '" + metric + "' breaks the clause \"" + clause.text + "\" on " + input
                + ": " + found);
    if (cause != null) {
      error.initCause(cause);
    }
    return error;
  }

  private static ThreadFactory daemons() {
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "metric-tester-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** A dyad to measure, and where it comes from; equal only to itself, a cheap key. */
  private static final class Input {
    private final String label;
    private final Dyad dyad;

    Input(String label, Dyad dyad) {
      this.label = label;
      this.dyad = dyad;
    }

    String label() {
      return label;
    }

    Dyad dyad() {
      return dyad;
    }

    String describe() {
      return label + ", customer '" + dyad.customer().id() + "', provider '"
          + dyad.provider().id() + "'";
    }
  }

  /** The clauses of the contract, as failure messages name them. */
  private enum Clause {
    NAME("name: non-blank, the same on every call, the metric registered under it"),
    NEVER_THROWS("never null, never throws"),
    RANGE("in [0, 1] or undefined with a reason"),
    DETERMINISTIC("deterministic"),
    THREADS("the same under " + MetricTester.THREADS + " threads"),
    BATCH("batch equals one by one"),
    NOT_ALWAYS_UNDEFINED("not undefined for every input");

    final String text;

    Clause(String text) {
      this.text = text;
    }
  }
}
