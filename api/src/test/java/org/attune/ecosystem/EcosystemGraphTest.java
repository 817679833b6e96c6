package org.attune.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attune.testlib.scenario.ClinicNetwork.ALICE;
import static org.attune.testlib.scenario.ClinicNetwork.BOB;
import static org.attune.testlib.scenario.ClinicNetwork.CLINIC;
import static org.attune.testlib.scenario.ClinicNetwork.MEASURING;
import static org.attune.testlib.scenario.ClinicNetwork.PATIENT_ROLE;
import static org.attune.testlib.scenario.ClinicNetwork.PHARMACY;

import java.util.List;
import org.attune.model.Actor;
import org.attune.model.Element;
import org.attune.model.Relation;
import org.attune.model.RelationType;
import org.attune.testlib.scenario.ClinicNetwork;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.AsUndirectedGraph;
import org.junit.jupiter.api.Test;

class EcosystemGraphTest {

  private final ServiceEcosystem eco = ClinicNetwork.ecosystem();
  private final Graph<Element, Relation> graph = eco.graph();

  @Test
  void should_be_one_view_made_once() {
    assertThat(eco.graph()).isSameAs(graph);
  }

  @Test
  void should_show_every_element_and_relation_with_strength_as_weight() {
    assertThat(graph.vertexSet()).hasSize(10).containsAll(eco.elements());
    assertThat(graph.edgeSet()).hasSize(14).containsAll(eco.relations());
    Relation served = Relation.of(CLINIC, RelationType.SERVES, ALICE, 0.8);
    assertThat(graph.containsEdge(served)).isTrue();
    assertThat(graph.getEdgeWeight(served)).isEqualTo(0.8);
    assertThat(graph.getEdgeSource(served)).isEqualTo(CLINIC);
    assertThat(graph.getEdgeTarget(served)).isEqualTo(ALICE);
    assertThat(graph.getEdge(CLINIC, ALICE)).isEqualTo(served);
    assertThat(graph.getEdge(ALICE, BOB)).isNull();
    // alice: out SERVES clinic, PERFORMS, ACCESSES, ADHERES_TO = 4; in SERVES from clinic, INFLUENCES
    // from bob = 2
    assertThat(graph.outDegreeOf(ALICE)).isEqualTo(4);
    assertThat(graph.inDegreeOf(ALICE)).isEqualTo(2);
    assertThat(graph.degreeOf(ALICE)).isEqualTo(6);
    assertThat(graph.edgesOf(ALICE)).hasSize(6);
    // incoming relations by type name: INFLUENCES from bob, then SERVES from clinic
    assertThat(graph.incomingEdgesOf(ALICE)).extracting(Relation::source).containsExactly(BOB, CLINIC);
    assertThat(graph.getType().isDirected()).isTrue();
    assertThat(graph.getType().isWeighted()).isTrue();
    assertThat(graph.getType().isModifiable()).isFalse();
  }

  @Test
  void should_refuse_every_change() {
    Relation served = Relation.of(CLINIC, RelationType.SERVES, ALICE, 0.8);
    List<Runnable> mutators = List.of(
        () -> graph.addVertex(Actor.individual("x", "X")),
        () -> graph.addVertex(),
        () -> graph.addEdge(ALICE, BOB),
        () -> graph.addEdge(ALICE, BOB, Relation.of(ALICE, RelationType.SERVES, BOB)),
        () -> graph.removeVertex(ALICE),
        () -> graph.removeEdge(served),
        () -> graph.removeEdge(CLINIC, ALICE),
        () -> graph.removeAllEdges(List.of()),
        () -> graph.removeAllEdges(CLINIC, ALICE),
        () -> graph.removeAllVertices(List.of()),
        () -> graph.setEdgeWeight(served, 0.1),
        () -> graph.vertexSet().clear(),
        () -> graph.edgeSet().remove(served),
        () -> graph.outgoingEdgesOf(CLINIC).clear());
    for (Runnable mutator : mutators) {
      assertThatThrownBy(mutator::run).isInstanceOf(UnsupportedOperationException.class);
    }
    assertThat(graph.edgeSet()).hasSize(14);
  }

  @Test
  void should_reject_vertices_and_edges_it_does_not_hold() {
    Actor carol = Actor.individual("carol", "Carol");
    assertThatThrownBy(() -> graph.outgoingEdgesOf(carol))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("carol");
    assertThatThrownBy(() -> graph.getEdgeWeight(Relation.of(BOB, RelationType.SERVES, ALICE)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(graph.containsVertex(carol)).isFalse();
    assertThat(graph.getAllEdges(carol, ALICE)).isNull();
  }

  @Test
  void should_run_jgrapht_algorithms() {
    // the patient role is joined to nothing: two connected components
    ConnectivityInspector<Element, Relation> inspector = new ConnectivityInspector<>(graph);
    assertThat(inspector.connectedSets()).hasSize(2);
    assertThat(inspector.connectedSetOf(PATIENT_ROLE)).containsExactly(PATIENT_ROLE);

    // lightest path by strength from pharmacy to measuring, direction ignored:
    // pharmacy -0.5- clinic -0.9- measuring = 1.4; via alice 0.5 + 0.8 + 1.0 = 2.3
    GraphPath<Element, Relation> path =
        DijkstraShortestPath.findPathBetween(new AsUndirectedGraph<>(graph), PHARMACY, MEASURING);
    assertThat(path.getVertexList()).containsExactly(PHARMACY, CLINIC, MEASURING);
    assertThat(path.getWeight()).isCloseTo(1.4, org.assertj.core.data.Offset.offset(1e-12));
  }
}
