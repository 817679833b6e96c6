package org.attune.dynamics;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import org.attune.model.Profile;

/**
 * The result of {@link AdaptiveExpectations#run}: the initial expectation and one {@link
 * ExpectationStep} per experience, in time order, after the adaptive-expectations model (Cagan
 * 1956; Nerlove 1958) with disconfirmation (Oliver 1980, "A cognitive model of the antecedents and
 * consequences of satisfaction decisions", <i>Journal of Marketing Research</i> 17(4)).
 *
 * <p>Immutable, null-hostile and thread-safe.
 */
public final class ExpectationSeries {

  private final Profile initial;
  private final ImmutableList<ExpectationStep> steps;

  ExpectationSeries(Profile initial, List<ExpectationStep> steps) {
    this.initial = requireNonNull(initial, "initial");
    this.steps = ImmutableList.copyOf(steps);
  }

  /** {@return the expectation held before the first experience} */
  public Profile initial() {
    return initial;
  }

  /** {@return the steps, one per experience, in time order; empty if there was no experience} */
  public List<ExpectationStep> steps() {
    return steps;
  }

  /** {@return the expectation after the last experience; the initial one if there was none} */
  public Profile last() {
    return steps.isEmpty() ? initial : steps.get(steps.size() - 1).expectedAfter();
  }

  /**
   * {@return the expectation in force at {@code instant}}: the initial expectation before the first
   * experience, otherwise the expectation after the last experience at or before {@code instant}
   * (an experience counts from its own time on)
   *
   * @param instant the instant
   * @throws NullPointerException if {@code instant} is null
   */
  public Profile expectationAt(Instant instant) {
    requireNonNull(instant, "instant");
    // the steps are in time order: find the last one whose time is not after the instant
    int lo = 0;
    int hi = steps.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (steps.get(mid).time().isAfter(instant)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo == 0 ? initial : steps.get(lo - 1).expectedAfter();
  }

  /** {@return a form such as {@code ExpectationSeries{3 steps, last Profile{...}}}} */
  @Override
  public String toString() {
    return "ExpectationSeries{" + steps.size() + " steps, last " + last() + "}";
  }
}
