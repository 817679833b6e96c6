package org.attune.dynamics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Optional;
import java.util.OptionalDouble;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.internal.Texts;
import org.attune.model.Actor;
import org.attune.model.Profile;
import org.jspecify.annotations.Nullable;

/**
 * How fast and how closely a provider follows one customer's own logic {@code (c, c)} over a {@link
 * History}: the flexibility essay ("The Best Fit with Your Customers") asks a firm to keep up with
 * customers who keep changing, and, citing Wheatley's "What Do We Measure and Why?", to measure
 * because what was "right" keeps changing. This is that reading as a metric over histories, for the
 * provider's model of the customer {@code (p, c)} ({@link #model()}) and for its offering {@code (p,
 * p)} ({@link #offering()}) separately.
 *
 * <p>Per version t the <b>gap</b> is the weighted mean absolute difference between the customer's
 * own logic C and the provider's profile M (model or offering), over the customer's dimensions D:
 *
 * <pre>
 *   gap_t = Σ_{i∈D} w_i |C_i − M_i| / Σ_{i∈D} w_i        (a dimension M lacks counts as level 0)
 *   closeness = mean over the defined versions of (1 − gap_t)
 * </pre>
 *
 * <p>The customer's logic <b>moves</b> at version t (t ≥ 1) when its own logic is known at t − 1
 * and t and some level differs by more than the tolerance (a dimension held at one and not the other
 * counts as level 0 there). After a move at t the <b>lag</b> is the first k ≥ 0 with gap_{t+k} at
 * most the tolerance, in versions and in time (instant(t + k) − instant(t)); the <b>half-life</b>
 * is, when the gap at t exceeds the tolerance, the first k ≥ 1 with gap_{t+k} ≤ gap_t / 2: the
 * first time the gap halves, read off the history rather than fitted. Each is averaged over the
 * moves where it is reached. The <b>score</b> is
 *
 * <pre>
 *   speed = mean over the moves of 1 / (1 + k)     (a move never followed contributes 0)
 *   score = closeness × speed
 * </pre>
 *
 * <p>A product, because the essay asks for both: a provider that is close but never follows a move
 * (the "static, rules-driven culture" it warns against) scores 0, and so does one that follows at
 * once to somewhere far. Following in the same version gives speed 1, one version later 1/2, three
 * versions later 1/4.
 *
 * <pre>{@code
 * Flexibility flexibility = Flexibility.of(history, customer, provider);
 * flexibility.model().lagVersions();      // e.g. 1.0: the model follows one version after a move
 * flexibility.offering().score();         // closeness × speed of the offering
 * flexibility.model().explanation();      // a sentence, or what is missing
 * }</pre>
 *
 * <p>Nothing is invented: a gap is undefined (NaN) in a version without the customer's own logic,
 * without the provider's profile, or without either actor, and each reading is empty, with {@link
 * Following#whyUndefined(Reading)} saying what is missing, when there is nothing to read it from.
 * Actors are named by id. Immutable, null-hostile, thread-safe and deterministic.
 */
public final class Flexibility {

  /** The tolerance of {@link #of(History, Actor, Actor)}: {@value}. */
  public static final double DEFAULT_TOLERANCE = 0.05;

  private final Actor customer;
  private final Actor provider;
  private final double tolerance;
  private final Following model;
  private final Following offering;

  private Flexibility(
      Actor customer, Actor provider, double tolerance, Following model, Following offering) {
    this.customer = customer;
    this.provider = provider;
    this.tolerance = tolerance;
    this.model = model;
    this.offering = offering;
  }

  /**
   * {@return how the provider follows the customer over {@code history}, with the tolerance
   * {@value #DEFAULT_TOLERANCE}}; see the flexibility essay and {@link Flexibility}
   *
   * @param history the versions
   * @param customer whose own logic {@code (c, c)} is followed
   * @param provider who follows, by its model {@code (p, c)} and its offering {@code (p, p)}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code provider} is {@code customer}
   */
  public static Flexibility of(History history, Actor customer, Actor provider) {
    return of(history, customer, provider, DEFAULT_TOLERANCE);
  }

