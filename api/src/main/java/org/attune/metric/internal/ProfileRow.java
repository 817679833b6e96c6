package org.attune.metric.internal;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import org.attune.metric.ProfileView;
import org.attune.model.Profile;

/**
 * A {@link org.attune.metric.ProfileView} over a {@link Profile} and the other profile's levels lined
 * up with it. Mutable and not thread-safe: a batch moves one from customer to customer with {@link
 * #reset}.
 */
public final class ProfileRow implements ProfileView {

  private static final double[] NONE = new double[0];
  private static final Profile EMPTY = Profile.builder().level(
      org.attune.model.Dimension.FUNCTIONAL, 0).build();

  private Profile customer = EMPTY;
  private double[] other = NONE;

  /** Creates a view of nothing yet: {@link #reset} it before use. */
  public ProfileRow() {}

  /**
   * {@return this view, now of {@code customer} against the lined-up levels {@code other}}
   *
   * @param customer the customer's own logic C
   * @param other P's level of each of C's dimensions, in C's order: at least {@code
   *     customer.size()} long
   */
  @CanIgnoreReturnValue
  public ProfileRow reset(Profile customer, double[] other) {
    this.customer = customer;
    this.other = other;
    return this;
  }

  @Override
  public int size() {
    return customer.size();
  }

  @Override
  public double level(int i) {
    return customer.levelAt(i);
  }

  @Override
  public double weight(int i) {
    return customer.weightAt(i);
  }

  @Override
  public double totalWeight() {
    return customer.totalWeight();
  }

  @Override
  public double other(int i) {
    return other[i];
  }
}
