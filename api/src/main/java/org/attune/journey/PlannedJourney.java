package org.attune.journey;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attune.model.internal.Arguments;

/**
 * A planned journey: the touchpoints a customer is meant to pass, in order, each with an optional
 * time within which it should follow the step before it (for the first step: the start of the actual
 * journey). CJML distinguishes such a planned journey from the actual one the customer lived
 * (Halvorsrud, Kvale &amp; Følstad 2016, "Improving service quality through customer journey
 * analysis", <i>Journal of Service Theory and Practice</i> 26(6)); {@link Conformance} compares them.
 *
 * <p>Immutable, null-hostile and thread-safe.
 *
 * <pre>{@code
 * PlannedJourney plan = PlannedJourney.builder()
 *     .step("register request")
 *     .step("check ticket", Duration.ofDays(2))
 *     .step("decide", Duration.ofDays(7))
 *     .build();
 * }</pre>
 */
public final class PlannedJourney {

  private final ImmutableList<Step> steps;

  private PlannedJourney(List<Step> steps) {
    this.steps = ImmutableList.copyOf(steps);
    checkArgument(
        !this.steps.isEmpty(), "a planned journey needs at least one step, but had none");
  }

  /**
   * {@return a plan of the given touchpoint ids, in order, without time limits}
   *
   * @param touchpointIds at least one, each non-blank
   * @throws IllegalArgumentException if there is none, or one is blank
   */
  public static PlannedJourney of(String... touchpointIds) {
    Builder b = builder();
    for (String id : requireNonNull(touchpointIds, "touchpointIds")) {
      b.step(id);
    }
    return b.build();
  }

  /** {@return an empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the steps, in order, at least one} */
  public List<Step> steps() {
    return steps;
  }

  /** {@return the number of steps} */
  public int size() {
    return steps.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlannedJourney p && p.steps.equals(steps);
  }

  @Override
  public int hashCode() {
    return steps.hashCode();
  }

  @Override
  public String toString() {
    return "PlannedJourney" + steps;
  }

  /**
   * One planned step.
   *
   * <p>Immutable, null-hostile and thread-safe.
   *
   * @param touchpointId the touchpoint id: non-blank
   * @param within the time within which it should follow the previous step (for the first step: the
   *     start of the actual journey), if there is such a limit; not negative
   */
  public record Step(String touchpointId, Optional<Duration> within) {

    /**
     * Validates the components.
     *
     * @param touchpointId the touchpoint id: non-blank
     * @param within the time limit, if any; not negative
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code touchpointId} is blank or {@code within} negative
     */
    public Step {
      Arguments.nonBlank(touchpointId, "touchpointId");
      requireNonNull(within, "within");
      checkArgument(
          within.isEmpty() || !within.get().isNegative(),
          "within must not be negative, but was %s (step '%s')",
          within.orElse(null),
          touchpointId);
    }
  }

  /** Builds a {@link PlannedJourney}. Mutable and not thread-safe; it can be reused after {@link #build()}. */
  public static final class Builder {
    private final List<Step> steps = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a step without a time limit.
     *
     * @param touchpointId the touchpoint id: non-blank
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder step(String touchpointId) {
      steps.add(new Step(touchpointId, Optional.empty()));
      return this;
    }

    /**
     * Adds a step that should follow the previous one (the first: the start of the journey) within
     * {@code within}.
     *
     * @param touchpointId the touchpoint id: non-blank
     * @param within the time limit: not negative
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder step(String touchpointId, Duration within) {
      steps.add(new Step(touchpointId, Optional.of(requireNonNull(within, "within"))));
      return this;
    }

    /**
     * {@return a new plan of the steps added so far}
     *
     * @throws IllegalArgumentException if no step was added
     */
    public PlannedJourney build() {
      return new PlannedJourney(steps);
    }
  }
}
