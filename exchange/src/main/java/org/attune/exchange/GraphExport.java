package org.attune.exchange;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import org.attune.ecosystem.Reach;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.ecosystem.Traversal;
import org.attune.journey.DirectlyFollowsGraph;
import org.attune.model.Actor;
import org.attune.model.Element;
import org.attune.model.Ids;
import org.attune.model.Relation;
import org.jgrapht.Graph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.ExportException;
import org.jgrapht.nio.GraphExporter;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;
import org.jspecify.annotations.Nullable;

/**
 * Writes graphs to DOT (Graphviz) and GraphML through JGraphT's {@code jgrapht-io}: an ecosystem, a
 * customer ecosystem and a directly-follows graph, with labels and attributes.
 *
 * <ul>
 *   <li><b>Ecosystem</b> ({@link ServiceEcosystem#graph()}): a node per element, its id the
 *       element's id, with {@code label} (the id, or the name with {@link #withNames()}) and {@code
 *       kind} (such as {@code ACTOR}); DOT also gets a {@code shape} per kind. An edge per relation,
 *       with {@code label} and {@code type} (the relation type's name) and {@code strength}.
 *   <li><b>Customer ecosystem</b> ({@link ServiceEcosystem#around(Actor, int)}): as an ecosystem,
 *       each node with {@code hop}, its distance in steps from the customer ({@link Reach#hop}); the
 *       customer has hop 0.
 *   <li><b>Directly-follows graph</b> ({@link DirectlyFollowsGraph#graph()}): a node per touchpoint
 *       id with {@code label}, {@code occurrences}, {@code starts} and {@code ends}; an edge per
 *       transition with {@code label} (its count), {@code count}, {@code probability}, {@code
 *       median_wait} and {@code p90_wait} (ISO 8601).
 * </ul>
 *
 * <p><b>Ids.</b> A DOT node is named by its id as a quoted string, its double quotes escaped as
 * {@code \"}, the only escape of a DOT quoted string: so an id or label with quotes, commas or line
 * breaks comes back unchanged from any DOT reader. DOT cannot quote a value that ends in a
 * backslash (its closing quote would read as escaped): such an id or label is refused with an
 * {@link IllegalArgumentException}; GraphML, which is XML, carries any text. GraphML ids and values
 * are escaped by the XML writer.
 *
 * <p><b>Order.</b> Nodes in the order of the ecosystem's elements (the touchpoints in the order
 * first met), edges in the order of its relations (the transitions by count, descending): the same
 * input gives the same bytes.
 *
 * <p>Names may be personal data: by default labels are ids, and names are written only with {@link
 * #withNames()}. The {@link Writer} given is flushed, never closed.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(Path.of("maya.dot"))) {
 *   GraphExport.standard().writeDot(eco, maya, 2, out);   // dot -Tsvg maya.dot
 * }
 * }</pre>
 */
public final class GraphExport {

  private static final GraphExport STANDARD = new GraphExport(false);

  private final boolean names;

  private GraphExport(boolean names) {
    this.names = names;
  }

  /** {@return the exporter that labels elements by id} */
  public static GraphExport standard() {
    return STANDARD;
  }

  /**
   * {@return an exporter like this one that labels elements by name}: names may be personal data,
   * so the file is too
   */
  public GraphExport withNames() {
    return new GraphExport(true);
  }

  /** {@return whether elements are labelled by name rather than by id} */
  public boolean labelsByName() {
    return names;
  }

  // ------------------------------------------------------------------------------------------
  // an ecosystem

  /**
   * Writes an ecosystem as a DOT digraph.
   *
   * @param ecosystem the ecosystem
   * @param out where it goes; flushed, not closed
   * @throws IllegalArgumentException if an id or label ends in a backslash, which DOT cannot quote
   * @throws IOException if {@code out} fails
   */
  public void writeDot(ServiceEcosystem ecosystem, Writer out) throws IOException {
    requireNonNull(ecosystem, "ecosystem");
    export(dot(ecosystem, e -> OptionalInt.empty()), ecosystem.graph(), out);
  }

  /**
   * Writes an ecosystem as GraphML.
   *
   * @param ecosystem the ecosystem
   * @param out where it goes; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  public void writeGraphMl(ServiceEcosystem ecosystem, Writer out) throws IOException {
    requireNonNull(ecosystem, "ecosystem");
    export(graphMl(e -> OptionalInt.empty(), false), ecosystem.graph(), out);
  }

  // ------------------------------------------------------------------------------------------
  // a customer ecosystem

  /**
   * Writes the customer ecosystem of {@code customer} ({@link ServiceEcosystem#around(Actor, int)})
   * as a DOT digraph, each node with its {@code hop} from the customer.
   *
   * @param ecosystem the ecosystem
   * @param customer the actor at the core: must be in {@code ecosystem}
   * @param radius how many steps: zero or more
   * @param out where it goes; flushed, not closed
   * @throws IllegalArgumentException if {@code customer} is not in {@code ecosystem}, {@code radius}
   *     is negative, or an id or label ends in a backslash
   * @throws IOException if {@code out} fails
   */
  public void writeDot(ServiceEcosystem ecosystem, Actor customer, int radius, Writer out)
      throws IOException {
    Reach reach = reach(ecosystem, customer, radius);
    ServiceEcosystem around = ecosystem.around(customer, radius);
    export(dot(around, reach::hop), around.graph(), out);
  }

