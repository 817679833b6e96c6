package org.attune.journey;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.attune.model.Emotion;
import org.attune.model.Episode;
import org.attune.model.Journey;
import org.attune.model.Touchpoint;

/**
 * The customer's emotion along a journey: one point per episode that carries a customer emotion, in
 * time order, and the peak-end score of the journey.
 *
 * <p>The peak-end rule (Kahneman, Fredrickson, Schreiber &amp; Redelmeier 1993, "When more pain is
 * preferred to less", <i>Psychological Science</i> 4(6); Kahneman 2000): people remember an
 * experience by its most intense moment and its end, not by its sum. Here, over the pleasure
 * component of the customer's emotions (PAD, Mehrabian &amp; Russell 1974), p_1 … p_k in time order:
 *
 * <pre>
 *   peak     = p_i with the largest |p_i|; on a tie, the earliest such point
 *   peak-end = (peak + p_k) / 2,   in [-1, 1]
 * </pre>
 *
 * "Most intense" is the pleasure farthest from neutral either way, so a sharp displeasure can be the
 * peak; the earliest wins a tie so that the score does not depend on anything but time order. A curve
 * of one point has peak = end = that point.
 *
 * <p>Immutable, null-hostile and thread-safe.
 */
public final class EmotionCurve {

  private static final Comparator<Episode> BY_TIME = Comparator.comparing(Episode::time);

  private final ImmutableList<Point> points;

  private EmotionCurve(List<Point> points) {
    this.points = ImmutableList.copyOf(points);
  }

  /**
   * {@return the curve of one journey}
   *
   * @param journey the journey
   */
  public static EmotionCurve of(Journey journey) {
    return ofSorted(requireNonNull(journey, "journey").episodes());
  }

  /**
   * {@return the curve of any episodes (such as all of one customer's journeys), sorted stably by
   * time}
   *
   * @param episodes the episodes; may be empty
   */
  public static EmotionCurve ofEpisodes(Iterable<Episode> episodes) {
    return ofSorted(ImmutableList.sortedCopyOf(BY_TIME, requireNonNull(episodes, "episodes")));
  }

  private static EmotionCurve ofSorted(List<Episode> episodes) {
    List<Point> points = new ArrayList<>();
    for (Episode e : episodes) {
      e.customerEmotion().ifPresent(em -> points.add(new Point(e.time(), e.touchpoint(), em)));
    }
    return new EmotionCurve(points);
  }

  /** {@return the points, in time order} */
  public List<Point> points() {
    return points;
  }

  /** {@return whether no episode carried a customer emotion} */
  public boolean isEmpty() {
    return points.isEmpty();
  }

  /** {@return the peak: the point whose pleasure has the largest absolute value, the earliest on a tie} */
  public Optional<Point> peak() {
    Point best = null;
    for (Point p : points) {
      if (best == null || Math.abs(p.pleasure()) > Math.abs(best.pleasure())) {
        best = p;
      }
    }
    return Optional.ofNullable(best);
  }

  /** {@return the end: the last point} */
  public Optional<Point> end() {
    return points.isEmpty() ? Optional.empty() : Optional.of(points.get(points.size() - 1));
  }

  /** {@return the peak-end score (peak + end) / 2 of the pleasures, in [-1, 1]; empty if no points} */
  public OptionalDouble peakEnd() {
    Optional<Point> peak = peak();
    Optional<Point> end = end();
    if (peak.isEmpty() || end.isEmpty()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((peak.get().pleasure() + end.get().pleasure()) / 2);
  }

  /** {@return the mean pleasure over all points, in [-1, 1], for comparison; empty if no points} */
  public OptionalDouble meanPleasure() {
    return points.stream().mapToDouble(Point::pleasure).average();
  }

  @Override
  public String toString() {
    return "EmotionCurve[" + points.size() + " points, peak-end "
        + (points.isEmpty() ? "undefined" : String.format(Locale.ROOT, "%.3f", peakEnd().getAsDouble())) + "]";
  }

  /**
   * One point of the curve.
   *
   * <p>Immutable, null-hostile and thread-safe.
   *
   * @param time when
   * @param touchpoint where
   * @param emotion the customer's emotion
   */
  public record Point(Instant time, Touchpoint touchpoint, Emotion emotion) {

    /**
     * Validates the components.
     *
     * @param time when
     * @param touchpoint where
     * @param emotion the customer's emotion
     * @throws NullPointerException if a component is null
     */
    public Point {
      requireNonNull(time, "time");
      requireNonNull(touchpoint, "touchpoint");
      requireNonNull(emotion, "emotion");
    }

    /** {@return the pleasure of the emotion, in [-1, 1]} */
    public double pleasure() {
      return emotion.pleasure();
    }
  }
}
