package org.attune.dynamics;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.attune.metric.attunement.EmotionalAttunement;
import org.attune.model.Actor;
import org.attune.model.Emotion;
import org.attune.model.Episode;
import org.attune.model.Profile;
import org.attune.model.Touchpoint;

/**
 * What happens between customer and provider during one step of a {@link CoEvolution}: the episodes
 * they share, each with the evidence of the customer's own logic it carries ({@link Observation}).
 * The provider learns its model of the customer from this evidence, and the episodes' emotions make
 * {@code emotional} attunement defined over the simulated history. Researchers implement this
 * interface for their own account of how encounters reveal a customer; {@link #revealing(int,
 * double)} and {@link #none()} are built in.
 *
 * <p>An implementation must be deterministic given its arguments: all randomness must come from the
 * generator the simulation passes in, so that a run with the same seed is the same run. Its episodes
 * must be the customer's, at touchpoints of the ecosystem.
 */
@FunctionalInterface
public interface EpisodePolicy {

  /**
   * {@return the episodes of one step and what each reveals}, in time order
   *
   * @param moment the step: its period, the dyad, the touchpoint, and the customer's logic, the
   *     provider's model and its offering in force
   * @param random the simulation's seeded generator of episodes, the only source of randomness to use
   */
  List<Observation> episodes(Moment moment, RandomGenerator random);

  /** {@return a policy under which nothing is shared: the provider learns nothing, attunement is undefined} */
  static EpisodePolicy none() {
    return (moment, random) -> {
      requireNonNull(moment, "moment");
      return List.of();
    };
  }

  /**
   * {@return episodes that reveal the customer's logic with noise}: {@code perStep} episodes at the
   * moment's touchpoint, evenly spread over the step's period (the k-th, from 1, at {@code start + k
   * (end − start) / perStep}), the customer's initiative not recorded. Each:
   *
   * <ul>
   *   <li>reveals every dimension d of the customer's own logic C as {@code clamp(C_d + noise · z,
   *       0, 1)}, z a standard normal draw (episode after episode, dimensions in C's order), with C's
   *       weight;
   *   <li>carries the customer's emotion {@code felt(g) = (1 − 2g, g, −g)}, where {@code g} is the
   *       gap between what she wants and what she is offered, {@code g(C, O) = sqrt(Σ_d w_d (C_d −
   *       O_d)² / Σ_d w_d)} over C's dimensions and weights, a level O lacks counted as 0 (that is 1
   *       − {@code profile-deviation}): pleased when served, agitated and feeling controlled as the gap
   *       widens;
   *   <li>carries the provider's emotion {@link EmotionalAttunement#attunedResponse(Emotion)
   *       R(felt(ĝ))}, the attuned response to the customer it believes it serves, {@code ĝ = g(M,
   *       O)} over its model M: a provider that reads her right ({@code ĝ = g}) answers her in tune,
   *       one whose model is stale answers someone else.
   * </ul>
   *
   * <p>So the evidence grows noisier with {@code noise}, and {@code emotional} attunement reads how
   * well the provider's model knows the customer it meets.
   *
   * @param perStep how many episodes per step, at least 1
   * @param noise the standard deviation of a revealed level around the true one, finite and at least 0
   * @throws IllegalArgumentException if {@code perStep} is less than 1, or {@code noise} is negative,
   *     NaN or infinite
   */
  static EpisodePolicy revealing(int perStep, double noise) {
    checkArgument(perStep >= 1, "perStep must be at least 1, but was %s", perStep);
    checkArgument(
        Double.isFinite(noise) && noise >= 0,
        "noise must be a finite number at least 0, but was %s",
        noise);
    return new EpisodePolicy() {
      @Override
      public List<Observation> episodes(Moment moment, RandomGenerator random) {
        requireNonNull(moment, "moment");
        requireNonNull(random, "random");
        Profile logic = moment.logic();
        Emotion customer = felt(gap(logic, moment.offering()));
        Emotion provider =
            EmotionalAttunement.attunedResponse(felt(gap(moment.model(), moment.offering())));
        Duration period = Duration.between(moment.start(), moment.end());
        List<Observation> out = new ArrayList<>(perStep);
        for (int k = 1; k <= perStep; k++) {
          Profile.Builder revealed = Profile.builder();
          for (int i = 0; i < logic.size(); i++) {
            double level = logic.levelAt(i) + noise * random.nextGaussian();
            revealed.level(
                logic.dimensionAt(i), Math.min(1.0, Math.max(0.0, level)), logic.weightAt(i));
          }
          Instant time = moment.start().plus(period.multipliedBy(k).dividedBy(perStep));
          Episode episode = Episode.builder(moment.customer(), moment.touchpoint(), time)
              .customerEmotion(customer)
              .providerEmotion(provider)
              .build();
          out.add(Observation.of(episode, revealed.build()));
        }
        return List.copyOf(out);
      }

      @Override
      public String toString() {
        return "EpisodePolicy.revealing(" + perStep + ", " + noise + ")";
      }
    };
  }

