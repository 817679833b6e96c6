package org.attune.metric.alignment;

import java.util.List;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.Cohort;
import org.attune.metric.Contribution;
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
public final class Cosine extends ProfileMetric {

  /** The name of this metric: {@value}. */
  public static final String NAME = "cosine";

  /** Creates the metric. */
  public Cosine() {
    super(NAME, Other.OFFERING, KERNEL);
  }

  @Override
  Score measure(ProfilePair pair) {
    Profile c = pair.customer();
    double[] p = pair.aligned();
    double cc = 0;
    double pp = 0;
    for (int i = 0; i < c.size(); i++) {
      cc += c.relativeWeightAt(i) * c.levelAt(i) * c.levelAt(i);
      pp += c.relativeWeightAt(i) * p[i] * p[i];
    }
    if (cc == 0 || pp == 0) {
      return Score.undefined(
          "Cannot measure the angle between the profiles: "
              + (cc == 0 ? "the customer wants nothing" : "the provider offers nothing")
              + " on the customer's weighted dimensions, so a norm is 0.");
    }
    double normC = Math.sqrt(cc);
    double normP = Math.sqrt(pp);
    return defined(
        pair,
        (w, wanted, offered) -> {
          double d = wanted / normC - offered / normP;
          return w * d * d;
        });
  }

  @Override
  String explain(ProfilePair pair, double value, List<Contribution> contributions) {
    return "The offering has "
        + (contributions.isEmpty()
            ? "the same shape as"
            : "a cosine similarity of " + Texts.number(value) + " to")
        + " what the customer wants (weighted over "
        + dimensions(pair)
        + ", scale ignored)"
        + Texts.costliest(contributions)
        + ".";
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
}
