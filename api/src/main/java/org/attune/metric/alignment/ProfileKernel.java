package org.attune.metric.alignment;

import static java.util.Objects.requireNonNull;

import org.attune.model.Profile;

/**
 * The arithmetic of a metric that compares a customer's own logic C with another profile P dimension
 * by dimension, over the customer's dimensions: the part batch scoring runs once per customer. It
 * reads a {@link ProfileView}, which batch scoring moves from customer to customer without allocating,
 * so that scoring a million customers allocates nothing per customer. The built-in {@code
 * profile-deviation}, {@code absolute-difference}, {@code cosine}, {@code matching} and {@code
 * shortfall} are written this way, and a metric of one's own can be too.
 *
 * <p>A kernel must be pure: the same view gives the same bits. It reads the view during the call
 * only.
 *
 * <pre>{@code
 * ProfileKernel meanGap = view -> {
 *   double sum = 0;
 *   for (int i = 0; i < view.size(); i++) {
 *     sum += view.weight(i) * Math.abs(view.level(i) - view.other(i));
 *   }
 *   return 1 - sum / view.totalWeight();
 * };
 * double value = meanGap.apply(customerLogic, offering);
 * }</pre>
 */
@FunctionalInterface
public interface ProfileKernel {

  /**
   * {@return the value for one customer, in [0, 1], or {@link Double#NaN} where the formula has no
   * value}
   *
   * @param view the customer's logic C lined up with the other profile P
   */
  double value(ProfileView view);

  /**
   * {@return this kernel applied to {@code customer} against {@code other}}: the same bits as batch
   * scoring gives, for one customer; allocates, so meant for {@link org.attune.metric.Metric#measure(org.attune.metric.Dyad)}
   *
   * @param customer C, the customer's own logic
   * @param other P, the profile compared with it; a dimension it lacks counts as level 0
   */
  default double apply(Profile customer, Profile other) {
    requireNonNull(customer, "customer");
    requireNonNull(other, "other");
    return value(new ProfileRow().load(customer, Aligner.alignOnce(customer, other)));
  }
}
