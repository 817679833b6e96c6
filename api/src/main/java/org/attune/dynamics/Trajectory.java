package org.attune.dynamics;

import static com.google.common.base.Preconditions.checkElementIndex;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.Dyad;
import org.attune.metric.Metric;
import org.attune.metric.Score;
import org.attune.model.Actor;

/**
 * One metric's scores of one provider against one customer over a {@link History}, one point per
 * version in time order: the fit of a dyad as a time series, to answer the flexibility essay's
 * question ("The Best Fit with Your Customers") of whether a firm keeps up as its customer changes.
 *
 * <pre>{@code
 * Trajectory fit = Trajectory.of(profileDeviation, history, alice, clinic);
 * for (Trajectory.Point p : fit.points()) {
 *   System.out.println(p.instant() + " " + p.score().valueOrNaN());
 * }
 * }</pre>
 *
 * <p>Where the customer or the provider is not an actor of a version, that version's score is
 * undefined and says which is missing. Immutable and thread-safe.
 */
public final class Trajectory {

  private final String metric;
  private final Actor customer;
  private final Actor provider;
  private final ImmutableList<Point> points;

  private Trajectory(String metric, Actor customer, Actor provider, ImmutableList<Point> points) {
    this.metric = metric;
    this.customer = customer;
    this.provider = provider;
    this.points = points;
  }

  /**
   * {@return {@code metric}'s score of {@code provider} against {@code customer} in each version of
   * {@code history}}
   *
   * @param metric the metric
   * @param history the versions
   * @param customer the customer
   * @param provider the provider
   * @throws NullPointerException if an argument is null
   */
  public static Trajectory of(Metric metric, History history, Actor customer, Actor provider) {
    requireNonNull(metric, "metric");
    requireNonNull(history, "history");
    requireNonNull(customer, "customer");
    requireNonNull(provider, "provider");
    ImmutableList.Builder<Point> points = ImmutableList.builderWithExpectedSize(history.size());
    for (int i = 0; i < history.size(); i++) {
      ServiceEcosystem version = history.version(i);
      Score score;
      if (!version.contains(customer)) {
        score = Score.undefined("customer '" + customer.id() + "' is not in the version at "
            + history.instant(i));
      } else if (!version.contains(provider)) {
        score = Score.undefined("provider '" + provider.id() + "' is not in the version at "
            + history.instant(i));
      } else {
        score = requireNonNull(
            metric.measure(new Dyad(version, customer, provider)),
            () -> "score of metric " + metric.name());
      }
      points.add(new Point(history.instant(i), score));
    }
    return new Trajectory(metric.name(), customer, provider, points.build());
  }

  /** {@return the name of the metric} */
  public String metric() {
    return metric;
  }

  /** {@return the customer} */
  public Actor customer() {
    return customer;
  }

  /** {@return the provider} */
  public Actor provider() {
    return provider;
  }

  /** {@return the points, one per version, in time order} */
  public List<Point> points() {
    return points;
  }

  /** {@return the number of points: one per version of the history} */
  public int size() {
    return points.size();
  }

  /**
   * {@return the point at {@code i}, in time order}
   *
   * @param i in [0, {@link #size()})
   */
  public Point point(int i) {
    checkElementIndex(i, points.size(), "point index");
    return points.get(i);
  }

  /** {@return every value, in time order, {@link Double#NaN} where undefined}: a new array */
  public double[] values() {
    double[] out = new double[points.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = points.get(i).score().valueOrNaN();
    }
    return out;
  }

  /** {@return a form such as {@code Trajectory{profile-deviation, alice by clinic: 3 points}}} */
  @Override
  public String toString() {
    return "Trajectory{" + metric + ", " + customer.id() + " by " + provider.id() + ": "
        + points.size() + " points}";
  }

  /**
   * One point of a trajectory: the score in the version in force from {@code instant}.
   *
   * @param instant from when the version scored is in force
   * @param score the score in that version
   */
  public record Point(Instant instant, Score score) {

    /**
     * Validates the components.
     *
     * @param instant from when the version scored is in force
     * @param score the score in that version
     * @throws NullPointerException if a component is null
     */
    public Point {
      requireNonNull(instant, "instant");
      requireNonNull(score, "score");
    }
  }
}
