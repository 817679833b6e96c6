package org.attune.dynamics;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalDouble;
import org.attune.model.Dimension;
import org.attune.model.Profile;

/**
 * One step of adaptive expectations (Cagan 1956; Nerlove 1958) with disconfirmation (Oliver 1980,
 * "A cognitive model of the antecedents and consequences of satisfaction decisions", <i>Journal of
 * Marketing Research</i> 17(4)): the expectation E held before an experience, the performance P
 * perceived, the disconfirmation D = P − E per dimension both hold (positive: the performance
 * exceeded the expectation; negative: it fell short), their weighted mean, and the expectation after,
 * E' = E + α(P − E). Made by {@link AdaptiveExpectations}.
 *
 * <p>Immutable, null-hostile and thread-safe.
 *
 * @param time when the performance was perceived
 * @param expectedBefore the expectation E held before the experience
 * @param perceived the performance P perceived
 * @param disconfirmation D = P − E per dimension of the expectation that the perception holds, in
 *     the expectation's dimension order
 * @param meanDisconfirmation the mean of the disconfirmation weighted by the expectation's relative
 *     weights, over the dimensions in {@code disconfirmation}; empty if none of them has a positive
 *     weight
 * @param expectedAfter the expectation E' after the experience: same dimensions and weights as
 *     {@code expectedBefore}, a dimension the perception lacks unchanged
 */
public record ExpectationStep(
    Instant time,
    Profile expectedBefore,
    Profile perceived,
    Map<Dimension, Double> disconfirmation,
    OptionalDouble meanDisconfirmation,
    Profile expectedAfter) {

  /**
   * Creates a step; the disconfirmation map is copied.
   *
   * @param time when the performance was perceived
   * @param expectedBefore the expectation held before the experience
   * @param perceived the performance perceived
   * @param disconfirmation P − E per dimension both hold
   * @param meanDisconfirmation the weighted mean of the disconfirmation, or empty
   * @param expectedAfter the expectation after the experience
   * @throws NullPointerException if an argument, a key or a value is null
   */
  public ExpectationStep {
    requireNonNull(time, "time");
    requireNonNull(expectedBefore, "expectedBefore");
    requireNonNull(perceived, "perceived");
    disconfirmation = ImmutableMap.copyOf(requireNonNull(disconfirmation, "disconfirmation"));
    requireNonNull(meanDisconfirmation, "meanDisconfirmation");
    requireNonNull(expectedAfter, "expectedAfter");
  }

  /**
   * {@return the disconfirmation P − E of {@code dimension}, or empty if the expectation or the
   * perception lacks it}
   *
   * @param dimension the dimension
   * @throws NullPointerException if {@code dimension} is null
   */
  public OptionalDouble disconfirmation(Dimension dimension) {
    Double d = disconfirmation.get(requireNonNull(dimension, "dimension"));
    return d == null ? OptionalDouble.empty() : OptionalDouble.of(d);
  }
}
