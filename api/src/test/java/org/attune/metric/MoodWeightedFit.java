package org.attune.metric;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.ecosystem.Level;
import org.attune.model.Dimension;
import org.attune.model.Emotion;
import org.attune.model.Episode;
import org.attune.model.Profile;

/**
 * {@code mood-weighted}: an extension as an academic would write it. Attunement in Heidegger's sense
 * (<i>Being and Time</i>, 1927, §29: <i>Befindlichkeit</i>): a mood is not a feeling beside the
 * world but the way the world matters at all, so the customer's current mood re-weights what counts.
 *
 * <p>The mood is the customer's emotion in its latest episode that records one (PAD, Mehrabian &amp;
 * Russell 1974). A strong mood either way makes the emotional dimension matter more, by 1 +
 * |pleasure|; arousal makes the functional dimension matter more, by 1 + max(0, arousal). Then, with
 * the re-weighted w':
 *
 * <pre>
 *   score = 1 − Σ w'_i |C_i − P_i| / Σ w'_i
 * </pre>
 *
 * <p>Undefined without the customer's own logic, the provider's, or a mood.
 */
final class MoodWeightedFit implements AttunementMetric {

  static final String NAME = "mood-weighted";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Level level() {
    return Level.MICRO;
  }

  @Override
  public Score measure(Dyad dyad) {
    requireNonNull(dyad, "dyad");
    Optional<Profile> own = dyad.ecosystem().perspective(dyad.customer(), dyad.customer());
    Optional<Profile> offering = dyad.ecosystem().perspective(dyad.provider(), dyad.provider());
    if (own.isEmpty() || offering.isEmpty()) {
      return Score.undefined("The customer's or the provider's own logic is missing.");
    }
    Optional<Emotion> mood = mood(dyad);
    if (mood.isEmpty()) {
      return Score.undefined("The customer's mood is unknown: no episode records its emotion.");
    }
    Profile c = own.get();
    Profile p = offering.get();
    double gaps = 0;
    double total = 0;
    Map<String, Double> misfit = new LinkedHashMap<>();
    for (int i = 0; i < c.size(); i++) {
      Dimension d = c.dimensionAt(i);
      // relative weights: only their ratios count, and their sum cannot overflow
      double w = c.relativeWeightAt(i) * attention(d, mood.get());
      double gap = Math.abs(c.levelAt(i) - p.level(d).orElse(0));
      gaps += w * gap;
      total += w;
      misfit.put(d.name(), w * gap);
    }
    double value = 1 - gaps / total;
    return Score.defined(
        value,
        Contribution.shares(misfit),
        "In the customer's current mood the offering fits to " + String.format(java.util.Locale.ROOT, "%.2f", value)
            + ".");
  }

  /** {@return how much more {@code dimension} matters in {@code mood}} */
  static double attention(Dimension dimension, Emotion mood) {
    if (dimension.equals(Dimension.EMOTIONAL)) {
      return 1 + Math.abs(mood.pleasure());
    }
    if (dimension.equals(Dimension.FUNCTIONAL)) {
      return 1 + Math.max(0, mood.arousal());
    }
    return 1;
  }

  private static Optional<Emotion> mood(Dyad dyad) {
    List<Episode> episodes = dyad.ecosystem().episodes(dyad.customer());
    for (int i = episodes.size() - 1; i >= 0; i--) {
      if (episodes.get(i).customerEmotion().isPresent()) {
        return episodes.get(i).customerEmotion();
      }
    }
    return Optional.empty();
  }
}
