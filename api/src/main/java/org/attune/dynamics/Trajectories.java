package org.attune.dynamics;

import static com.google.common.base.Preconditions.checkElementIndex;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attune.metric.Cohort;
import org.attune.metric.Metric;
import org.attune.metric.Scores;
import org.attune.metric.Scoring;
import org.attune.model.Actor;

/**
 * One metric's scores of one provider against every customer of a list over a {@link History}: per
 * version a {@link Scores}, in time order. The batch form of {@link Trajectory}, for the firm the
 * flexibility essay ("The Best Fit with Your Customers") asks to keep re-evaluating its fit with
 * every customer as they change, with the change between two instants per customer ({@link
 * Change}).
 *
 * <pre>{@code
 * Trajectories fit = Trajectories.score(profileDeviation, history, clinic, customers);
 * Change change = fit.change(january, march);
 * for (int i : change.droppedBy(0.05)) {
 *   System.out.println(change.customer(i).id() + " " + change.before(i) + " -> " + change.after(i));
 * }
 * }</pre>
 *
 * <p>The customers are looked up in full in the first version ({@link Cohort#of}); in each later
 * version whose changed own logics the history knows ({@link History#ownLogicChanges(int)}), only
 * those customers are looked up again ({@link Cohort#refresh}), otherwise all of them. Each version's
 * scores are those of {@link Scoring#score(Metric, Cohort, Actor)} on that version, to the bit.
 *
 * <p>Immutable and thread-safe.
 */
public final class Trajectories {

  private final History history;
  private final ImmutableList<Scores> scores;

  private Trajectories(History history, ImmutableList<Scores> scores) {
    this.history = history;
    this.scores = scores;
  }

  /**
   * {@return {@code metric}'s scores of {@code provider} against each of {@code customers} in each
   * version of {@code history}}, scored sequentially with the default top factors
   *
   * @param metric the metric
   * @param history the versions: each holds the provider and every customer
   * @param provider the provider
   * @param customers the customers, in the order of the scores
   * @throws NullPointerException if an argument or a customer is null
   * @throws IllegalArgumentException if a version lacks the provider or a customer: the message
   *     names the version's instant and the actor's id
   */
  public static Trajectories score(
      Metric metric, History history, Actor provider, List<? extends Actor> customers) {
    return score(Scoring.sequential(), metric, history, provider, customers);
  }

  /**
   * {@return {@code metric}'s scores of {@code provider} against each of {@code customers} in each
   * version of {@code history}, by {@code scoring}} (sequential or on an executor, with its top
   * factors)
   *
   * @param scoring how each version is scored
   * @param metric the metric
   * @param history the versions: each holds the provider and every customer
   * @param provider the provider
   * @param customers the customers, in the order of the scores
   * @throws NullPointerException if an argument or a customer is null
   * @throws IllegalArgumentException if a version lacks the provider or a customer: the message
   *     names the version's instant and the actor's id
   */
  public static Trajectories score(
      Scoring scoring,
      Metric metric,
      History history,
      Actor provider,
      List<? extends Actor> customers) {
    requireNonNull(scoring, "scoring");
    requireNonNull(metric, "metric");
    requireNonNull(history, "history");
    requireNonNull(provider, "provider");
    requireNonNull(customers, "customers");
    ImmutableList.Builder<Scores> all = ImmutableList.builderWithExpectedSize(history.size());
    Cohort cohort = null;
    for (int i = 0; i < history.size(); i++) {
      Instant instant = history.instant(i);
      try {
        Optional<Set<Actor>> changed = history.ownLogicChanges(i);
        if (cohort != null && changed.isPresent()) {
          cohort = cohort.refresh(history.version(i), changed.get());
        } else {
          cohort = Cohort.of(history.version(i), customers);
        }
        all.add(scoring.score(metric, cohort, provider));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("version at " + instant + ": " + e.getMessage(), e);
      }
    }
    return new Trajectories(history, all.build());
  }

  /** {@return the history scored} */
  public History history() {
    return history;
  }

  /** {@return the instants of the versions, in time order} */
  public List<Instant> instants() {
    return history.instants();
  }

  /** {@return the number of versions scored} */
  public int size() {
    return scores.size();
  }

  /** {@return the customers, in order} */
  public List<Actor> customers() {
    return scores.get(0).customers();
  }

  /**
   * {@return the scores in the version at {@code i}, in time order}
   *
   * @param i in [0, {@link #size()})
   */
  public Scores scores(int i) {
    checkElementIndex(i, scores.size(), "version index");
    return scores.get(i);
  }

  /**
   * {@return the scores in the version in force at {@code instant}, or empty if it is before the
   * first version}
   *
   * @param instant when
   */
  public Optional<Scores> at(Instant instant) {
    int i = history.indexAt(instant);
    return i < 0 ? Optional.empty() : Optional.of(scores.get(i));
  }

  /**
   * {@return the trajectory of the customer at {@code k}: its value in each version, in time order,
   * {@link Double#NaN} where undefined}
   *
   * @param k in [0, number of customers)
   */
  public double[] values(int k) {
    checkElementIndex(k, customers().size(), "customer index");
    double[] out = new double[scores.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = scores.get(i).valueOrNaN(k);
    }
    return out;
  }

  /**
   * {@return each customer's change between the versions in force at {@code from} and at {@code
   * to}}
   *
   * @param from the earlier instant
   * @param to the later instant
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code from} is before the first version or after {@code
   *     to}
   */
  public Change change(Instant from, Instant to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (from.isAfter(to)) {
      throw new IllegalArgumentException(
          "from must be at or before to (" + to + "), but was " + from);
    }
    int i = history.indexAt(from);
    if (i < 0) {
      throw new IllegalArgumentException("from must be at or after the first version ("
          + history.instant(0) + "), but was " + from);
    }
    int j = history.indexAt(to);
    return new Change(
        from, to, scores.get(i), scores.get(j), history.version(i), history.version(j));
  }

  /**
   * {@return each customer's change between the versions at {@code from} and {@code to}}
   *
   * @param from a version index
   * @param to a version index, at least {@code from}
   * @throws IndexOutOfBoundsException if an index is out of range
   * @throws IllegalArgumentException if {@code from} is after {@code to}
   */
  public Change change(int from, int to) {
    checkElementIndex(from, scores.size(), "from");
    checkElementIndex(to, scores.size(), "to");
    if (from > to) {
      throw new IllegalArgumentException(
          "from must be a version index at or before to (" + to + "), but was " + from);
    }
    return new Change(
        history.instant(from),
        history.instant(to),
        scores.get(from),
        scores.get(to),
        history.version(from),
        history.version(to));
  }

  /** {@return a form such as {@code Trajectories{profile-deviation for clinic: 3 versions, 1000 customers}}} */
  @Override
  public String toString() {
    Scores first = scores.get(0);
    return "Trajectories{" + first.metric() + " for " + first.provider().id() + ": "
        + scores.size() + " versions, " + first.size() + " customers}";
  }
}
