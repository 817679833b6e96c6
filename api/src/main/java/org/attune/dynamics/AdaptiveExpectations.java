package org.attune.dynamics;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Actor;
import org.attune.model.Aspect;
import org.attune.model.Dimension;
import org.attune.model.Profile;
import org.attune.model.internal.Arguments;

/**
 * Adaptive expectations with disconfirmation: how a customer's expectation of a provider moves with
 * each experience, and by how much each experience exceeded or fell short of it.
 *
 * <p><b>Model.</b> Expectation–disconfirmation (Oliver 1980, "A cognitive model of the antecedents
 * and consequences of satisfaction decisions", <i>Journal of Marketing Research</i> 17(4)): the
 * customer compares the performance P it perceives with the performance E it expected; the
 * disconfirmation D = P − E is positive when the performance exceeded the expectation and negative
 * when it fell short. The expectation then adapts toward what was perceived, as in the
 * adaptive-expectations model of economics (Cagan 1956, "The monetary dynamics of hyperinflation";
 * Nerlove 1958, "Adaptive expectations and cobweb phenomena", <i>Quarterly Journal of Economics</i>
 * 72(2)). Per dimension d, at experience t:
 *
 * <pre>
 *   D_t(d)   = P_t(d) − E_t(d)
 *   E_t+1(d) = E_t(d) + α_d (P_t(d) − E_t(d)) = E_t(d) + α_d D_t(d)
 *   D̄_t      = Σ_d w_d D_t(d) / Σ_d w_d   (w: the expectation's relative weights)
 * </pre>
 *
 * with the adaptation rate α<sub>d</sub> in (0, 1]: 1 forgets the past at once (the expectation
 * becomes the last performance), a small α holds on to it. Repeating the same performance P from an
 * expectation E<sub>0</sub> gives D<sub>t</sub> = (1 − α)<sup>t</sup> (P − E<sub>0</sub>): what
 * delighted at first is, after a few repetitions, merely expected, and a performance that once
 * would have been good enough then reads as falling short (rising expectations; the journeys essay
 * finds customers "disappointed" without a flow of improvements).
 *
 * <p><b>Dimensions.</b> The expectation decides what counts: its dimensions and their weights are
 * those of every expectation after it. A dimension of the expectation that an experience lacks
 * (not perceived this time) is left unchanged and has no disconfirmation in that step; a dimension
 * an experience holds that the expectation lacks is ignored. Levels stay in [0, 1]: each new level
 * lies between the old one and the perceived one, and with α = 1 it is exactly the perceived one.
 *
 * <p><b>α.</b> One rate for every dimension ({@link #of(double)}), or a default and per-dimension
 * rates ({@link #of(double, Map)}).
 *
 * <pre>{@code
 * ExpectationSeries series = AdaptiveExpectations.of(0.5)
 *     .run(ecosystem, customer, provider, List.of(
 *         Experience.perceivedIn(january, wave1, customer, provider),
 *         Experience.perceivedIn(february, wave2, customer, provider)));
 * double delight = series.steps().get(0).meanDisconfirmation().orElse(0);
 * Profile expectedInMarch = series.expectationAt(march);
 * }</pre>
 *
 * <p>Immutable, null-hostile, deterministic and thread-safe.
 */
public final class AdaptiveExpectations {

  private final double alpha;
  private final ImmutableMap<Dimension, Double> perDimension;

  private AdaptiveExpectations(double alpha, ImmutableMap<Dimension, Double> perDimension) {
    this.alpha = alpha;
    this.perDimension = perDimension;
  }

  /**
   * {@return the model with the adaptation rate {@code alpha} on every dimension}
   *
   * @param alpha the adaptation rate, in (0, 1]
   * @throws IllegalArgumentException if {@code alpha} is not a number in (0, 1]
   */
  public static AdaptiveExpectations of(double alpha) {
    return of(alpha, Map.of());
  }

  /**
   * {@return the model with the adaptation rate {@code perDimension.get(d)} on a dimension d the map
   * holds and {@code alpha} on any other}
   *
   * @param alpha the adaptation rate of a dimension the map lacks, in (0, 1]
   * @param perDimension dimension to adaptation rate, each in (0, 1]; copied
   * @throws NullPointerException if the map, a key or a value is null
   * @throws IllegalArgumentException if a rate is not a number in (0, 1]; the message names the
   *     dimension
   */
  public static AdaptiveExpectations of(double alpha, Map<Dimension, Double> perDimension) {
    Arguments.positiveAtMostOne(alpha, "alpha");
    requireNonNull(perDimension, "perDimension");
    ImmutableMap.Builder<Dimension, Double> rates =
        ImmutableMap.builderWithExpectedSize(perDimension.size());
    perDimension.forEach(
        (d, a) -> {
          requireNonNull(d, "dimension of perDimension");
          requireNonNull(a, () -> "alpha of " + d);
          Arguments.positiveAtMostOne(a, "alpha of " + d);
          rates.put(d, a); // in (0, 1]: never -0.0
        });
    return new AdaptiveExpectations(alpha, rates.buildOrThrow());
  }

  /** {@return the adaptation rate of a dimension with no rate of its own, in (0, 1]} */
  public double alpha() {
    return alpha;
  }

  /**
   * {@return the adaptation rate of {@code dimension}, in (0, 1]}
   *
   * @param dimension the dimension
   * @throws NullPointerException if {@code dimension} is null
   */
  public double alpha(Dimension dimension) {
    return perDimension.getOrDefault(requireNonNull(dimension, "dimension"), alpha);
  }

