package org.attune.theory;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.attune.ecosystem.Direction;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Actor;
import org.attune.model.Element;
import org.attune.model.RelationType;

/**
 * Who the customers of a CDL analysis are, and who serves them: the focal customers that {@link
 * CdlFoundations} asks for a logic of their own, a model held by each provider, value formed in their
 * own sphere and an ecosystem of their own.
 *
 * <p>SDL and CDL disagree on roles. SDL sees actor-to-actor exchange with no a-priori producer or
 * consumer (Vargo &amp; Lusch 2016, axiom 3), and its first axiom asks every service to be answered by
 * service, money being indirect service ({@code sdl.service-for-service}). CDL starts from one side
 * of an exchange, the customer, and asks what a firm must know of it (Heinonen &amp; Strandvik 2015).
 * Where payment is modelled as service, every patient {@code SERVES} its doctor, and a reading that
 * took every actor served for a customer would demand of the doctor a logic of its own and of the
 * patient a model of the doctor's logic: SDL and CDL could not hold at once. A focus settles whose
 * side is the customer's:
 *
 * <ul>
 *   <li>{@link #beneficiaries()}, the default: an actor served by another is its customer, unless
 *       the service is the answer to the other's offer, that is, unless it serves that actor back,
 *       itself {@code OFFERS} a value proposition and that actor offers none. The side that proposes
 *       value is the provider (Vargo &amp; Lusch 2016, FP7: actors cannot deliver value, only offer
 *       value propositions); the payment that answers it does not make the provider a customer;
 *   <li>{@link #servedActors()}: every actor another actor {@code SERVES}, whatever answers it;
 *   <li>{@link #of(Collection)}: the customers declared by the analyst, such as a CRM's customer
 *       base; their providers are the actors that serve them.
 * </ul>
 *
 * <p>A custom focus is a class or lambda returning each actor's providers; it must be pure and
 * deterministic. The built-in focuses are immutable and thread-safe.
 */
@FunctionalInterface
public interface CustomerFocus {

  /**
   * {@return the providers of {@code actor} when it is a customer under this focus, sorted by id;
   * empty when it is no one's customer}
   *
   * @param ecosystem the ecosystem analysed
   * @param actor an actor of the ecosystem
   */
  List<Actor> providers(ServiceEcosystem ecosystem, Actor actor);

  /**
   * {@return the customers under this focus: the actors with at least one provider, in the
   * ecosystem's order}
   *
   * @param ecosystem the ecosystem analysed
   */
  default List<Actor> customers(ServiceEcosystem ecosystem) {
    List<Actor> customers = new ArrayList<>();
    for (Actor actor : ecosystem.actors()) {
      if (!providers(ecosystem, actor).isEmpty()) {
        customers.add(actor);
      }
    }
    return customers;
  }

  /**
   * {@return how this focus picks customers, as a phrase that completes "every customer (...)", such
   * as "an actor another actor SERVES"}; the default is for focuses written by users
   */
  default String description() {
    return "as a user-defined focus picks them";
  }

  /**
   * {@return the default focus: the beneficiary side of each service relation, so that the payment
   * that answers an offer does not make the provider a customer}
   *
   * <p>Actor {@code p} is a provider of {@code c} when {@code p SERVES c} ({@code p ≠ c}), unless
   * {@code c} serves {@code p} back, {@code c} {@code OFFERS} at least one value proposition and
   * {@code p} offers none. Where neither side or both sides offer propositions, each is the other's
   * customer, as in {@link #servedActors()}.
   */
  static CustomerFocus beneficiaries() {
    return Focuses.BENEFICIARIES;
  }

  /** {@return every actor another actor {@code SERVES} is a customer of each actor serving it} */
  static CustomerFocus servedActors() {
    return Focuses.SERVED;
  }

