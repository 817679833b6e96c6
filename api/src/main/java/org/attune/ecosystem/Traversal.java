package org.attune.ecosystem;

import org.attune.model.Actor;
import org.attune.model.EffectFlow;
import org.attune.model.Element;
import org.attune.model.Relation;
import org.attune.model.RelationType;

/**
 * Which relations the customer ecosystem follows: for a step from an element across one of its
 * relations to the element at the other end, whether the search from the focal customer takes it.
 * {@link ServiceEcosystem#around(Actor, int, Traversal)}, {@link InfluenceRanking} and the CDL rule
 * {@code cdl.customer-ecosystems} all search with {@link Reach}, which asks a traversal; so replacing
 * the traversal changes all of them alike.
 *
 * <p><b>The CDL default</b>, {@link #customerEcosystem()}. The customer ecosystem is the actors and
 * elements related to <i>this</i> customer's life and value formation, the customer at its core: its
 * providers, its family and peers, the collectives it belongs to, its activities, resources and
 * institutions (Voima, Heinonen &amp; Strandvik 2011; Heinonen &amp; Strandvik 2015, foundation 5).
 * It is not the provider's customer base. So:
 *
 * <ul>
 *   <li>from the customer itself, every relation is followed, both ways: all of its own ties;
 *   <li>from any other element, a step into an <i>actor</i> that the element's relation only affects
 *       (its {@link EffectFlow effect} flows one way, from the element to that actor) is not taken.
 *       That leaves out a provider's other beneficiaries ({@code SERVES}), the other performers of a
 *       shared activity ({@code PERFORMS}), the other adherents of an institution ({@code
 *       ADHERES_TO}), the other members of a collective ({@code MEMBER_OF}), the other accessors of a
 *       shared resource ({@code ACCESSES}), and the actors the element {@code INFLUENCES};
 *   <li>every other step is taken: to what affects the element (the provider that serves a peer, the
 *       actor that supports an activity), to partners both ways ({@code PARTNERS_WITH}), and to the
 *       elements that are not actors (the touchpoints a provider operates, the propositions it offers,
 *       the resources an activity integrates).
 * </ul>
 *
 * <p>So peers are reached through the customer's own ties ({@code INFLUENCES}, {@code MEMBER_OF},
 * {@code PARTNERS_WITH}, ...), not through a firm they share: with one firm serving 200,000 customers,
 * {@code around(customer, 2)} holds the customer, the firm, the firm's partners, touchpoints and
 * propositions, and the customer's own peers, collectives and activities, and costs in proportion to
 * them.
 *
 * <p><b>Known limit: service for service.</b> The rule reads the direction of effect, and a customer
 * that {@code SERVES} its firm back (money or data modelled as service, as SDL's service-for-service
 * exchange asks) affects the firm. From the firm, that relation is then a step to what affects the
 * firm, and is taken: the default does not fan out from a firm to its other customers <i>only if</i>
 * their relations to the firm carry effect from the firm to them alone (the firm {@code SERVES} them;
 * they are {@code MEMBER_OF} it), not if they {@code SERVE}, {@code INFLUENCE} or partner with it.
 * Where a model has customers serve the firm back, replace the traversal, for instance with one that
 * also refuses the step into an actor the element serves:
 *
 * <pre>{@code
 * Traversal notIntoCustomers = (customer, from, relation, to, hop) ->
 *     Traversal.customerEcosystem().follows(customer, from, relation, to, hop)
 *         && (from.equals(customer) || eco.relation(from, RelationType.SERVES, to).isEmpty());
 * }</pre>
 *
 * <p><b>Cost.</b> {@link Reach} asks {@link #mayFollow} once per element, relation type and
 * direction, and {@link #follows} only for the relations of the groups it may follow; so a traversal
 * that answers {@code mayFollow} precisely lets the search skip a hub's hundreds of thousands of
 * relations without looking at them. A lambda answers {@link #follows} only ({@code mayFollow} then
 * says yes to every group): it gives the same elements, at a cost in proportion to the relations of
 * every element it reaches rather than only of those it follows. Both built-ins answer {@code
 * mayFollow} precisely.
 *
 * <p>A traversal must be pure, thread-safe and fast: it is asked many times per search, from any
 * thread.
 */
@FunctionalInterface
public interface Traversal {

  /**
   * {@return whether the customer ecosystem of {@code customer} takes the step from {@code from}
   * across {@code relation} to {@code to}}; asked only for a {@code to} not reached yet
   *
   * @param customer the focal customer, at the core of the customer ecosystem
   * @param from the element the step starts at: the customer, or an element reached earlier
   * @param relation a relation of {@code from}, which it is the source or the target of
   * @param to the element at the other end of {@code relation}
   * @param hop the number of this step on the way from the customer: 1 for a step from the customer
   */
  boolean follows(Actor customer, Element from, Relation relation, Element to, int hop);

  /**
   * {@return whether any relation of {@code type} in {@code direction} from {@code from} may be
   * followed}; {@code false} promises that {@link #follows} would refuse every one of them, so the
   * search skips them unseen. This default says {@code true}: every group is looked at.
   *
   * @param customer the focal customer
   * @param from the element the steps would start at
   * @param type the relation type of the group
   * @param direction {@link Direction#OUTGOING} for the relations {@code from} is the source of,
   *     {@link Direction#INCOMING} for those it is the target of, {@link Direction#BOTH} for either
   * @param hop the number of the steps on the way from the customer: 1 for steps from the customer
   */
  default boolean mayFollow(
      Actor customer, Element from, RelationType type, Direction direction, int hop) {
    return true;
  }

  /**
   * {@return the CDL default: every tie of the customer, and from any other element every step but
   * the one into an actor the element's relation only affects}; see this interface's description
   * for the rule, its source (Voima, Heinonen &amp; Strandvik 2011) and its known limit
   */
  static Traversal customerEcosystem() {
    return Traversals.CUSTOMER_ECOSYSTEM;
  }

  /**
   * {@return the traversal that follows every relation, both ways, from every element}: the
   * neighbourhood of the customer in the whole graph, as {@code around} gave it before the customer
   * ecosystem was bounded. From a firm it fans out to every customer the firm serves.
   */
  static Traversal everyRelation() {
    return Traversals.EVERY_RELATION;
  }
}