  /**
   * {@return how the provider follows the customer over {@code history}}: the flexibility essay's
   * keeping up with a changing customer, read as in {@link Flexibility}
   *
   * @param history the versions
   * @param customer whose own logic {@code (c, c)} is followed
   * @param provider who follows, by its model {@code (p, c)} and its offering {@code (p, p)}
   * @param tolerance a level change above it is a move, a gap at most it is closed: in [0, 1)
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code provider} is {@code customer} or {@code tolerance}
   *     is outside [0, 1) or NaN
   */
  public static Flexibility of(History history, Actor customer, Actor provider, double tolerance) {
    requireNonNull(history, "history");
    requireNonNull(customer, "customer");
    requireNonNull(provider, "provider");
    checkArgument(
        tolerance >= 0 && tolerance < 1,
        "tolerance must be a number in [0, 1), but was %s",
        tolerance);
    checkArgument(
        !customer.equals(provider),
        "provider must be another actor than the customer, but was '%s' (the customer)",
        provider.id());
    int n = history.size();
    double[] modelGaps = new double[n];
    double[] offeringGaps = new double[n];
    String[] modelWhy = new String[n];
    String[] offeringWhy = new String[n];
    boolean[] moved = new boolean[n];
    @Nullable Profile previous = null;
    for (int t = 0; t < n; t++) {
      ServiceEcosystem version = history.version(t);
      Instant at = history.instant(t);
      @Nullable String missing = missing(version, customer, provider, at);
      @Nullable Profile own = missing == null ? version.ownLogic(customer).orElse(null) : null;
      if (missing == null && own == null) {
        missing = "no own logic of customer '" + customer.id() + "' at " + at;
      }
      if (own == null) {
        modelGaps[t] = offeringGaps[t] = Double.NaN;
        modelWhy[t] = offeringWhy[t] = missing;
      } else {
        @Nullable Profile m = version.perspective(provider, customer).orElse(null);
        modelGaps[t] = m == null ? Double.NaN : gap(own, m);
        modelWhy[t] =
            m == null
                ? "no model of customer '" + customer.id() + "' by provider '" + provider.id()
                    + "' at " + at
                : null;
        @Nullable Profile o = version.ownLogic(provider).orElse(null);
        offeringGaps[t] = o == null ? Double.NaN : gap(own, o);
        offeringWhy[t] =
            o == null ? "no offering of provider '" + provider.id() + "' at " + at : null;
        moved[t] = previous != null && moved(previous, own, tolerance);
      }
      previous = own;
    }
    return new Flexibility(
        customer,
        provider,
        tolerance,
        new Following("model", history, customer, tolerance, modelGaps, modelWhy, moved),
        new Following("offering", history, customer, tolerance, offeringGaps, offeringWhy, moved));
  }

  private static @Nullable String missing(
      ServiceEcosystem version, Actor customer, Actor provider, Instant at) {
    if (!version.contains(customer)) {
      return "customer '" + customer.id() + "' is not in the version at " + at;
    }
    if (!version.contains(provider)) {
      return "provider '" + provider.id() + "' is not in the version at " + at;
    }
    return null;
  }

  /** Σ w |C − M| / Σ w over C's dimensions, a dimension M lacks at level 0. */
  static double gap(Profile own, Profile other) {
    double sum = 0;
    for (int i = 0, n = own.size(); i < n; i++) {
      double m = other.level(own.dimensionAt(i)).orElse(0);
      sum += own.weightAt(i) * Math.abs(own.levelAt(i) - m);
    }
    return sum / own.totalWeight();
  }

  /** Whether some level differs by more than {@code tolerance}, a missing dimension at level 0. */
  static boolean moved(Profile before, Profile after, double tolerance) {
    for (int i = 0, n = after.size(); i < n; i++) {
      double b = before.level(after.dimensionAt(i)).orElse(0);
      if (Math.abs(after.levelAt(i) - b) > tolerance) {
        return true;
      }
    }
    for (int i = 0, n = before.size(); i < n; i++) {
      double a = after.level(before.dimensionAt(i)).orElse(0);
      if (Math.abs(a - before.levelAt(i)) > tolerance) {
        return true;
      }
    }
    return false;
  }

  /** {@return the customer followed} */
  public Actor customer() {
    return customer;
  }

  /** {@return the provider following} */
  public Actor provider() {
    return provider;
  }

  /** {@return the tolerance: a level change above it is a move, a gap at most it is closed} */
  public double tolerance() {
    return tolerance;
  }

  /**
   * {@return how the provider's model of the customer {@code (p, c)} follows the customer's own
   * logic}: the essay's "deep understanding" of a changing customer
   */
  public Following model() {
    return model;
  }

  /**
   * {@return how the provider's offering {@code (p, p)} follows the customer's own logic}: the
   * essay's delivery, which is where fit is judged
   */
  public Following offering() {
    return offering;
  }

