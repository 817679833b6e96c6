package org.attune.metric.alignment;

import java.util.List;
import org.attune.metric.Contribution;
import org.attune.metric.Score;
import org.attune.metric.alignment.ProfilePair.Other;
import org.attune.metric.internal.Texts;

/**
 * {@code self-congruity}: fit between the customer's self and its image of the provider (Sirgy 1982,
 * "Self-concept in consumer behavior: a critical review", <i>Journal of Consumer Research</i> 9(3);
 * Sirgy et al. 1997, "Assessing the predictive validity of two methods of measuring self-image
 * congruence", <i>Journal of the Academy of Marketing Science</i> 25(3)), in the absolute-difference
 * form:
 *
 * <pre>
 *   score = 1 − Σ_{i∈D} w_i |C_i − I_i| / Σ_{i∈D} w_i
 * </pre>
 *
 * <p>C is the customer's own logic {@code (c, c)}: its dimensions D and weights w decide what counts.
 * I is the customer's image of the provider {@code (c, p)}; a dimension the image lacks counts as
 * level 0. Micro level. Identical profiles score 1.
 *
 * <p><b>Undefined</b> when the customer's own logic or its image of the provider is missing.
 *
 * <p><b>Contributions</b>: dimension i's share of Σ w_i |C_i − I_i|.
 *
 * <p>Stateless, immutable and thread-safe.
 */
public final class SelfCongruity extends ProfileMetric {

  /** The name of this metric: {@value}. */
  public static final String NAME = "self-congruity";

  /** Creates the metric. */
  public SelfCongruity() {
    super(NAME, Other.IMAGE, AbsoluteDifference.KERNEL);
  }

  @Override
  Term term(ProfileView view) {
    return AbsoluteDifference.MISFIT;
  }

  @Override
  String explain(ProfilePair pair, double value, List<Contribution> contributions) {
    return contributions.isEmpty()
        ? "The customer sees the provider as it sees itself on all " + dimensions(pair) + "."
        : "The customer's image of the provider differs from its own logic by "
            + Texts.number(1 - value)
            + " on average (weighted over "
            + dimensions(pair)
            + ")"
            + Texts.costliest(contributions)
            + ".";
  }
}
