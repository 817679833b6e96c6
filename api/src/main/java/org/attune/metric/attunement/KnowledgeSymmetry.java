package org.attune.metric.attunement;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.Contribution;
import org.attune.metric.Dyad;
import org.attune.metric.Score;
import org.attune.metric.internal.Texts;
import org.attune.model.Profile;

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
 * <p>Stateless, immutable and thread-safe.
 */
public final class KnowledgeSymmetry extends NamedMetric {

  /** The name of this metric: {@value}. */
  public static final String NAME = "knowledge-symmetry";

  private static final String MODEL = " (provider's model of the customer)";
  private static final String IMAGE = " (customer's image of the provider)";

  /** Creates the metric. */
  public KnowledgeSymmetry() {
    super(NAME);
  }

  @Override
  public Score measure(Dyad dyad) {
    requireNonNull(dyad, "dyad");
    ServiceEcosystem eco = dyad.ecosystem();
    Optional<Profile> own = eco.perspective(dyad.customer(), dyad.customer());
    Optional<Profile> model = eco.perspective(dyad.provider(), dyad.customer());
    Optional<Profile> offering = eco.perspective(dyad.provider(), dyad.provider());
    Optional<Profile> image = eco.perspective(dyad.customer(), dyad.provider());
    List<String> missing = new ArrayList<>(4);
    if (own.isEmpty()) {
      missing.add("the customer's own logic (customer, customer)");
    }
    if (model.isEmpty()) {
      missing.add("the provider's model of the customer (provider, customer)");
    }
    if (offering.isEmpty()) {
      missing.add("the provider's own logic (provider, provider)");
    }
    if (image.isEmpty()) {
      missing.add("the customer's image of the provider (customer, provider)");
    }
    if (!missing.isEmpty()) {
      return Score.undefined(
          "Knowledge symmetry needs all four perspectives, but "
              + String.join(", ", missing)
              + (missing.size() == 1 ? " is" : " are")
              + " missing.");
    }
    Map<String, Double> misfit = new LinkedHashMap<>();
    double providerKnows = knows(own.get(), model.get(), misfit, MODEL);
    double customerKnows = knows(offering.get(), image.get(), misfit, IMAGE);
    double value = (providerKnows + customerKnows) / 2;
    List<Contribution> contributions = Contribution.shares(misfit);
    String explanation =
        "The provider knows the customer's logic to "
            + Texts.number(providerKnows)
            + " and the customer knows the provider's to "
            + Texts.number(customerKnows)
            + Texts.costliest(contributions)
            + ".";
    return Score.defined(value, contributions, explanation);
  }
  /**
   * {@return 1 − Σ w_i d_i / Σ w_i over the dimensions of {@code known}}, adding each dimension's
   * part of the misfit of the mean, w_i d_i / (2 Σ w), to {@code misfit}
   */
  private static double knows(
      Profile known, Profile belief, Map<String, Double> misfit, String direction) {
    double sum = 0;
    double total = known.relativeTotalWeight();
    for (int i = 0; i < known.size(); i++) {
      int j = belief.indexOf(known.dimensionAt(i));
      double d = j < 0 ? 1 : Math.abs(known.levelAt(i) - belief.levelAt(j));
      double part = known.relativeWeightAt(i) * d;
      sum += part;
      misfit.put(known.dimensionAt(i).name() + direction, part / total / 2);
    }
    return 1 - sum / total;
  }
}
