package org.attune.dynamics;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.model.Dimension;
import org.attune.model.Episode;
import org.attune.model.Profile;

/**
 * One episode of a {@link CoEvolution} and the evidence of the customer's own logic it carries: what
 * the customer asked for, chose or complained about, read as a profile. An {@link Episode} records
 * who, where, when and the emotions of both sides, but has no place for what the customer wanted, so
 * the evidence travels beside it. The provider learns its model of the customer from these ({@link
 * Adaptation#learn(Profile, List)}); the ecosystem keeps the episode.
 *
 * <p>Immutable, null-hostile and thread-safe.
 *
 * @param episode the episode, as recorded in the simulated ecosystem
 * @param revealed what the episode reveals of the customer's own logic, per dimension, if anything
 */
public record Observation(Episode episode, Optional<Profile> revealed) {

  /**
   * Validates the components.
   *
   * @param episode the episode, as recorded in the simulated ecosystem
   * @param revealed what the episode reveals of the customer's own logic, if anything
   * @throws NullPointerException if a component is null
   */
  public Observation {
    requireNonNull(episode, "episode");
    requireNonNull(revealed, "revealed");
  }

  /**
   * {@return an observation of {@code episode} revealing {@code revealed}}
   *
   * @param episode the episode
   * @param revealed what it reveals of the customer's own logic
   * @throws NullPointerException if an argument is null
   */
  public static Observation of(Episode episode, Profile revealed) {
    return new Observation(episode, Optional.of(requireNonNull(revealed, "revealed")));
  }

  /**
   * {@return the customer's own logic as {@code evidence} shows it, over the dimensions of {@code
   * model}}: on each dimension some observation reveals, the mean of the revealed levels and the mean
   * of their weights, summed in the order of {@code evidence}; on each other dimension of {@code
   * model}, the model's level and weight (no evidence, so nothing to learn: {@code M + a (M − M) =
   * M}). The model's dimensions come first, in its order, then the new ones in the order first
   * revealed. Never invents a level: a dimension neither the model nor any observation holds is
   * absent.
   *
   * @param model the provider's current model of the customer
   * @param evidence the observations to learn from, in time order
   * @throws NullPointerException if an argument is null or {@code evidence} holds null
   */
  public static Profile observed(Profile model, List<Observation> evidence) {
    requireNonNull(model, "model");
    requireNonNull(evidence, "evidence");
    Map<Dimension, double[]> sums = new LinkedHashMap<>(); // level sum, weight sum, count
    for (int i = 0; i < evidence.size(); i++) {
      Observation o = requireNonNull(evidence.get(i), "evidence element");
      if (o.revealed().isEmpty()) {
        continue;
      }
      Profile p = o.revealed().get();
      for (int k = 0; k < p.size(); k++) {
        double[] s = sums.computeIfAbsent(p.dimensionAt(k), d -> new double[3]);
        s[0] += p.levelAt(k);
        s[1] += p.weightAt(k);
        s[2] += 1;
      }
    }
    Profile.Builder out = Profile.builder();
    List<Dimension> seen = new ArrayList<>(model.size());
    for (int k = 0; k < model.size(); k++) {
      Dimension d = model.dimensionAt(k);
      seen.add(d);
      double[] s = sums.get(d);
      if (s == null) {
        out.level(d, model.levelAt(k), model.weightAt(k));
      } else {
        out.level(d, mean(s[0], s[2]), s[1] / s[2]);
      }
    }
    for (Map.Entry<Dimension, double[]> e : sums.entrySet()) {
      if (!seen.contains(e.getKey())) {
        double[] s = e.getValue();
        out.level(e.getKey(), mean(s[0], s[2]), s[1] / s[2]);
      }
    }
    return out.build();
  }

  /** {@return the mean, kept in [0, 1] against the last bit of rounding} */
  private static double mean(double sum, double n) {
    return Math.min(1.0, Math.max(0.0, sum / n));
  }

  /** {@return a form such as {@code Observation[episode=Episode[customer=a, …], revealed=…]}} */
  @Override
  public String toString() {
    return "Observation[episode=" + episode + ", revealed=" + revealed.map(Profile::toString).orElse("nothing") + "]";
  }
}
