package org.attune.metric.alignment;

/**
 * A read-only view of one customer's own logic C lined up with another profile P, over the
 * customer's dimensions: what a {@link ProfileKernel} reads. Batch scoring hands a kernel one view
 * after another without allocating, so a kernel must read it during the call only, and indexes in
 * {@code [0, size())} only.
 *
 * <p>The weights are the customer's <em>relative</em> weights ({@link
 * org.attune.model.Profile#relativeWeightAt}): its weights divided by the largest, so that their sum
 * is finite and a kernel written as a weighted mean gives the same bits whatever the scale of the
 * weights given, and a negligible weight is 0.
 */
public interface ProfileView {

  /** {@return how many dimensions the customer's logic has: at least one} */
  int size();

  /**
   * {@return C_i: the customer's level of its i-th dimension, in [0, 1]}
   *
   * @param i in [0, {@link #size()})
   */
  double level(int i);

  /**
   * {@return w_i: the customer's relative importance weight of its i-th dimension, in [0, 1]}
   *
   * @param i in [0, {@link #size()})
   */
  double weight(int i);

  /**
   * {@return Σ w_i, as {@link org.attune.model.Profile#relativeTotalWeight()} gives it: in [1,
   * {@link #size()}]}
   */
  double totalWeight();

  /**
   * {@return P_i: the other profile's level of the customer's i-th dimension, in [0, 1]; 0 where the
   * other profile lacks it}
   *
   * @param i in [0, {@link #size()})
   */
  double other(int i);
}