  /** {@return the dimensions with a rate of their own, and their rates, in the order given} */
  public Map<Dimension, Double> perDimension() {
    return perDimension;
  }

  /**
   * {@return the expectations and disconfirmations over {@code experiences}, starting from {@code
   * initial}}
   *
   * @param initial the expectation held before the first experience; its dimensions and weights are
   *     those of every later expectation
   * @param experiences the experiences, in time order (equal times keep their order); may be empty
   * @throws NullPointerException if an argument or an experience is null
   * @throws IllegalArgumentException if an experience comes before the one listed ahead of it
   */
  public ExpectationSeries run(Profile initial, List<Experience> experiences) {
    requireNonNull(initial, "initial");
    List<Experience> list = checkedInOrder(experiences);
    List<ExpectationStep> steps = new ArrayList<>(list.size());
    Profile expected = initial;
    for (Experience experience : list) {
      ExpectationStep step = step(expected, experience);
      steps.add(step);
      expected = step.expectedAfter();
    }
    return new ExpectationSeries(initial, steps);
  }

  /**
   * {@return the expectations and disconfirmations over {@code experiences}, starting from the
   * first experience's perception}: with no expectation before it, the first experience sets it,
   * so the first step's disconfirmation is 0 on every dimension
   *
   * @param experiences the experiences, in time order; at least one
   * @throws NullPointerException if the list or an experience is null
   * @throws IllegalArgumentException if the list is empty or out of time order
   */
  public ExpectationSeries run(List<Experience> experiences) {
    List<Experience> list = checkedInOrder(experiences);
    checkArgument(
        !list.isEmpty(),
        "experiences must hold at least one experience when no initial expectation is given,"
            + " but was empty");
    return run(list.get(0).perceived(), list);
  }

  /**
   * {@return the expectations and disconfirmations over {@code experiences}, starting from the
   * expectation {@code ecosystem} records for {@code customer} of {@code provider}, its perspective
   * {@code (customer, provider, EXPECTED)}}
   *
   * @param ecosystem the ecosystem holding the initial expectation
   * @param customer the customer who expects
   * @param provider the provider expected of
   * @param experiences the experiences, in time order, such as those of {@link
   *     Experience#perceivedIn}; may be empty
   * @throws NullPointerException if an argument or an experience is null
   * @throws IllegalArgumentException if the ecosystem holds no perspective {@code (customer,
   *     provider, EXPECTED)} (the message names the actors by id), or the experiences are out of
   *     time order
   */
  public ExpectationSeries run(
      ServiceEcosystem ecosystem, Actor customer, Actor provider, List<Experience> experiences) {
    requireNonNull(ecosystem, "ecosystem");
    requireNonNull(customer, "customer");
    requireNonNull(provider, "provider");
    Profile initial =
        ecosystem
            .perspective(customer, provider, Aspect.EXPECTED)
            .orElseThrow(() -> Experience.missing(customer, provider, Aspect.EXPECTED));
    return run(initial, experiences);
  }

  private static List<Experience> checkedInOrder(List<Experience> experiences) {
    requireNonNull(experiences, "experiences");
    for (int i = 0; i < experiences.size(); i++) {
      Experience e = experiences.get(i);
      if (e == null) {
        throw new NullPointerException("experiences[" + i + "]");
      }
      if (i > 0) {
        Experience previous = experiences.get(i - 1);
        checkArgument(
            !e.time().isBefore(previous.time()),
            "experiences[%s].time must not be before experiences[%s].time (%s), but was %s",
            i,
            i - 1,
            previous.time(),
            e.time());
      }
    }
    return ImmutableList.copyOf(experiences);
  }

  private ExpectationStep step(Profile expected, Experience experience) {
    Profile perceived = experience.perceived();
    ImmutableMap.Builder<Dimension, Double> disconfirmation = ImmutableMap.builder();
    Profile.Builder after = Profile.builder();
    double weighted = 0;
    double weightTotal = 0;
    for (int i = 0; i < expected.size(); i++) {
      Dimension d = expected.dimensionAt(i);
      double e = expected.levelAt(i);
      int j = perceived.indexOf(d);
      if (j < 0) {
        after.level(d, e, expected.weightAt(i)); // not perceived this time: unchanged
        continue;
      }
      double p = perceived.levelAt(j);
      double gap = p - e;
      disconfirmation.put(d, gap);
      double w = expected.relativeWeightAt(i);
      weighted += w * gap;
      weightTotal += w;
      after.level(d, adapt(e, p, alpha(d)), expected.weightAt(i));
    }
    OptionalDouble mean =
        weightTotal > 0 ? OptionalDouble.of(weighted / weightTotal) : OptionalDouble.empty();
    return new ExpectationStep(
        experience.time(), expected, perceived, disconfirmation.buildOrThrow(), mean, after.build());
  }

  /** {@return e + a (p − e), exactly p when a is 1, and never outside [min(e, p), max(e, p)]} */
  static double adapt(double e, double p, double a) {
    if (a == 1) {
      return p;
    }
    double next = e + a * (p - e);
    return Math.min(Math.max(next, Math.min(e, p)), Math.max(e, p));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AdaptiveExpectations that
        && Double.compare(alpha, that.alpha) == 0
        && perDimension.equals(that.perDimension);
  }

  @Override
  public int hashCode() {
    return 31 * Double.hashCode(alpha) + perDimension.hashCode();
  }

  /** {@return a form such as {@code AdaptiveExpectations{alpha=0.5, perDimension={emotional=0.2}}}} */
  @Override
  public String toString() {
    return "AdaptiveExpectations{alpha=" + alpha + ", perDimension=" + perDimension + "}";
  }
}
