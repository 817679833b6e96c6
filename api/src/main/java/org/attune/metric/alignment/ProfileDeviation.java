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
 * <p><b>Batch</b>: {@link #measureAll(ServiceEcosystem, Actor, List, boolean)} fetches the provider's
 * profile once and allocates nothing per customer beyond the result; {@link #measureAll(Cohort,
 * Actor, boolean)} runs over a cohort's packed arrays.
 *
 * <p>Stateless, immutable and thread-safe.
 */
public final class ProfileDeviation implements AlignmentMetric {

  /** The name of this metric: {@value}. */
  public static final String NAME = "profile-deviation";

  /** Creates the metric. */
  public ProfileDeviation() {}

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
    double value = KERNEL.apply(c, pair.get().other());
    Map<String, Double> misfit = new LinkedHashMap<>();
    for (int i = 0; i < c.size(); i++) {
      double d = c.levelAt(i) - p[i];
      misfit.put(c.dimensionAt(i).name(), c.weightAt(i) * d * d);
    }
    List<Contribution> contributions = Contribution.shares(misfit);
    String dimensions = Texts.count(c.size(), "dimension", "dimensions");
    String explanation =
        contributions.isEmpty()
            ? "The offering matches what the customer wants on all " + dimensions + "."
            : "The offering lies "
                + Texts.number(1 - value)
                + " from what the customer wants (weighted root-mean-square gap over "
                + dimensions
                + ")"
                + Texts.costliest(contributions)
                + ".";
    return Score.defined(value, contributions, explanation);
  }

  @Override
  public double[] measureAll(
      ServiceEcosystem ecosystem, Actor provider, List<? extends Actor> customers, boolean parallel) {
    return ProfileBatch.measureAll(ecosystem, provider, customers, parallel, KERNEL);
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
