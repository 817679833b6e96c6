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
import org.attune.metric.BatchMetric;
import org.attune.metric.Cohort;
import org.attune.metric.CohortScorer;
import org.attune.metric.Contribution;
import org.attune.metric.Dyad;
import org.attune.metric.Score;
import org.attune.metric.ScoreSink;
import org.attune.metric.alignment.ProfilePair.Other;
import org.attune.metric.internal.Texts;
import org.attune.model.Actor;
import org.attune.model.Dimension;
import org.attune.model.Profile;
import org.jspecify.annotations.Nullable;

/**
 * The skeleton of the micro metrics comparing the customer's own logic C with another profile P
 * dimension by dimension: it finds C and P (undefined, saying which is missing, if either is), runs
 * the subclass's {@link ProfileKernel} on a {@link ProfileView} of them for the value (undefined, with
 * {@link #undefined(ProfileView)} as reason, where the kernel gives NaN), takes each dimension's
 * misfit {@link #term(ProfileView)} as contributions, and the subclass's explanation.
 *
 * <p>{@link #measure(Dyad)} and the batch path run the same kernel and terms on views of the same
 * numbers, so they agree to the bit. Where P is the provider's offering, the batch path runs over the
 * cohort's own logics packed into flat arrays ({@link PackedLogics}), the offering lined up once per
 * dimension layout; where P is the customer's image of the provider, it looks the image up per
 * customer.
 *
 * <p>A metric may read some dyads otherwise ({@link #otherReading}), such as {@code self-congruity}
 * with the customer's ideal and social selves, or {@code shortfall} with the performance the customer
 * expected and perceived: both paths ask it first, customer by customer, and the batch path writes
 * that score as {@link #measure(Dyad)} gives it. Where the ecosystem holds none of the perspectives
 * such a reading needs ({@link #mayReadOtherwise}), the batch path runs as it did without it.
 */
abstract class ProfileMetric extends BaseMetric implements AlignmentMetric, BatchMetric {

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

  /**
   * {@return the misfit of each dimension of the customer in {@code view}}; called only where the
   * kernel gave a value
   *
   * @param view C lined up with P
   */
  abstract Term term(ProfileView view);

  /**
   * {@return why the score of {@code view} is undefined, where the kernel gave NaN}; the metrics
   * whose kernel always gives a value keep this default, which is never called
   *
   * @param view C lined up with P
   */
  String undefined(ProfileView view) {
    throw new IllegalStateException(name() + " gave no value for a pair of profiles");
  }

  /**
   * {@return the sentence explaining a defined score}
   *
   * @param pair C and P
   * @param value the score
   * @param contributions the dimensions costing fit, costliest first
   */
  abstract String explain(ProfilePair pair, double value, List<Contribution> contributions);

  /**
   * {@return whether some customer of {@code ecosystem} may be read otherwise}: false lets both
   * paths skip {@link #otherReading}; asks no perspective, so costs nothing per customer
   *
   * @param ecosystem the ecosystem
   */
  boolean mayReadOtherwise(ServiceEcosystem ecosystem) {
    return false;
  }

  /**
   * {@return the score of a reading other than C against P, or null to read C against P}
   *
   * @param ecosystem the ecosystem
   * @param customer the customer
   * @param provider the provider
   */
  @Nullable Score otherReading(ServiceEcosystem ecosystem, Actor customer, Actor provider) {
    return null;
  }

  @Override
  public Score measure(Dyad dyad) {
    requireNonNull(dyad, "dyad");
    if (mayReadOtherwise(dyad.ecosystem())) {
      Score other = otherReading(dyad.ecosystem(), dyad.customer(), dyad.provider());
      if (other != null) {
        return other;
      }
    }
    Optional<ProfilePair> found = ProfilePair.of(dyad, other);
    if (found.isEmpty()) {
      return Score.undefined(ProfilePair.missing(dyad, other));
    }
    ProfilePair pair = found.get();
    Profile c = pair.customer();
    ProfileRow view = new ProfileRow().load(c, pair.aligned());
    double value = kernel.value(view);
    if (Double.isNaN(value)) {
      return Score.undefined(undefined(view));
    }
    Term term = term(view);
    Map<String, Double> misfit = new LinkedHashMap<>();
    for (int i = 0; i < c.size(); i++) {
      misfit.put(c.dimensionAt(i).name(), term.of(view.weight(i), view.level(i), view.other(i)));
    }
    List<Contribution> contributions = Contribution.shares(misfit);
    return Score.defined(value, contributions, explain(pair, value, contributions));
  }

