package org.attune.ecosystem;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableMultiset;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.attune.model.Activity;
import org.attune.model.Actor;
import org.attune.model.Element;
import org.attune.model.Episode;
import org.attune.model.Journey;
import org.attune.model.Perspective;
import org.attune.model.Profile;
import org.attune.model.Relation;
import org.attune.model.RelationType;
import org.attune.model.ValueInUse;
import org.attune.model.ValueProposition;
import org.jgrapht.Graph;

/**
 * A service ecosystem: "a relatively self-contained, self-adjusting system of resource-integrating
 * actors connected by shared institutional arrangements and mutual value creation through service
 * exchange" (Vargo &amp; Lusch 2016). It is an immutable, typed graph of {@link Element}s joined by
 * {@link Relation}s, with the {@link Perspective}s (who believes what about whose logic), the {@link
 * ValueInUse} and the {@link Episode}s attached to its actors.
 *
 * <p>The same type serves as the customer ecosystem of CDL (Voima, Heinonen &amp; Strandvik 2011): the
 * actors and elements relevant to one customer, the customer at its core, returned by {@link
 * #around(Actor, int)}.
 *
 * <pre>{@code
 * ServiceEcosystem eco = ServiceEcosystem.builder()
 *     .add(alice, clinic, measuring)
 *     .relate(clinic, RelationType.SERVES, alice, 0.8)
 *     .relate(alice, RelationType.PERFORMS, measuring)
 *     .perspective(alice, alice, aliceLogic)
 *     .build();
 * List<Relation> served = eco.relations(alice, RelationType.SERVES, Direction.INCOMING);
 * }</pre>
 *
 * <p><b>Self-relations.</b> An element may relate to itself: self-service is real in CDL (a customer
 * who SERVES itself, an actor who INFLUENCES itself through habit), so the builder accepts such a
 * relation and the {@link #graph()} view allows self-loops.
 *
 * <p><b>Guarantees.</b> Immutable once built, null-hostile, and safe to share between threads without
 * synchronisation. Iteration is deterministic: elements in the order added; the relations of an
 * element grouped by relation type (by name), then by the index of the element at the other end;
 * episodes in time order. Two ecosystems are equal when they hold the same elements, relations,
 * perspectives, value-in-use and episodes, whatever the order in which they were added.
 *
 * <p><b>Cost.</b> The ecosystem lives in int-indexed arrays (see {@code docs/PERFORMANCE.md}):
 * building is linear in its size, {@link #relations(Element, RelationType, Direction)} costs a lookup
 * and a binary search and copies nothing, {@link #around(Actor, int)} costs in proportion to the
 * neighbourhood it returns, and {@link #graph()} is one read-only view made once.
 */
public final class ServiceEcosystem {

  /** The radius of the customer ecosystem that {@link #influence(Actor)} looks at: {@value}. */
  public static final int DEFAULT_RADIUS = 2;

  private final Topology topology;
  private final Map<String, Integer> indexById;
  private final Map<RelationType, Integer> typeIndex;
  private final ImmutableMap<Perspective, Profile> perspectives;
  private final ImmutableListMultimap<Actor, Perspective> perspectivesByHolder;
  /** Each element's own logic, by element index; empty for non-actors and actors without one. */
  private final ImmutableList<Optional<Profile>> ownLogic;
  private final ImmutableList<ValueInUse> valueInUse;
  private final ImmutableListMultimap<Actor, ValueInUse> valueInUseByBeneficiary;
  private final ImmutableList<Episode> episodes;
  private final ImmutableListMultimap<Actor, Episode> episodesByCustomer;
  private final Graph<Element, Relation> graph;
  private int hash;