  /**
   * {@return the gap {@code sqrt(Σ_d w_d (A_d − O_d)² / Σ_d w_d)} over {@code wanted}'s dimensions and
   * weights, a level {@code offered} lacks counted as 0: 1 − {@code profile-deviation}, in [0, 1]}
   *
   * @param wanted the profile whose dimensions and weights count
   * @param offered the offering
   */
  static double gap(Profile wanted, Profile offered) {
    requireNonNull(wanted, "wanted");
    requireNonNull(offered, "offered");
    double sum = 0;
    for (int i = 0; i < wanted.size(); i++) {
      double d = wanted.levelAt(i) - offered.level(wanted.dimensionAt(i)).orElse(0.0);
      sum += wanted.weightAt(i) * d * d;
    }
    return Math.min(1.0, Math.sqrt(sum / wanted.totalWeight()));
  }

  /**
   * {@return the emotion of a customer offered something {@code gap} away from what she wants:
   * {@code (1 − 2 gap, gap, −gap)}}
   *
   * @param gap in [0, 1]
   * @throws IllegalArgumentException if {@code gap} is not in [0, 1]
   */
  static Emotion felt(double gap) {
    checkArgument(gap >= 0 && gap <= 1, "gap must be in [0, 1], but was %s", gap);
    return new Emotion(1 - 2 * gap, gap, 0.0 - gap);
  }

  /**
   * One step of a {@link CoEvolution}, as an {@link EpisodePolicy} sees it: the episodes happen in
   * the period {@code (start, end]}, the customer's logic already drifted, the provider's model and
   * offering those in force before it learns from them. Immutable and thread-safe.
   *
   * @param step the step, from 1
   * @param start the instant of the version before
   * @param end the instant of this step's version, after {@code start}
   * @param customer the customer
   * @param provider the provider
   * @param touchpoint the touchpoint of the provider's where they meet
   * @param logic the customer's own logic at this step
   * @param model the provider's model of the customer in force during the step
   * @param offering the provider's offering in force during the step
   */
  record Moment(
      int step,
      Instant start,
      Instant end,
      Actor customer,
      Actor provider,
      Touchpoint touchpoint,
      Profile logic,
      Profile model,
      Profile offering) {

    /**
     * Validates the components.
     *
     * @param step the step, from 1
     * @param start the instant of the version before
     * @param end the instant of this step's version
     * @param customer the customer
     * @param provider the provider
     * @param touchpoint the touchpoint where they meet
     * @param logic the customer's own logic at this step
     * @param model the provider's model of the customer in force
     * @param offering the provider's offering in force
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code step} is less than 1 or {@code end} is not after
     *     {@code start}
     */
    public Moment {
      checkArgument(step >= 1, "step must be at least 1, but was %s", step);
      requireNonNull(start, "start");
      requireNonNull(end, "end");
      checkArgument(end.isAfter(start), "end must be after start %s, but was %s", start, end);
      requireNonNull(customer, "customer");
      requireNonNull(provider, "provider");
      requireNonNull(touchpoint, "touchpoint");
      requireNonNull(logic, "logic");
      requireNonNull(model, "model");
      requireNonNull(offering, "offering");
    }

    /** {@return a form such as {@code Moment[step=1, 'a' by 'clinic' at 'desk']}}, naming by id */
    @Override
    public String toString() {
      return "Moment[step=" + step + ", '" + customer.id() + "' by '" + provider.id() + "' at '"
          + touchpoint.id() + "', " + start + " to " + end + "]";
    }
  }
}
