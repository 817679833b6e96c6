package org.attune.dynamics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.Scores;
import org.attune.model.Actor;
import org.jspecify.annotations.Nullable;

/**
 * Each customer's change of one metric between two instants: the value before and after (or {@link
 * Double#NaN} where undefined), the customers whose fit fell most, and those who dropped by more
 * than a threshold. The flexibility essay ("The Best Fit with Your Customers") warns that what
 * worked for customers in the past may not work today: this is where a firm sees for whom it
 * stopped working.
 *
 * <pre>{@code
 * Change change = trajectories.change(january, march);
 * change.fellMost(10);      // the ten customers whose fit fell most, largest fall first
 * change.droppedBy(0.05);   // every customer whose fit fell by more than 0.05
 * change.shift(i);          // the dimensions of customer i's own logic that moved, and by how much
 * }</pre>
 *
 * <p>Customers are named by their index in the cohort's order. A customer undefined at either
 * instant has no change ({@link #delta(int)} is NaN) and is never among those who fell: a customer
 * without data is not a customer whose fit fell. Immutable and thread-safe.
 */
public final class Change {

  private final Instant from;
  private final Instant to;
  private final List<Actor> customers;
  private final double[] before;
  private final double[] after;
  private final @Nullable ServiceEcosystem beforeVersion;
  private final @Nullable ServiceEcosystem afterVersion;

  Change(
      Instant from,
      Instant to,
      Scores before,
      Scores after,
      @Nullable ServiceEcosystem beforeVersion,
      @Nullable ServiceEcosystem afterVersion) {
    this.from = from;
    this.to = to;
    this.customers = before.customers();
    this.before = before.values();
    this.after = after.values();
    this.beforeVersion = beforeVersion;
    this.afterVersion = afterVersion;
  }

  /**
   * {@return the change of each customer from {@code before} to {@code after}}: two scorings of the
   * same metric and provider against the same customers, such as two versions of a {@link
   * Trajectories}
   *
   * @param from when {@code before} holds
   * @param to when {@code after} holds: not before {@code from}
   * @param before the earlier scores
   * @param after the later scores
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code to} is before {@code from}, or the scores differ in
   *     metric, provider or customers
   */
  public static Change between(Instant from, Instant to, Scores before, Scores after) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    checkArgument(!from.isAfter(to), "to must be at or after from (%s), but was %s", from, to);
    checkArgument(
        before.metric().equals(after.metric()),
        "after must score metric '%s', but scored '%s'",
        before.metric(),
        after.metric());
    checkArgument(
        before.provider().equals(after.provider()),
        "after must score provider '%s', but scored '%s'",
        before.provider().id(),
        after.provider().id());
    checkArgument(
        before.customers().equals(after.customers()),
        "after must score the same customers in the same order as before (%s), but scored another"
            + " list of %s",
        before.size(),
        after.size());
    return new Change(from, to, before, after, null, null);
  }

  /**
   * {@return the dimensions that moved in customer {@code i}'s own logic {@code (c, c)} between the
   * two versions}, as {@link LogicShift#of(ServiceEcosystem, ServiceEcosystem, Actor)} reads them
   * ("expectations on the emotional dimension rose by 0.30"); empty when this change was made from
   * scores alone ({@link #between}), which hold no versions. Computed on each call.
   *
   * @param i a customer index
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public Optional<LogicShift> shift(int i) {
    checkElementIndex(i, customers.size(), "customer index");
    if (beforeVersion == null || afterVersion == null) {
      return Optional.empty();
    }
    return Optional.of(LogicShift.of(beforeVersion, afterVersion, customers.get(i)));
  }

  /** {@return the earlier instant} */
  public Instant from() {
    return from;
  }

  /** {@return the later instant} */
  public Instant to() {
    return to;
  }

  /** {@return the customers, in order} */
  public List<Actor> customers() {
    return customers;
  }

  /** {@return the number of customers} */
  public int size() {
    return customers.size();
  }

  /**
   * {@return the customer at {@code i}}
   *
   * @param i in [0, {@link #size()})
   */
  public Actor customer(int i) {
    return customers.get(i);
  }

  /**
   * {@return the value of customer {@code i} at {@link #from()}, or {@link Double#NaN} if undefined}
   *
   * @param i in [0, {@link #size()})
   */
  public double before(int i) {
    checkElementIndex(i, before.length, "customer index");
    return before[i];
  }

  /**
   * {@return the value of customer {@code i} at {@link #to()}, or {@link Double#NaN} if undefined}
   *
   * @param i in [0, {@link #size()})
   */
  public double after(int i) {
    checkElementIndex(i, after.length, "customer index");
    return after[i];
  }

  /**
   * {@return after minus before for customer {@code i}: negative where the fit fell, {@link
   * Double#NaN} where either is undefined}
   *
   * @param i in [0, {@link #size()})
   */
  public double delta(int i) {
    checkElementIndex(i, before.length, "customer index");
    return after[i] - before[i];
  }

  /**
   * {@return the indices of at most {@code n} customers whose value fell, largest fall first, ties in
   * the customers' order}; only customers defined at both instants whose value is lower after
   *
   * @param n how many: at least 0
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public List<Integer> fellMost(int n) {
    checkArgument(n >= 0, "n must be a count >= 0, but was %s", n);
    List<Integer> fell = fellBy(0);
    Integer[] order = fell.toArray(new Integer[0]);
    // stable: equal falls keep the customers' order
    Arrays.sort(order, (a, b) -> Double.compare(delta(a), delta(b)));
    return ImmutableList.copyOf(Arrays.asList(order).subList(0, Math.min(n, order.length)));
  }

  /**
   * {@return the indices, in the customers' order, of the customers whose value fell by more than
   * {@code threshold}}: before minus after greater than it, both defined
   *
   * @param threshold how far: finite and at least 0
   * @throws IllegalArgumentException if {@code threshold} is negative, infinite or NaN
   */
  public List<Integer> droppedBy(double threshold) {
    checkArgument(
        Double.isFinite(threshold) && threshold >= 0,
        "threshold must be a finite number >= 0, but was %s",
        threshold);
    return fellBy(threshold);
  }

  private List<Integer> fellBy(double threshold) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < before.length; i++) {
      // NaN compares false: undefined at either instant is never a fall
      if (before[i] - after[i] > threshold) {
        out.add(i);
      }
    }
    return ImmutableList.copyOf(out);
  }

  /** {@return a form such as {@code Change{2026-01-01T00:00:00Z to 2026-03-01T00:00:00Z: 1000 customers, 12 fell}}} */
  @Override
  public String toString() {
    return "Change{" + from + " to " + to + ": " + customers.size() + " customers, "
        + fellBy(0).size() + " fell}";
  }
}