  private ServiceEcosystem(
      Topology topology,
      Map<String, Integer> indexById,
      Map<Perspective, Profile> perspectives,
      List<ValueInUse> valueInUse,
      List<Episode> episodes) {
    this.topology = topology;
    this.indexById = indexById;
    Map<RelationType, Integer> types = new HashMap<>();
    for (int t = 0; t < topology.types.length; t++) {
      types.put(topology.types[t], t);
    }
    this.typeIndex = types;
    this.perspectives = ImmutableMap.copyOf(perspectives);
    this.perspectivesByHolder =
        this.perspectives.keySet().stream()
            .collect(ImmutableListMultimap.toImmutableListMultimap(Perspective::holder, p -> p));
    this.valueInUse = ImmutableList.copyOf(valueInUse);
    this.valueInUseByBeneficiary =
        this.valueInUse.stream()
            .collect(ImmutableListMultimap.toImmutableListMultimap(ValueInUse::beneficiary, v -> v));
    this.episodes =
        ImmutableList.sortedCopyOf(Comparator.comparing(Episode::time), episodes);
    this.episodesByCustomer =
        this.episodes.stream()
            .collect(ImmutableListMultimap.toImmutableListMultimap(Episode::customer, e -> e));
    ImmutableList.Builder<Optional<Profile>> own =
        ImmutableList.builderWithExpectedSize(topology.size());
    for (Element e : topology.elements) {
      own.add(
          e instanceof Actor actor
              ? Optional.ofNullable(this.perspectives.get(Perspective.own(actor)))
              : Optional.empty());
    }
    this.ownLogic = own.build();
    this.graph = new EcosystemGraph(this);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding everything in this ecosystem, to derive a changed one} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.elements.addAll(Arrays.asList(topology.elements));
    builder.relations.addAll(Arrays.asList(topology.outRelations));
    builder.perspectives.putAll(perspectives);
    builder.valueInUse.addAll(valueInUse);
    builder.episodes.addAll(episodes);
    return builder;
  }

  // ------------------------------------------------------------------------------------------
  // elements

  /** {@return the number of elements} */
  public int elementCount() {
    return topology.size();
  }

  /** {@return the number of relations} */
  public int relationCount() {
    return topology.relationCount();
  }

  /** {@return every element, in the order added} */
  public List<Element> elements() {
    return ImmutableList.copyOf(topology.elements);
  }

  /**
   * {@return the elements of the given kind, in the order added}
   *
   * <pre>{@code
   * List<Actor> actors = eco.elements(Actor.class);
   * }</pre>
   *
   * @param kind the record class of the kind wanted, such as {@code Actor.class}
   * @param <T> the kind
   */
  public <T extends Element> List<T> elements(Class<T> kind) {
    requireNonNull(kind, "kind");
    ImmutableList.Builder<T> result = ImmutableList.builder();
    for (Element e : topology.elements) {
      if (kind.isInstance(e)) {
        result.add(kind.cast(e));
      }
    }
    return result.build();
  }

  /** {@return the actors, in the order added} */
  public List<Actor> actors() {
    return elements(Actor.class);
  }

  /**
   * {@return the element of the given id, or empty if there is none}
   *
   * @param id the id
   */
  public Optional<Element> element(String id) {
    Integer i = indexById.get(requireNonNull(id, "id"));
    return i == null ? Optional.empty() : Optional.of(topology.elements[i]);
  }

  /**
   * {@return the actor of the given id, or empty if there is none or the element is not an actor}
   *
   * @param id the id
   */
  public Optional<Actor> actor(String id) {
    return element(id).filter(Actor.class::isInstance).map(Actor.class::cast);
  }

  /**
   * {@return whether this ecosystem holds {@code element}: one of its id, equal in every component}
   *
   * @param element the element to look up
   */
  public boolean contains(Element element) {
    return indexOf(element) >= 0;
  }

  // ------------------------------------------------------------------------------------------
  // relations

  /** {@return every relation, grouped by source in the order elements were added} */
  public List<Relation> relations() {
    return Topology.slice(topology.outRelations, 0, topology.relationCount());
  }

  /**
   * {@return whether this ecosystem holds {@code relation}: same ends, type and strength}
   *
   * @param relation the relation to look up
   */
  public boolean contains(Relation relation) {
    requireNonNull(relation, "relation");
    int pos = position(relation.source(), relation.type(), relation.target());
    return pos >= 0 && topology.outRelations[pos].equals(relation);
  }

  /**
   * {@return the relation of {@code type} from {@code source} to {@code target}, or empty}
   *
   * @param source the source element
   * @param type the relation type
   * @param target the target element
   */
  public Optional<Relation> relation(Element source, RelationType type, Element target) {
    requireNonNull(source, "source");
    requireNonNull(type, "type");
    requireNonNull(target, "target");
    int pos = position(source, type, target);
    return pos < 0 ? Optional.empty() : Optional.of(topology.outRelations[pos]);
  }

  /**
   * {@return the relations of {@code element} of {@code type} in {@code direction}}; empty if the
   * element is not in this ecosystem. Copies nothing: the list is a read-only view.
   *
   * @param element the element
   * @param type the relation type
   * @param direction outgoing, incoming or both
   */
  public List<Relation> relations(Element element, RelationType type, Direction direction) {
    requireNonNull(type, "type");
    requireNonNull(direction, "direction");
    int e = indexOf(element);
    Integer t = typeIndex.get(type);
    if (e < 0 || t == null) {
      return List.of();
    }
    long out = topology.outRange(e, t);
    long in = topology.inRange(e, t);
    return switch (direction) {
      case OUTGOING -> Topology.slice(
          topology.outRelations, Topology.rangeFrom(out), Topology.rangeTo(out));
      case INCOMING -> Topology.slice(
          topology.inRelations, Topology.rangeFrom(in), Topology.rangeTo(in));
      case BOTH -> both(
          Topology.rangeFrom(out), Topology.rangeTo(out), Topology.rangeFrom(in),
          Topology.rangeTo(in), e);
    };
  }

  /**
   * {@return every relation of {@code element} in {@code direction}, of every type}; empty if the
   * element is not in this ecosystem
   *
   * @param element the element
   * @param direction outgoing, incoming or both
   */
  public List<Relation> relations(Element element, Direction direction) {
    requireNonNull(direction, "direction");
    int e = indexOf(element);
    if (e < 0) {
      return List.of();
    }
    int outFrom = topology.outOffsets[e];
    int outTo = topology.outOffsets[e + 1];
    int inFrom = topology.inOffsets[e];
    int inTo = topology.inOffsets[e + 1];
    return switch (direction) {
      case OUTGOING -> Topology.slice(topology.outRelations, outFrom, outTo);
      case INCOMING -> Topology.slice(topology.inRelations, inFrom, inTo);
      case BOTH -> both(outFrom, outTo, inFrom, inTo, e);
    };
  }

  /**
   * {@return the elements joined to {@code element} by a relation of {@code type} in {@code
   * direction}, each once, in relation order}
   *
   * @param element the element
   * @param type the relation type
   * @param direction outgoing, incoming or both
   */
  public Set<Element> neighbours(Element element, RelationType type, Direction direction) {
    return otherEnds(element, relations(element, type, direction));
  }

  /**
   * {@return the elements joined to {@code element} by any relation in {@code direction}, each once,
   * in relation order}
   *
   * @param element the element
   * @param direction outgoing, incoming or both
   */
  public Set<Element> neighbours(Element element, Direction direction) {
    return otherEnds(element, relations(element, direction));
  }

  /** {@return the relation types used by this ecosystem's relations, by name} */
  public List<RelationType> relationTypes() {
    return ImmutableList.copyOf(topology.types);
  }

  // ------------------------------------------------------------------------------------------
  // perspectives, value-in-use, episodes, journeys

  /**
   * {@return the profile {@code holder} holds of {@code subject}'s logic, or empty}; {@code
   * perspective(c, c)} is the customer's own logic, {@code perspective(p, c)} the provider's model of
   * it (see {@link Perspective})
   *
   * @param holder whose view
   * @param subject whose logic
   */
  public Optional<Profile> perspective(Actor holder, Actor subject) {
    return Optional.ofNullable(perspectives.get(Perspective.of(holder, subject)));
  }

  /**
   * {@return {@code actor}'s own logic, {@code perspective(actor, actor)}, or empty if it has none};
   * for loops over many customers. Unlike {@link #perspective(Actor, Actor)} it allocates nothing
   * (no {@link Perspective} key, no {@link Optional}: both are made once, at build time) and looks the
   * actor up once, and it rejects an actor that is not in this ecosystem rather than answering empty.
   *
   * @param actor an actor of this ecosystem
   * @throws IllegalArgumentException if {@code actor} is not in this ecosystem
   */
  public Optional<Profile> ownLogic(Actor actor) {
    return ownLogic.get(requireIndex(actor, "actor"));
  }

  /** {@return every perspective and its profile, in the order given} */
  public Map<Perspective, Profile> perspectives() {
    return perspectives;
  }

  /** {@return every value-in-use, in the order given} */
  public List<ValueInUse> valueInUse() {
    return valueInUse;
  }

  /**
   * {@return the value-in-use of which {@code beneficiary} is the beneficiary, in the order given}
   *
   * @param beneficiary the beneficiary
   */
  public List<ValueInUse> valueInUse(Actor beneficiary) {
    return valueInUseByBeneficiary.get(requireNonNull(beneficiary, "beneficiary"));
  }

  /** {@return every episode, in time order (stable for equal times)} */
  public List<Episode> episodes() {
    return episodes;
  }

  /**
   * {@return the episodes of {@code customer}, in time order}
   *
   * @param customer the customer
   */
  public List<Episode> episodes(Actor customer) {
    return episodesByCustomer.get(requireNonNull(customer, "customer"));
  }

  /**
   * {@return the journeys of {@code customer}: its episodes grouped by value proposition, each group
   * in time order, the groups ordered by their first episode}; the episodes that name no value
   * proposition form a journey of their own
   *
   * @param customer the customer
   */
  public List<Journey> journeys(Actor customer) {
    Map<Optional<ValueProposition>, List<Episode>> groups = new LinkedHashMap<>();
    for (Episode e : episodes(customer)) {
      groups.computeIfAbsent(e.proposition(), k -> new ArrayList<>()).add(e);
    }
    return groups.values().stream().map(Journey::of).collect(ImmutableList.toImmutableList());
  }

  // ------------------------------------------------------------------------------------------
  // the customer ecosystem, influence, the graph view

  /**
   * {@return the customer ecosystem of {@code customer}: the elements its ties reach within {@code
   * radius} steps of {@link Traversal#customerEcosystem()}, the relations among them, and the
   * perspectives, value-in-use and episodes whose actors and elements all lie within} (Voima,
   * Heinonen &amp; Strandvik 2011). From the customer every relation is followed, both ways; from
   * any other element, every step but the one into an actor that element's relation only affects, so
   * the customer ecosystem does not fan out from a provider to the provider's other customers: peers
   * are reached through the customer's own ties. See {@link Traversal} for the rule, its source and
   * its known limit, and {@link #around(Actor, int, Traversal)} to replace it.
   *
   * <p>Its cost depends on the size of the customer ecosystem, not of this ecosystem. Elements keep
   * their order in this ecosystem; perspectives are grouped by holder, holders in element order;
   * value-in-use and episodes are kept when every element they name lies within.
   *
   * @param customer the actor at the core: must be in this ecosystem
   * @param radius how many steps: zero or more; 0 gives the customer alone
   * @throws IllegalArgumentException if {@code customer} is not in this ecosystem or {@code radius}
   *     is negative
   */
  public ServiceEcosystem around(Actor customer, int radius) {
    return around(customer, radius, Traversal.customerEcosystem());
  }

  /**
   * {@return the customer ecosystem of {@code customer} as {@code traversal} draws it: the elements
   * {@link Reach} reaches within {@code radius} steps, the relations among them, and the
   * perspectives, value-in-use and episodes whose actors and elements all lie within}
   *
   * <pre>{@code
   * eco.around(alice, 2, Traversal.everyRelation());   // the whole 2-step neighbourhood
   * }</pre>
   *
   * @param customer the actor at the core: must be in this ecosystem
   * @param radius how many steps: zero or more; 0 gives the customer alone
   * @param traversal which steps to take
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code customer} is not in this ecosystem or {@code radius}
   *     is negative
   */
  public ServiceEcosystem around(Actor customer, int radius, Traversal traversal) {
    return restrictTo(Reach.of(this, customer, radius, traversal).elements());
  }

  /**
   * {@return the ecosystem of {@code members}: the relations among them, and the perspectives,
   * value-in-use and episodes whose actors and elements all lie within}; the members keep this
   * ecosystem's element order, whatever the order given
   *
   * @param members elements of this ecosystem
   */
  ServiceEcosystem restrictTo(Set<Element> members) {
    int[] indexes = new int[members.size()];
    int n = 0;
    for (Element e : members) {
      int i = indexOf(e);
      if (i < 0) {
        throw new IllegalArgumentException(
            "members must be elements of this ecosystem, but held '" + e.id() + "'");
      }
      indexes[n++] = i;
    }
    Arrays.sort(indexes);
    Element[] elements = new Element[indexes.length];
    Map<String, Integer> ids = new HashMap<>();
    for (int k = 0; k < indexes.length; k++) {
      elements[k] = topology.elements[indexes[k]];
      ids.put(elements[k].id(), k);
    }
    List<Relation> relations = new ArrayList<>();
    for (int e : indexes) {
      for (int i = topology.outOffsets[e]; i < topology.outOffsets[e + 1]; i++) {
        if (ids.containsKey(topology.elements[topology.outTargets[i]].id())) {
          relations.add(topology.outRelations[i]);
        }
      }
    }
    Map<Perspective, Profile> keptPerspectives = new LinkedHashMap<>();
    List<ValueInUse> keptValue = new ArrayList<>();
    List<Episode> keptEpisodes = new ArrayList<>();
    for (Element e : elements) {
      if (e instanceof Actor actor) {
        for (Perspective p : perspectivesByHolder.get(actor)) {
          if (ids.containsKey(p.subject().id())) {
            keptPerspectives.put(p, perspectives.get(p));
          }
        }
        for (ValueInUse v : valueInUseByBeneficiary.get(actor)) {
          if (v.contributors().stream().allMatch(a -> ids.containsKey(a.id()))
              && v.activity().map(a -> ids.containsKey(a.id())).orElse(true)) {
            keptValue.add(v);
          }
        }
        for (Episode ep : episodesByCustomer.get(actor)) {
          if (ids.containsKey(ep.touchpoint().id())
              && ep.counterpart().map(a -> ids.containsKey(a.id())).orElse(true)
              && ep.proposition().map(p -> ids.containsKey(p.id())).orElse(true)) {
            keptEpisodes.add(ep);
          }
        }
      }
    }
    return assemble(elements, ids, relations, keptPerspectives, keptValue, keptEpisodes);
  }

  /**
   * {@return the actors of {@code customer}'s ecosystem within {@link #DEFAULT_RADIUS} steps, ranked
   * by how strongly they bear on its value formation}; see {@link #influence(Actor, int)}
   *
   * @param customer the customer: must be in this ecosystem
   * @throws IllegalArgumentException if {@code customer} is not in this ecosystem
   */
  public List<Influence> influence(Actor customer) {
    return influence(customer, DEFAULT_RADIUS);
  }

  /**
   * {@return the actors of {@code customer}'s ecosystem within {@code radius} steps of {@link
   * Traversal#customerEcosystem()}, ranked by how strongly they bear on its value formation}: the
   * {@link InfluenceRanking#ranking() ranking} of {@link InfluenceRanking}, which describes the
   * method
   *
   * <p>In short: the effect of a relation flows as its type's {@link RelationType#flow() flow} says
   * (the provider that SERVES the customer affects it; the activity an actor PERFORMS, the resource
   * it ACCESSES, the institution it ADHERES_TO, the resource an activity INTEGRATES and the collective
   * an actor is a MEMBER_OF bear on the actor or activity; partners affect one another). The influence
   * of an actor is the strength of its strongest chain of effect to the customer within the customer
   * ecosystem {@link #around(Actor, int)} returns, the product of the relation strengths along it (1
   * for a direct relation of strength 1). Actors with no chain to the customer are left out; ties are
   * ordered by actor id.
   *
   * <p>Worked example: the clinic SERVES Alice (0.8) and SUPPORTS her activity of measuring (0.9),
   * which Alice PERFORMS (1.0). The chain clinic → measuring → Alice has strength 0.9 × 1.0 = 0.9,
   * stronger than the direct 0.8, so the clinic's influence is 0.9.
   *
   * @param customer the customer: must be in this ecosystem
   * @param radius how many steps of the customer ecosystem to look at: zero or more
   * @throws IllegalArgumentException if {@code customer} is not in this ecosystem or {@code radius}
   *     is negative
   */
  public List<Influence> influence(Actor customer, int radius) {
    return influence(customer, radius, Traversal.customerEcosystem());
  }

  /**
   * {@return the actors of {@code customer}'s ecosystem within {@code radius} steps of {@code
   * traversal}, ranked by how strongly they bear on its value formation}; see {@link
   * InfluenceRanking}
   *
   * @param customer the customer: must be in this ecosystem
   * @param radius how many steps of the customer ecosystem to look at: zero or more
   * @param traversal which steps the customer ecosystem takes
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code customer} is not in this ecosystem or {@code radius}
   *     is negative
   */
  public List<Influence> influence(Actor customer, int radius, Traversal traversal) {
    return new InfluenceRanking(this, customer, radius, traversal).ranking();
  }

  /**
   * {@return a read-only JGraphT view of this ecosystem: vertices are the elements, edges the
   * relations, edge weight the strength}; a directed, weighted pseudograph (self-loops, and several
   * relations of different types between one pair). The view is made once and copies nothing, so any
   * JGraphT algorithm runs on it; every mutator throws {@link UnsupportedOperationException}.
   */
  public Graph<Element, Relation> graph() {
    return graph;
  }

  // ------------------------------------------------------------------------------------------
  // object methods

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof ServiceEcosystem that
        && elementCount() == that.elementCount()
        && relationCount() == that.relationCount()
        && hashCode() == that.hashCode()
        && ImmutableSet.copyOf(topology.elements).equals(ImmutableSet.copyOf(that.topology.elements))
        && ImmutableSet.copyOf(topology.outRelations)
            .equals(ImmutableSet.copyOf(that.topology.outRelations))
        && perspectives.equals(that.perspectives)
        && ImmutableMultiset.copyOf(valueInUse).equals(ImmutableMultiset.copyOf(that.valueInUse))
        && ImmutableMultiset.copyOf(episodes).equals(ImmutableMultiset.copyOf(that.episodes));
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = Arrays.stream(topology.elements).mapToInt(Object::hashCode).sum();
      h = 31 * h + Arrays.stream(topology.outRelations).mapToInt(Object::hashCode).sum();
      h = 31 * h + perspectives.hashCode();
      h = 31 * h + valueInUse.stream().mapToInt(Object::hashCode).sum();
      h = 31 * h + episodes.stream().mapToInt(Object::hashCode).sum();
      hash = h;
    }
    return h;
  }

  /** {@return a summary such as {@code ServiceEcosystem{6 elements, 5 relations, ...}}} */
  @Override
  public String toString() {
    return "ServiceEcosystem{"
        + elementCount()
        + " elements, "
        + relationCount()
        + " relations, "
        + perspectives.size()
        + " perspectives, "
        + valueInUse.size()
        + " value-in-use, "
        + episodes.size()
        + " episodes}";
  }

  // ------------------------------------------------------------------------------------------
  // internals shared with the graph view

  Topology topology() {
    return topology;
  }

  /** {@return the index of {@code element}, or -1 if it is not in this ecosystem} */
  int indexOf(Object element) {
    if (!(element instanceof Element e)) {
      requireNonNull(element, "element");
      return -1;
    }
    Integer i = indexById.get(e.id());
    return i != null && topology.elements[i].equals(e) ? i : -1;
  }

  /** {@return the position of the relation in out order, or -1} */
  int position(Element source, RelationType type, Element target) {
    int s = indexOf(source);
    int g = indexOf(target);
    Integer t = typeIndex.get(type);
    return s < 0 || g < 0 || t == null ? -1 : topology.find(s, t, g);
  }

  private int requireIndex(Actor actor, String field) {
    int i = indexOf(requireNonNull(actor, field));
    if (i < 0) {
      throw new IllegalArgumentException(
          field + " must be an actor of this ecosystem, but was '" + actor.id() + "'");
    }
    return i;
  }

  private List<Relation> both(int outFrom, int outTo, int inFrom, int inTo, int e) {
    ImmutableList.Builder<Relation> result = ImmutableList.builder();
    for (int i = outFrom; i < outTo; i++) {
      result.add(topology.outRelations[i]);
    }
    for (int i = inFrom; i < inTo; i++) {
      if (topology.inSources[i] != e) { // a self-relation is already among the outgoing ones
        result.add(topology.inRelations[i]);
      }
    }
    return result.build();
  }

  private static Set<Element> otherEnds(Element element, List<Relation> relations) {
    Set<Element> result = new LinkedHashSet<>();
    for (Relation r : relations) {
      result.add(r.source().equals(element) ? r.target() : r.source());
    }
    return ImmutableSet.copyOf(result);
  }

  /** Builds the arrays of an ecosystem whose parts are known to be valid. */
  private static ServiceEcosystem assemble(
      Element[] elements,
      Map<String, Integer> ids,
      List<Relation> relations,
      Map<Perspective, Profile> perspectives,
      List<ValueInUse> valueInUse,
      List<Episode> episodes) {
    TreeMap<String, RelationType> types = new TreeMap<>();
    for (Relation r : relations) {
      types.putIfAbsent(r.type().name(), r.type());
    }
    RelationType[] typeArray = types.values().toArray(new RelationType[0]);
    Map<String, Integer> typeByName = new HashMap<>();
    for (int t = 0; t < typeArray.length; t++) {
      typeByName.put(typeArray[t].name(), t);
    }
    int m = relations.size();
    Relation[] rels = relations.toArray(new Relation[0]);
    int[] sources = new int[m];
    int[] typeIndexes = new int[m];
    int[] targets = new int[m];
    for (int i = 0; i < m; i++) {
      sources[i] = requireNonNull(ids.get(rels[i].source().id()));
      typeIndexes[i] = requireNonNull(typeByName.get(rels[i].type().name()));
      targets[i] = requireNonNull(ids.get(rels[i].target().id()));
    }
    Topology topology = new Topology(elements, typeArray, rels, sources, typeIndexes, targets);
    return new ServiceEcosystem(topology, ids, perspectives, valueInUse, episodes);
  }

  /**
   * Builds a {@link ServiceEcosystem}. Mutable and not thread-safe; it can be reused after {@link
   * #build()}. The setters check their own arguments at once; {@link #build()} checks the whole and
   * reports every problem in one {@link EcosystemException}.
   */
  public static final class Builder {

    private final List<Element> elements = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    private final Map<Perspective, Profile> perspectives = new LinkedHashMap<>();
    private final List<ValueInUse> valueInUse = new ArrayList<>();
    private final List<Episode> episodes = new ArrayList<>();

    private Builder() {}

    /**
     * Adds elements. Adding an element equal to one already added changes nothing; adding a
     * different element with the id of one already added is a problem {@link #build()} reports.
     *
     * @param elements the elements
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder add(Element... elements) {
      return add(Arrays.asList(requireNonNull(elements, "elements")));
    }

    /**
     * Adds elements, as {@link #add(Element...)} does.
     *
     * @param elements the elements
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder add(Iterable<? extends Element> elements) {
      this.elements.addAll(nonNullCopy(elements, "elements"));
      return this;
    }

    /**
     * Relates two elements with the default strength 1.
     *
     * @param source the source element: added to this builder by {@link #build()}
     * @param type the relation type: must allow the kinds of source and target
     * @param target the target element: added to this builder by {@link #build()}
     * @return this builder
     * @throws IllegalArgumentException if {@code type} does not allow the kinds of the elements
     */
    @CanIgnoreReturnValue
    public Builder relate(Element source, RelationType type, Element target) {
      return relate(Relation.of(source, type, target));
    }

    /**
     * Relates two elements.
     *
     * @param source the source element: added to this builder by {@link #build()}
     * @param type the relation type: must allow the kinds of source and target
     * @param target the target element: added to this builder by {@link #build()}
     * @param strength in (0, 1]
     * @return this builder
     * @throws IllegalArgumentException if {@code strength} is out of range or {@code type} does not
     *     allow the kinds of the elements
     */
    @CanIgnoreReturnValue
    public Builder relate(Element source, RelationType type, Element target, double strength) {
      return relate(Relation.of(source, type, target, strength));
    }

    /**
     * Adds a relation. Two relations of one type between the same pair are a problem {@link
     * #build()} reports.
     *
     * @param relation the relation
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder relate(Relation relation) {
      relations.add(requireNonNull(relation, "relation"));
      return this;
    }

    /**
     * Adds relations, as {@link #relate(Relation)} does.
     *
     * @param relations the relations
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder relateAll(Iterable<Relation> relations) {
      this.relations.addAll(nonNullCopy(relations, "relations"));
      return this;
    }

    /**
     * Sets the profile {@code holder} holds of {@code subject}'s logic, replacing any set before for
     * the same pair. Both must be actors of the ecosystem by {@link #build()}.
     *
     * @param holder whose view
     * @param subject whose logic
     * @param profile the logic as the holder sees it
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder perspective(Actor holder, Actor subject, Profile profile) {
      perspectives.put(Perspective.of(holder, subject), requireNonNull(profile, "profile"));
      return this;
    }

    /**
     * Adds value-in-use. Its beneficiary, contributors and activity must be in the ecosystem by
     * {@link #build()}.
     *
     * @param value the value-in-use
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder valueInUse(ValueInUse value) {
      valueInUse.add(requireNonNull(value, "value"));
      return this;
    }

    /**
     * Adds an episode. Its customer, touchpoint, counterpart and value proposition must be in the
     * ecosystem by {@link #build()}.
     *
     * @param episode the episode
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder episode(Episode episode) {
      episodes.add(requireNonNull(episode, "episode"));
      return this;
    }

    /**
     * Adds episodes, as {@link #episode(Episode)} does.
     *
     * @param episodes the episodes
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder episodes(Iterable<Episode> episodes) {
      this.episodes.addAll(nonNullCopy(episodes, "episodes"));
      return this;
    }

    /**
     * {@return a new ecosystem of everything added so far}
     *
     * @throws EcosystemException listing every problem found: two elements with one id; relations,
     *     perspectives, value-in-use or episodes naming an element that was not added (or differs from
     *     the one added under its id); two relation types of one name; two relations of one type
     *     between the same pair
     */
    public ServiceEcosystem build() {
      List<String> problems = new ArrayList<>();
      Map<String, Integer> ids = new HashMap<>();
      List<Element> unique = new ArrayList<>(elements.size());
      for (Element e : elements) {
        Integer seen = ids.putIfAbsent(e.id(), unique.size());
        if (seen == null) {
          unique.add(e);
        } else if (!unique.get(seen).equals(e)) {
          Element first = unique.get(seen);
          problems.add(
              "duplicate id '"
                  + e.id()
                  + "': "
                  + (first.toString().equals(e.toString())
                      ? "two " + e + " that differ in their names share it"
                      : first + " and " + e + " share it"));
        }
      }
      Element[] elementArray = unique.toArray(new Element[0]);

      TreeMap<String, RelationType> types = new TreeMap<>();
      Set<String> typeProblems = new HashSet<>();
      for (Relation r : relations) {
        RelationType known = types.putIfAbsent(r.type().name(), r.type());
        if (known != null && !known.equals(r.type())) {
          String problem =
              "relation type "
                  + r.type().name()
                  + " is declared twice: "
                  + known.sources()
                  + " -> "
                  + known.targets()
                  + " and "
                  + r.type().sources()
                  + " -> "
                  + r.type().targets();
          if (typeProblems.add(problem)) {
            problems.add(problem);
          }
        }
      }
      RelationType[] typeArray = types.values().toArray(new RelationType[0]);
      Map<String, Integer> typeByName = new HashMap<>();
      for (int t = 0; t < typeArray.length; t++) {
        typeByName.put(typeArray[t].name(), t);
      }

      int m = relations.size();
      Relation[] rels = relations.toArray(new Relation[0]);
      int[] sources = new int[m];
      int[] typeIndexes = new int[m];
      int[] targets = new int[m];
      boolean relationsKnown = true;
      for (int i = 0; i < m; i++) {
        Relation r = rels[i];
        sources[i] = resolve(r.source(), ids, elementArray, "relation " + r, "source", problems);
        targets[i] = resolve(r.target(), ids, elementArray, "relation " + r, "target", problems);
        typeIndexes[i] = requireNonNull(typeByName.get(r.type().name()));
        relationsKnown &= sources[i] >= 0 && targets[i] >= 0;
      }
      Topology topology = null;
      if (relationsKnown) {
        topology = new Topology(elementArray, typeArray, rels, sources, typeIndexes, targets);
        duplicateRelations(topology, problems);
      } else {
        // the build fails anyway; still report the duplicates among the relations that resolve
        duplicateRelations(knownOnly(elementArray, typeArray, rels, sources, typeIndexes, targets),
            problems);
      }

      for (Perspective p : perspectives.keySet()) {
        String owner = "perspective of '" + p.holder().id() + "' on '" + p.subject().id() + "'";
        resolve(p.holder(), ids, elementArray, owner, "holder", problems);
        resolve(p.subject(), ids, elementArray, owner, "subject", problems);
      }
      for (ValueInUse v : valueInUse) {
        String owner = "value-in-use of '" + v.beneficiary().id() + "'";
        for (Actor a : v.contributors()) {
          resolve(a, ids, elementArray, owner, a.equals(v.beneficiary()) ? "beneficiary"
              : "contributor", problems);
        }
        v.activity().ifPresent(a -> resolve(a, ids, elementArray, owner, "activity", problems));
      }
      for (Episode e : episodes) {
        String owner = "episode of '" + e.customer().id() + "' at " + e.time();
        resolve(e.customer(), ids, elementArray, owner, "customer", problems);
        resolve(e.touchpoint(), ids, elementArray, owner, "touchpoint", problems);
        e.counterpart().ifPresent(a -> resolve(a, ids, elementArray, owner, "counterpart",
            problems));
        e.proposition().ifPresent(p -> resolve(p, ids, elementArray, owner, "proposition",
            problems));
      }
      if (!problems.isEmpty() || topology == null) {
        throw new EcosystemException(problems);
      }
      return new ServiceEcosystem(topology, ids, perspectives, valueInUse, episodes);
    }

    /** {@return the items, copied, if neither the iterable nor any item is null; all or nothing} */
    private static <T> List<T> nonNullCopy(Iterable<? extends T> items, String field) {
      requireNonNull(items, field);
      List<T> copy = new ArrayList<>();
      for (T item : items) {
        copy.add(requireNonNull(item, () -> field + "[" + copy.size() + "]"));
      }
      return copy;
    }

    /** {@return the topology of the relations whose source and target both resolved} */
    private static Topology knownOnly(Element[] elements, RelationType[] types, Relation[] rels,
        int[] sources, int[] typeIndexes, int[] targets) {
      int k = 0;
      for (int i = 0; i < rels.length; i++) {
        if (sources[i] >= 0 && targets[i] >= 0) {
          k++;
        }
      }
      Relation[] r = new Relation[k];
      int[] s = new int[k];
      int[] t = new int[k];
      int[] g = new int[k];
      k = 0;
      for (int i = 0; i < rels.length; i++) {
        if (sources[i] >= 0 && targets[i] >= 0) {
          r[k] = rels[i];
          s[k] = sources[i];
          t[k] = typeIndexes[i];
          g[k] = targets[i];
          k++;
        }
      }
      return new Topology(elements, types, r, s, t, g);
    }

    @CanIgnoreReturnValue
    private static int resolve(
        Element element,
        Map<String, Integer> ids,
        Element[] elements,
        String owner,
        String role,
        List<String> problems) {
      Integer i = ids.get(element.id());
      if (i == null) {
        problems.add(owner + " names unknown " + role + " '" + element.id() + "'");
        return -1;
      }
      if (!elements[i].equals(element)) {
        problems.add(
            owner
                + " names "
                + role
                + " "
                + element
                + ", which differs from the element added under id '"
                + element.id()
                + (elements[i].toString().equals(element.toString())
                    ? "' in its name"
                    : "': " + elements[i]));
        return -1;
      }
      return i;
    }

    private static void duplicateRelations(Topology topology, List<String> problems) {
      for (int i = 1; i < topology.relationCount(); i++) {
        if (topology.outTargets[i] == topology.outTargets[i - 1]
            && topology.outTypes[i] == topology.outTypes[i - 1]
            && topology.outRelations[i].source().equals(topology.outRelations[i - 1].source())) {
          Relation r = topology.outRelations[i];
          problems.add(
              "two "
                  + r.type().name()
                  + " relations from '"
                  + r.source().id()
                  + "' to '"
                  + r.target().id()
                  + "' (strengths "
                  + topology.outRelations[i - 1].strength()
                  + " and "
                  + r.strength()
                  + "); at most one relation of a type may join a pair");
        }
      }
    }
  }

  /** For the graph view: every element, as a list over the array. */
  List<Element> elementCollection() {
    return Arrays.asList(topology.elements);
  }
}
