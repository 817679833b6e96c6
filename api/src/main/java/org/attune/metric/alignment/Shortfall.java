package org.attune.metric.alignment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.Contribution;
import org.attune.metric.Score;
import org.attune.metric.alignment.ProfilePair.Other;
import org.attune.metric.internal.Texts;
import org.attune.model.Actor;
import org.attune.model.Aspect;
import org.attune.model.Profile;
import org.jspecify.annotations.Nullable;

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
 * <p><b>Two readings.</b> Oliver's disconfirmation compares the performance the customer expected
 * with the performance it perceived. Where the customer holds both, as its perspectives on the
 * provider of the aspects {@link Aspect#EXPECTED} {@code (c, p, EXPECTED)} and {@link
 * Aspect#PERCEIVED} {@code (c, p, PERCEIVED)}, C is the expectation (its dimensions D and weights w
 * decide what counts) and P the perception. Otherwise the reading falls back to what the customer
 * wants against what is offered: C is the customer's own logic {@code (c, c)} and P the provider's
 * own logic {@code (p, p)}, the offering standing in for the performance perceived. Either way a
 * dimension P lacks counts as level 0, and the explanation says which reading was used. Micro
 * level. Identical profiles, and any P at or above C on every dimension, score 1. It is never below
 * {@link AbsoluteDifference} on the same pair.
 *
 * <p><b>Undefined</b> when the customer holds no expected and perceived performance of the provider
 * and the customer's own logic or the provider's is missing.
 *
 * <p><b>Contributions</b>: dimension i's share of Σ w_i max(0, C_i − P_i).
 *
 * <p><b>Batch</b>: {@link #prepare} runs the same arithmetic over a cohort's own logics packed into
 * flat arrays, the offering lined up once, allocating nothing per customer beyond the result; a
 * customer holding an expected and a perceived performance is scored as {@link #measure} scores it,
 * and where the ecosystem holds no perspective of either aspect, nothing more is looked up.
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
  boolean mayReadOtherwise(ServiceEcosystem ecosystem) {
    return ecosystem.holdsAspect(Aspect.EXPECTED) && ecosystem.holdsAspect(Aspect.PERCEIVED);
  }

  /** The disconfirmation of the expected performance by the perceived one, where both are held. */
  @Override
  @Nullable Score otherReading(ServiceEcosystem ecosystem, Actor customer, Actor provider) {
    Optional<Profile> expected = ecosystem.perspective(customer, provider, Aspect.EXPECTED);
    if (expected.isEmpty()) {
      return null;
    }
    Optional<Profile> perceived = ecosystem.perspective(customer, provider, Aspect.PERCEIVED);
    if (perceived.isEmpty()) {
      return null;
    }
    Profile e = expected.get();
    ProfileRow view = new ProfileRow().load(e, Aligner.alignOnce(e, perceived.get()));
    double value = KERNEL.value(view);
    Map<String, Double> misfit = new LinkedHashMap<>();
    for (int i = 0; i < e.size(); i++) {
      misfit.put(e.dimensionAt(i).name(), MISFIT.of(view.weight(i), view.level(i), view.other(i)));
    }
    List<Contribution> contributions = Contribution.shares(misfit);
    String over = Texts.count(e.size(), "dimension", "dimensions");
    String explanation = contributions.isEmpty()
        ? "The performance the customer perceived meets or exceeds what it expected on all "
            + over + "."
        : "The performance the customer perceived falls short of what it expected by "
            + Texts.number(1 - value)
            + " on average (weighted over "
            + over
            + " of the expectation, surpluses not counted)"
            + Texts.costliest(contributions)
            + ".";
    return Score.defined(value, contributions, explanation
        + " Read as disconfirmation: the expected performance (customer, provider, expected)"
        + " against the perceived one (customer, provider, perceived).");
  }

  @Override
  String explain(ProfilePair pair, double value, List<Contribution> contributions) {
    return (contributions.isEmpty()
        ? "The offering meets or exceeds what the customer wants on all " + dimensions(pair) + "."
        : "The offering falls short of what the customer wants by "
            + Texts.number(1 - value)
            + " on average (weighted over "
            + dimensions(pair)
            + ", surpluses not counted)"
            + Texts.costliest(contributions)
            + ".")
        + " Read as the customer's own logic against the offering: the customer holds no expected"
        + " and perceived performance of the provider.";
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
