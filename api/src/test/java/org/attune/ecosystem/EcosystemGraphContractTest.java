package org.attune.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.attune.model.Actor;
import org.attune.model.Element;
import org.attune.model.Relation;
import org.attune.model.RelationType;
import org.jgrapht.Graph;
import org.jgrapht.GraphType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The {@link Graph} contract of the ecosystem view, checked against four actors:
 *
 * <pre>
 *   a -SERVES 0.4-&gt; b, a -INFLUENCES 0.7-&gt; b, b -SERVES 0.5-&gt; c, c -SERVES 1.0-&gt; a,
 *   d -INFLUENCES 0.2-&gt; d (a self-loop); e is joined to nothing.
 * </pre>
 */
class EcosystemGraphContractTest {

  private static final Actor A = Actor.individual("a", "A");
  private static final Actor B = Actor.individual("b", "B");
  private static final Actor C = Actor.organisation("c", "C");
  private static final Actor D = Actor.individual("d", "D");
  private static final Actor E = Actor.individual("e", "E");
  private static final Actor ABSENT = Actor.individual("absent", "Absent");

  private static final Relation A_SERVES_B = Relation.of(A, RelationType.SERVES, B, 0.4);
  private static final Relation A_INFLUENCES_B = Relation.of(A, RelationType.INFLUENCES, B, 0.7);
  private static final Relation B_SERVES_C = Relation.of(B, RelationType.SERVES, C, 0.5);
  private static final Relation C_SERVES_A = Relation.of(C, RelationType.SERVES, A);
  private static final Relation D_INFLUENCES_D = Relation.of(D, RelationType.INFLUENCES, D, 0.2);

  private final ServiceEcosystem eco =
      ServiceEcosystem.builder()
          .add(A, B, C, D, E)
          .relate(A_SERVES_B)
          .relate(A_INFLUENCES_B)
          .relate(B_SERVES_C)
          .relate(C_SERVES_A)
          .relate(D_INFLUENCES_D)
          .build();
  private final Graph<Element, Relation> graph = eco.graph();

  @Test
  void should_count_in_out_and_total_degrees_with_a_self_loop_counted_at_both_ends() {
    // given the four actors above
    // when / then: a out 2 (SERVES b, INFLUENCES b), in 1 (from c): 2 + 1 = 3
    assertThat(graph.outDegreeOf(A)).isEqualTo(2);
    assertThat(graph.inDegreeOf(A)).isEqualTo(1);
    assertThat(graph.degreeOf(A)).isEqualTo(3);
    // b out 1 (to c), in 2 (both from a): 1 + 2 = 3
    assertThat(graph.outDegreeOf(B)).isEqualTo(1);
    assertThat(graph.inDegreeOf(B)).isEqualTo(2);
    assertThat(graph.degreeOf(B)).isEqualTo(3);
    // c out 1, in 1: 1 + 1 = 2
    assertThat(graph.outDegreeOf(C)).isEqualTo(1);
    assertThat(graph.inDegreeOf(C)).isEqualTo(1);
    assertThat(graph.degreeOf(C)).isEqualTo(2);
    // d: the self-loop leaves and enters d: out 1 + in 1 = 2
    assertThat(graph.outDegreeOf(D)).isEqualTo(1);
    assertThat(graph.inDegreeOf(D)).isEqualTo(1);
    assertThat(graph.degreeOf(D)).isEqualTo(2);
    // e: nothing
    assertThat(graph.outDegreeOf(E)).isZero();
    assertThat(graph.inDegreeOf(E)).isZero();
    assertThat(graph.degreeOf(E)).isZero();
  }

  @Test
  void should_give_the_edges_of_each_vertex_by_direction() {
    // given the four actors above
    // when / then
    assertThat(graph.outgoingEdgesOf(A)).containsExactlyInAnyOrder(A_SERVES_B, A_INFLUENCES_B);
    assertThat(graph.incomingEdgesOf(A)).containsExactly(C_SERVES_A);
    assertThat(graph.edgesOf(A))
        .containsExactlyInAnyOrder(A_SERVES_B, A_INFLUENCES_B, C_SERVES_A);
    assertThat(graph.incomingEdgesOf(B)).containsExactlyInAnyOrder(A_SERVES_B, A_INFLUENCES_B);
    assertThat(graph.outgoingEdgesOf(B)).containsExactly(B_SERVES_C);
    // the self-loop is one edge, in every direction
    assertThat(graph.outgoingEdgesOf(D)).containsExactly(D_INFLUENCES_D);
    assertThat(graph.incomingEdgesOf(D)).containsExactly(D_INFLUENCES_D);
    assertThat(graph.edgesOf(D)).containsExactly(D_INFLUENCES_D);
    assertThat(graph.edgesOf(E)).isEmpty();
    assertThat(graph.outgoingEdgesOf(E)).isEmpty();
    assertThat(graph.incomingEdgesOf(E)).isEmpty();
  }

