package org.attune.ecosystem;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.attune.model.Actor;
import org.attune.model.Element;
import org.attune.model.Relation;
import org.attune.model.RelationType;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm.SingleSourcePaths;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.EdgeReversedGraph;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

/** The strongest-chain influence ranking documented on {@link ServiceEcosystem#influence(Actor, int)}. */
final class InfluenceRanking {

  /** Relation types whose effect flows from target back to source: what an actor holds or joins. */
  private static final Set<String> BACKWARD =
      ImmutableSet.of(
          RelationType.PERFORMS.name(),
          RelationType.ACCESSES.name(),
          RelationType.ADHERES_TO.name(),
          RelationType.INTEGRATES.name(),
          RelationType.MEMBER_OF.name());

  /** Relation types whose effect flows both ways. */
  private static final Set<String> MUTUAL = ImmutableSet.of(RelationType.PARTNERS_WITH.name());

  private InfluenceRanking() {}

  static List<Influence> rank(ServiceEcosystem eco, Actor customer) {
    Graph<Element, DefaultWeightedEdge> effect = new SimpleDirectedWeightedGraph<>(
        DefaultWeightedEdge.class);
    for (Element e : eco.elements()) {
      effect.addVertex(e);
    }
    for (Relation r : eco.relations()) {
      String type = r.type().name();
      if (BACKWARD.contains(type)) {
        flow(effect, r.target(), r.source(), r.strength());
      } else {
        flow(effect, r.source(), r.target(), r.strength());
        if (MUTUAL.contains(type)) {
          flow(effect, r.target(), r.source(), r.strength());
        }
      }
    }
    SingleSourcePaths<Element, DefaultWeightedEdge> paths =
        new DijkstraShortestPath<>(new EdgeReversedGraph<>(effect)).getPaths(customer);
    List<Influence> ranking = new ArrayList<>();
    for (Actor actor : eco.actors()) {
      if (actor.equals(customer)) {
        continue;
      }
      GraphPath<Element, DefaultWeightedEdge> path = paths.getPath(actor);
      if (path != null) {
        List<Element> chain = new ArrayList<>(path.getVertexList());
        java.util.Collections.reverse(chain);
        double strength = Math.min(1.0, Math.exp(-path.getWeight()));
        ranking.add(new Influence(actor, strength, ImmutableList.copyOf(chain)));
      }
    }
    ranking.sort(
        Comparator.comparingDouble(Influence::strength)
            .reversed()
            .thenComparing(i -> i.actor().id()));
    return ImmutableList.copyOf(ranking);
  }

  /** Adds an effect edge, keeping the strongest when a pair is joined more than once. */
  private static void flow(
      Graph<Element, DefaultWeightedEdge> effect, Element from, Element to, double strength) {
    if (from.equals(to)) {
      return;
    }
    double weight = -Math.log(strength);
    DefaultWeightedEdge edge = effect.getEdge(from, to);
    if (edge == null) {
      effect.setEdgeWeight(effect.addEdge(from, to), weight);
    } else {
      effect.setEdgeWeight(edge, Math.min(weight, effect.getEdgeWeight(edge)));
    }
  }
}
