package org.attune.metric.alignment;

import java.util.List;
import org.attune.metric.Contribution;
import org.attune.metric.Score;
import org.attune.metric.alignment.ProfilePair.Other;
import org.attune.metric.internal.Texts;

/**
 * {@code profile-deviation}: fit as profile deviation (Venkatraman 1989, "The concept of fit in
 * strategy research", <i>Academy of Management Review</i> 14(3)): the weighted Euclidean distance of
 * what the provider offers from the customer's ideal profile, as a root-mean-square so that it lies
 * in [0, 1]:
 *
 * <pre>
 *   score = 1 − sqrt( Σ_{i∈D} w_i (C_i − P_i)² / Σ_{i∈D} w_i )
 * </pre>
 *
 * <p>C is the customer's own logic {@code (c, c)}: its dimensions D and weights w decide what counts.
 * P is the provider's own logic {@code (p, p)}; a dimension P lacks counts as level 0 (not offered).
 * Micro level. Identical profiles score 1.
 *
 * <p><b>Undefined</b> when the customer's own logic or the provider's is missing (a profile always has
 * a positive weight, so the denominator is never 0).
 *
 * <p><b>Contributions</b>: dimension i's share of Σ w_i (C_i − P_i)².
 *
 * <p><b>Batch</b>: {@link #prepare} runs the same arithmetic over a cohort's own logics packed into
 * flat arrays, the offering lined up once, allocating nothing per customer beyond the result.
 *
 * <p>Stateless, immutable and thread-safe.
 */
public final class ProfileDeviation extends ProfileMetric {

  /** The name of this metric: {@value}. */
  public static final String NAME = "profile-deviation";

  /** Creates the metric. */
  public ProfileDeviation() {
    super(NAME, Other.OFFERING, KERNEL);
  }

  @Override
  Term term(ProfileView view) {
    return MISFIT;
  }

  private static final Term MISFIT =
      (w, c, p) -> {
        double d = c - p;
        return w * d * d;
      };

  @Override
  String explain(ProfilePair pair, double value, List<Contribution> contributions) {
    return contributions.isEmpty()
        ? "The offering matches what the customer wants on all " + dimensions(pair) + "."
        : "The offering lies "
            + Texts.number(1 - value)
            + " from what the customer wants (weighted root-mean-square gap over "
            + dimensions(pair)
            + ")"
            + Texts.costliest(contributions)
            + ".";
  }

  /** The arithmetic of this metric, for one customer or a batch. */
  static final ProfileKernel KERNEL = ProfileDeviation::value;

  private static double value(ProfileView v) {
    double sum = 0;
    for (int i = 0, n = v.size(); i < n; i++) {
      double d = v.level(i) - v.other(i);
      sum += v.weight(i) * d * d;
    }
    return 1 - Math.sqrt(sum / v.totalWeight());
  }
}
