package org.attune.ecosystem;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import org.jspecify.annotations.Nullable;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;
import org.attune.model.Element;
import org.attune.model.Relation;
import org.jgrapht.Graph;
import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractGraph;
import org.jgrapht.graph.DefaultGraphType;

/**
 * The read-only JGraphT view of a {@link ServiceEcosystem}, made once per ecosystem over its arrays.
 * Every mutator throws {@link UnsupportedOperationException}. Where the {@link Graph} contract says a
 * method returns {@code null} (an absent edge, the absent suppliers), this view follows the contract.
 */
final class EcosystemGraph extends AbstractGraph<Element, Relation> {

  private static final GraphType TYPE =
      new DefaultGraphType.Builder()
          .directed()
          .allowMultipleEdges(true)
          .allowSelfLoops(true)
          .allowCycles(true)
          .weighted(true)
          .modifiable(false)
          .build();

  private final ServiceEcosystem eco;
  private final Store store;
  private final Set<Element> vertices;
  private final Set<Relation> edges;

  EcosystemGraph(ServiceEcosystem eco) {
    this.eco = eco;
    this.store = eco.store();
    this.vertices = new ArraySet<>(eco::elements) {
      @Override
      public boolean contains(Object o) {
        return eco.indexOf(o) >= 0;
      }

      @Override
      public int size() {
        return eco.elementCount();
      }
    };
    this.edges = new ArraySet<>(eco::relations) {
      @Override
      public boolean contains(Object o) {
        return o instanceof Relation r && eco.contains(r);
      }

      @Override
      public int size() {
        return eco.relationCount();
      }
    };
  }

  @Override
  public @Nullable Set<Relation> getAllEdges(Element sourceVertex, Element targetVertex) {
    int s = eco.indexOf(sourceVertex);
    int g = eco.indexOf(targetVertex);
    if (s < 0 || g < 0) {
      return null; // the Graph contract: null when a vertex is absent
    }
    java.util.LinkedHashSet<Relation> result = new java.util.LinkedHashSet<>();
    for (Relation r : store.adjacency(s, null, true)) {
      if (r.target().equals(targetVertex)) {
        result.add(r);
      }
    }
    return java.util.Collections.unmodifiableSet(result);
  }

  @Override
  public @Nullable Relation getEdge(Element sourceVertex, Element targetVertex) {
    int s = eco.indexOf(sourceVertex);
    int g = eco.indexOf(targetVertex);
    if (s >= 0 && g >= 0) {
      for (Relation r : store.adjacency(s, null, true)) {
        if (r.target().equals(targetVertex)) {
          return r;
        }
      }
    }
    return null; // the Graph contract: null when there is no such edge
  }

  @Override
  public @Nullable Supplier<Element> getVertexSupplier() {
    return null; // the Graph contract: null when the graph has no vertex supplier
  }

  @Override
  public @Nullable Supplier<Relation> getEdgeSupplier() {
    return null; // the Graph contract: null when the graph has no edge supplier
  }

  @Override
  public Relation addEdge(Element sourceVertex, Element targetVertex) {
    throw readOnly();
  }

  @Override
  public boolean addEdge(Element sourceVertex, Element targetVertex, Relation e) {
    throw readOnly();
  }

  @Override
  public Element addVertex() {
    throw readOnly();
  }

  @Override
  public boolean addVertex(Element v) {
    throw readOnly();
  }

  @Override
  public boolean containsEdge(Relation e) {
    return eco.contains(e);
  }

  @Override
  public boolean containsVertex(Element v) {
    return eco.indexOf(v) >= 0;
  }

  @Override
  public Set<Relation> edgeSet() {
    return edges;
  }

  @Override
  public int degreeOf(Element vertex) {
    int v = require(vertex);
    return store.adjacency(v, null, true).size() + store.adjacency(v, null, false).size();
  }

  @Override
  public Set<Relation> edgesOf(Element vertex) {
    require(vertex);
    return new ArraySet<>(eco.relations(vertex, Direction.BOTH));
  }

  @Override
  public int inDegreeOf(Element vertex) {
    return store.adjacency(require(vertex), null, false).size();
  }

  @Override
  public Set<Relation> incomingEdgesOf(Element vertex) {
    require(vertex);
    return new ArraySet<>(eco.relations(vertex, Direction.INCOMING));
  }

  @Override
  public int outDegreeOf(Element vertex) {
    return store.adjacency(require(vertex), null, true).size();
  }

  @Override
  public Set<Relation> outgoingEdgesOf(Element vertex) {
    require(vertex);
    return new ArraySet<>(eco.relations(vertex, Direction.OUTGOING));
  }

  @Override
  public boolean removeAllEdges(Collection<? extends Relation> edges) {
    throw readOnly();
  }

  @Override
  public Set<Relation> removeAllEdges(Element sourceVertex, Element targetVertex) {
    throw readOnly();
  }

  @Override
  public boolean removeAllVertices(Collection<? extends Element> vertices) {
    throw readOnly();
  }

  @Override
  public Relation removeEdge(Element sourceVertex, Element targetVertex) {
    throw readOnly();
  }

  @Override
  public boolean removeEdge(Relation e) {
    throw readOnly();
  }

  @Override
  public boolean removeVertex(Element v) {
    throw readOnly();
  }

  @Override
  public Set<Element> vertexSet() {
    return vertices;
  }

  @Override
  public Element getEdgeSource(Relation e) {
    requireEdge(e);
    return e.source();
  }

  @Override
  public Element getEdgeTarget(Relation e) {
    requireEdge(e);
    return e.target();
  }

  @Override
  public GraphType getType() {
    return TYPE;
  }

  @Override
  public double getEdgeWeight(Relation e) {
    requireEdge(e);
    return e.strength();
  }

  @Override
  public void setEdgeWeight(Relation e, double weight) {
    throw readOnly();
  }

  @CanIgnoreReturnValue
  private int require(Element vertex) {
    int v = eco.indexOf(vertex);
    checkArgument(v >= 0, "no such vertex in graph: %s", vertex);
    return v;
  }

  private void requireEdge(Relation e) {
    checkArgument(eco.contains(e), "no such edge in graph: %s", e);
  }

  private static UnsupportedOperationException readOnly() {
    return new UnsupportedOperationException(
        "the graph of a ServiceEcosystem is read-only: change the ecosystem with toBuilder()");
  }

  /**
   * A read-only set over a list of distinct items, asked for the list only when it is used, so that
   * making the view costs nothing; subclasses may make {@code contains} fast.
   */
  private static class ArraySet<T> extends AbstractSet<T> {
    private final Supplier<List<T>> items;

    ArraySet(Supplier<List<T>> items) {
      this.items = items;
    }

    ArraySet(List<T> items) {
      this(() -> items);
    }

    @Override
    public Iterator<T> iterator() {
      Iterator<T> it = items.get().iterator();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return it.hasNext();
        }

        @Override
        public T next() {
          if (!it.hasNext()) {
            throw new NoSuchElementException();
          }
          return it.next();
        }
      };
    }

    @Override
    public int size() {
      return items.get().size();
    }
  }
}
