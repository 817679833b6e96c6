package org.attune.metric;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Actor;

/**
 * What a {@link Metric} measures: one customer and one provider, in the ecosystem that holds both.
 * The customer's logic comes first (CDL): metrics read the ecosystem from the customer's side.
 *
 * <p>Immutable, null-hostile and thread-safe. A customer may be its own provider (self-service).
 *
 * <pre>{@code
 * Dyad dyad = new Dyad(eco, alice, clinic);
 * }</pre>
 *
 * @param ecosystem the ecosystem holding both actors
 * @param customer the customer, whose logic is measured against
 * @param provider the provider, whose fit is measured
 */
public record Dyad(ServiceEcosystem ecosystem, Actor customer, Actor provider) {

  /**
   * Validates the components.
   *
   * @param ecosystem the ecosystem holding both actors
   * @param customer the customer: must be an actor of {@code ecosystem}
   * @param provider the provider: must be an actor of {@code ecosystem}
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if the customer or the provider is not in {@code ecosystem}
   */
  public Dyad {
    requireNonNull(ecosystem, "ecosystem");
    requireNonNull(customer, "customer");
    requireNonNull(provider, "provider");
    requireMember(ecosystem, customer, "customer");
    requireMember(ecosystem, provider, "provider");
  }

  /**
   * {@return the dyad of {@code customer} and {@code provider} in {@code ecosystem}}
   *
   * @param ecosystem the ecosystem holding both actors
   * @param customer the customer: must be an actor of {@code ecosystem}
   * @param provider the provider: must be an actor of {@code ecosystem}
   * @throws IllegalArgumentException if the customer or the provider is not in {@code ecosystem}
   */
  public static Dyad of(ServiceEcosystem ecosystem, Actor customer, Actor provider) {
    return new Dyad(ecosystem, customer, provider);
  }

  /** {@return a form such as {@code Dyad{customer=alice, provider=clinic}}, naming ids only} */
  @Override
  public String toString() {
    return "Dyad{customer=" + customer.id() + ", provider=" + provider.id() + "}";
  }

  private static void requireMember(ServiceEcosystem ecosystem, Actor actor, String field) {
    checkArgument(
        ecosystem.contains(actor),
        "%s must be an actor of the ecosystem, but was '%s' (not in it)",
        field,
        actor.id());
  }
}