  /** {@return a form such as {@code Flexibility{customer 'c', provider 'p', model score 0.45, offering score 0.00}}} */
  @Override
  public String toString() {
    return "Flexibility{customer '" + customer.id() + "', provider '" + provider.id()
        + "', model score " + format(model.score()) + ", offering score "
        + format(offering.score()) + "}";
  }

  private static String format(OptionalDouble value) {
    return value.isPresent() ? Texts.number(value.getAsDouble()) : "undefined";
  }

  /** The readings of a {@link Following}, each of which may be undefined with a reason. */
  public enum Reading {
    /** The mean of 1 − gap over the defined versions. */
    CLOSENESS,
    /** The mean number of versions (and time) until the gap closes after a move. */
    LAG,
    /** The mean number of versions (and time) until the gap halves after a move. */
    HALF_LIFE,
    /** Closeness × speed. */
    SCORE
  }

  /**
   * How one profile of the provider (its model of the customer or its offering) follows the
   * customer's own logic over the history: the gap series and the flexibility essay's closeness and
   * speed read from it, as described in {@link Flexibility}. Immutable and thread-safe.
   */
  public static final class Following {

    private final String what;
    private final double[] gaps;
    private final @Nullable String[] gapWhy;
    private final int moves;
    private final double closeness;
    private final double lagVersions;
    private final @Nullable Duration lag;
    private final double halfLifeVersions;
    private final @Nullable Duration halfLife;
    private final double speed;
    private final EnumMap<Reading, String> why = new EnumMap<>(Reading.class);

    private Following(
        String what,
        History history,
        Actor customer,
        double tolerance,
        double[] gaps,
        @Nullable String[] gapWhy,
        boolean[] moved) {
      this.what = what;
      this.gaps = gaps;
      this.gapWhy = gapWhy;
      int n = gaps.length;
      double sum = 0;
      int defined = 0;
      for (double g : gaps) {
        if (!Double.isNaN(g)) {
          sum += 1 - g;
          defined++;
        }
      }
      closeness = defined == 0 ? Double.NaN : sum / defined;
      if (defined == 0) {
        why.put(Reading.CLOSENESS, "the gap is undefined in every version: " + gapWhy[0]);
      }
      int moveCount = 0;
      int closed = 0;
      int halved = 0;
      int opened = 0;
      long lagSum = 0;
      long halfSum = 0;
      Duration lagTime = Duration.ZERO;
      Duration halfTime = Duration.ZERO;
      double speedSum = 0;
      for (int t = 1; t < n; t++) {
        if (!moved[t]) {
          continue;
        }
        moveCount++;
        int close = firstAtMost(gaps, t, tolerance);
        if (close >= 0) {
          closed++;
          lagSum += close - t;
          lagTime = lagTime.plus(Duration.between(history.instant(t), history.instant(close)));
          speedSum += 1.0 / (1 + close - t);
        }
        if (!Double.isNaN(gaps[t]) && gaps[t] > tolerance) {
          opened++;
          int half = firstAtMost(gaps, t + 1, gaps[t] / 2);
          if (half >= 0) {
            halved++;
            halfSum += half - t;
            halfTime = halfTime.plus(Duration.between(history.instant(t), history.instant(half)));
          }
        }
      }
      this.moves = moveCount;
      String noMove =
          n == 1
              ? "the history holds one version, so the customer's own logic cannot move"
              : "the own logic of customer '" + customer.id() + "' never moves by more than "
                  + tolerance + " between two versions where it is known";
      lagVersions = closed == 0 ? Double.NaN : (double) lagSum / closed;
      lag = closed == 0 ? null : lagTime.dividedBy(closed);
      if (moveCount == 0) {
        why.put(Reading.LAG, noMove);
      } else if (closed == 0) {
        why.put(
            Reading.LAG,
            "the " + what + " gap never closes to within " + tolerance + " after any of the "
                + Texts.count(moveCount, "move", "moves") + " of the customer's own logic");
      }
      halfLifeVersions = halved == 0 ? Double.NaN : (double) halfSum / halved;
      halfLife = halved == 0 ? null : halfTime.dividedBy(halved);
      if (moveCount == 0) {
        why.put(Reading.HALF_LIFE, noMove);
      } else if (opened == 0) {
        why.put(
            Reading.HALF_LIFE,
            "no move of the customer's own logic opens a " + what + " gap above " + tolerance);
      } else if (halved == 0) {
        why.put(
            Reading.HALF_LIFE,
            "the " + what + " gap never halves after any of the "
                + Texts.count(opened, "move", "moves") + " that opened it");
      }
      speed = moveCount == 0 ? Double.NaN : speedSum / moveCount;
      if (why.get(Reading.CLOSENESS) != null) {
        why.put(Reading.SCORE, why.get(Reading.CLOSENESS));
      } else if (moveCount == 0) {
        why.put(Reading.SCORE, noMove + ", so there is no following to score");
      }
    }

