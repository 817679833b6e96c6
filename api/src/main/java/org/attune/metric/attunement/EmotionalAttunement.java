package org.attune.metric.attunement;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.attune.metric.BatchMetric;
import org.attune.metric.Cohort;
import org.attune.metric.CohortScorer;
import org.attune.metric.Contribution;
import org.attune.metric.CustomerScorer;
import org.attune.metric.Dyad;
import org.attune.metric.Score;
import org.attune.metric.ScoreSink;
import org.attune.metric.internal.Texts;
import org.attune.model.Actor;
import org.attune.model.Emotion;
import org.attune.model.Episode;

/**
 * {@code emotional}: emotional and motivational attunement, the second condition of Ashworth,
 * Longmate &amp; Morrison (1992, "Patient participation: its meaning and significance in the context
 * of caring", <i>Journal of Advanced Nursing</i> 17): how close the emotions of customer and provider
 * are in the encounters they share, as distances in the pleasure–arousal–dominance space of
 * Mehrabian &amp; Russell (1974, <i>An Approach to Environmental Psychology</i>):
 *
 * <pre>
 *   score = 1 − mean_e ‖E_customer(e) − E_provider(e)‖ / √12
 * </pre>
 *
 * <p>where e ranges over the customer's episodes at touchpoints the provider OPERATES that record
 * both emotions, and √12 ({@link Emotion#MAX_DISTANCE}) is the largest distance in PAD space. Micro
 * level. Equal emotions in every shared episode score 1.
 *
 * <p><b>Undefined</b> when the provider operates no touchpoint, the customer has no episode at one,
 * or none of those episodes records both emotions.
 *
 * <p><b>Contributions</b>: the touchpoints ({@code "touchpoint <id>"}), each in proportion to the sum
 * of the emotional distances of its episodes.
 *
 * <p>The sums run in time order, episodes at the same time in the order of their touchpoints' ids
 * and then of their distances, so that equal ecosystems built in different orders give the same
 * bits.
 *
 * <p>{@link #measure(Dyad)} and the batch path run the same code: the provider's touchpoints are
 * found once per provider, then each customer's episodes at them are scored.
 *
 * <p>Stateless, immutable and thread-safe.
 */
public final class EmotionalAttunement extends NamedMetric implements BatchMetric {

  /** The name of this metric: {@value}. */
  public static final String NAME = "emotional";

  private static final String NO_TOUCHPOINT =
      "The provider operates no touchpoint (no OPERATES relation), so no episode is shared.";
  private static final String NO_EPISODE =
      "The customer has no episode at a touchpoint the provider operates.";

  /**
   * The order of the sums: episodes in {@link Touchpoints#CANONICAL} order, those of the same time
   * and touchpoint in the order of their distances, so that the sums do not depend on the order in
   * which the ecosystem was built.
   */
  private static final Comparator<Gap> ORDER =
      Comparator.comparing((Gap g) -> g.episode, Touchpoints.CANONICAL)
          .thenComparingDouble(g -> g.distance);

  /** Creates the metric. */
  public EmotionalAttunement() {
    super(NAME);
  }

  @Override
  public Score measure(Dyad dyad) {
    requireNonNull(dyad, "dyad");
    Customer one = new Customer(new Touchpoints(dyad.ecosystem(), dyad.provider()));
    ScoreSink sink = ScoreSink.single(NAME);
    one.score(dyad.customer(), 0, sink);
    return sink.toScore(
        0,
        (value, contributions) ->
            "Over "
                + Texts.count(one.gaps, "shared episode", "shared episodes")
                + ", the emotions of customer and provider lie "
                + Texts.number(1 - value)
                + " of the widest possible gap apart on average"
                + Texts.costliest(contributions)
                + ".");
  }

  @Override
  public CohortScorer prepare(Cohort cohort, Actor provider) {
    requireNonNull(cohort, "cohort");
    Touchpoints touchpoints =
        new Touchpoints(cohort.ecosystem(), requireNonNull(provider, "provider"));
    return touchpoints.each(cohort, NO_TOUCHPOINT, () -> new Customer(touchpoints));
  }

  /** An episode and the distance between the emotions it records; reused. */
  private static final class Gap {
    Episode episode;
    double distance;

    Gap(Episode episode, double distance) {
      this.episode = episode;
      this.distance = distance;
    }
  }

  /**
   * Scores one customer after another against the provider's touchpoints, keeping the number of
   * gaps of the last customer for the explanation. Mutable and not thread-safe.
   */
  private static final class Customer implements CustomerScorer {
    private final Touchpoints touchpoints;
    private final Touchpoints.Shared shared;
    private Gap[] pool = new Gap[8];
    /** How many of the last customer's shared episodes record both emotions. */
    int gaps;

    Customer(Touchpoints touchpoints) {
      this.touchpoints = touchpoints;
      this.shared = new Touchpoints.Shared(touchpoints);
    }

    /** Writes the score of {@code customer}, at index {@code i}, to {@code sink}. */
    @Override
    public void score(Actor customer, int i, ScoreSink sink) {
      gaps = 0;
      if (touchpoints.isEmpty()) {
        sink.undefined(i, NO_TOUCHPOINT);
        return;
      }
      shared.load(customer);
      if (shared.size() == 0) {
        sink.undefined(i, NO_EPISODE);
        return;
      }
      int n = 0;
      for (int k = 0, m = shared.size(); k < m; k++) {
        Episode e = shared.get(k);
        if (e.customerEmotion().isPresent() && e.providerEmotion().isPresent()) {
          add(n++, e, e.customerEmotion().get().distanceTo(e.providerEmotion().get()));
        }
      }
      gaps = n;
      if (n == 0) {
        sink.undefined(
            i,
            "None of the customer's "
                + Texts.count(shared.size(), "episode", "episodes")
                + " at the provider's touchpoints records the emotions of both sides.");
        return;
      }
      Arrays.sort(pool, 0, n, ORDER);
      boolean factors = sink.wantsFactors();
      double sum = 0;
      for (int k = 0; k < n; k++) {
        Gap g = pool[k];
        sum += g.distance / Emotion.MAX_DISTANCE;
        if (factors) {
          sink.misfit(touchpoints.factor(g.episode.touchpoint()), g.distance);
        }
      }
      sink.defined(i, 1 - sum / n);
    }

    private void add(int k, Episode e, double distance) {
      if (k == pool.length) {
        pool = Arrays.copyOf(pool, k * 2);
      }
      Gap g = pool[k];
      if (g == null) {
        pool[k] = new Gap(e, distance);
      } else {
        g.episode = e;
        g.distance = distance;
      }
    }
  }
}
