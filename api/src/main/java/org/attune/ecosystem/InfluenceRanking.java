package org.attune.ecosystem;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.attune.model.Actor;
import org.attune.model.EffectFlow;
import org.attune.model.Element;
import org.attune.model.Relation;
import org.attune.model.RelationType;
import org.jgrapht.alg.interfaces.VertexScoringAlgorithm;

/**
 * How strongly each element of a customer's ecosystem bears on the customer's value formation: the
 * strength of its strongest chain of effect to the customer. A JGraphT {@link VertexScoringAlgorithm}
 * in the shape of {@link org.jgrapht.alg.scoring.PageRank}: the parameters are checked by the
 * constructor, the scores computed once, there, and handed out unmodifiable.
 *
 * <pre>{@code
 * InfluenceRanking influence = new InfluenceRanking(eco, alice);
 * influence.ranking().get(0);           // the clinic, 0.9, through measuring
 * influence.getVertexScore(measuring);  // 1.0: Alice PERFORMS it
 * }</pre>
 *
 * <p><b>The method.</b> The elements looked at are those of the customer ecosystem: the ones {@link
 * Reach} reaches from the customer within {@code radius} steps of the {@link Traversal} (by default
 * {@link Traversal#customerEcosystem()}), and the relations among them, as {@link
 * ServiceEcosystem#around(Actor, int, Traversal)} returns them. The effect of a relation flows as its
 * type's {@link RelationType#flow() flow} says: {@link EffectFlow#FORWARD} from source to target (the
 * provider that SERVES the customer affects it), {@link EffectFlow#BACKWARD} from target to source
 * (the activity an actor PERFORMS, the institution it ADHERES_TO, the collective it is a MEMBER_OF
 * bear on it), {@link EffectFlow#MUTUAL} both ways (PARTNERS_WITH). A user-declared type flows as it
 * was declared. The score of an element is the product of the relation strengths along its strongest
 * chain of effect to the customer (1 for a direct relation of strength 1); when two relations join a
 * pair the stronger counts, and of two chains equally strong the one found first is kept. A chain may be longer than the radius: the radius bounds the ecosystem,
 * not the chains within it.
 *
 * <p><b>How it is computed.</b> Dijkstra's algorithm from the customer against the flow of effect,
 * maximising the product of strengths (all in (0, 1], so a chain never grows stronger as it grows,
 * which is what Dijkstra's algorithm needs), over the ecosystem's own adjacency ({@link
 * ServiceEcosystem#relations(Element, RelationType, Direction)}: views, nothing copied), restricted to
 * the elements reached. It does not run on JGraphT's {@code MaskSubgraph}, {@code EdgeReversedGraph}
 * and {@code AsWeightedGraph} views of {@link ServiceEcosystem#graph()}: a mask filters the edges of
 * a vertex one by one, so at a firm serving 200,000 customers every search would pass all 200,000
 * edges, and the direction of effect differs from one relation type to the next, which no single
 * reversed view expresses. Reading by relation type and direction, a search looks only at the
 * relations whose effect reaches the element it settles, so its cost follows the customer ecosystem,
 * not the ecosystem.
 *
 * <p><b>Scores.</b> {@link #getScores()} holds every element of the ecosystem, as PageRank's does: in
 * (0, 1] for an element with a chain of effect to the customer (an actor, or an activity, a resource,
 * an institution...), 0 for the others and for the customer itself. {@link #ranking()} lists the
 * actors with a chain, strongest first, ties by actor id, each with its chain.
 *
 * <p>Immutable and thread-safe: everything is computed by the constructor.
 */
public final class InfluenceRanking implements VertexScoringAlgorithm<Element, Double> {

  private final ServiceEcosystem ecosystem;
  private final Reach reach;
  private final Map<Element, Double> strengths;
  private final Map<Element, Double> scores;
  private final List<Influence> ranking;

  /**
   * Ranks the actors of {@code customer}'s ecosystem within {@link ServiceEcosystem#DEFAULT_RADIUS}
   * steps of {@link Traversal#customerEcosystem()}.
   *
   * @param ecosystem the ecosystem
   * @param customer the customer: an actor of {@code ecosystem}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code customer} is not in {@code ecosystem}
   */
  public InfluenceRanking(ServiceEcosystem ecosystem, Actor customer) {
    this(ecosystem, customer, ServiceEcosystem.DEFAULT_RADIUS);
  }

  /**
   * Ranks the actors of {@code customer}'s ecosystem within {@code radius} steps of {@link
   * Traversal#customerEcosystem()}.
   *
   * @param ecosystem the ecosystem
   * @param customer the customer: an actor of {@code ecosystem}
   * @param radius how many steps of the customer ecosystem to look at: zero or more
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code customer} is not in {@code ecosystem} or {@code
   *     radius} is negative
   */
  public InfluenceRanking(ServiceEcosystem ecosystem, Actor customer, int radius) {
    this(ecosystem, customer, radius, Traversal.customerEcosystem());
  }