    /** First index i ≥ from with gaps[i] defined and at most {@code bound}, or -1. */
    private static int firstAtMost(double[] gaps, int from, double bound) {
      for (int i = from; i < gaps.length; i++) {
        if (gaps[i] <= bound) { // NaN compares false: an undefined gap never closes
          return i;
        }
      }
      return -1;
    }

    /** {@return the number of versions} */
    public int size() {
      return gaps.length;
    }

    /**
     * {@return the gap in the version at {@code t}, in [0, 1] for levels in [0, 1], or {@link
     * Double#NaN} if undefined}
     *
     * @param t in [0, {@link #size()})
     */
    public double gap(int t) {
      checkElementIndex(t, gaps.length, "version index");
      return gaps[t];
    }

    /** {@return the gap per version, in time order, NaN where undefined} */
    public double[] gaps() {
      return gaps.clone();
    }

    /**
     * {@return why the gap at {@code t} is undefined (what is missing), or empty if it is defined}
     *
     * @param t in [0, {@link #size()})
     */
    public Optional<String> whyGapUndefined(int t) {
      checkElementIndex(t, gaps.length, "version index");
      return Optional.ofNullable(gapWhy[t]);
    }

    /** {@return the number of versions at which the customer's own logic moved} */
    public int moves() {
      return moves;
    }

    /**
     * {@return the mean of 1 − gap over the versions where the gap is defined, or empty}: how
     * closely the flexibility essay's "fit" holds while the customer changes
     */
    public OptionalDouble closeness() {
      return optional(closeness);
    }

    /**
     * {@return the mean number of versions from a move of the customer's logic until the gap is
     * within the tolerance, over the moves where it gets there; or empty}: how long the provider
     * takes to keep up with a changing customer, in the flexibility essay's sense
     */
    public OptionalDouble lagVersions() {
      return optional(lagVersions);
    }

    /** {@return the mean time from a move until the gap is within the tolerance, or empty} */
    public Optional<Duration> lag() {
      return Optional.ofNullable(lag);
    }

    /**
     * {@return the mean number of versions from a move until the gap it opened first halves, over
     * the moves where it does; or empty}
     */
    public OptionalDouble halfLifeVersions() {
      return optional(halfLifeVersions);
    }

    /** {@return the mean time from a move until the gap it opened first halves, or empty} */
    public Optional<Duration> halfLife() {
      return Optional.ofNullable(halfLife);
    }

    /**
     * {@return the mean over the moves of 1 / (1 + versions until the gap closes), a move never
     * followed counting 0; or empty without a move}
     */
    public OptionalDouble speed() {
      return optional(speed);
    }

    /**
     * {@return closeness × speed, in [0, 1] for levels in [0, 1]; or empty}: close and quick
     * together, as the flexibility essay asks, so a provider that never follows scores 0
     */
    public OptionalDouble score() {
      return why.containsKey(Reading.SCORE)
          ? OptionalDouble.empty()
          : OptionalDouble.of(closeness * speed);
    }

    /**
     * {@return why {@code reading} is undefined (what is missing), or empty if it is defined}
     *
     * @param reading which
     */
    public Optional<String> whyUndefined(Reading reading) {
      return Optional.ofNullable(why.get(requireNonNull(reading, "reading")));
    }

    /**
     * {@return a sentence on the score, or on what is missing for it}, for the feedback the
     * flexibility essay (after Wheatley) asks a firm to keep gathering
     */
    public String explanation() {
      if (why.get(Reading.SCORE) != null) {
        return "The " + what + " score is undefined: " + why.get(Reading.SCORE) + ".";
      }
      String following =
          lagVersions().isPresent()
              ? "closes the gap " + Texts.number(lagVersions) + " versions after a move on average"
              : "never closes the gap after a move";
      return "The " + what + " " + following + " (speed " + Texts.number(speed) + " over "
          + Texts.count(moves, "move", "moves") + ") and is " + Texts.number(closeness)
          + " close on average: score " + Texts.number(closeness * speed) + ".";
    }

    private static OptionalDouble optional(double value) {
      return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /** {@return a form such as {@code Following{model, 5 versions, 1 move, score 0.45}}} */
    @Override
    public String toString() {
      return "Following{" + what + ", " + Texts.count(gaps.length, "version", "versions") + ", "
          + Texts.count(moves, "move", "moves") + ", score " + format(score()) + "}";
    }
  }
}
