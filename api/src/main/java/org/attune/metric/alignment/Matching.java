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
 * <p><b>Batch</b>: {@link #measureAll(ServiceEcosystem, Actor, List, boolean)} fetches the provider's
 * profile once and allocates nothing per customer beyond the result; {@link #measureAll(Cohort,
 * Actor, boolean)} runs over a cohort's packed arrays.
 *
 * <p>Immutable and thread-safe.
 */
public final class Matching implements AlignmentMetric {

  /** The name of the built-in metric: {@value}. */
  public static final String NAME = "matching";

  /** The default tolerance τ: {@value}. */
  public static final double TAU_DEFAULT = 0.1;

  /** How much a gap may exceed τ and still match, for the rounding of decimal levels: {@value}. */
  public static final double ROUNDING = 1e-9;

  private final String name;
  private final double tau;
  private final ProfileKernel kernel = this::value;

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
    requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must be non-blank, but was \"" + name + "\"");
    }
    if (!(tau >= 0 && tau <= 1)) {
      throw new IllegalArgumentException("tau must be a number in [0, 1], but was " + tau);
    }
    this.name = name;
    this.tau = tau;
  }

  @Override
  public String name() {
    return name;
  }

  /** {@return {@link Level#MICRO}} */
  @Override
  public Level level() {
    return Level.MICRO;
  }

  /** {@return the tolerance τ: in [0, 1]} */
  public double tau() {
    return tau;
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
    double value = kernel.apply(c, pair.get().other());
    Map<String, Double> misfit = new LinkedHashMap<>();
    int matched = 0;
    for (int i = 0; i < c.size(); i++) {
      if (matches(c.levelAt(i), p[i], tau)) {
        matched++;
      } else {
        misfit.put(c.dimensionAt(i).name(), c.weightAt(i));
      }
    }
    List<Contribution> contributions = Contribution.shares(misfit);
    String explanation =
        "The offering matches what the customer wants within "
            + tau
            + " on "
            + matched
            + " of "
            + Texts.count(c.size(), "dimension", "dimensions")
            + ", "
            + Texts.percent(value)
            + " of their weight"
            + Texts.costliest(contributions)
            + ".";
    return Score.defined(value, contributions, explanation);
  }

  @Override
  public double[] measureAll(
      ServiceEcosystem ecosystem, Actor provider, List<? extends Actor> customers, boolean parallel) {
    return ProfileBatch.measureAll(ecosystem, provider, customers, parallel, kernel);
  }

  @Override
  public double[] measureAll(Cohort cohort, Actor provider, boolean parallel) {
    return requireNonNull(cohort, "cohort").compare(provider, kernel, parallel);
  }

  private double value(ProfileView v) {
    double matched = 0;
    for (int i = 0, n = v.size(); i < n; i++) {
      if (matches(v.level(i), v.other(i), tau)) {
        matched += v.weight(i);
      }
    }
    return matched / v.totalWeight();
  }

  private static boolean matches(double wanted, double offered, double tau) {
    return Math.abs(wanted - offered) <= tau + ROUNDING;
  }

  /** {@return the name and τ, such as {@code matching(τ=0.1)}} */
  @Override
  public String toString() {
    return name + "(τ=" + tau + ")";
  }
}
