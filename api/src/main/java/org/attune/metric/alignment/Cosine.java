package org.attune.metric.alignment;

import java.util.List;
import org.attune.metric.Contribution;
import org.attune.metric.Score;
import org.attune.metric.alignment.ProfilePair.Other;
import org.attune.metric.internal.Texts;
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
 * <p><b>Batch</b>: {@link #prepare} runs the same arithmetic over a cohort's own logics packed into
 * flat arrays, the offering lined up once, allocating nothing per customer beyond the result.
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
  Term term(ProfileView view) {
    double cc = 0;
    double pp = 0;
    for (int i = 0, n = view.size(); i < n; i++) {
      double w = view.weight(i);
      double c = view.level(i);
      double p = view.other(i);
      cc += w * c * c;
      pp += w * p * p;
    }
    double normC = Math.sqrt(cc);
    double normP = Math.sqrt(pp);
    return (w, wanted, offered) -> {
      double d = wanted / normC - offered / normP;
      return w * d * d;
    };
  }

  @Override
  String undefined(ProfileView view) {
    double cc = 0;
    for (int i = 0, n = view.size(); i < n; i++) {
      cc += view.weight(i) * view.level(i) * view.level(i);
    }
    return cc == 0 ? CUSTOMER_WANTS_NOTHING : PROVIDER_OFFERS_NOTHING;
  }

  private static final String CUSTOMER_WANTS_NOTHING =
      "Cannot measure the angle between the profiles: the customer wants nothing on the"
          + " customer's weighted dimensions, so a norm is 0.";
  private static final String PROVIDER_OFFERS_NOTHING =
      "Cannot measure the angle between the profiles: the provider offers nothing on the"
          + " customer's weighted dimensions, so a norm is 0.";

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
