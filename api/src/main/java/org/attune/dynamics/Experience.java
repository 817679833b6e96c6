package org.attune.dynamics;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Actor;
import org.attune.model.Aspect;
import org.attune.model.Profile;

/**
 * One experience of a provider: the performance a customer perceived at a time, the P<sub>t</sub>
 * of the expectation–disconfirmation model (Oliver 1980, "A cognitive model of the antecedents and
 * consequences of satisfaction decisions", <i>Journal of Marketing Research</i> 17(4)), as read by
 * {@link AdaptiveExpectations}. The perception is a {@link Profile}: a level in [0, 1] per dimension
 * perceived; a dimension it lacks was not experienced this time.
 *
 * <p>Immutable, null-hostile and thread-safe.
 *
 * @param time when the performance was perceived
 * @param perceived the performance perceived, per dimension
 */
public record Experience(Instant time, Profile perceived) {

  /**
   * Creates an experience.
   *
   * @param time when the performance was perceived
   * @param perceived the performance perceived, per dimension
   * @throws NullPointerException if an argument is null
   */
  public Experience {
    requireNonNull(time, "time");
    requireNonNull(perceived, "perceived");
  }

  /**
   * {@return an experience at {@code time} of {@code perceived}}
   *
   * @param time when the performance was perceived
   * @param perceived the performance perceived, per dimension
   * @throws NullPointerException if an argument is null
   */
  public static Experience of(Instant time, Profile perceived) {
    return new Experience(time, perceived);
  }

  /**
   * {@return the experience at {@code time} that {@code ecosystem} records for {@code customer} of
   * {@code provider}: its perspective {@code (customer, provider, PERCEIVED)} (Oliver 1980)}; for
   * reading survey waves, one ecosystem per wave
   *
   * @param time when the performance was perceived, such as the date of the wave
   * @param ecosystem the ecosystem holding the perception
   * @param customer the customer who perceived
   * @param provider the provider perceived
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the ecosystem holds no perspective {@code (customer,
   *     provider, PERCEIVED)}; the message names the actors by id
   */
  public static Experience perceivedIn(
      Instant time, ServiceEcosystem ecosystem, Actor customer, Actor provider) {
    requireNonNull(time, "time");
    requireNonNull(ecosystem, "ecosystem");
    requireNonNull(customer, "customer");
    requireNonNull(provider, "provider");
    Profile perceived =
        ecosystem
            .perspective(customer, provider, Aspect.PERCEIVED)
            .orElseThrow(() -> missing(customer, provider, Aspect.PERCEIVED));
    return new Experience(time, perceived);
  }

  /** {@return the error for a missing perspective of {@code aspect}, naming the actors by id} */
  static IllegalArgumentException missing(Actor customer, Actor provider, Aspect aspect) {
    return new IllegalArgumentException(
        "perspective ("
            + customer.id()
            + ", "
            + provider.id()
            + ", "
            + aspect
            + ") must be in the ecosystem, but was missing: customer "
            + customer.id()
            + " holds no "
            + aspect.label()
            + " performance of provider "
            + provider.id());
  }
}
