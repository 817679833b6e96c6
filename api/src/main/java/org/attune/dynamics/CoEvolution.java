package org.attune.dynamics;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.Metric;
import org.attune.metric.alignment.ProfileDeviation;
import org.attune.model.Actor;
import org.attune.model.Profile;

/**
 * A seeded, deterministic simulation of a customer and a provider that co-evolve: the customer's own
 * logic {@code (c, c)} drifts ({@link LogicDrift}), and the provider updates its model of the
 * customer {@code (p, c)} and its offering {@code (p, p)} ({@link Adaptation}). It puts to the test
 * the flexibility essay's ("The Best Fit with Your Customers") claim that, as customers keep
 * changing, a firm that adapts keeps its fit where a static one loses it, and the essay's borrowing
 * from Wheatley ("What Do We Measure and Why?") that feedback is what keeps a living system adaptable.
 *
 * <pre>{@code
 * CoEvolution.Run run = CoEvolution.builder(start, alice, clinic)
 *     .steps(24).every(Duration.ofDays(30)).seed(42)
 *     .drift(LogicDrift.randomWalk(0.05))
 *     .adaptation(Adaptation.exponential(0.5, 0.5, 1))
 *     .build().run();
 * double[] fit = run.alignment().values();   // profile-deviation at each step
 * }</pre>
 *
 * <p><b>One step.</b> Version 0 is {@code start}, with the provider's model of the customer set to
 * its perspective {@code (p, c)} if it holds one, else to its offering. At step t = 1 … n:
 *
 * <ol>
 *   <li>the customer's own logic becomes {@code C_t = drift.next(C_{t−1}, t, random)};
 *   <li>the provider observes the customer's own logic directly, {@code lag} steps late: {@code
 *       C_{max(0, t−lag)}} (no episodes are simulated);
 *   <li>{@code M_t = adaptation.nextModel(M_{t−1}, observed)};
 *   <li>{@code O_t = adaptation.nextOffering(O_{t−1}, M_t)};
 *   <li>version t is version t−1 with these three perspectives set, by {@link
 *       ServiceEcosystem#toBuilder()}, so the versions share everything else, in force from {@code
 *       from + t·every}.
 * </ol>
 *
 * <p>All randomness comes from one {@link SplittableRandom} seeded with {@link Builder#seed(long)}
 * and handed to the drift: the same configuration and seed give equal histories and identical
 * trajectories, bit for bit. Immutable and thread-safe; each {@link #run()} starts afresh.
 */
public final class CoEvolution {

  /** The instant of version 0 when none is given: {@value}. */
  public static final String DEFAULT_FROM = "2026-01-01T00:00:00Z";

  private final ServiceEcosystem start;
  private final Actor customer;
  private final Actor provider;
  private final int steps;
  private final Instant from;
  private final Duration every;
  private final long seed;
  private final LogicDrift drift;
  private final Adaptation adaptation;

  private CoEvolution(Builder b) {
    this.start = b.start;
    this.customer = b.customer;
    this.provider = b.provider;
    this.steps = b.steps;
    this.from = b.from;
    this.every = b.every;
    this.seed = b.seed;
    this.drift = b.drift;
    this.adaptation = b.adaptation;
  }

  /**
   * {@return a builder of a simulation from {@code start}}: 12 steps of 30 days from {@value
   * #DEFAULT_FROM}, seed 0, no drift and no adaptation until set
   *
   * @param start the ecosystem at step 0: it holds both actors, the customer's own logic and the
   *     provider's own logic (its offering)
   * @param customer the customer whose logic drifts
   * @param provider the provider that adapts
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the actors are the same, an actor is not in {@code start},
   *     or either lacks its own logic
   */
  public static Builder builder(ServiceEcosystem start, Actor customer, Actor provider) {
    requireNonNull(start, "start");
    requireNonNull(customer, "customer");
    requireNonNull(provider, "provider");
    checkArgument(
        !customer.equals(provider),
        "provider must differ from the customer, but both were '%s'",
        customer.id());
    checkArgument(
        start.contains(customer),
        "customer must be an actor of start, but was '%s' (not in it)",
        customer.id());
    checkArgument(
        start.contains(provider),
        "provider must be an actor of start, but was '%s' (not in it)",
        provider.id());
    checkArgument(
        start.ownLogic(customer).isPresent(),
        "customer must hold an own logic in start, but '%s' holds none",
        customer.id());
    checkArgument(
        start.ownLogic(provider).isPresent(),
        "provider must hold an own logic (its offering) in start, but '%s' holds none",
        provider.id());
    return new Builder(start, customer, provider);
  }

  /**
   * {@return a new run of the simulation}: the same every time
   *
   * @throws NullPointerException if a policy returns null (the message names the step)
   * @throws IllegalArgumentException if the adaptation's lag is negative
   */
  public Run run() {
    SplittableRandom random = new SplittableRandom(seed);
    int lag = adaptation.lag();
    checkArgument(lag >= 0, "adaptation lag must be at least 0, but was %s", lag);
    List<Profile> logics = new ArrayList<>(steps + 1);
    Profile logic = start.ownLogic(customer).orElseThrow();
    Profile offering = start.ownLogic(provider).orElseThrow();
    Profile model = start.perspective(provider, customer).orElse(offering);
    logics.add(logic);
    ServiceEcosystem version = start.toBuilder().perspective(provider, customer, model).build();
    History.Builder history = History.builder().add(from, version, Set.of(customer));
    for (int t = 1; t <= steps; t++) {
      int step = t;
      logic = requireNonNull(
          drift.next(logic, t, random), () -> "drift's own logic of the customer at step " + step);
      logics.add(logic);
      Profile observed = logics.get(Math.max(0, t - lag));
      model = requireNonNull(
          adaptation.nextModel(model, observed), () -> "adaptation's model at step " + step);
      offering = requireNonNull(
          adaptation.nextOffering(offering, model), () -> "adaptation's offering at step " + step);
      version = version.toBuilder()
          .perspective(customer, customer, logic)
          .perspective(provider, customer, model)
          .perspective(provider, provider, offering)
          .build();
      history.add(from.plus(every.multipliedBy(t)), version, Set.of(customer));
    }
    return new Run(history.build(), customer, provider);
  }

