package org.attune.metric.alignment;

import java.util.List;
import org.attune.metric.Contribution;
import org.attune.metric.Score;
import org.attune.metric.alignment.ProfilePair.Other;
import org.attune.metric.internal.Texts;

/**
 * {@code absolute-difference}: fit as the weighted mean absolute difference between the customer's
 * own logic and the provider's, the absolute-difference form of congruity (Sirgy 1982, "Self-concept
 * in consumer behavior: a critical review", <i>Journal of Consumer Research</i> 9(3); Sirgy et al.
 * 1997):
 *
 * <pre>
 *   score = 1 − Σ_{i∈D} w_i |C_i − P_i| / Σ_{i∈D} w_i
 * </pre>
 *
 * <p>C is the customer's own logic {@code (c, c)}: its dimensions D and weights w decide what counts.
 * P is the provider's own logic {@code (p, p)}; a dimension P lacks counts as level 0 (not offered).
 * Micro level. Identical profiles score 1. As a mean is at most a root-mean-square, it is never below
 * {@link ProfileDeviation}.
 *
 * <p><b>Undefined</b> when the customer's own logic or the provider's is missing.
 *
 * <p><b>Contributions</b>: dimension i's share of Σ w_i |C_i − P_i|.
 *
 * <p><b>Batch</b>: {@link #prepare} runs the same arithmetic over a cohort's own logics packed into
 * flat arrays, the offering lined up once, allocating nothing per customer beyond the result.
 *
 * <p>Stateless, immutable and thread-safe.
 */
public final class AbsoluteDifference extends ProfileMetric {

  /** The name of this metric: {@value}. */
  public static final String NAME = "absolute-difference";

  /** Creates the metric. */
  public AbsoluteDifference() {
    super(NAME, Other.OFFERING, KERNEL);
  }

  @Override
  Term term(ProfileView view) {
    return MISFIT;
  }

  /** A dimension's misfit: w_i |C_i − P_i|. */
  static final Term MISFIT = (w, c, p) -> w * Math.abs(c - p);

  @Override
  String explain(ProfilePair pair, double value, List<Contribution> contributions) {
    return contributions.isEmpty()
        ? "The offering matches what the customer wants on all " + dimensions(pair) + "."
        : "The offering differs from what the customer wants by "
            + Texts.number(1 - value)
            + " on average (weighted over "
            + dimensions(pair)
            + ")"
            + Texts.costliest(contributions)
            + ".";
  }

  /** The arithmetic of this metric, for one customer or a batch. */
  static final ProfileKernel KERNEL = AbsoluteDifference::value;

  private static double value(ProfileView v) {
    double sum = 0;
    for (int i = 0, n = v.size(); i < n; i++) {
      sum += v.weight(i) * Math.abs(v.level(i) - v.other(i));
    }
    return 1 - sum / v.totalWeight();
  }
}
