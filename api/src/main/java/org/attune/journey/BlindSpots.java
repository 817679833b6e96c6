package org.attune.journey;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.model.Episode;
import org.attune.model.Journey;
import org.attune.model.Touchpoint;

/**
 * Blind spots: touchpoints outside the brand's ownership (partner-owned, customer-owned,
 * social/external) where customers feel bad or journeys end, ranked. Lemon &amp; Verhoef (2016) stress
 * that a firm controls only its brand-owned touchpoints, while the others shape the experience as much;
 * what goes wrong there is what the firm does not see.
 *
 * <p>For each touchpoint t (told apart by id) that is not brand-owned, over N journeys:
 *
 * <pre>
 *   reach(t)      = journeys visiting t / N
 *   negativity(t) = mean of max(0, −pleasure) over the episodes at t that carry a customer emotion
 *                   (0 if none does)
 *   dropOff(t)    = journeys ending at t / episodes at t      (0 if t is a goal)
 *   score(t)      = reach(t) · (negativity(t) + dropOff(t)) / 2,   in [0, 1]
 * </pre>
 *
 * The drop-off rate is the one of {@link DirectlyFollowsGraph.DropOff#rate()}; a goal (a touchpoint
 * where journeys are meant to end) never counts as drop-off. Only touchpoints with a positive
 * negativity or drop-off are listed, by score (descending), ties by touchpoint id.
 *
 * <p>Immutable, null-hostile and thread-safe.
 */
public final class BlindSpots {

  private final ImmutableList<BlindSpot> ranked;

  private BlindSpots(Iterable<Journey> journeys, Set<String> goals) {
    Map<String, Acc> acc = new LinkedHashMap<>();
    long n = 0;
    for (Journey j : journeys) {
      requireNonNull(j, "journeys must not hold null");
      n++;
      Set<String> visited = new HashSet<>();
      List<Episode> episodes = j.episodes();
      for (Episode e : episodes) {
        Touchpoint t = e.touchpoint();
        if (t.ownership().isBrandControlled()) {
          continue;
        }
        Acc a = acc.computeIfAbsent(t.id(), k -> new Acc(t));
        a.visits++;
        if (visited.add(t.id())) {
          a.journeys++;
        }
        if (e.customerEmotion().isPresent()) {
          a.emotions++;
          a.displeasure += Math.max(0, -e.customerEmotion().get().pleasure());
        }
      }
      Touchpoint last = episodes.get(episodes.size() - 1).touchpoint();
      if (!last.ownership().isBrandControlled() && !goals.contains(last.id())) {
        requireNonNull(acc.get(last.id())).ends++;
      }
    }
    List<BlindSpot> list = new ArrayList<>();
    for (Acc a : acc.values()) {
      double reach = (double) a.journeys / n;
      double negativity = a.emotions == 0 ? 0 : a.displeasure / a.emotions;
      double dropOff = (double) a.ends / a.visits;
      if (negativity > 0 || dropOff > 0) {
        list.add(new BlindSpot(a.touchpoint, a.visits, a.journeys, reach, a.emotions, negativity,
            a.ends, dropOff, reach * (negativity + dropOff) / 2));
      }
    }
    list.sort(Comparator.comparingDouble(BlindSpot::score).reversed()
        .thenComparing(b -> b.touchpoint().id()));
    this.ranked = ImmutableList.copyOf(list);
  }

  /**
   * {@return the blind spots of {@code journeys}, every end counting as drop-off}
   *
   * @param journeys the journeys
   */
  public static BlindSpots of(Iterable<Journey> journeys) {
    return of(journeys, ImmutableSet.of());
  }

  /**
   * {@return the blind spots of {@code journeys}, ends at a goal not counting as drop-off}
   *
   * @param journeys the journeys
   * @param goals ids of touchpoints where journeys are meant to end
   */
  public static BlindSpots of(Iterable<Journey> journeys, Collection<String> goals) {
    return new BlindSpots(requireNonNull(journeys, "journeys"),
        ImmutableSet.copyOf(requireNonNull(goals, "goals")));
  }

  /** {@return the blind spots, by score (descending), ties by touchpoint id} */
  public List<BlindSpot> ranked() {
    return ranked;
  }

  @Override
  public String toString() {
    return "BlindSpots" + ranked;
  }

  private static final class Acc {
    final Touchpoint touchpoint;
    long visits;
    long journeys;
    long emotions;
    double displeasure;
    long ends;

    Acc(Touchpoint touchpoint) {
      this.touchpoint = touchpoint;
    }
  }

  /**
   * One blind spot and the figures behind its score.
   *
   * <p>Immutable, null-hostile and thread-safe.
   *
   * @param touchpoint the touchpoint, not brand-owned
   * @param visits episodes at it
   * @param journeys journeys visiting it
   * @param reach journeys visiting it / all journeys
   * @param emotions episodes at it that carry a customer emotion
   * @param negativity mean of max(0, −pleasure) over those, in [0, 1]
   * @param dropOffs journeys ending at it (not at a goal)
   * @param dropOffRate dropOffs / visits, in [0, 1]
   * @param score reach · (negativity + dropOffRate) / 2, in [0, 1]
   */
  public record BlindSpot(
      Touchpoint touchpoint,
      long visits,
      long journeys,
      double reach,
      long emotions,
      double negativity,
      long dropOffs,
      double dropOffRate,
      double score) {

    /**
     * Validates the components.
     *
     * @param touchpoint the touchpoint, not brand-owned
     * @param visits episodes at it
     * @param journeys journeys visiting it
     * @param reach journeys visiting it / all journeys
     * @param emotions episodes at it that carry a customer emotion
     * @param negativity mean of max(0, −pleasure) over those
     * @param dropOffs journeys ending at it
     * @param dropOffRate dropOffs / visits
     * @param score reach · (negativity + dropOffRate) / 2
     * @throws NullPointerException if {@code touchpoint} is null
     */
    public BlindSpot {
      requireNonNull(touchpoint, "touchpoint");
    }
  }
}