  /**
   * Ranks the actors of {@code customer}'s ecosystem within {@code radius} steps of {@code
   * traversal}.
   *
   * @param ecosystem the ecosystem
   * @param customer the customer: an actor of {@code ecosystem}
   * @param radius how many steps of the customer ecosystem to look at: zero or more
   * @param traversal which steps the customer ecosystem takes
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code customer} is not in {@code ecosystem} or {@code
   *     radius} is negative
   */
  public InfluenceRanking(
      ServiceEcosystem ecosystem, Actor customer, int radius, Traversal traversal) {
    this.ecosystem = requireNonNull(ecosystem, "ecosystem");
    this.reach = Reach.of(ecosystem, customer, radius, traversal);
    Map<Element, Element> towards = new HashMap<>();
    this.strengths = Collections.unmodifiableMap(strongestChains(towards));
    this.ranking = rank(towards);
    this.scores =
        Collections.unmodifiableMap(
            Maps.asMap(ecosystem.graph().vertexSet(), v -> strengths.getOrDefault(v, 0.0)));
  }

  /**
   * {@return the score of every element of the ecosystem: the strength of its strongest chain of
   * effect to the customer, in (0, 1], or 0 if it has none or is the customer}; an unmodifiable view
   * made once, which copies nothing
   */
  @Override
  public Map<Element, Double> getScores() {
    return scores;
  }

  /**
   * {@return the score of {@code vertex}: the strength of its strongest chain of effect to the
   * customer, or 0 if it has none or is the customer}
   *
   * @param vertex an element of the ecosystem
   * @throws NullPointerException if {@code vertex} is null
   * @throws IllegalArgumentException if {@code vertex} is not in the ecosystem
   */
  @Override
  public Double getVertexScore(Element vertex) {
    requireNonNull(vertex, "vertex");
    checkArgument(
        ecosystem.contains(vertex),
        "vertex must be an element of this ecosystem, but was '%s'",
        vertex.id());
    return strengths.getOrDefault(vertex, 0.0);
  }

  /**
   * {@return the actors with a chain of effect to the customer, strongest first, ties by actor id,
   * each with its strongest chain}; the customer itself is not among them
   */
  public List<Influence> ranking() {
    return ranking;
  }

  /** {@return the customer whose ecosystem is ranked} */
  public Actor customer() {
    return reach.customer();
  }

  /** {@return the customer ecosystem looked at: the elements reached from the customer} */
  public Reach reach() {
    return reach;
  }

  /** {@return a summary naming the customer by id, such as {@code InfluenceRanking{'alice', radius 2, 3 actors}}} */
  @Override
  public String toString() {
    return "InfluenceRanking{'"
        + reach.customer().id()
        + "', radius "
        + reach.radius()
        + ", "
        + ranking.size()
        + " actors}";
  }

  // ------------------------------------------------------------------------------------------

  /** A chain found, waiting in the queue: the element, its strength, the order found. */
  private record Candidate(Element element, double strength, long order) {}

  /**
   * {@return the strength of the strongest chain of effect from each element reached to the
   * customer, the customer left out}; fills {@code towards} with the next element of each chain
   */
  private Map<Element, Double> strongestChains(Map<Element, Element> towards) {
    Actor customer = reach.customer();
    List<RelationType> types = ecosystem.relationTypes();
    Map<Element, Double> best = new HashMap<>();
    Set<Element> settled = new HashSet<>();
    PriorityQueue<Candidate> queue =
        new PriorityQueue<>(
            Comparator.comparingDouble(Candidate::strength)
                .reversed()
                .thenComparingLong(Candidate::order));
    long order = 0;
    best.put(customer, 1.0);
    queue.add(new Candidate(customer, 1.0, order++));
    while (!queue.isEmpty()) {
      Candidate c = queue.poll();
      Element e = c.element();
      if (!settled.add(e)) {
        continue;
      }
      for (RelationType type : types) {
        EffectFlow flow = type.flow();
        if (flow.sourceAffectsTarget()) {
          for (Relation r : ecosystem.relations(e, type, Direction.INCOMING)) {
            order = relax(r.source(), e, c.strength() * r.strength(), best, settled, towards,
                queue, order);
          }
        }
        if (flow.targetAffectsSource()) {
          for (Relation r : ecosystem.relations(e, type, Direction.OUTGOING)) {
            order = relax(r.target(), e, c.strength() * r.strength(), best, settled, towards,
                queue, order);
          }
        }
      }
    }
    best.remove(customer);
    return best;
  }

  /** Records a stronger chain from {@code other} through {@code via}; {@return the next order} */
  private long relax(
      Element other,
      Element via,
      double strength,
      Map<Element, Double> best,
      Set<Element> settled,
      Map<Element, Element> towards,
      PriorityQueue<Candidate> queue,
      long order) {
    if (settled.contains(other)
        || !reach.contains(other)
        || !(strength > best.getOrDefault(other, 0.0))) {
      return order;
    }
    best.put(other, strength);
    towards.put(other, via);
    queue.add(new Candidate(other, strength, order));
    return order + 1;
  }

  private List<Influence> rank(Map<Element, Element> towards) {
    List<Influence> found = new ArrayList<>();
    for (Map.Entry<Element, Double> entry : strengths.entrySet()) {
      if (entry.getKey() instanceof Actor actor) {
        List<Element> chain = new ArrayList<>();
        for (Element e = actor; e != null; e = towards.get(e)) {
          chain.add(e);
        }
        found.add(new Influence(actor, entry.getValue(), chain));
      }
    }
    found.sort(
        Comparator.comparingDouble(Influence::strength)
            .reversed()
            .thenComparing(i -> i.actor().id()));
    return ImmutableList.copyOf(found);
  }
}
