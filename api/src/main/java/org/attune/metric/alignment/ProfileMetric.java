package org.attune.metric.alignment;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.ecosystem.Level;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.AlignmentMetric;
import org.attune.metric.BaseMetric;
import org.attune.metric.Cohort;
import org.attune.metric.Contribution;
import org.attune.metric.Dyad;
import org.attune.metric.ProfileKernel;
import org.attune.metric.Score;
import org.attune.metric.alignment.ProfilePair.Other;
import org.attune.metric.internal.Texts;
import org.attune.model.Actor;
import org.attune.model.Profile;

/**
 * The skeleton of the micro metrics comparing the customer's own logic C with another profile P
 * dimension by dimension: {@link #measure(Dyad)} finds C and P (undefined, saying which is missing,
 * if either is), and a subclass scores the pair, most often through {@link #defined(ProfilePair,
 * Term)}: its kernel's value, each dimension's misfit term as contributions, its own explanation.
 * Where P is the provider's offering, both batch paths run the kernel: {@link ProfileBatch} over a
 * list, {@link Cohort#compare} over a cohort; where P is the customer's image of the provider, they
 * keep {@link org.attune.metric.Metric}'s defaults.
 */
abstract class ProfileMetric extends BaseMetric implements AlignmentMetric {

  /** A dimension's misfit: its part, up to a common factor, of 1 − score. */
  @FunctionalInterface
  interface Term {

    /**
     * {@return the misfit of one dimension of C}
     *
     * @param weight w_i, C's relative weight of the dimension ({@link Profile#relativeWeightAt})
     * @param wanted C_i, C's level of it
     * @param other P_i, P's level of it, 0 if P lacks it
     */
    double of(double weight, double wanted, double other);
  }

  private final Other other;
  private final ProfileKernel kernel;

  /**
   * Creates the metric.
   *
   * @param name the metric's name
   * @param other which profile P is
   * @param kernel the metric's arithmetic, for one customer or a batch
   */
  ProfileMetric(String name, Other other, ProfileKernel kernel) {
    super(name, Level.MICRO);
    this.other = requireNonNull(other, "other");
    this.kernel = requireNonNull(kernel, "kernel");
  }



  @Override
  public Score measure(Dyad dyad) {
    requireNonNull(dyad, "dyad");
    Optional<ProfilePair> pair = ProfilePair.of(dyad, other);
    if (pair.isEmpty()) {
      return Score.undefined(ProfilePair.missing(dyad, other));
    }
    return measure(pair.get());
  }

  /**
   * {@return the score of C against P}
   *
   * @param pair C and P, both present
   */
  abstract Score measure(ProfilePair pair);

  /**
   * {@return the kernel's value of {@code pair}, with each dimension's {@code term} as
   * contributions and {@link #explain} as explanation}
   *
   * @param pair C and P
   * @param term the misfit of one dimension
   */
  final Score defined(ProfilePair pair, Term term) {
    Profile c = pair.customer();
    double[] p = pair.aligned();
    double value = kernel.apply(c, pair.other());
    Map<String, Double> misfit = new LinkedHashMap<>();
    for (int i = 0; i < c.size(); i++) {
      misfit.put(c.dimensionAt(i).name(), term.of(c.relativeWeightAt(i), c.levelAt(i), p[i]));
    }
    List<Contribution> contributions = Contribution.shares(misfit);
    return Score.defined(value, contributions, explain(pair, value, contributions));
  }

  /**
   * {@return the sentence explaining a defined score}
   *
   * @param pair C and P
   * @param value the score
   * @param contributions the dimensions costing fit, costliest first
   */
  abstract String explain(ProfilePair pair, double value, List<Contribution> contributions);

  /** {@return C's number of dimensions, in words, such as {@code "3 dimensions"}} */
  static String dimensions(ProfilePair pair) {
    return Texts.count(pair.customer().size(), "dimension", "dimensions");
  }

  @Override
  public double[] measureAll(
      ServiceEcosystem ecosystem, Actor provider, List<? extends Actor> customers, boolean parallel) {
    if (other != Other.OFFERING) {
      return AlignmentMetric.super.measureAll(ecosystem, provider, customers, parallel);
    }
    return ProfileBatch.measureAll(ecosystem, provider, customers, parallel, kernel);
  }

  @Override
  public double[] measureAll(Cohort cohort, Actor provider, boolean parallel) {
    if (other != Other.OFFERING) {
      return AlignmentMetric.super.measureAll(cohort, provider, parallel);
    }
    return requireNonNull(cohort, "cohort").compare(provider, kernel, parallel);
  }

}
