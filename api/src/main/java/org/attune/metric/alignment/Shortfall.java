package org.attune.metric.alignment;

import java.util.List;
import org.attune.metric.Contribution;
import org.attune.metric.Score;
import org.attune.metric.alignment.ProfilePair.Other;
import org.attune.metric.internal.Texts;

/**
 * {@code shortfall}: fit as unmet expectations, after expectation–disconfirmation (Oliver 1980, "A
 * cognitive model of the antecedents and consequences of satisfaction decisions", <i>Journal of
 * Marketing Research</i> 17(4)): only negative disconfirmation, the provider falling short of what the
 * customer wants, costs fit; exceeding expectations is not misfit.
 *
 * <pre>
 *   score = 1 − Σ_{i∈D} w_i max(0, C_i − P_i) / Σ_{i∈D} w_i
 * </pre>
 *
 * <p>C is the customer's own logic {@code (c, c)}: its dimensions D and weights w decide what counts.
 * P is the provider's own logic {@code (p, p)}; a dimension P lacks counts as level 0 (not offered).
 * Micro level. Identical profiles, and any offering at or above every wanted level, score 1. It is
 * never below {@link AbsoluteDifference}.
 *
 * <p><b>Undefined</b> when the customer's own logic or the provider's is missing.
 *
 * <p><b>Contributions</b>: dimension i's share of Σ w_i max(0, C_i − P_i).
 *
 * <p><b>Batch</b>: {@link #prepare} runs the same arithmetic over a cohort's own logics packed into
 * flat arrays, the offering lined up once, allocating nothing per customer beyond the result.
 *
 * <p>Stateless, immutable and thread-safe.
 */
public final class Shortfall extends ProfileMetric {

  /** The name of this metric: {@value}. */
  public static final String NAME = "shortfall";

  /** Creates the metric. */
  public Shortfall() {
    super(NAME, Other.OFFERING, KERNEL);
  }

  @Override
  Term term(ProfileView view) {
    return MISFIT;
  }

  private static final Term MISFIT = (w, c, p) -> w * Math.max(0, c - p);

  @Override
  String explain(ProfilePair pair, double value, List<Contribution> contributions) {
    return contributions.isEmpty()
        ? "The offering meets or exceeds what the customer wants on all " + dimensions(pair) + "."
        : "The offering falls short of what the customer wants by "
            + Texts.number(1 - value)
            + " on average (weighted over "
            + dimensions(pair)
            + ", surpluses not counted)"
            + Texts.costliest(contributions)
            + ".";
  }

  /** The arithmetic of this metric, for one customer or a batch. */
  static final ProfileKernel KERNEL = Shortfall::value;

  private static double value(ProfileView v) {
    double sum = 0;
    for (int i = 0, n = v.size(); i < n; i++) {
      sum += v.weight(i) * Math.max(0, v.level(i) - v.other(i));
    }
    return 1 - sum / v.totalWeight();
  }
}
