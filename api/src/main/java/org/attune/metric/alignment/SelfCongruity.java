package org.attune.metric.alignment;

import java.util.ArrayList;
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
 * {@code self-congruity}: fit between the customer's self-images and its image of the provider's
 * typical user (Sirgy 1982, "Self-concept in consumer behavior: a critical review", <i>Journal of
 * Consumer Research</i> 9(3); Sirgy et al. 1997, "Assessing the predictive validity of two methods of
 * measuring self-image congruence", <i>Journal of the Academy of Marketing Science</i> 25(3)), in the
 * absolute-difference form. Sirgy distinguishes the congruity of the product-user image with the
 * actual self, the ideal self, the social self and the ideal social self; each self-image S gives a
 * congruity
 *
 * <pre>
 *   congruity(S) = 1 − Σ_{i∈D_S} w_i |S_i − I_i| / Σ_{i∈D_S} w_i
 * </pre>
 *
 * <p>over S's own dimensions D_S and weights w. I is the customer's image of the provider {@code (c,
 * p)}; a dimension I lacks counts as level 0. The self-images are the customer's perspectives on
 * itself of the aspects {@link Aspect#ACTUAL} {@code (c, c)}, {@link Aspect#IDEAL}, {@link
 * Aspect#SOCIAL} and {@link Aspect#IDEAL_SOCIAL}, those it holds. The score is
 *
 * <pre>
 *   score = (1 / k) Σ_S congruity(S)
 * </pre>
 *
 * <p>the mean over the k self-images held, each weighted alike: Sirgy et al. treat the congruities as
 * separate predictors and set no weights between them, so none is favoured. With the actual self
 * alone (k = 1) the score is the actual-self congruity, as before self-images had aspects. Micro
 * level. Identical profiles score 1.
 *
 * <p><b>Undefined</b> when the customer's actual self {@code (c, c)} or its image of the provider is
 * missing; the other self-images are optional.
 *
 * <p><b>Contributions</b>: with the actual self alone, dimension i's share of Σ w_i |C_i − I_i|,
 * named after the dimension; with several self-images, each (self-image, dimension) pair's share of
 * Σ_S (1 / k) w_i |S_i − I_i| / Σ w_i, named after the aspect and the dimension, such as {@code
 * "ideal self: emotional"}.
 *
 * <p><b>Batch</b>: a customer with several self-images is scored as {@link #measure} scores it;
 * where the ecosystem holds no ideal, social or ideal social self at all, the batch path looks
 * nothing more up than the actual-self congruity needs.
 *
 * <p>Stateless, immutable and thread-safe.
 */
public final class SelfCongruity extends ProfileMetric {

  /** The name of this metric: {@value}. */
  public static final String NAME = "self-congruity";

  /** The self-images beside the actual self, in the order they are read and named. */
  private static final List<Aspect> OTHER_SELVES =
      List.of(Aspect.IDEAL, Aspect.SOCIAL, Aspect.IDEAL_SOCIAL);

  /** Creates the metric. */
  public SelfCongruity() {
    super(NAME, Other.IMAGE, AbsoluteDifference.KERNEL);
  }

  @Override
  Term term(ProfileView view) {
    return AbsoluteDifference.MISFIT;
  }

  @Override
  boolean mayReadOtherwise(ServiceEcosystem ecosystem) {
    for (Aspect a : OTHER_SELVES) {
      if (ecosystem.holdsAspect(a)) {
        return true;
      }
    }
    return false;
  }

  /** The mean congruity over the self-images, where the customer holds more than its actual self. */
  @Override
  @Nullable Score otherReading(ServiceEcosystem ecosystem, Actor customer, Actor provider) {
    Optional<Profile> actual = ecosystem.perspective(customer, customer);
    Optional<Profile> image = ecosystem.perspective(customer, provider);
    if (actual.isEmpty() || image.isEmpty()) {
      return null;
    }
    List<Aspect> aspects = new ArrayList<>(4);
    List<Profile> selves = new ArrayList<>(4);
    aspects.add(Aspect.ACTUAL);
    selves.add(actual.get());
    for (Aspect a : OTHER_SELVES) {
      Optional<Profile> self = ecosystem.perspective(customer, customer, a);
      if (self.isPresent()) {
        aspects.add(a);
        selves.add(self.get());
      }
    }
    if (selves.size() == 1) {
      return null;
    }
    int k = selves.size();
    double[] congruity = new double[k];
    double sum = 0;
    Map<String, Double> misfit = new LinkedHashMap<>();
    ProfileRow view = new ProfileRow();
    for (int s = 0; s < k; s++) {
      Profile self = selves.get(s);
      view.load(self, Aligner.alignOnce(self, image.get()));
      congruity[s] = AbsoluteDifference.KERNEL.value(view);
      sum += congruity[s];
      String prefix = selfName(aspects.get(s)) + ": ";
      for (int i = 0; i < self.size(); i++) {
        double part = AbsoluteDifference.MISFIT.of(view.weight(i), view.level(i), view.other(i))
            / view.totalWeight() / k;
        misfit.merge(prefix + self.dimensionAt(i).name(), part, Double::sum);
      }
    }
    double value = sum / k;
    List<Contribution> contributions = Contribution.shares(misfit);
    StringBuilder each = new StringBuilder();
    for (int s = 0; s < k; s++) {
      each.append(s == 0 ? "" : ", ").append(selfName(aspects.get(s))).append(' ')
          .append(Texts.number(congruity[s]));
    }
    String explanation = contributions.isEmpty()
        ? "The customer sees the provider as it sees each of its " + k + " self-images ("
            + each + ")."
        : "The customer's image of the provider fits its " + k + " self-images "
            + Texts.number(value) + " on average, each weighted alike (" + each + ")"
            + Texts.costliest(contributions) + ".";
    return Score.defined(value, contributions, explanation);
  }

  /** {@return the name of the self-image of {@code aspect}, such as {@code "ideal self"}} */
  static String selfName(Aspect aspect) {
    return aspect.label() + " self";
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
