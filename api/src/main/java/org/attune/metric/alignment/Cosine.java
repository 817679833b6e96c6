package org.attune.metric.alignment;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.ecosystem.Level;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.AlignmentMetric;
import org.attune.metric.Cohort;
import org.attune.metric.Contribution;
import org.attune.metric.Dyad;
import org.attune.metric.ProfileKernel;
import org.attune.metric.ProfileView;
import org.attune.metric.Score;
import org.attune.metric.alignment.ProfilePair.Other;
import org.attune.metric.internal.Texts;
import org.attune.model.Actor;
import org.attune.model.Profile;

/**
 * {@code cosine}: fit as the similarity of shape, the weighted cosine of the angle between the
 * customer's own logic and the provider's, blind to overall scale (the cosine similarity of
 * information retrieval, Salton &amp; McGill 1983, <i>Introduction to Modern Information
 * Retrieval</i>; as a pattern measure of profile fit, Venkatraman 1989):
 *
 * <pre>
 *   score = Σ_{i∈D} w_i C_i P_i / ( sqrt(Σ_{i∈D} w_i C_i²) · sqrt(Σ_{i∈D} w_i P_i²) )
 * </pre>
 *
 * <p>C is the customer's own logic {@code (c, c)}: its dimensions D and weights w decide what counts.
 * P is the provider's own logic {@code (p, p)}; a dimension P lacks counts as level 0 (not offered).
 * Levels are non-negative, so the score lies in [0, 1]; rounding past either end is clamped. Micro
 * level. Identical profiles, and profiles of one shape at different scales, score 1.
 *
 * <p><b>Undefined</b> when the customer's own logic or the provider's is missing, or when a norm is
 * 0: the customer wants nothing on its weighted dimensions, or the provider offers nothing on them.
 *
 * <p><b>Contributions</b>: with Ĉ = C / ‖C‖ and P̂ = P / ‖P‖ (weighted norms), 1 − score = ½ Σ w_i
 * (Ĉ_i − P̂_i)², so dimension i's share is its part of Σ w_i (Ĉ_i − P̂_i)².
 *
 * <p><b>Batch</b>: {@link #measureAll(ServiceEcosystem, Actor, List, boolean)} fetches the provider's
 * profile once and allocates nothing per customer beyond the result; {@link #measureAll(Cohort,
 * Actor, boolean)} runs over a cohort's packed arrays.
 *
 * <p>Stateless, immutable and thread-safe.
 */
public final class Cosine implements AlignmentMetric {

  /** The name of this metric: {@value}. */
  public static final String NAME = "cosine";

  /** Creates the metric. */
  public Cosine() {}

  @Override
  public String name() {
    return NAME;
  }

  /** {@return {@link Level#MICRO}} */
  @Override
  public Level level() {
    return Level.MICRO;
  }

  @Override
  public Score measure(Dyad dyad) {
    requireNonNull(dyad, "dyad");
    Optional<ProfilePair> pair = ProfilePair.of(dyad, Other.OFFERING);
    if (pair.isEmpty()) {
      return Score.undefined(ProfilePair.missing(dyad, Other.OFFERING));
    }
    Profile c = pair.get().customer();
    double[] p = pair.get().aligned();
    double cc = 0;
    double pp = 0;
    for (int i = 0; i < c.size(); i++) {
      cc += c.weightAt(i) * c.levelAt(i) * c.levelAt(i);
      pp += c.weightAt(i) * p[i] * p[i];
    }
    if (cc == 0 || pp == 0) {
      return Score.undefined(
          "Cannot measure the angle between the profiles: "
              + (cc == 0 ? "the customer wants nothing" : "the provider offers nothing")
              + " on the customer's weighted dimensions, so a norm is 0.");
    }
    double value = KERNEL.apply(c, pair.get().other());
    double normC = Math.sqrt(cc);
    double normP = Math.sqrt(pp);
    Map<String, Double> misfit = new LinkedHashMap<>();
    for (int i = 0; i < c.size(); i++) {
      double d = c.levelAt(i) / normC - p[i] / normP;
      misfit.put(c.dimensionAt(i).name(), c.weightAt(i) * d * d);
    }
    List<Contribution> contributions = Contribution.shares(misfit);
    String dimensions = Texts.count(c.size(), "dimension", "dimensions");
    String explanation =
        "The offering has "
            + (contributions.isEmpty() ? "the same shape as" : "a cosine similarity of "
                + Texts.number(value) + " to")
            + " what the customer wants (weighted over "
            + dimensions
            + ", scale ignored)"
            + Texts.costliest(contributions)
            + ".";
    return Score.defined(value, contributions, explanation);
  }

  @Override
  public double[] measureAll(
      ServiceEcosystem ecosystem, Actor provider, List<? extends Actor> customers, boolean parallel) {
    return ProfileBatch.measureAll(ecosystem, provider, customers, parallel, KERNEL);
  }

  /** The arithmetic of this metric, for one customer or a batch: NaN if a norm is 0. */
  static final ProfileKernel KERNEL = Cosine::value;

  private static double value(ProfileView v) {
    double cp = 0;
    double cc = 0;
    double pp = 0;
    for (int i = 0, n = v.size(); i < n; i++) {
      double w = v.weight(i);
      double c = v.level(i);
      double p = v.other(i);
      cp += w * c * p;
      cc += w * c * c;
      pp += w * p * p;
    }
    if (cc == 0 || pp == 0) {
      return Double.NaN;
    }
    return Math.max(0, Math.min(1, cp / (Math.sqrt(cc) * Math.sqrt(pp))));
  }

  @Override
  public double[] measureAll(Cohort cohort, Actor provider, boolean parallel) {
    return requireNonNull(cohort, "cohort").compare(provider, KERNEL, parallel);
  }

  /** {@return the name} */
  @Override
  public String toString() {
    return NAME;
  }
}