  /**
   * {@return the declared customers, each a customer of every other actor that {@code SERVES} it}
   *
   * <p>A declared customer that nobody serves has no provider, and the rules ask nothing of it. A
   * declared customer that is not an actor of the checked ecosystem makes the check fail with an
   * {@link IllegalArgumentException} naming it: a mistyped customer is not silently ignored.
   *
   * @param customers the focal customers; copied
   * @throws NullPointerException if {@code customers} is or holds null
   */
  static CustomerFocus of(Collection<Actor> customers) {
    return new Focuses.Declared(ImmutableSet.copyOf(requireNonNull(customers, "customers")));
  }

  /**
   * {@return the declared customers, as {@link #of(Collection)}}
   *
   * @param customers the focal customers
   * @throws NullPointerException if {@code customers} is or holds null
   */
  static CustomerFocus of(Actor... customers) {
    return of(List.of(customers));
  }
}

/** The built-in focuses. */
final class Focuses {

  static final CustomerFocus SERVED =
      new CustomerFocus() {
        @Override
        public List<Actor> providers(ServiceEcosystem ecosystem, Actor actor) {
          return servers(ecosystem, actor);
        }

        @Override
        public String description() {
          return "an actor another actor SERVES";
        }

        @Override
        public String toString() {
          return "CustomerFocus.servedActors()";
        }
      };

  static final CustomerFocus BENEFICIARIES =
      new CustomerFocus() {
        @Override
        public List<Actor> providers(ServiceEcosystem ecosystem, Actor actor) {
          List<Actor> servers = servers(ecosystem, actor);
          if (servers.isEmpty() || !offers(ecosystem, actor)) {
            return servers;
          }
          List<Actor> providers = new ArrayList<>(servers.size());
          for (Actor server : servers) {
            boolean answersAnOffer =
                ecosystem.relation(actor, RelationType.SERVES, server).isPresent()
                    && !offers(ecosystem, server);
            if (!answersAnOffer) {
              providers.add(server);
            }
          }
          return providers;
        }

        @Override
        public String description() {
          return "an actor another actor SERVES, unless that service answers the actor's offer:"
              + " the actor serves it back and OFFERS a value proposition while the other offers"
              + " none";
        }

        @Override
        public String toString() {
          return "CustomerFocus.beneficiaries()";
        }
      };

  private Focuses() {}

  /** Declared customers. */
  record Declared(ImmutableSet<Actor> customers) implements CustomerFocus {

    @Override
    public List<Actor> providers(ServiceEcosystem ecosystem, Actor actor) {
      return customers.contains(actor) ? servers(ecosystem, actor) : List.of();
    }

    @Override
    public List<Actor> customers(ServiceEcosystem ecosystem) {
      List<Actor> served = new ArrayList<>();
      for (Actor c : customers) {
        if (!ecosystem.element(c.id()).filter(c::equals).isPresent()) {
          throw new IllegalArgumentException(
              "customer focus: declared customer '"
                  + c.id()
                  + "' is not an actor of the ecosystem; expected one of its actors");
        }
        if (!servers(ecosystem, c).isEmpty()) {
          served.add(c);
        }
      }
      return served;
    }

    @Override
    public String description() {
      return "one of the " + customers.size() + " declared customers";
    }

    @Override
    public String toString() {
      return "CustomerFocus.of(" + customers.stream().map(Actor::id).toList() + ")";
    }
  }

  /** {@return the actors other than {@code actor} that SERVE it, by id} */
  static List<Actor> servers(ServiceEcosystem ecosystem, Actor actor) {
    List<Actor> servers = new ArrayList<>();
    for (Element e : ecosystem.neighbours(actor, RelationType.SERVES, Direction.INCOMING)) {
      if (e instanceof Actor a && !a.equals(actor)) {
        servers.add(a);
      }
    }
    // by id, so that messages do not depend on the order in which the ecosystem was built
    servers.sort(Comparator.comparing(Actor::id));
    return servers;
  }

  private static boolean offers(ServiceEcosystem ecosystem, Actor actor) {
    return !ecosystem.relations(actor, RelationType.OFFERS, Direction.OUTGOING).isEmpty();
  }
}
