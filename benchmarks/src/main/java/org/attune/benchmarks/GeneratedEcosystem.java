package org.attune.benchmarks;

import java.util.SplittableRandom;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Actor;
import org.attune.model.Element;
import org.attune.model.RelationType;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * A generated CRM-like ecosystem with ten relations per actor: firms of a thousand customers each,
 * every customer served by its firm and serving it back, and influencing eight peers of its community
 * of a hundred. The neighbourhood of a customer stays the same size however many firms there are.
 */
final class GeneratedEcosystem {

  static final int RELATIONS_PER_ACTOR = 10;
  static final int CUSTOMERS_PER_FIRM = 1000;
  static final int COMMUNITY = 100;
  static final int PEERS = 8;

  final Actor[] actors;
  final int[] sources;
  final int[] targets;
  final RelationType[] types;
  final double[] strengths;

  /**
   * Generates the ecosystem.
   *
   * @param relations the number of relations wanted: a multiple of {@code RELATIONS_PER_ACTOR *
   *     CUSTOMERS_PER_FIRM}
   * @param seed the random seed
   */
  GeneratedEcosystem(int relations, long seed) {
    int customers = relations / RELATIONS_PER_ACTOR;
    int firms = customers / CUSTOMERS_PER_FIRM;
    SplittableRandom random = new SplittableRandom(seed);
    actors = new Actor[customers + firms];
    for (int f = 0; f < firms; f++) {
      actors[f] = Actor.organisation("firm-" + f, "Firm " + f);
    }
    for (int c = 0; c < customers; c++) {
      actors[firms + c] = Actor.individual("customer-" + c, "Customer " + c);
    }
    int m = customers * RELATIONS_PER_ACTOR;
    sources = new int[m];
    targets = new int[m];
    types = new RelationType[m];
    strengths = new double[m];
    int r = 0;
    for (int c = 0; c < customers; c++) {
      int customer = firms + c;
      int firm = c / CUSTOMERS_PER_FIRM;
      r = add(r, firm, RelationType.SERVES, customer, random);
      r = add(r, customer, RelationType.SERVES, firm, random);
      int community = c / COMMUNITY * COMMUNITY;
      int first = random.nextInt(COMMUNITY);
      for (int k = 1; k <= PEERS; k++) {
        // eight distinct peers of the community, never the customer itself
        int peer = community + (first + k * 11) % COMMUNITY;
        if (peer == c) {
          peer = community + (first + (PEERS + 1) * 11) % COMMUNITY;
        }
        r = add(r, customer, RelationType.INFLUENCES, firms + peer, random);
      }
    }
  }

  private int add(int r, int source, RelationType type, int target, SplittableRandom random) {
    sources[r] = source;
    targets[r] = target;
    types[r] = type;
    strengths[r] = 0.05 + 0.95 * random.nextDouble();
    return r + 1;
  }

  int relationCount() {
    return sources.length;
  }

  Actor customer(int c) {
    return actors[actors.length - sources.length / RELATIONS_PER_ACTOR + c];
  }

  ServiceEcosystem build() {
    return builder().build();
  }

  /** {@return a builder holding the actors and relations, for more to be added} */
  ServiceEcosystem.Builder builder() {
    ServiceEcosystem.Builder builder = ServiceEcosystem.builder();
    builder.add(actors);
    for (int r = 0; r < sources.length; r++) {
      builder.relate(actors[sources[r]], types[r], actors[targets[r]], strengths[r]);
    }
    return builder;
  }

  DefaultDirectedWeightedGraph<Element, DefaultWeightedEdge> buildJGraphT() {
    DefaultDirectedWeightedGraph<Element, DefaultWeightedEdge> graph =
        new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    for (Actor actor : actors) {
      graph.addVertex(actor);
    }
    for (int r = 0; r < sources.length; r++) {
      DefaultWeightedEdge edge = graph.addEdge(actors[sources[r]], actors[targets[r]]);
      graph.setEdgeWeight(edge, strengths[r]);
    }
    return graph;
  }
}
