package org.attune.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attune.exchange.ResultsJsonTest.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.journey.DirectlyFollowsGraph;
import org.attune.model.Actor;
import org.attune.model.Relation;
import org.attune.model.RelationType;
import org.attune.testlib.scenario.BankAndCustomers;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class GraphExportTest {

  private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";

  /** A customer and a provider of hostile ids, and a name of two lines. */
  private static final Actor QUOTED = Actor.individual("a \"q\", b", "Ann\nLee");
  private static final Actor BACKSLASHED = Actor.organisation("x\\\"y", "X");

  @Test
  void should_write_an_ecosystem_to_dot_that_jgrapht_reads_back() throws IOException {
    // given
    ServiceEcosystem eco = BankAndCustomers.ecosystem();

    // when
    Dot dot = Dot.read(text(out -> GraphExport.standard().writeDot(eco, out)));

    // then
    assertThat(dot.graph.vertexSet()).hasSize(eco.elementCount());
    assertThat(dot.graph.edgeSet()).hasSize(eco.relationCount());
    assertThat(dot.vertex("maya")).containsEntry("kind", "ACTOR").containsEntry("label", "maya")
        .containsEntry("shape", "ellipse");
    assertThat(dot.vertex("invoicing")).containsEntry("kind", "ACTIVITY");
    Map<String, String> serves = dot.edge("northbank", "maya");
    assertThat(serves).containsEntry("type", "SERVES").containsEntry("label", "SERVES")
        .containsEntry("strength", "0.7");
  }

  @Test
  void should_write_an_ecosystem_to_graphml_with_its_attributes() throws Exception {
    // given
    ServiceEcosystem eco = BankAndCustomers.ecosystem();

    // when
    GraphMl xml = GraphMl.read(text(out -> GraphExport.standard().writeGraphMl(eco, out)));

    // then
    assertThat(xml.nodes.getLength()).isEqualTo(eco.elementCount());
    assertThat(xml.edges.getLength()).isEqualTo(eco.relationCount());
    assertThat(xml.node("maya")).containsEntry("kind", "ACTOR").containsEntry("label", "maya");
    assertThat(xml.node("maya")).doesNotContainKey("hop");
    Relation first = eco.relations().get(0);
    Map<String, String> edge = xml.edge(0);
    assertThat(edge).containsEntry("source", first.source().id())
        .containsEntry("target", first.target().id())
        .containsEntry("type", first.type().name())
        .containsEntry("strength", String.valueOf(first.strength()));
  }

  @Test
  void should_write_a_customer_ecosystem_with_each_element_s_hop_from_the_customer()
      throws Exception {
    // given
    ServiceEcosystem eco = BankAndCustomers.ecosystem();
    ServiceEcosystem around = eco.around(BankAndCustomers.MAYA, 1);

    // when
    String dotText = text(out ->
        GraphExport.standard().writeDot(eco, BankAndCustomers.MAYA, 1, out));
    Dot dot = Dot.read(dotText);
    GraphMl xml = GraphMl.read(text(out ->
        GraphExport.standard().writeGraphMl(eco, BankAndCustomers.MAYA, 1, out)));

    // then
    assertThat(dot.graph.vertexSet()).hasSize(around.elementCount());
    assertThat(dot.graph.edgeSet()).hasSize(around.relationCount());
    assertThat(xml.nodes.getLength()).isEqualTo(around.elementCount());
    assertThat(xml.edges.getLength()).isEqualTo(around.relationCount());
    assertThat(dot.vertex("maya")).containsEntry("hop", "0");
    assertThat(dot.vertex("northbank")).containsEntry("hop", "1");
    assertThat(xml.node("maya")).containsEntry("hop", "0");
    assertThat(xml.node("accountant")).containsEntry("hop", "1");
    assertThat(around.elementCount()).isLessThan(eco.elementCount());
  }

  @Test
  void should_carry_ids_with_quotes_commas_and_backslashes_and_names_of_two_lines()
      throws Exception {
    // given
    ServiceEcosystem eco = ServiceEcosystem.builder().add(QUOTED, BACKSLASHED)
        .relate(BACKSLASHED, RelationType.SERVES, QUOTED, 0.5).build();

    // when
    Dot dot = Dot.read(text(out -> GraphExport.standard().withNames().writeDot(eco, out)));
    GraphMl xml =
        GraphMl.read(text(out -> GraphExport.standard().withNames().writeGraphMl(eco, out)));

    // then
    assertThat(dot.graph.vertexSet()).containsExactly("a \"q\", b", "x\\\"y");
    assertThat(dot.vertex("a \"q\", b")).containsEntry("label", "Ann\nLee");
    assertThat(dot.edge("x\\\"y", "a \"q\", b")).containsEntry("strength", "0.5");
    assertThat(xml.node("a \"q\", b")).containsEntry("label", "Ann\nLee");
    assertThat(xml.edge(0)).containsEntry("source", "x\\\"y").containsEntry("target", "a \"q\", b");
  }

  @Test
  void should_refuse_an_id_dot_cannot_quote() {
    // given
    ServiceEcosystem eco = ServiceEcosystem.builder().add(Actor.individual("tail\\", "T")).build();

    // when / then
    assertThatThrownBy(() -> GraphExport.standard().writeDot(eco, Writer.nullWriter()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("element id must not end in a backslash, which DOT cannot quote (write GraphML"
            + " instead), but was \"tail\\\\\"");
  }

  @Test
  void should_write_a_directly_follows_graph_with_its_counts() throws Exception {
    // given
    DirectlyFollowsGraph dfg = ResultsJsonTest.dfg();

    // when
    Dot dot = Dot.read(text(out -> GraphExport.standard().writeDot(dfg, out)));
    GraphMl xml = GraphMl.read(text(out -> GraphExport.standard().writeGraphMl(dfg, out)));

    // then
    assertThat(dot.graph.vertexSet()).hasSize(dfg.touchpoints().size());
    assertThat(dot.graph.edgeSet()).hasSize(dfg.transitions().size());
    assertThat(xml.nodes.getLength()).isEqualTo(dfg.touchpoints().size());
    assertThat(xml.edges.getLength()).isEqualTo(dfg.transitions().size());
    // ad: 2 episodes, 2 journeys start there, none ends there
    assertThat(dot.vertex("ad")).containsEntry("occurrences", "2").containsEntry("starts", "2")
        .containsEntry("ends", "0");
    assertThat(xml.node("shop")).containsEntry("ends", "2");
    assertThat(dot.edge("ad", "app")).containsEntry("count", "2").containsEntry("label", "2")
        .containsEntry("probability", "1.0").containsEntry("median_wait", "PT10M");
    assertThat(xml.edge(0)).containsEntry("source", "ad").containsEntry("count", "2")
        .containsEntry("p90_wait", "PT14M");
  }

  @Test
  void should_write_the_same_bytes_for_the_same_ecosystem() throws IOException {
    // when
    String dot1 = text(out -> GraphExport.standard().writeDot(BankAndCustomers.ecosystem(), out));
    String dot2 = text(out -> GraphExport.standard().writeDot(BankAndCustomers.ecosystem(), out));
    String xml1 =
        text(out -> GraphExport.standard().writeGraphMl(BankAndCustomers.ecosystem(), out));
    String xml2 =
        text(out -> GraphExport.standard().writeGraphMl(BankAndCustomers.ecosystem(), out));

    // then
    assertThat(dot1).isEqualTo(dot2);
    assertThat(xml1).isEqualTo(xml2);
  }

  @Test
  void should_throw_the_io_error_of_the_writer() {
    // given
    IOException full = new IOException("disk full");
    Writer failing = new Writer() {
      @Override
      public void write(char[] buffer, int offset, int length) throws IOException {
        throw full;
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };

    // when / then: DOT goes through a PrintWriter, which would swallow it
    assertThatThrownBy(() -> GraphExport.standard().writeDot(BankAndCustomers.ecosystem(), failing))
        .isSameAs(full);
    assertThatThrownBy(
            () -> GraphExport.standard().writeGraphMl(BankAndCustomers.ecosystem(), failing))
        .isSameAs(full);
  }

  // ------------------------------------------------------------------------------------------

  /** A DOT document read back by JGraphT's importer, with the attributes of its nodes and edges. */
  private static final class Dot {
    final Graph<String, DefaultEdge> graph =
        new DirectedPseudograph<>(null, SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
    final Map<String, Map<String, String>> vertices = new HashMap<>();
    final Map<DefaultEdge, Map<String, String>> edges = new HashMap<>();

    static Dot read(String text) {
      Dot dot = new Dot();
      DOTImporter<String, DefaultEdge> importer = new DOTImporter<>();
      importer.setVertexFactory(id -> id);
      importer.addVertexAttributeConsumer((p, a) ->
          dot.vertices.computeIfAbsent(p.getFirst(), k -> new HashMap<>())
              .put(p.getSecond(), value(a)));
      importer.addEdgeAttributeConsumer((p, a) ->
          dot.edges.computeIfAbsent(p.getFirst(), k -> new HashMap<>())
              .put(p.getSecond(), value(a)));
      importer.importGraph(dot.graph, new StringReader(text));
      return dot;
    }

    private static String value(Attribute a) {
      return a.getValue();
    }

    Map<String, String> vertex(String id) {
      assertThat(graph.containsVertex(id)).as("vertex %s", id).isTrue();
      return vertices.getOrDefault(id, Map.of());
    }

    Map<String, String> edge(String source, String target) {
      DefaultEdge e = graph.getEdge(source, target);
      assertThat(e).as("edge %s -> %s", source, target).isNotNull();
      return edges.getOrDefault(e, Map.of());
    }
  }

  /** A GraphML document read as XML, its data keys resolved to attribute names. */
  private static final class GraphMl {
    final NodeList nodes;
    final NodeList edges;
    final Map<String, String> keyNames = new HashMap<>();

    private GraphMl(Document doc) {
      NodeList keys = doc.getElementsByTagNameNS(GRAPHML, "key");
      for (int i = 0; i < keys.getLength(); i++) {
        Element key = (Element) keys.item(i);
        keyNames.put(key.getAttribute("id"), key.getAttribute("attr.name"));
      }
      nodes = doc.getElementsByTagNameNS(GRAPHML, "node");
      edges = doc.getElementsByTagNameNS(GRAPHML, "edge");
    }

    static GraphMl read(String text) throws Exception {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return new GraphMl(
          factory.newDocumentBuilder().parse(new InputSource(new StringReader(text))));
    }

    Map<String, String> node(String id) {
      for (int i = 0; i < nodes.getLength(); i++) {
        Element node = (Element) nodes.item(i);
        if (node.getAttribute("id").equals(id)) {
          return data(node);
        }
      }
      throw new AssertionError("no node of id " + id);
    }

    Map<String, String> edge(int i) {
      Element edge = (Element) edges.item(i);
      Map<String, String> result = data(edge);
      result.put("source", edge.getAttribute("source"));
      result.put("target", edge.getAttribute("target"));
      return result;
    }

    private Map<String, String> data(Element owner) {
      Map<String, String> result = new LinkedHashMap<>();
      NodeList data = owner.getElementsByTagNameNS(GRAPHML, "data");
      for (int i = 0; i < data.getLength(); i++) {
        Element d = (Element) data.item(i);
        result.put(keyNames.get(d.getAttribute("key")), d.getTextContent());
      }
      return result;
    }
  }
}
