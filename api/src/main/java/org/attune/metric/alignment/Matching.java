package org.attune.metric.alignment;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import org.attune.metric.Contribution;
import org.attune.metric.Score;
import org.attune.metric.alignment.ProfilePair.Other;
import org.attune.metric.internal.Texts;
import org.attune.model.Profile;

/**
 * {@code matching}: fit as matching (Venkatraman 1989, "The concept of fit in strategy research",
 * <i>Academy of Management Review</i> 14(3)): the weighted share of the customer's dimensions on which
 * the provider's level matches the wanted one within a tolerance τ:
 *
 * <pre>
 *   score = Σ_{i∈D, |C_i − P_i| ≤ τ} w_i / Σ_{i∈D} w_i,   τ = {@value #TAU_DEFAULT} by default
 * </pre>
 *
 * <p>C is the customer's own logic {@code (c, c)}: its dimensions D and weights w decide what counts.
 * P is the provider's own logic {@code (p, p)}; a dimension P lacks counts as level 0 (not offered).
 * Micro level. Identical profiles score 1.
 *
 * <p>Levels are usually written in decimal, and binary doubles round them: in doubles, 0.4 − 0.3 is
 * 0.10000000000000003. So that a gap of exactly τ on paper matches, the comparison allows {@value
 * #ROUNDING} more than τ.
 *
 * <p><b>Undefined</b> when the customer's own logic or the provider's is missing.
 *
 * <p><b>Contributions</b>: the unmatched dimensions, each in proportion to its weight.
 *
 * <p><b>Batch</b>: {@link #prepare} runs the same arithmetic over a cohort's own logics packed into
 * flat arrays, the offering lined up once, allocating nothing per customer beyond the result.
 *
 * <p>Immutable and thread-safe.
 */
public final class Matching extends ProfileMetric {

  /** The name of the built-in metric: {@value}. */
  public static final String NAME = "matching";

  /** The default tolerance τ: {@value}. */
  public static final double TAU_DEFAULT = 0.1;

  /** How much a gap may exceed τ and still match, for the rounding of decimal levels: {@value}. */
  public static final double ROUNDING = 1e-9;

  private final double tau;
  private final Term misfit;

  /** Creates the built-in metric, named {@value #NAME}, with τ = {@value #TAU_DEFAULT}. */
  public Matching() {
    this(NAME, TAU_DEFAULT);
  }

  /**
   * Creates a matching metric of another tolerance, under a name of its own (a registry holds one
   * metric per name).
   *
   * @param name the metric's name: non-blank
   * @param tau the tolerance τ: in [0, 1]
   * @throws IllegalArgumentException if {@code name} is blank or {@code tau} is not in [0, 1]
   */
  public Matching(String name, double tau) {
    super(name, Other.OFFERING, kernel(tau));
    checkArgument(tau >= 0 && tau <= 1, "tau must be a number in [0, 1], but was %s", tau);
    this.tau = tau;
    this.misfit = (w, c, p) -> matches(c, p, tau) ? 0 : w;
  }

  /** {@return the tolerance τ: in [0, 1]} */
  public double tau() {
    return tau;
  }

  @Override
  Term term(ProfileView view) {
    return misfit;
  }

  @Override
  String explain(ProfilePair pair, double value, List<Contribution> contributions) {
    Profile c = pair.customer();
    double[] p = pair.aligned();
    int matched = 0;
    for (int i = 0; i < c.size(); i++) {
      if (matches(c.levelAt(i), p[i], tau)) {
        matched++;
      }
    }
    return "The offering matches what the customer wants within "
        + tau
        + " on "
        + matched
        + " of "
        + dimensions(pair)
        + ", "
        + Texts.percent(value)
        + " of their weight"
        + Texts.costliest(contributions)
        + ".";
  }

  /** {@return the arithmetic of a matching metric of tolerance {@code tau}} */
  private static ProfileKernel kernel(double tau) {
    return v -> {
      double matched = 0;
      for (int i = 0, n = v.size(); i < n; i++) {
        if (matches(v.level(i), v.other(i), tau)) {
          matched += v.weight(i);
        }
      }
      return matched / v.totalWeight();
    };
  }

  private static boolean matches(double wanted, double offered, double tau) {
    return Math.abs(wanted - offered) <= tau + ROUNDING;
  }

  /** {@return the name and τ, such as {@code matching(τ=0.1)}} */
  @Override
  public String toString() {
    return name() + "(τ=" + tau + ")";
  }
}
