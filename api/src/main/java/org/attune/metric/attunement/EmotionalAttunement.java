package org.attune.metric.attunement;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.metric.Contribution;
import org.attune.metric.Dyad;
import org.attune.metric.Score;
import org.attune.metric.internal.Texts;
import org.attune.model.Element;
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
 * <p>Stateless, immutable and thread-safe.
 */
public final class EmotionalAttunement extends NamedMetric {

  /** The name of this metric: {@value}. */
  public static final String NAME = "emotional";

  /** Creates the metric. */
  public EmotionalAttunement() {
    super(NAME);
  }

  @Override
  public Score measure(Dyad dyad) {
    requireNonNull(dyad, "dyad");
    Set<Element> operated = Touchpoints.operated(dyad);
    if (operated.isEmpty()) {
      return Score.undefined(
          "The provider operates no touchpoint (no OPERATES relation), so no episode is shared.");
    }
    List<Episode> shared = Touchpoints.shared(dyad, operated);
    if (shared.isEmpty()) {
      return Score.undefined("The customer has no episode at a touchpoint the provider operates.");
    }
    List<Gap> gaps = new ArrayList<>(shared.size());
    for (Episode e : shared) {
      if (e.customerEmotion().isPresent() && e.providerEmotion().isPresent()) {
        gaps.add(new Gap(e, e.customerEmotion().get().distanceTo(e.providerEmotion().get())));
      }
    }
    // episodes of the same time and touchpoint in the order of their distances, so that the sums
    // do not depend on the order in which the ecosystem was built
    gaps.sort(
        Comparator.comparing(Gap::episode, Touchpoints.CANONICAL)
            .thenComparingDouble(Gap::distance));
    double sum = 0;
    int n = 0;
    Map<String, Double> misfit = new LinkedHashMap<>();
    for (Gap g : gaps) {
      sum += g.distance() / Emotion.MAX_DISTANCE;
      n++;
      misfit.merge(Touchpoints.factor(g.episode().touchpoint()), g.distance(), Double::sum);
    }
    if (n == 0) {
      return Score.undefined(
          "None of the customer's "
              + Texts.count(shared.size(), "episode", "episodes")
              + " at the provider's touchpoints records the emotions of both sides.");
    }
    double value = 1 - sum / n;
    List<Contribution> contributions = Contribution.shares(misfit);
    String explanation =
        "Over "
            + Texts.count(n, "shared episode", "shared episodes")
            + ", the emotions of customer and provider lie "
            + Texts.number(1 - value)
            + " of the widest possible gap apart on average"
            + Texts.costliest(contributions)
            + ".";
    return Score.defined(value, contributions, explanation);
  }

  /** An episode and the distance between the emotions it records. */
  private record Gap(Episode episode, double distance) {}
}