  /**
   * Writes the customer ecosystem of {@code customer} ({@link ServiceEcosystem#around(Actor, int)})
   * as GraphML, each node with its {@code hop} from the customer.
   *
   * @param ecosystem the ecosystem
   * @param customer the actor at the core: must be in {@code ecosystem}
   * @param radius how many steps: zero or more
   * @param out where it goes; flushed, not closed
   * @throws IllegalArgumentException if {@code customer} is not in {@code ecosystem} or {@code
   *     radius} is negative
   * @throws IOException if {@code out} fails
   */
  public void writeGraphMl(ServiceEcosystem ecosystem, Actor customer, int radius, Writer out)
      throws IOException {
    Reach reach = reach(ecosystem, customer, radius);
    ServiceEcosystem around = ecosystem.around(customer, radius);
    export(graphMl(reach::hop, true), around.graph(), out);
  }

  // ------------------------------------------------------------------------------------------
  // a directly-follows graph

  /**
   * Writes a directly-follows graph as a DOT digraph.
   *
   * @param dfg the graph
   * @param out where it goes; flushed, not closed
   * @throws IllegalArgumentException if a touchpoint id ends in a backslash, which DOT cannot quote
   * @throws IOException if {@code out} fails
   */
  public void writeDot(DirectlyFollowsGraph dfg, Writer out) throws IOException {
    requireNonNull(dfg, "dfg");
    DOTExporter<String, DirectlyFollowsGraph.Transition> exporter =
        new DOTExporter<>(t -> dotId("touchpoint id", t));
    exporter.setVertexAttributeProvider(t -> touchpointAttributes(dfg, t, true));
    exporter.setEdgeAttributeProvider(GraphExport::transitionAttributes);
    export(exporter, dfg.graph(), out);
  }

