package org.attune.dynamics;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import org.attune.model.Dimension;
import org.attune.model.Profile;

/**
 * How a provider in a {@link CoEvolution} keeps up with its customer: it updates its model of the
 * customer ({@code (p, c)}) from the episodes it shares with the customer ({@link Observation}s),
 * those of {@link #lag()} steps ago, and moves its offering ({@code (p, p)}) toward that model. This is the flexibility essay's
 * ("The Best Fit with Your Customers") feedback loop, in which, after Wheatley ("What Do We Measure
 * and Why?"), firm and customers "coevolve"; the essay asks for adapting, and the rates and the lag
 * show how fast is fast enough and how fast is too fast. Researchers implement this interface for
 * their own learning rule; {@link #exponential(double, double, int)} and {@link #none()} are built
 * in.
 *
 * <p>An implementation must be deterministic, immutable and thread-safe.
 */
public interface Adaptation {

  /**
   * {@return the provider's next model of the customer, learnt from {@code evidence}}: by default,
   * the model as it is when no observation reveals anything, else {@link #nextModel(Profile, Profile)
   * nextModel}{@code (model, }{@link Observation#observed(Profile, List) Observation.observed}{@code
   * (model, evidence))}. Override it to learn from the episodes themselves (their emotions, times or
   * touchpoints).
   *
   * @param model the provider's current model of the customer {@code (p, c)}
   * @param evidence the observations of the step {@link #lag()} steps ago, in time order; empty while
   *     the run is younger than the lag or when that step shared no episode
   * @throws NullPointerException if an argument is null or {@code evidence} holds null
   */
  default Profile learn(Profile model, List<Observation> evidence) {
    requireNonNull(model, "model");
    requireNonNull(evidence, "evidence");
    boolean any = false;
    for (Observation o : evidence) {
      any |= requireNonNull(o, "evidence element").revealed().isPresent();
    }
    return any ? nextModel(model, Observation.observed(model, evidence)) : model;
  }

  /**
   * {@return the provider's next model of the customer}
   *
   * @param model the provider's current model of the customer {@code (p, c)}
   * @param observed the customer's own logic as the provider observes it: in a {@link CoEvolution},
   *     the evidence of the episodes of {@link #lag()} steps ago ({@link Observation#observed})
   */
  Profile nextModel(Profile model, Profile observed);

  /**
   * {@return the provider's next offering {@code (p, p)}}
   *
   * @param offering the current offering
   * @param model the provider's model of the customer, as just updated by {@link #nextModel}
   */
  Profile nextOffering(Profile offering, Profile model);

  /**
   * {@return how many steps late the provider learns from the episodes it shares with the customer}:
   * at least 0; at 0 it learns from the episodes of the step itself. The default is 0.
   */
  default int lag() {
    return 0;
  }

  /**
   * {@return a static provider}: the model and the offering never change, whatever the customer
   * does (the "static, rules-driven" firm the flexibility essay warns against)
   */
  static Adaptation none() {
    return new Adaptation() {
      @Override
      public Profile nextModel(Profile model, Profile observed) {
        return requireNonNull(model, "model");
      }

      @Override
      public Profile nextOffering(Profile offering, Profile model) {
        return requireNonNull(offering, "offering");
      }

      @Override
      public String toString() {
        return "Adaptation.none()";
      }
    };
  }

  /**
   * {@return exponential smoothing}: with the customer's own logic as the episodes of {@code lag}
   * steps ago show it as {@code C} ({@link Observation#observed}),
   *
   * <pre>
   *   M' = M + modelRate (C − M)          the model learns
   *   O' = O + offeringRate (M' − O)      the offering follows the model
   * </pre>
   *
   * per dimension, over the dimensions of both profiles, a level a profile lacks counted as 0 (not
   * offered, as {@code profile-deviation} counts it); the weight is the target's where it has the
   * dimension, else the current one's. Rate 0 never moves; rate 1 jumps to the target.
   *
   * @param modelRate how far the model moves toward the observed logic per step, in [0, 1]
   * @param offeringRate how far the offering moves toward the model per step, in [0, 1]
   * @param lag how many steps late the provider learns from the episodes, at least 0
   * @throws IllegalArgumentException if a rate is outside [0, 1] or NaN, or {@code lag} is negative
   */
  static Adaptation exponential(double modelRate, double offeringRate, int lag) {
    checkRate("modelRate", modelRate);
    checkRate("offeringRate", offeringRate);
    checkArgument(lag >= 0, "lag must be at least 0, but was %s", lag);
    return new Adaptation() {
      @Override
      public Profile nextModel(Profile model, Profile observed) {
        return toward(requireNonNull(model, "model"), requireNonNull(observed, "observed"), modelRate);
      }

      @Override
      public Profile nextOffering(Profile offering, Profile model) {
        return toward(requireNonNull(offering, "offering"), requireNonNull(model, "model"), offeringRate);
      }

      @Override
      public int lag() {
        return lag;
      }

      @Override
      public String toString() {
        return "Adaptation.exponential(" + modelRate + ", " + offeringRate + ", " + lag + ")";
      }
    };
  }

  private static void checkRate(String name, double rate) {
    checkArgument(rate >= 0 && rate <= 1, "%s must be in [0, 1], but was %s", name, rate);
  }

  /** A profile {@code rate} of the way from {@code from} to {@code to}; see {@link #exponential}. */
  private static Profile toward(Profile from, Profile to, double rate) {
    Profile.Builder out = Profile.builder();
    for (int i = 0; i < from.size(); i++) {
      Dimension d = from.dimensionAt(i);
      if (!to.has(d)) {
        out.level(d, step(from.levelAt(i), 0.0, rate), from.weightAt(i));
      }
    }
    for (int i = 0; i < to.size(); i++) {
      Dimension d = to.dimensionAt(i);
      out.level(d, step(from.level(d).orElse(0.0), to.levelAt(i), rate), to.weightAt(i));
    }
    return out.build();
  }

  private static double step(double from, double to, double rate) {
    return Math.min(1.0, Math.max(0.0, from + rate * (to - from)));
  }
}