  @Override
  public CohortScorer prepare(Cohort cohort, Actor provider) {
    requireNonNull(cohort, "cohort");
    requireNonNull(provider, "provider");
    return other == Other.OFFERING ? offering(cohort, provider) : image(cohort, provider);
  }

  /** The batch path against the provider's offering: over the cohort's packed own logics. */
  private CohortScorer offering(Cohort cohort, Actor provider) {
    ServiceEcosystem eco = cohort.ecosystem();
    boolean otherwise = mayReadOtherwise(eco);
    Optional<Profile> offering = eco.ownLogic(provider);
    if (offering.isEmpty()) {
      String both = ProfilePair.missing(true, true, other);
      String providerOnly = ProfilePair.missing(false, true, other);
      return (from, to, sink) -> {
        for (int i = from; i < to; i++) {
          if (otherwise && readOtherwise(eco, cohort, i, provider, sink)) {
            continue;
          }
          sink.undefined(i, cohort.ownLogic(i).isEmpty() ? both : providerOnly);
        }
      };
    }
    Profile offered = offering.get();
    PackedLogics packed = cohort.derived(PackedLogics.KEY);
    String customerOnly = ProfilePair.missing(true, false, other);
    return (from, to, sink) -> {
      Aligner aligner = new Aligner(offered);
      ProfileRow view = new ProfileRow();
      for (int i = from; i < to; i++) {
        if (otherwise && readOtherwise(eco, cohort, i, provider, sink)) {
          continue;
        }
        int shape = packed.layout[i];
        if (shape < 0) {
          sink.undefined(i, customerOnly);
          continue;
        }
        int base = packed.offsets[i];
        Dimension[] layout = packed.layouts[shape];
        view.point(
            packed.levels,
            packed.weights,
            base,
            packed.offsets[i + 1] - base,
            packed.totals[i],
            aligner.align(layout));
        write(view, layout, i, sink);
      }
    };
  }

  /** The batch path against the customer's image of the provider: one lookup per customer. */
  private CohortScorer image(Cohort cohort, Actor provider) {
    ServiceEcosystem eco = cohort.ecosystem();
    boolean otherwise = mayReadOtherwise(eco);
    return (from, to, sink) -> {
      ProfileRow view = new ProfileRow();
      for (int i = from; i < to; i++) {
        if (otherwise && readOtherwise(eco, cohort, i, provider, sink)) {
          continue;
        }
        Optional<Profile> own = cohort.ownLogic(i);
        Optional<Profile> image = other.of(eco, cohort.customer(i), provider);
        if (own.isEmpty() || image.isEmpty()) {
          sink.undefined(i, ProfilePair.missing(own.isEmpty(), image.isEmpty(), other));
          continue;
        }
        Profile c = own.get();
        view.load(c, Aligner.alignOnce(c, image.get()));
        write(view, c.dimensions().toArray(new Dimension[0]), i, sink);
      }
    };
  }

  /** {@return whether customer {@code i} is read otherwise, its score then written to the sink} */
  private boolean readOtherwise(
      ServiceEcosystem eco, Cohort cohort, int i, Actor provider, ScoreSink sink) {
    Score score = otherReading(eco, cohort.customer(i), provider);
    if (score == null) {
      return false;
    }
    sink.score(i, score);
    return true;
  }

  /** Writes the score of the customer in {@code view}, as {@link #measure(Dyad)} computes it. */
  private void write(ProfileRow view, Dimension[] layout, int i, ScoreSink sink) {
    double value = kernel.value(view);
    if (Double.isNaN(value)) {
      sink.undefined(i, undefined(view));
      return;
    }
    if (sink.wantsFactors()) {
      Term term = term(view);
      for (int d = 0, n = view.size(); d < n; d++) {
        sink.misfit(layout[d].name(), term.of(view.weight(d), view.level(d), view.other(d)));
      }
    }
    sink.defined(i, value);
  }

  /** {@return C's number of dimensions, in words, such as {@code "3 dimensions"}} */
  static String dimensions(ProfilePair pair) {
    return Texts.count(pair.customer().size(), "dimension", "dimensions");
  }
}
