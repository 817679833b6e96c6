package org.attune.dynamics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.attune.ecosystem.Direction;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.Metric;
import org.attune.metric.alignment.ProfileDeviation;
import org.attune.metric.attunement.EmotionalAttunement;
import org.attune.model.Actor;
import org.attune.model.JourneyStage;
import org.attune.model.Profile;
import org.attune.model.Relation;
import org.attune.model.RelationType;
import org.attune.model.Touchpoint;
import org.attune.model.TouchpointOwnership;
import org.jspecify.annotations.Nullable;

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
 *     .episodes(EpisodePolicy.revealing(3, 0.1))
 *     .adaptation(Adaptation.exponential(0.5, 0.5, 1))
 *     .build().run();
 * double[] fit = run.alignment().values();     // profile-deviation at each step
 * double[] tune = run.attunement().values();   // emotional attunement, NaN at step 0
 * }</pre>
 *
 * <p><b>One step.</b> Version 0 is {@code start}, with the provider's model of the customer set to
 * its perspective {@code (p, c)} if it holds one, else to its offering, and, where missing, the
 * touchpoint where they meet ({@link Builder#touchpoint(Touchpoint)}) and the provider's {@code
 * OPERATES} relation to it. At step t = 1 … n, over the period from {@code from + (t−1)·every} to
 * {@code from + t·every}:
 *
 * <ol>
 *   <li>the customer's own logic becomes {@code C_t = drift.next(C_{t−1}, t, random)};
 *   <li>customer and provider share the episodes {@code E_t = episodes.episodes(moment, random')},
 *       the moment holding {@code C_t} and the model {@code M_{t−1}} and offering {@code O_{t−1}} in
 *       force, each episode with the evidence of {@code C_t} it reveals ({@link Observation});
 *   <li>the provider learns from the episodes {@code lag} steps old: {@code M_t =
 *       adaptation.learn(M_{t−1}, E_{t−lag})}, no evidence (and no change, by default) while {@code
 *       t − lag < 1};
 *   <li>{@code O_t = adaptation.nextOffering(O_{t−1}, M_t)};
 *   <li>version t is version t−1 with these three perspectives set and the episodes of step t−1
 *       replaced by those of step t, by {@link ServiceEcosystem#toBuilder()}, so the versions share
 *       everything else, in force from {@code from + t·every}.
 * </ol>
 *
 * <p>Each version holds only its own step's episodes, so {@link Run#attunement()} and any other
 * metric over episodes read each step's encounters rather than a running mean; {@link
 * Run#observations(int)} keeps them all.
 *
 * <p>All randomness comes from two {@link SplittableRandom}s made from {@link Builder#seed(long)}:
 * one for the drift, the other (its {@code split()}) for the episodes, so that the customer's path
 * does not depend on how the provider adapts or how many episodes it sees. The same configuration
 * and seed give equal histories and identical trajectories, bit for bit. Immutable and thread-safe;
 * each {@link #run()} starts afresh.
 */
public final class CoEvolution {

  /** The instant of version 0 when none is given: {@value}. */
  public static final String DEFAULT_FROM = "2026-01-01T00:00:00Z";

  /**
   * The suffix of the id of the touchpoint added when none is set and the provider operates none in
   * {@code start}: {@value} (so {@code "clinic/service"} for the provider {@code "clinic"}).
   */
  public static final String DEFAULT_TOUCHPOINT = "/service";

  private final ServiceEcosystem start;
  private final Actor customer;
  private final Actor provider;
  private final int steps;
  private final Instant from;
  private final Duration every;
  private final long seed;
  private final LogicDrift drift;
  private final Adaptation adaptation;
  private final EpisodePolicy episodes;
  private final @Nullable Touchpoint touchpoint;

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
    this.episodes = b.episodes;
    this.touchpoint = b.touchpoint;
  }

  /**
   * The episodes of a step when none are set: {@link EpisodePolicy#revealing(int, double)
   * revealing(1, 0)}, one episode a step that reveals the customer's logic exactly, so that the
   * provider's model learns from the very logic of {@code lag} steps ago.
   */
  public static final EpisodePolicy DEFAULT_EPISODES = EpisodePolicy.revealing(1, 0);

  /**
   * {@return a builder of a simulation from {@code start}}: 12 steps of 30 days from {@value
   * #DEFAULT_FROM}, seed 0, no drift, no adaptation and {@link #DEFAULT_EPISODES} until set
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
   * @throws IllegalArgumentException if the adaptation's lag is negative, the episode policy
   *     returns an episode of another customer (the message names the step), or {@code start} holds
   *     another element of the touchpoint's id
   */
  public Run run() {
    SplittableRandom driftRandom = new SplittableRandom(seed);
    SplittableRandom episodeRandom = new SplittableRandom(seed).split();
    int lag = adaptation.lag();
    checkArgument(lag >= 0, "adaptation lag must be at least 0, but was %s", lag);
    Profile logic = start.ownLogic(customer).orElseThrow();
    Profile offering = start.ownLogic(provider).orElseThrow();
    Profile model = start.perspective(provider, customer).orElse(offering);
    Touchpoint where = touchpoint();
    start.element(where.id()).filter(e -> !e.equals(where)).ifPresent(e -> {
      throw new IllegalArgumentException("touchpoint '" + where.id() + "' must be new to start or"
          + " the one it holds, but start holds a different element of that id ("
          + e.elementKind() + ")"
          + (touchpoint == null ? "; set a touchpoint of another id with touchpoint(...)" : ""));
    });
    ServiceEcosystem.Builder first = start.toBuilder().perspective(provider, customer, model);
    if (!start.contains(where)) {
      first.add(where);
    }
    if (start.relation(provider, RelationType.OPERATES, where).isEmpty()) {
      first.relate(provider, RelationType.OPERATES, where);
    }
    ServiceEcosystem version = first.build();
    History.Builder history = History.builder().add(from, version, Set.of(customer));
    List<List<Observation>> observations = new ArrayList<>(steps + 1);
    observations.add(List.of());
    for (int t = 1; t <= steps; t++) {
      int step = t;
      logic = requireNonNull(
          drift.next(logic, t, driftRandom),
          () -> "drift's own logic of the customer at step " + step);
      Instant before = from.plus(every.multipliedBy(t - 1));
      Instant now = from.plus(every.multipliedBy(t));
      EpisodePolicy.Moment moment = new EpisodePolicy.Moment(
          t, before, now, customer, provider, where, logic, model, offering);
      List<Observation> shared = List.copyOf(requireNonNull(
          episodes.episodes(moment, episodeRandom),
          () -> "episode policy's episodes at step " + step));
      for (Observation o : shared) {
        checkArgument(
            o.episode().customer().equals(customer),
            "episode policy's episodes at step %s must be of customer '%s', but one was of '%s'",
            step,
            customer.id(),
            o.episode().customer().id());
      }
      observations.add(shared);
      List<Observation> evidence = t - lag >= 1 ? observations.get(t - lag) : List.of();
      model = requireNonNull(
          adaptation.learn(model, evidence), () -> "adaptation's model at step " + step);
      offering = requireNonNull(
          adaptation.nextOffering(offering, model), () -> "adaptation's offering at step " + step);
      ServiceEcosystem.Builder next = version.toBuilder()
          .perspective(customer, customer, logic)
          .perspective(provider, customer, model)
          .perspective(provider, provider, offering);
      for (Observation o : observations.get(t - 1)) {
        next.removeEpisode(o.episode());
      }
      for (Observation o : shared) {
        next.episode(o.episode());
      }
      version = next.build();
      history.add(now, version, Set.of(customer));
    }
    return new Run(history.build(), customer, provider, observations);
  }

  /**
   * {@return the touchpoint where customer and provider meet}: the one set, else the first by id of
   * those the provider operates in {@code start}, else {@link #DEFAULT_TOUCHPOINT} of the provider
   */
  private Touchpoint touchpoint() {
    if (touchpoint != null) {
      return touchpoint;
    }
    Touchpoint first = null;
    for (Relation r : start.relations(provider, RelationType.OPERATES, Direction.OUTGOING)) {
      if (r.target() instanceof Touchpoint t && (first == null || t.id().compareTo(first.id()) < 0)) {
        first = t;
      }
    }
    return first != null
        ? first
        : Touchpoint.of(
            provider.id() + DEFAULT_TOUCHPOINT,
            "Service",
            TouchpointOwnership.BRAND_OWNED,
            JourneyStage.POSTPURCHASE);
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
    private final List<List<Observation>> observations;

    private Run(
        History history, Actor customer, Actor provider, List<List<Observation>> observations) {
      this.history = history;
      this.customer = customer;
      this.provider = provider;
      this.observations = List.copyOf(observations);
    }

    /**
     * {@return the simulated versions, step 0 (the start) to step n, in time order}: version t holds
     * the episodes of step t (none at step 0 but those {@code start} holds), so that any metric over
     * episodes reads each step's encounters
     */
    public History history() {
      return history;
    }

    /**
     * {@return the episodes of step {@code step} and what each revealed}, in time order: empty at
     * step 0
     *
     * @param step in [0, n]
     * @throws IndexOutOfBoundsException if {@code step} is outside [0, n]
     */
    public List<Observation> observations(int step) {
      return observations.get(checkElementIndex(step, observations.size(), "step"));
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

    /**
     * {@return the attunement at each step}: {@code emotional} attunement ({@link
     * EmotionalAttunement}) over the episodes of that step, undefined with the metric's reason at
     * step 0 and at any step whose episodes do not carry the emotions of both sides. The episodes of
     * step t met the offering in force during the step, that of step t−1, while {@link #alignment()}
     * at step t reads the offering of step t: attunement answers for the offering a step earlier.
     */
    public Trajectory attunement() {
      return trajectory(new EmotionalAttunement());
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
    private EpisodePolicy episodes = DEFAULT_EPISODES;
    private @Nullable Touchpoint touchpoint;

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
     * {@return this builder, with what customer and provider share at each step}: the default is
     * {@link #DEFAULT_EPISODES}
     *
     * @param episodes the episode policy
     * @throws NullPointerException if {@code episodes} is null
     */
    @CanIgnoreReturnValue
    public Builder episodes(EpisodePolicy episodes) {
      this.episodes = requireNonNull(episodes, "episodes");
      return this;
    }

    /**
     * {@return this builder, with the touchpoint where customer and provider meet}: added to version
     * 0 with the provider's {@code OPERATES} relation where {@code start} lacks them. Unset, it is the
     * first by id of those the provider operates in {@code start}, else a touchpoint added so, its
     * id the provider's followed by {@value #DEFAULT_TOUCHPOINT}
     *
     * @param touchpoint the touchpoint
     * @throws NullPointerException if {@code touchpoint} is null
     */
    @CanIgnoreReturnValue
    public Builder touchpoint(Touchpoint touchpoint) {
      this.touchpoint = requireNonNull(touchpoint, "touchpoint");
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
