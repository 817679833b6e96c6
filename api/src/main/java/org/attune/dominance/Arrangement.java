package org.attune.dominance;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The arrangement of a customer's value formation, after the three orchestras of the
 * customer-dominance essay (Heinonen; Heinonen et al. 2010; Heinonen &amp; Strandvik 2015): who
 * conducts, read from who takes the initiative ({@link CustomerDominance#controlShare()}), and where
 * value forms, read from the {@link CustomerDominance#index() dominance index}. Value weight and
 * control are different questions: customers invited on stage co-create the value, yet the firm
 * still directs.
 *
 * <table class="striped">
 *   <caption>How the arrangement is read (K: the customer's share of initiative; D: the index)</caption>
 *   <thead><tr><th>who conducts</th><th>D &lt; 1/3</th><th>D &ge; 1/3</th></tr></thead>
 *   <tbody>
 *     <tr><td>the provider's side (K &lt; 1/2)</td><td>{@link #EXCHANGE}</td>
 *         <td>{@link #CO_CREATION_LED_BY_PROVIDER}</td></tr>
 *     <tr><td>neither (K = 1/2)</td><td>{@link #EXCHANGE}</td>
 *         <td>{@link #CO_CREATION_BETWEEN_EQUALS}</td></tr>
 *     <tr><td>the customer's side (K &gt; 1/2)</td><td colspan="2">{@link #CUSTOMER_DOMINANT}</td>
 *         </tr>
 *   </tbody>
 * </table>
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum Arrangement {

  /**
   * The customer in the audience: the firm performs, management conducts; value forms mostly on the
   * provider's side and the customer takes little initiative. Provider-oriented.
   */
  EXCHANGE,

  /**
   * Customers invited on stage: value is co-created, but the firm controls the co-creation process
   * and orchestrates the activities. Provider-oriented all the same, as the essay argues.
   */
  CO_CREATION_LED_BY_PROVIDER,

  /**
   * Value co-created with both sides taking the initiative equally often: SDL's co-creation between
   * equals, which the essay does not single out; neither side conducts alone.
   */
  CO_CREATION_BETWEEN_EQUALS,

  /**
   * The customer orchestrates: it takes most of the initiative and chooses whom to invite in,
   * whether or not the firm performs much of the work. CDL's customer-dominant marketplace.
   */
  CUSTOMER_DOMINANT;

  /**
   * {@return the arrangement of a dominance index and counts of initiative}
   *
   * @param index the dominance index D, in [0, 1]
   * @param customerInitiated how many episodes the customer initiated: 0 or more
   * @param providerInitiated how many episodes the provider initiated: 0 or more
   * @throws IllegalArgumentException if {@code index} is not in [0, 1], a count is negative, or both
   *     counts are 0 (then nobody is known to conduct)
   */
  public static Arrangement of(double index, int customerInitiated, int providerInitiated) {
    checkArgument(index >= 0 && index <= 1, "index must be a number in [0, 1], but was %s", index);
    checkArgument(
        customerInitiated >= 0,
        "customerInitiated must be a count >= 0, but was %s",
        customerInitiated);
    checkArgument(
        providerInitiated >= 0,
        "providerInitiated must be a count >= 0, but was %s",
        providerInitiated);
    checkArgument(
        customerInitiated + providerInitiated > 0,
        "customerInitiated + providerInitiated must be at least 1, but both were 0");
    if (customerInitiated > providerInitiated) {
      return CUSTOMER_DOMINANT;
    }
    if (index < DominanceReading.PROVIDER_DOMINANT_BELOW) {
      return EXCHANGE;
    }
    return customerInitiated < providerInitiated
        ? CO_CREATION_LED_BY_PROVIDER
        : CO_CREATION_BETWEEN_EQUALS;
  }
}
