package org.attune.dominance;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * How a {@link CustomerDominance#index() dominance index} reads: who dominates the customer's value
 * formation. The index is cut into equal thirds, so that each reading covers as wide a band as the
 * others: below 1/3 provider-dominant, above 2/3 customer-dominant, co-creation in between (both
 * bounds included).
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum DominanceReading {

  /**
   * Index below 1/3: most of the customer's value-in-use forms in the provider sphere or in joint
   * value that others carry; the provider's logic conducts.
   */
  PROVIDER_DOMINANT,

  /**
   * Index in [1/3, 2/3]: value forms mostly in the joint sphere, the customer carrying about as much
   * as the others; the customer and its providers conduct together (SDL's co-creation).
   */
  CO_CREATION,

  /**
   * Index above 2/3: most value forms in the customer's own sphere; the customer conducts, and a
   * firm takes part only where it is invited in (CDL).
   */
  CUSTOMER_DOMINANT;

  /** The index below which the reading is {@link #PROVIDER_DOMINANT}: 1/3. */
  public static final double PROVIDER_DOMINANT_BELOW = 1.0 / 3;

  /** The index above which the reading is {@link #CUSTOMER_DOMINANT}: 2/3. */
  public static final double CUSTOMER_DOMINANT_ABOVE = 2.0 / 3;

  /**
   * {@return the reading of a dominance index}
   *
   * @param index in [0, 1]
   * @throws IllegalArgumentException if {@code index} is not a number in [0, 1]
   */
  public static DominanceReading of(double index) {
    checkArgument(index >= 0 && index <= 1, "index must be a number in [0, 1], but was %s", index);
    if (index < PROVIDER_DOMINANT_BELOW) {
      return PROVIDER_DOMINANT;
    }
    return index > CUSTOMER_DOMINANT_ABOVE ? CUSTOMER_DOMINANT : CO_CREATION;
  }
}
