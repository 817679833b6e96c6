package org.attune.ecosystem;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.attune.model.Actor;
import org.attune.model.Element;
import org.attune.model.Relation;
import org.attune.model.RelationType;

/**
 * The elements a customer ecosystem reaches: a breadth-first search from the customer, at most
 * {@code radius} steps, taking the steps its {@link Traversal} follows. This is the one search of the
 * customer ecosystem: {@link ServiceEcosystem#around(Actor, int, Traversal)} returns the ecosystem of
 * the elements reached, {@link InfluenceRanking} ranks the actors among them, and the CDL rule {@code
 * cdl.customer-ecosystems} looks for an actor among them.
 *
 * <pre>{@code
 * Reach reach = Reach.of(eco, alice, 2, Traversal.customerEcosystem());
 * reach.elements();     // alice first, then what her ties reach, hop by hop
 * reach.hop(clinic);    // OptionalInt[1]
 * }</pre>
 *
 * <p><b>Order.</b> The customer first, then the elements by the hop at which they were first reached;
 * within a hop, by the element they were reached from, and from one element its outgoing relations
 * before its incoming ones, each in the ecosystem's relation order (by relation type, then by the
 * element at the other end).
 *
 * <p><b>Cost.</b> In proportion to the relations the search looks at: for each element reached short
 * of the radius, the relations of the groups (relation type, direction) the traversal {@link
 * Traversal#mayFollow may follow}. It reads the ecosystem through its public queries only.
 *
 * <p>Immutable and thread-safe once made.
 */
public final class Reach {

  /** The two ways a step leaves an element: across a relation it is the source of, or the target. */
  private static final Direction[] STEPS = {Direction.OUTGOING, Direction.INCOMING};

  private final Actor customer;
  private final int radius;
  private final Traversal traversal;
  private final Map<Element, Integer> hops;

  private Reach(Actor customer, int radius, Traversal traversal, Map<Element, Integer> hops) {
    this.customer = customer;
    this.radius = radius;
    this.traversal = traversal;
    this.hops = Collections.unmodifiableMap(hops);
  }

  /**
   * {@return the elements {@code customer}'s ecosystem reaches within {@code radius} steps of {@code
   * traversal}}
   *
   * @param ecosystem the ecosystem to search
   * @param customer the actor at the core: must be in {@code ecosystem}
   * @param radius how many steps: zero or more; 0 reaches the customer alone
   * @param traversal which steps to take, such as {@link Traversal#customerEcosystem()}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code customer} is not in {@code ecosystem} or {@code
   *     radius} is negative
   */
  public static Reach of(
      ServiceEcosystem ecosystem, Actor customer, int radius, Traversal traversal) {
    requireNonNull(ecosystem, "ecosystem");
    requireCustomer(ecosystem, customer);
    requireRadius(radius);
    requireNonNull(traversal, "traversal");
    Map<Element, Integer> hops = new LinkedHashMap<>();
    hops.put(customer, 0);
    List<RelationType> types = ecosystem.relationTypes();
    boolean[] may = new boolean[types.size()];
    List<Element> frontier = List.of(customer);
    for (int hop = 1; hop <= radius && !frontier.isEmpty(); hop++) {
      List<Element> next = new ArrayList<>();
      for (Element from : frontier) {
        for (Direction direction : STEPS) {
          boolean all = true;
          for (int t = 0; t < may.length; t++) {
            may[t] = traversal.mayFollow(customer, from, types.get(t), direction, hop);
            all &= may[t];
          }
          if (all) {
            step(ecosystem.relations(from, direction), customer, from, direction, hop, traversal,
                hops, next);
          } else {
            for (int t = 0; t < may.length; t++) {
              if (may[t]) {
                step(ecosystem.relations(from, types.get(t), direction), customer, from, direction,
                    hop, traversal, hops, next);
              }
            }
          }
        }
      }
      frontier = next;
    }
    return new Reach(customer, radius, traversal, hops);
  }

  private static void step(
      List<Relation> relations,
      Actor customer,
      Element from,
      Direction direction,
      int hop,
      Traversal traversal,
      Map<Element, Integer> hops,
      List<Element> next) {
    for (Relation r : relations) {
      Element to = direction == Direction.OUTGOING ? r.target() : r.source();
      if (!hops.containsKey(to) && traversal.follows(customer, from, r, to, hop)) {
        hops.put(to, hop);
        next.add(to);
      }
    }
  }

  /** {@return the actor at the core} */
  public Actor customer() {
    return customer;
  }

  /** {@return the most steps taken from the customer} */
  public int radius() {
    return radius;
  }

  /** {@return the traversal that chose the steps} */
  public Traversal traversal() {
    return traversal;
  }

  /** {@return every element reached, the customer first, in the order reached; unmodifiable} */
  public Set<Element> elements() {
    return hops.keySet();
  }

  /** {@return how many elements were reached, the customer included} */
  public int size() {
    return hops.size();
  }

  /**
   * {@return whether {@code element} was reached}
   *
   * @param element any element
   */
  public boolean contains(Element element) {
    return hops.containsKey(requireNonNull(element, "element"));
  }

  /**
   * {@return the number of steps by which {@code element} was first reached, 0 for the customer, or
   * empty if it was not reached}
   *
   * @param element any element
   */
  public OptionalInt hop(Element element) {
    Integer hop = hops.get(requireNonNull(element, "element"));
    return hop == null ? OptionalInt.empty() : OptionalInt.of(hop);
  }

  /** {@return a summary naming the customer by id, such as {@code Reach{'alice', radius 2, 9 elements}}} */
  @Override
  public String toString() {
    return "Reach{'" + customer.id() + "', radius " + radius + ", " + hops.size() + " elements}";
  }

  /** Checks that {@code customer} is an actor of {@code ecosystem}, as {@code around} does. */
  static void requireCustomer(ServiceEcosystem ecosystem, Actor customer) {
    requireNonNull(customer, "customer");
    checkArgument(
        ecosystem.contains(customer),
        "customer must be an actor of this ecosystem, but was '%s'",
        customer.id());
  }

  /** Checks that {@code radius} is zero or more, as {@code around} does. */
  static void requireRadius(int radius) {
    checkArgument(radius >= 0, "radius must be >= 0, but was %s", radius);
  }
}