  @Test
  void should_give_every_edge_between_two_vertices_and_null_for_an_absent_vertex() {
    // given the four actors above
    // when / then: two parallel edges from a to b, none back
    assertThat(graph.getAllEdges(A, B)).containsExactlyInAnyOrder(A_SERVES_B, A_INFLUENCES_B);
    assertThat(graph.getAllEdges(B, A)).isEmpty();
    assertThat(graph.getAllEdges(B, C)).containsExactly(B_SERVES_C);
    assertThat(graph.getAllEdges(C, A)).containsExactly(C_SERVES_A);
    assertThat(graph.getAllEdges(D, D)).containsExactly(D_INFLUENCES_D);
    assertThat(graph.getAllEdges(A, E)).isEmpty();
    assertThat(graph.getAllEdges(E, A)).isEmpty();
    assertThat(graph.getAllEdges(ABSENT, A)).isNull();
    assertThat(graph.getAllEdges(A, ABSENT)).isNull();
    Set<Relation> between = graph.getAllEdges(A, B);
    assertThat(between).isNotNull();
    assertThatThrownBy(between::clear).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void should_give_one_edge_between_two_vertices_or_null() {
    // given the four actors above
    // when / then
    assertThat(graph.getEdge(A, B)).isIn(A_SERVES_B, A_INFLUENCES_B);
    assertThat(graph.getEdge(B, C)).isEqualTo(B_SERVES_C);
    assertThat(graph.getEdge(C, A)).isEqualTo(C_SERVES_A);
    assertThat(graph.getEdge(D, D)).isEqualTo(D_INFLUENCES_D);
    assertThat(graph.getEdge(B, A)).isNull();
    assertThat(graph.getEdge(C, B)).isNull();
    assertThat(graph.getEdge(A, C)).isNull();
    assertThat(graph.getEdge(E, E)).isNull();
    assertThat(graph.getEdge(ABSENT, A)).isNull();
    assertThat(graph.getEdge(A, ABSENT)).isNull();
    assertThat(graph.getEdge(ABSENT, ABSENT)).isNull();
  }

  @Test
  void should_tell_which_vertices_and_edges_it_holds() {
    // given the four actors above
    // when / then
    assertThat(graph.containsVertex(A)).isTrue();
    assertThat(graph.containsVertex(E)).isTrue();
    assertThat(graph.containsVertex(ABSENT)).isFalse();
    assertThat(graph.containsEdge(A_SERVES_B)).isTrue();
    assertThat(graph.containsEdge(D_INFLUENCES_D)).isTrue();
    // same ends and type, another strength: not held
    assertThat(graph.containsEdge(Relation.of(A, RelationType.SERVES, B, 0.5))).isFalse();
    assertThat(graph.containsEdge(Relation.of(B, RelationType.SERVES, A, 0.4))).isFalse();
    assertThat(graph.containsEdge(A, B)).isTrue();
    assertThat(graph.containsEdge(B, A)).isFalse();
    assertThat(graph.containsEdge(ABSENT, A)).isFalse();
  }

  @Test
  void should_show_its_vertices_and_edges_as_sets_that_answer_contains() {
    // given the four actors above
    Set<Element> vertices = graph.vertexSet();
    Set<Relation> edges = graph.edgeSet();
    // when / then
    assertThat(vertices).hasSize(5).containsExactly(A, B, C, D, E);
    assertThat(vertices.contains(A)).isTrue();
    assertThat(vertices.contains(E)).isTrue();
    assertThat(vertices.contains(ABSENT)).isFalse();
    assertThat(vertices.contains((Object) "a")).isFalse();
    assertThat(edges).hasSize(5)
        .containsExactlyInAnyOrder(A_SERVES_B, A_INFLUENCES_B, B_SERVES_C, C_SERVES_A, D_INFLUENCES_D);
    assertThat(edges.contains(B_SERVES_C)).isTrue();
    assertThat(edges.contains(Relation.of(B, RelationType.SERVES, C, 0.6))).isFalse();
    assertThat(edges.contains((Object) "b")).isFalse();
  }

  @Test
  void should_end_its_set_iterators_with_no_such_element() {
    // given
    Iterator<Element> vertices = graph.vertexSet().iterator();
    Iterator<Relation> edges = graph.outgoingEdgesOf(B).iterator();
    // when: every vertex is read
    for (int i = 0; i < 5; i++) {
      assertThat(vertices.hasNext()).isTrue();
      assertThat(vertices.next()).isNotNull();
    }
    assertThat(edges.next()).isEqualTo(B_SERVES_C);
    // then
    assertThat(vertices.hasNext()).isFalse();
    assertThatThrownBy(vertices::next).isInstanceOf(NoSuchElementException.class);
    assertThat(edges.hasNext()).isFalse();
    assertThatThrownBy(edges::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void should_give_ends_and_weight_of_an_edge() {
    // given the four actors above
    // when / then
    assertThat(graph.getEdgeSource(A_INFLUENCES_B)).isEqualTo(A);
    assertThat(graph.getEdgeTarget(A_INFLUENCES_B)).isEqualTo(B);
    assertThat(graph.getEdgeWeight(A_INFLUENCES_B)).isEqualTo(0.7);
    assertThat(graph.getEdgeWeight(C_SERVES_A)).isEqualTo(1.0);
    assertThat(graph.getEdgeSource(D_INFLUENCES_D)).isEqualTo(D);
    assertThat(graph.getEdgeTarget(D_INFLUENCES_D)).isEqualTo(D);
  }

  @Test
  void should_reject_an_absent_vertex_or_edge_naming_it() {
    // given
    Relation absent = Relation.of(B, RelationType.SERVES, A, 0.4);
    List<Executable> vertexCalls = List.of(
        () -> graph.degreeOf(ABSENT),
        () -> graph.inDegreeOf(ABSENT),
        () -> graph.outDegreeOf(ABSENT),
        () -> graph.edgesOf(ABSENT),
        () -> graph.incomingEdgesOf(ABSENT),
        () -> graph.outgoingEdgesOf(ABSENT));
    List<Executable> edgeCalls = List.of(
        () -> graph.getEdgeSource(absent),
        () -> graph.getEdgeTarget(absent),
        () -> graph.getEdgeWeight(absent));
    // when / then
    for (Executable call : vertexCalls) {
      assertThatThrownBy(call::execute)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("no such vertex in graph: ")
          .hasMessageContaining("absent");
    }
    for (Executable call : edgeCalls) {
      assertThatThrownBy(call::execute)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("no such edge in graph: ");
    }
  }

  @Test
  void should_have_no_suppliers_and_declare_a_directed_weighted_read_only_pseudograph() {
    // given
    GraphType type = graph.getType();
    // when / then
    assertThat(graph.getVertexSupplier()).isNull();
    assertThat(graph.getEdgeSupplier()).isNull();
    assertThat(type.isDirected()).isTrue();
    assertThat(type.isUndirected()).isFalse();
    assertThat(type.isAllowingMultipleEdges()).isTrue();
    assertThat(type.isAllowingSelfLoops()).isTrue();
    assertThat(type.isAllowingCycles()).isTrue();
    assertThat(type.isWeighted()).isTrue();
    assertThat(type.isModifiable()).isFalse();
  }

  @Test
  void should_refuse_every_change_saying_how_to_change_the_ecosystem() {
    // given
    List<Executable> mutators = List.of(
        () -> graph.addVertex(ABSENT),
        () -> graph.addVertex(),
        () -> graph.addEdge(B, A),
        () -> graph.addEdge(B, A, Relation.of(B, RelationType.SERVES, A)),
        () -> graph.removeVertex(E),
        () -> graph.removeEdge(A_SERVES_B),
        () -> graph.removeEdge(A, B),
        () -> graph.removeAllEdges(List.of(A_SERVES_B)),
        () -> graph.removeAllEdges(A, B),
        () -> graph.removeAllVertices(List.of(E)),
        () -> graph.setEdgeWeight(A_SERVES_B, 0.9));
    // when / then
    for (Executable mutator : mutators) {
      assertThatThrownBy(mutator::execute)
          .isInstanceOf(UnsupportedOperationException.class)
          .hasMessage(
              "the graph of a ServiceEcosystem is read-only: change the ecosystem with toBuilder()");
    }
    assertThat(graph.vertexSet()).hasSize(5);
    assertThat(graph.edgeSet()).hasSize(5);
    assertThat(graph.getEdgeWeight(A_SERVES_B)).isEqualTo(0.4);
  }
}
