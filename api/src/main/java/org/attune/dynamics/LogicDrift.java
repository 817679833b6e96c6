package org.attune.dynamics;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.attune.model.Profile;

/**
 * How a customer's own logic {@code (c, c)} changes from one step of a {@link CoEvolution} to the
 * next: the flexibility essay ("The Best Fit with Your Customers") starts from customers who "keep
 * changing", and, citing Wheatley ("What Do We Measure and Why?"), from the observation that what
 * was right keeps changing. Researchers implement this interface for their own drift; {@link
 * #randomWalk(double)}, {@link #scripted(Map)} and {@link #none()} are built in.
 *
 * <p>An implementation must be deterministic given its arguments: all randomness must come from the
 * generator the simulation passes in, so that a run with the same seed is the same run.
 */
@FunctionalInterface
public interface LogicDrift {

  /**
   * {@return the customer's own logic at {@code step}, given the one at the step before}
   *
   * @param current the own logic at step {@code step − 1}
   * @param step the step being simulated, from 1
   * @param random the simulation's seeded generator, the only source of randomness to use
   */
  Profile next(Profile current, int step, RandomGenerator random);

  /** {@return a drift that keeps the own logic as it is: a customer that does not change} */
  static LogicDrift none() {
    return (current, step, random) -> requireNonNull(current, "current");
  }

  /**
   * {@return a random walk}: at each step each dimension's level moves by {@code sigma} times a
   * standard normal draw, clamped to [0, 1]; dimensions and weights stay. Dimensions draw in the
   * profile's order, so the walk depends only on the seed.
   *
   * @param sigma the standard deviation of a step: finite and at least 0
   * @throws IllegalArgumentException if {@code sigma} is negative, NaN or infinite
   */
  static LogicDrift randomWalk(double sigma) {
    checkArgument(
        Double.isFinite(sigma) && sigma >= 0,
        "sigma must be a finite number at least 0, but was %s",
        sigma);
    return (current, step, random) -> {
      requireNonNull(current, "current");
      requireNonNull(random, "random");
      Profile.Builder next = Profile.builder();
      for (int i = 0; i < current.size(); i++) {
        double level = current.levelAt(i) + sigma * random.nextGaussian();
        next.level(current.dimensionAt(i), Math.min(1.0, Math.max(0.0, level)), current.weightAt(i));
      }
      return next.build();
    };
  }

  /**
   * {@return scripted shifts}: from each step of {@code shifts} on, the customer's own logic is that
   * step's profile, until the next shift; between shifts it does not change. A shift back to an
   * earlier logic makes a temporary shift.
   *
   * @param shifts by step (from 1), the own logic from that step on
   * @throws NullPointerException if {@code shifts}, a step or a profile is null
   * @throws IllegalArgumentException if a step is less than 1
   */
  static LogicDrift scripted(Map<Integer, Profile> shifts) {
    requireNonNull(shifts, "shifts");
    ImmutableSortedMap.Builder<Integer, Profile> copy = ImmutableSortedMap.naturalOrder();
    for (Map.Entry<Integer, Profile> e : shifts.entrySet()) {
      Integer step = requireNonNull(e.getKey(), "shift step");
      checkArgument(step >= 1, "shift step must be at least 1, but was %s", step);
      copy.put(step, requireNonNull(e.getValue(), () -> "shift at step " + step));
    }
    ImmutableSortedMap<Integer, Profile> script = copy.build();
    return (current, step, random) -> {
      requireNonNull(current, "current");
      Profile shift = script.get(step);
      return shift == null ? current : shift;
    };
  }
}
