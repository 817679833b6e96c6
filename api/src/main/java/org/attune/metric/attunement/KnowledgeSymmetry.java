package org.attune.metric.attunement;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.BatchMetric;
import org.attune.metric.Cohort;
import org.attune.metric.CohortScorer;
import org.attune.metric.Contribution;
import org.attune.metric.Dyad;
import org.attune.metric.Score;
import org.attune.metric.ScoreSink;
import org.attune.metric.internal.Texts;
import org.attune.model.Actor;
import org.attune.model.Dimension;
import org.attune.model.Profile;
import org.jspecify.annotations.Nullable;

/**
 * {@code knowledge-symmetry}: a mutual stock of knowledge, the first condition of Ashworth, Longmate
 * &amp; Morrison (1992, "Patient participation: its meaning and significance in the context of
 * caring", <i>Journal of Advanced Nursing</i> 17): how well each side knows the other's logic. For a
 * profile X being known and the believer's profile Y of it:
 *
 * <pre>
 *   knows(X, Y) = 1 − Σ_{i∈X} w_i d_i / Σ_{i∈X} w_i,   d_i = |X_i − Y_i|, or 1 if Y lacks i
 *   score = ( knows((c, c), (p, c)) + knows((p, p), (c, p)) ) / 2
 * </pre>
 *
 * <p>The dimensions and weights are those of the profile being known: the provider's model {@code
 * (p, c)} is held against the customer's own logic {@code (c, c)}, and the customer's image {@code
 * (c, p)} against the provider's own logic {@code (p, p)}. A dimension the believer lacks counts as
 * deviation 1: not knowing that something matters is the widest miss. Micro level. Models and images
 * identical to the logics they depict score 1.
 *
 * <p><b>Undefined</b> unless all four perspectives exist; the reason names the missing ones.
 *
 * <p><b>Contributions</b>: each dimension in each direction ({@code "functional (provider's model of
 * the customer)"}, {@code "functional (customer's image of the provider)"}), in proportion to w_i
 * d_i / (2 Σ w), its part of 1 − score.
 *
 * <p>{@link #measure(Dyad)} and the batch path run the same code: the provider's own logic is looked
 * up once per provider, the customer's own logic once per cohort, and the model and the image per
 * customer.
 *
 * <p>Stateless, immutable and thread-safe.
 */
public final class KnowledgeSymmetry extends NamedMetric implements BatchMetric {

  /** The name of this metric: {@value}. */
  public static final String NAME = "knowledge-symmetry";

  private static final String MODEL = " (provider's model of the customer)";
  private static final String IMAGE = " (customer's image of the provider)";

  private static final int NO_OWN = 1;
  private static final int NO_MODEL = 2;
  private static final int NO_OFFERING = 4;
  private static final int NO_IMAGE = 8;

  /** The reason for each set of missing perspectives, by its bits. */
  private static final String[] MISSING = new String[16];

  static {
    for (int bits = 1; bits < MISSING.length; bits++) {
      List<String> missing = new ArrayList<>(4);
      if ((bits & NO_OWN) != 0) {
        missing.add("the customer's own logic (customer, customer)");
      }
      if ((bits & NO_MODEL) != 0) {
        missing.add("the provider's model of the customer (provider, customer)");
      }
      if ((bits & NO_OFFERING) != 0) {
        missing.add("the provider's own logic (provider, provider)");
      }
      if ((bits & NO_IMAGE) != 0) {
        missing.add("the customer's image of the provider (customer, provider)");
      }
      MISSING[bits] =
          "Knowledge symmetry needs all four perspectives, but "
              + String.join(", ", missing)
              + (missing.size() == 1 ? " is" : " are")
              + " missing.";
    }
  }

  /** Creates the metric. */
  public KnowledgeSymmetry() {
    super(NAME);
  }

  @Override
  public Score measure(Dyad dyad) {
    requireNonNull(dyad, "dyad");
    ServiceEcosystem eco = dyad.ecosystem();
    Customer one = new Customer(new Side(eco, dyad.provider()));
    ScoreSink sink = ScoreSink.single(NAME);
    Actor customer = dyad.customer();
    one.score(customer, eco.perspective(customer, customer).orElse(null), 0, sink);
    return sink.toScore(
        0,
        (value, contributions) ->
            "The provider knows the customer's logic to "
                + Texts.number(one.providerKnows)
                + " and the customer knows the provider's to "
                + Texts.number(one.customerKnows)
                + Texts.costliest(contributions)
                + ".");
  }