  /**
   * Writes a directly-follows graph as GraphML.
   *
   * @param dfg the graph
   * @param out where it goes; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  public void writeGraphMl(DirectlyFollowsGraph dfg, Writer out) throws IOException {
    requireNonNull(dfg, "dfg");
    GraphMLExporter<String, DirectlyFollowsGraph.Transition> exporter =
        new GraphMLExporter<>(t -> t);
    // one key for the labels of nodes and edges: GraphML keys a name once
    exporter.registerAttribute("label", AttributeCategory.ALL, AttributeType.STRING);
    exporter.registerAttribute("occurrences", AttributeCategory.NODE, AttributeType.LONG);
    exporter.registerAttribute("starts", AttributeCategory.NODE, AttributeType.LONG);
    exporter.registerAttribute("ends", AttributeCategory.NODE, AttributeType.LONG);
    exporter.registerAttribute("count", AttributeCategory.EDGE, AttributeType.LONG);
    exporter.registerAttribute("probability", AttributeCategory.EDGE, AttributeType.DOUBLE);
    exporter.registerAttribute("median_wait", AttributeCategory.EDGE, AttributeType.STRING);
    exporter.registerAttribute("p90_wait", AttributeCategory.EDGE, AttributeType.STRING);
    exporter.setVertexAttributeProvider(t -> touchpointAttributes(dfg, t, false));
    exporter.setEdgeAttributeProvider(GraphExport::transitionAttributes);
    export(exporter, dfg.graph(), out);
  }

  // ------------------------------------------------------------------------------------------

  private static Reach reach(ServiceEcosystem ecosystem, Actor customer, int radius) {
    requireNonNull(ecosystem, "ecosystem");
    requireNonNull(customer, "customer");
    return Reach.of(ecosystem, customer, radius, Traversal.customerEcosystem());
  }

  private DOTExporter<Element, Relation> dot(
      ServiceEcosystem ecosystem, Function<Element, OptionalInt> hop) {
    requireNonNull(ecosystem, "ecosystem");
    DOTExporter<Element, Relation> exporter =
        new DOTExporter<>(e -> dotId("element id", e.id()));
    exporter.setVertexAttributeProvider(e -> elementAttributes(e, hop, true));
    exporter.setEdgeAttributeProvider(GraphExport::relationAttributes);
    return exporter;
  }

  private GraphMLExporter<Element, Relation> graphMl(
      Function<Element, OptionalInt> hop, boolean withHop) {
    GraphMLExporter<Element, Relation> exporter = new GraphMLExporter<>(Element::id);
    // one key for the labels of nodes and edges: GraphML keys a name once
    exporter.registerAttribute("label", AttributeCategory.ALL, AttributeType.STRING);
    exporter.registerAttribute("kind", AttributeCategory.NODE, AttributeType.STRING);
    if (withHop) {
      exporter.registerAttribute("hop", AttributeCategory.NODE, AttributeType.INT);
    }
    exporter.registerAttribute("type", AttributeCategory.EDGE, AttributeType.STRING);
    exporter.registerAttribute("strength", AttributeCategory.EDGE, AttributeType.DOUBLE);
    exporter.setVertexAttributeProvider(e -> elementAttributes(e, hop, false));
    exporter.setEdgeAttributeProvider(GraphExport::relationAttributes);
    return exporter;
  }

  private Map<String, Attribute> elementAttributes(
      Element e, Function<Element, OptionalInt> hop, boolean dot) {
    Map<String, Attribute> a = new LinkedHashMap<>();
    String label = names ? e.name() : e.id();
    a.put("label", DefaultAttribute.createAttribute(dot ? dotValue("label", label) : label));
    a.put("kind", DefaultAttribute.createAttribute(e.elementKind().name()));
    if (dot) {
      a.put("shape", DefaultAttribute.createAttribute(shape(e)));
    }
    OptionalInt h = hop.apply(e);
    if (h.isPresent()) {
      a.put("hop", DefaultAttribute.createAttribute(h.getAsInt()));
    }
    return a;
  }

  private static String shape(Element e) {
    return switch (e.elementKind()) {
      case ACTOR -> "ellipse";
      case RESOURCE -> "box";
      case INSTITUTION -> "hexagon";
      case ACTIVITY -> "oval";
      case TOUCHPOINT -> "diamond";
      case VALUE_PROPOSITION -> "note";
    };
  }

  private static Map<String, Attribute> relationAttributes(Relation r) {
    Map<String, Attribute> a = new LinkedHashMap<>();
    a.put("label", DefaultAttribute.createAttribute(r.type().name()));
    a.put("type", DefaultAttribute.createAttribute(r.type().name()));
    a.put("strength", DefaultAttribute.createAttribute(r.strength()));
    return a;
  }

  private static Map<String, Attribute> touchpointAttributes(
      DirectlyFollowsGraph dfg, String t, boolean dot) {
    Map<String, Attribute> a = new LinkedHashMap<>();
    a.put("label", DefaultAttribute.createAttribute(dot ? dotValue("label", t) : t));
    a.put("occurrences", DefaultAttribute.createAttribute(dfg.occurrences(t)));
    a.put("starts", DefaultAttribute.createAttribute(dfg.starts().getOrDefault(t, 0L)));
    a.put("ends", DefaultAttribute.createAttribute(dfg.ends().getOrDefault(t, 0L)));
    return a;
  }

  private static Map<String, Attribute> transitionAttributes(DirectlyFollowsGraph.Transition t) {
    Map<String, Attribute> a = new LinkedHashMap<>();
    a.put("label", DefaultAttribute.createAttribute(Long.toString(t.count())));
    a.put("count", DefaultAttribute.createAttribute(t.count()));
    a.put("probability", DefaultAttribute.createAttribute(t.probability()));
    a.put("median_wait", DefaultAttribute.createAttribute(t.medianWait().toString()));
    a.put("p90_wait", DefaultAttribute.createAttribute(t.p90Wait().toString()));
    return a;
  }

  /**
   * {@return {@code id} as a DOT quoted string}: enclosed in double quotes, its own escaped as
   * {@code \"}
   *
   * @throws IllegalArgumentException if {@code id} ends in a backslash
   */
  static String dotId(String what, String id) {
    return '"' + dotValue(what, id).replace("\"", "\\\"") + '"';
  }

  /**
   * {@return {@code value}, if a DOT quoted string can hold it}: one that does not end in a
   * backslash
   */
  private static String dotValue(String what, String value) {
    if (value.endsWith("\\")) {
      throw new IllegalArgumentException(
          what
              + " must not end in a backslash, which DOT cannot quote (write GraphML instead), but"
              + " was "
              + Ids.quote(value));
    }
    return value;
  }

  /**
   * Exports {@code graph} with {@code exporter} to {@code out}, then flushes it. JGraphT's exporters
   * write through a {@link java.io.PrintWriter}, which swallows I/O errors: the first one is kept
   * here and thrown.
   */
  private static <V, E> void export(GraphExporter<V, E> exporter, Graph<V, E> graph, Writer out)
      throws IOException {
    Checked checked = new Checked(requireNonNull(out, "out"));
    try {
      exporter.exportGraph(graph, checked);
    } catch (ExportException e) {
      checked.rethrow();
      throw e;
    }
    checked.rethrow();
    out.flush();
  }

  /** A writer that keeps the first I/O error of the writer under it, for {@link #export}. */
  private static final class Checked extends Writer {
    private final Writer out;
    private @Nullable IOException failure;

    Checked(Writer out) {
      this.out = out;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
      try {
        out.write(buffer, offset, length);
      } catch (IOException e) {
        if (failure == null) {
          failure = e;
        }
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        if (failure == null) {
          failure = e;
        }
        throw e;
      }
    }

    /** Does not close the writer under it: the caller owns it. */
    @Override
    public void close() {}

    void rethrow() throws IOException {
      if (failure != null) {
        throw failure;
      }
    }
  }
}