  /** {@return a form such as {@code CoEvolution{'alice' by 'clinic', 12 steps of PT720H, seed 0}}} */
  @Override
  public String toString() {
    return "CoEvolution{'" + customer.id() + "' by '" + provider.id() + "', " + steps + " steps of "
        + every + ", seed " + seed + "}";
  }

  /**
   * The outcome of a {@link CoEvolution}: the simulated ecosystems in time and the fit of the dyad
   * over them, the trajectories the flexibility essay ("The Best Fit with Your Customers") would have
   * a firm keep watching. Immutable and thread-safe.
   */
  public static final class Run {
    private final History history;
    private final Actor customer;
    private final Actor provider;

    private Run(History history, Actor customer, Actor provider) {
      this.history = history;
      this.customer = customer;
      this.provider = provider;
    }

    /** {@return the simulated versions, step 0 (the start) to step n, in time order} */
    public History history() {
      return history;
    }

    /**
     * {@return {@code metric}'s score of the provider against the customer at each step}
     *
     * @param metric the metric, such as an alignment or attunement metric
     * @throws NullPointerException if {@code metric} is null
     */
    public Trajectory trajectory(Metric metric) {
      return Trajectory.of(requireNonNull(metric, "metric"), history, customer, provider);
    }

    /**
     * {@return the alignment at each step}: {@code profile-deviation} between the customer's own
     * logic and the provider's offering ({@link ProfileDeviation})
     */
    public Trajectory alignment() {
      return trajectory(new ProfileDeviation());
    }

    /** {@return a form such as {@code CoEvolution.Run{13 versions}}} */
    @Override
    public String toString() {
      return "CoEvolution.Run{" + history.size() + " versions}";
    }
  }

  /**
   * Builds a {@link CoEvolution}. Not thread-safe; each setter checks its value at once, so a failed
   * call leaves the builder as it was.
   */
  public static final class Builder {
    private final ServiceEcosystem start;
    private final Actor customer;
    private final Actor provider;
    private int steps = 12;
    private Instant from = Instant.parse(DEFAULT_FROM);
    private Duration every = Duration.ofDays(30);
    private long seed;
    private LogicDrift drift = LogicDrift.none();
    private Adaptation adaptation = Adaptation.none();

    private Builder(ServiceEcosystem start, Actor customer, Actor provider) {
      this.start = start;
      this.customer = customer;
      this.provider = provider;
    }

    /**
     * {@return this builder, simulating {@code n} steps after the start}
     *
     * @param n at least 1
     * @throws IllegalArgumentException if {@code n} is less than 1
     */
    @CanIgnoreReturnValue
    public Builder steps(int n) {
      checkArgument(n >= 1, "steps must be at least 1, but was %s", n);
      this.steps = n;
      return this;
    }

    /**
     * {@return this builder, with version 0 in force from {@code instant}}
     *
     * @param instant when the simulation starts
     * @throws NullPointerException if {@code instant} is null
     */
    @CanIgnoreReturnValue
    public Builder from(Instant instant) {
      this.from = requireNonNull(instant, "from");
      return this;
    }

    /**
     * {@return this builder, with {@code step} between versions}
     *
     * @param step positive
     * @throws NullPointerException if {@code step} is null
     * @throws IllegalArgumentException if {@code step} is zero or negative
     */
    @CanIgnoreReturnValue
    public Builder every(Duration step) {
      requireNonNull(step, "every");
      checkArgument(
          !step.isNegative() && !step.isZero(), "every must be positive, but was %s", step);
      this.every = step;
      return this;
    }

    /**
     * {@return this builder, with the seed of the simulation's random generator}
     *
     * @param seed any value; the same seed gives the same run
     */
    @CanIgnoreReturnValue
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * {@return this builder, with how the customer's own logic drifts}
     *
     * @param drift the drift policy
     * @throws NullPointerException if {@code drift} is null
     */
    @CanIgnoreReturnValue
    public Builder drift(LogicDrift drift) {
      this.drift = requireNonNull(drift, "drift");
      return this;
    }

    /**
     * {@return this builder, with how the provider adapts}
     *
     * @param adaptation the adaptation policy
     * @throws NullPointerException if {@code adaptation} is null
     * @throws IllegalArgumentException if its lag is negative
     */
    @CanIgnoreReturnValue
    public Builder adaptation(Adaptation adaptation) {
      requireNonNull(adaptation, "adaptation");
      checkArgument(
          adaptation.lag() >= 0, "adaptation lag must be at least 0, but was %s", adaptation.lag());
      this.adaptation = adaptation;
      return this;
    }

    /**
     * {@return the simulation as configured}
     *
     * @throws IllegalArgumentException if the last version's instant overflows
     */
    public CoEvolution build() {
      try {
        var unused = from.plus(every.multipliedBy(steps));
      } catch (ArithmeticException | java.time.DateTimeException e) {
        throw new IllegalArgumentException(
            "steps × every must end within the range of Instant, but " + steps + " × " + every
                + " from " + from + " does not",
            e);
      }
      return new CoEvolution(this);
    }
  }
}