  @Override
  public CohortScorer prepare(Cohort cohort, Actor provider) {
    requireNonNull(cohort, "cohort");
    Side side = new Side(cohort.ecosystem(), requireNonNull(provider, "provider"));
    return (from, to, sink) -> {
      Customer one = new Customer(side);
      for (int i = from; i < to; i++) {
        one.score(cohort.customer(i), cohort.ownLogic(i).orElse(null), i, sink);
      }
    };
  }

  /** The provider's side, found once: the provider and its own logic, with the factors of it. */
  private static final class Side {
    private final ServiceEcosystem eco;
    private final Actor provider;
    private final @Nullable Profile offering;
    /** The factor of each dimension of the offering, as the customer's image may miss it. */
    private final String[] imageFactors;

    Side(ServiceEcosystem eco, Actor provider) {
      this.eco = eco;
      this.provider = provider;
      Profile own = eco.perspective(provider, provider).orElse(null);
      this.offering = own;
      this.imageFactors = new String[own == null ? 0 : own.size()];
      for (int i = 0; i < imageFactors.length; i++) {
        imageFactors[i] = requireNonNull(own).dimensionAt(i).name() + IMAGE;
      }
    }
  }

  /**
   * Scores one customer after another against a {@link Side}, keeping the two parts of the last
   * customer for the explanation. Mutable and not thread-safe.
   */
  private static final class Customer {
    private final Side side;
    /** The factor of each dimension of customers' own logics, in the provider's model. */
    private final Map<Dimension, String> modelFactors = new HashMap<>();
    /** How well the provider knows the last customer's logic. */
    double providerKnows;
    /** How well the last customer knows the provider's. */
    double customerKnows;

    Customer(Side side) {
      this.side = side;
    }

    /**
     * Writes the score of {@code customer}, whose own logic is {@code own}, at index {@code i}, to
     * {@code sink}.
     */
    void score(Actor customer, @Nullable Profile own, int i, ScoreSink sink) {
      Profile model = side.eco.perspective(side.provider, customer).orElse(null);
      Profile image = side.eco.perspective(customer, side.provider).orElse(null);
      Profile offering = side.offering;
      int missing =
          (own == null ? NO_OWN : 0)
              | (model == null ? NO_MODEL : 0)
              | (offering == null ? NO_OFFERING : 0)
              | (image == null ? NO_IMAGE : 0);
      if (own == null || model == null || offering == null || image == null) {
        sink.undefined(i, MISSING[missing]);
        return;
      }
      boolean factors = sink.wantsFactors();
      providerKnows = knows(own, model, factors ? sink : null, null);
      customerKnows = knows(offering, image, factors ? sink : null, side.imageFactors);
      sink.defined(i, (providerKnows + customerKnows) / 2);
    }

    /**
     * {@return 1 − Σ w_i d_i / Σ w_i over the dimensions of {@code known}}, adding each dimension's
     * part of the misfit of the mean, w_i d_i / (2 Σ w), to {@code sink} unless it is null
     *
     * @param names the factor of each dimension of {@code known}, or null for those of the model
     */
    private double knows(
        Profile known, Profile belief, @Nullable ScoreSink sink, String @Nullable [] names) {
      double sum = 0;
      double total = known.relativeTotalWeight();
      for (int i = 0; i < known.size(); i++) {
        int j = belief.indexOf(known.dimensionAt(i));
        double d = j < 0 ? 1 : Math.abs(known.levelAt(i) - belief.levelAt(j));
        double part = known.relativeWeightAt(i) * d;
        sum += part;
        if (sink != null) {
          String factor = names == null ? modelFactor(known.dimensionAt(i)) : names[i];
          sink.misfit(factor, part / total / 2);
        }
      }
      return 1 - sum / total;
    }

    private String modelFactor(Dimension dimension) {
      String factor = modelFactors.get(dimension);
      if (factor == null) {
        factor = dimension.name() + MODEL;
        modelFactors.put(dimension, factor);
      }
      return factor;
    }
  }
}
