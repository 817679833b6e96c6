package org.attune.model;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.attune.model.internal.Arguments;

/**
 * A dimension of customer logic: one thing that may matter to a customer, and to what degree (CDL:
 * customer logic is what matters to the customer). The set is open: any non-blank name makes a
 * dimension, and two dimensions with the same name are equal. The built-ins follow the consumption
 * values of Sheth, Newman &amp; Gross (1991), with an economic dimension added.
 *
 * <p>Immutable, null-hostile and thread-safe.
 *
 * @param name the name: non-blank, such as {@code "functional"}
 */
public record Dimension(String name) {

  /** Functional value: utility, reliability, performance (Sheth, Newman &amp; Gross 1991). */
  public static final Dimension FUNCTIONAL = new Dimension("functional");

  /** Emotional value: the feelings a service arouses (Sheth, Newman &amp; Gross 1991). */
  public static final Dimension EMOTIONAL = new Dimension("emotional");

  /** Social value: association with groups and their image (Sheth, Newman &amp; Gross 1991). */
  public static final Dimension SOCIAL = new Dimension("social");

  /** Epistemic value: curiosity, novelty, learning (Sheth, Newman &amp; Gross 1991). */
  public static final Dimension EPISTEMIC = new Dimension("epistemic");

  /** Conditional value: fit to a specific situation (Sheth, Newman &amp; Gross 1991). */
  public static final Dimension CONDITIONAL = new Dimension("conditional");

  /** Economic value: price, cost and effort. */
  public static final Dimension ECONOMIC = new Dimension("economic");

  private static final ImmutableList<Dimension> DEFAULTS =
      ImmutableList.of(FUNCTIONAL, EMOTIONAL, SOCIAL, EPISTEMIC, CONDITIONAL, ECONOMIC);

  /**
   * Validates the name.
   *
   * @param name the name: non-blank, such as {@code "functional"}
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public Dimension {
    Arguments.id(name, "name");
  }

  /**
   * {@return the dimension of the given name}
   *
   * @param name the name: non-blank
   */
  public static Dimension of(String name) {
    return new Dimension(name);
  }

  /** {@return the six built-in dimensions: functional, emotional, social, epistemic, conditional, economic} */
  public static List<Dimension> defaults() {
    return DEFAULTS;
  }

  /** {@return the name} */
  @Override
  public String toString() {
    return name;
  }
}
