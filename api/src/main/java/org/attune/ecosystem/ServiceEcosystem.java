package org.attune.ecosystem;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableMultiset;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attune.model.Actor;
import org.attune.model.Aspect;
import org.attune.model.Element;
import org.attune.model.Emotion;
import org.attune.model.Episode;
import org.attune.model.Journey;
import org.attune.model.Mood;
import org.attune.model.Perspective;
import org.attune.model.Profile;
import org.attune.model.Relation;
import org.attune.model.RelationType;
import org.attune.model.ValueInUse;
import org.attune.model.ValueProposition;
import org.jgrapht.Graph;
import org.jspecify.annotations.Nullable;

/**
 * A service ecosystem: "a relatively self-contained, self-adjusting system of resource-integrating
 * actors connected by shared institutional arrangements and mutual value creation through service
 * exchange" (Vargo &amp; Lusch 2016). It is an immutable, typed graph of {@link Element}s joined by
 * {@link Relation}s, with the {@link Perspective}s (who believes what about whose logic, of each
 * {@link Aspect}), the {@link ValueInUse}, the {@link Episode}s and the {@link Mood}s attached to its
 * actors.
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
 * <p><b>Versions.</b> An ecosystem never changes; {@link #toBuilder()} derives a new version from it
 * by edits (add and remove elements, relate, unrelate and re-weight, set and remove perspectives of
 * any aspect, add and remove value-in-use, episodes and moods). A version costs in proportion to its edits and shares the
 * unchanged structure with its parent, which stays valid; every query gives on a version exactly
 * what it gives on the same content built from scratch, and the two are equal with equal hash codes.
 *
 * <pre>{@code
 * ServiceEcosystem next = eco.toBuilder()
 *     .episode(Episode.of(alice, app, Instant.parse("2026-11-29T10:15:30Z")))
 *     .build();                       // eco is unchanged; next shares its structure
 * }</pre>
 *
 * <p><b>Guarantees.</b> Immutable once built, null-hostile, and safe to share between threads without
 * synchronisation. Iteration is deterministic and depends on the content and the order in which
 * elements were added only: elements in the order added (a removed element leaves, a re-added one
 * comes last); the relations of an element grouped by relation type (by name), then by the element
 * at the other end in element order; perspectives grouped by holder, then by subject, both in element
 * order, then by aspect; value-in-use grouped by beneficiary in element order, each beneficiary's in
 * the order given; episodes in time order, those at one time by customer in element order, then in
 * the order given; moods in time order, those from one instant by actor in element order. Two
 * ecosystems are equal when they hold the same elements, relations, perspectives, value-in-use,
 * episodes and moods, whatever the order in which they were added.
 *
 * <p><b>Cost.</b> An ecosystem built from scratch lives in int-indexed arrays (see {@code
 * docs/PERFORMANCE.md}): building is linear in its size, {@link #relations(Element, RelationType,
 * Direction)} costs a lookup and a binary search and copies nothing, and {@link #around(Actor, int)}
 * costs in proportion to the neighbourhood it returns. A derived version adds its changes in
 * persistent trees over those arrays (see {@code docs/VERSIONS.md}): a lookup also asks the trees,
 * at a cost logarithmic in the number of changes, and the relations of an element some edit touched
 * are merged on each call. Whole-ecosystem lists ({@link #elements()}, {@link #relations()}, {@link
 * #perspectives()}, ...) and {@link #graph()} are made on first use and kept.
 */
public final class ServiceEcosystem {

  /** The radius of the customer ecosystem that {@link #influence(Actor)} looks at: {@value}. */
  public static final int DEFAULT_RADIUS = 2;

  private static final ServiceEcosystem EMPTY = new ServiceEcosystem(
      new Store(Base.EMPTY, Delta.none(Base.EMPTY)));

  private final Store store;
  private volatile @Nullable Graph<Element, Relation> graph;
  private volatile @Nullable List<Element> elements;
  private volatile @Nullable List<Relation> relations;
  private volatile @Nullable ImmutableMap<Perspective, Profile> perspectives;
  private volatile @Nullable ImmutableList<ValueInUse> valueInUse;
  private volatile @Nullable ImmutableList<Episode> episodes;
  private volatile @Nullable ImmutableList<Mood> moods;
  private int hash;

  private ServiceEcosystem(Store store) {
    this.store = store;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a builder whose edits derive a new version of this ecosystem}; this ecosystem is left as
   * it is. The new version costs in proportion to the edits, not to this ecosystem: it shares the
   * unchanged structure with this one (see {@link Builder}).
   *
   * <pre>{@code
   * ServiceEcosystem next = eco.toBuilder()
   *     .episode(Episode.of(alice, app, now))
   *     .reweight(clinic, RelationType.SERVES, alice, 0.9)
   *     .build();
   * }</pre>
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  // ------------------------------------------------------------------------------------------
  // elements

  /** {@return the number of elements} */
  public int elementCount() {
    return store.delta.elementCount;
  }

  /** {@return the number of relations} */
  public int relationCount() {
    return store.delta.relationCount;
  }

  /** {@return every element, in the order added} */
  public List<Element> elements() {
    List<Element> result = elements;
    if (result == null) {
      result = store.elements();
      elements = result;
    }
    return result;
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
    for (Element e : elements()) {
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
    int i = store.indexOfId(requireNonNull(id, "id"));
    return i < 0 ? Optional.empty() : Optional.of(store.elementAt(i));
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
    List<Relation> result = relations;
    if (result == null) {
      result = store.relations();
      relations = result;
    }
    return result;
  }

  /**
   * {@return whether this ecosystem holds {@code relation}: same ends, type and strength}
   *
   * @param relation the relation to look up
   */
  public boolean contains(Relation relation) {
    requireNonNull(relation, "relation");
    return relation.equals(find(relation.source(), relation.type(), relation.target()));
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
    return Optional.ofNullable(find(source, type, target));
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
    if (e < 0) {
      return List.of();
    }
    return switch (direction) {
      case OUTGOING -> store.adjacency(e, type, true);
      case INCOMING -> store.adjacency(e, type, false);
      case BOTH -> store.both(e, type);
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
    return switch (direction) {
      case OUTGOING -> store.adjacency(e, null, true);
      case INCOMING -> store.adjacency(e, null, false);
      case BOTH -> store.both(e, null);
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
    return store.types();
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
    int h = indexOf(requireNonNull(holder, "holder"));
    int s = indexOf(requireNonNull(subject, "subject"));
    return h < 0 || s < 0 ? Optional.empty() : Optional.ofNullable(store.profileOf(h, s));
  }

  /**
   * {@return the profile {@code holder} holds of {@code subject}'s logic of the given aspect, or
   * empty}; {@code perspective(c, c, IDEAL)} is the customer's ideal self, {@code perspective(c, p,
   * EXPECTED)} the performance it expects of the provider (see {@link Aspect}). With {@link
   * Aspect#ACTUAL} it is {@link #perspective(Actor, Actor)}.
   *
   * @param holder whose view
   * @param subject whose logic
   * @param aspect which view
   */
  public Optional<Profile> perspective(Actor holder, Actor subject, Aspect aspect) {
    requireNonNull(aspect, "aspect");
    int h = indexOf(requireNonNull(holder, "holder"));
    int s = indexOf(requireNonNull(subject, "subject"));
    return h < 0 || s < 0 ? Optional.empty() : Optional.ofNullable(store.profileOf(h, s, aspect));
  }

  /**
   * {@return whether this ecosystem holds any perspective of {@code aspect}}; costs no lookup, so a
   * loop over many customers can skip the aspects nobody holds
   *
   * @param aspect which view
   */
  public boolean holdsAspect(Aspect aspect) {
    return store.holds(requireNonNull(aspect, "aspect"));
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
    return store.ownLogic(requireIndex(actor, "actor"));
  }

  /**
   * {@return every perspective and its profile, of every aspect, grouped by holder in element order,
   * each holder's by subject in element order, each subject's by aspect in the order of {@link
   * Aspect}}
   */
  public Map<Perspective, Profile> perspectives() {
    ImmutableMap<Perspective, Profile> result = perspectives;
    if (result == null) {
      result = store.perspectives();
      perspectives = result;
    }
    return result;
  }

  /**
   * {@return every value-in-use, grouped by beneficiary in element order, each beneficiary's in the
   * order given}
   */
  public List<ValueInUse> valueInUse() {
    ImmutableList<ValueInUse> result = valueInUse;
    if (result == null) {
      result = store.valueInUse();
      valueInUse = result;
    }
    return result;
  }

  /**
   * {@return the value-in-use of which {@code beneficiary} is the beneficiary, in the order given};
   * empty if it is not in this ecosystem
   *
   * @param beneficiary the beneficiary
   */
  public List<ValueInUse> valueInUse(Actor beneficiary) {
    int b = indexOf(requireNonNull(beneficiary, "beneficiary"));
    return b < 0 ? List.of() : store.valueInUseOf(b);
  }

  /**
   * {@return every episode, in time order; episodes at the same time by customer in element order,
   * then in the order given}
   */
  public List<Episode> episodes() {
    ImmutableList<Episode> result = episodes;
    if (result == null) {
      result = store.episodes();
      episodes = result;
    }
    return result;
  }

  /**
   * {@return the episodes of {@code customer}, in time order}; empty if it is not in this ecosystem
   *
   * @param customer the customer
   */
  public List<Episode> episodes(Actor customer) {
    int c = indexOf(requireNonNull(customer, "customer"));
    return c < 0 ? List.of() : store.episodesOf(c);
  }

  /**
   * {@return every mood, in time order; moods from the same instant by actor in element order}
   */
  public List<Mood> moods() {
    ImmutableList<Mood> result = moods;
    if (result == null) {
      result = store.moods();
      moods = result;
    }
    return result;
  }

  /**
   * {@return the moods of {@code actor}, in time order}; empty if it has none or is not in this
   * ecosystem
   *
   * @param actor whose moods
   */
  public List<Mood> moods(Actor actor) {
    int a = indexOf(requireNonNull(actor, "actor"));
    return a < 0 ? List.of() : store.moodsOf(a);
  }

  /**
   * {@return the mood of {@code actor} in force at {@code instant}: the emotion of its latest mood
   * since {@code instant} or before}; empty if it has none by then, or is not in this ecosystem
   *
   * @param actor whose mood
   * @param instant when
   */
  public Optional<Emotion> mood(Actor actor, Instant instant) {
    requireNonNull(instant, "instant");
    List<Mood> list = moods(actor);
    int lo = 0;
    int hi = list.size();
    while (lo < hi) { // the first mood since after instant
      int mid = (lo + hi) >>> 1;
      if (list.get(mid).since().isAfter(instant)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo == 0 ? Optional.empty() : Optional.of(list.get(lo - 1).emotion());
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
   * perspectives (of every aspect), value-in-use, episodes and moods whose actors and elements all
   * lie within} (Voima, Heinonen &amp; Strandvik 2011). From the customer every relation is followed, both ways; from
   * any other element, every step but the one into an actor that element's relation only affects, so
   * the customer ecosystem does not fan out from a provider to the provider's other customers: peers
   * are reached through the customer's own ties. See {@link Traversal} for the rule, its source and
   * its known limit, and {@link #around(Actor, int, Traversal)} to replace it.
   *
   * <p>Its cost depends on the size of the customer ecosystem, not of this ecosystem. Elements keep
   * their order in this ecosystem; perspectives are grouped by holder, holders in element order;
   * value-in-use and episodes are kept when every element they name lies within, moods when their
   * actor does.
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
   * perspectives (of every aspect), value-in-use, episodes and moods whose actors and elements all
   * lie within}
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
   * Up to this many members, {@link #restrictTo} looks up the perspectives of each pair of members
   * (at most its square, about a thousand lookups) rather than every perspective each member holds.
   */
  private static final int PAIR_LOOKUP_MEMBERS = 32;

  /**
   * {@return the ecosystem of {@code members} (all in this ecosystem): the relations among them, and
   * the perspectives, value-in-use and episodes whose actors and elements all lie within}; elements
   * keep their order in this ecosystem
   */
  ServiceEcosystem restrictTo(Set<Element> members) {
    int[] indexes = members.stream().mapToInt(this::indexOf).sorted().toArray();
    Element[] kept = new Element[indexes.length];
    Map<String, Integer> ids = new HashMap<>();
    for (int k = 0; k < indexes.length; k++) {
      kept[k] = store.elementAt(indexes[k]);
      ids.put(kept[k].id(), k);
    }
    List<Relation> keptRelations = new ArrayList<>();
    Map<Perspective, Profile> keptPerspectives = new LinkedHashMap<>();
    List<ValueInUse> keptValue = new ArrayList<>();
    List<Episode> keptEpisodes = new ArrayList<>();
    List<Mood> keptMoods = new ArrayList<>();
    List<Aspect> aspects = new ArrayList<>();
    for (Aspect a : Aspect.values()) {
      if (store.holds(a)) {
        aspects.add(a);
      }
    }
    // a hub among the members (a firm serving every customer, holding a model of each) is not
    // passed relation by relation: the pairs among the members are looked up instead, in the same
    // order (by type name, then by the index at the other end; perspectives by subject index)
    List<RelationType> types = store.types();
    boolean fewMembers = indexes.length <= PAIR_LOOKUP_MEMBERS;
    for (int e : indexes) {
      if (store.degreeBound(e, true) <= (long) indexes.length * types.size()) {
        for (Relation r : store.adjacency(e, null, true)) {
          if (ids.containsKey(r.target().id())) {
            keptRelations.add(r);
          }
        }
      } else {
        for (RelationType type : types) {
          for (int g : indexes) {
            Relation r = store.find(e, type, g);
            if (r != null) {
              keptRelations.add(r);
            }
          }
        }
      }
      if (fewMembers) {
        if (store.elementAt(e) instanceof Actor holder) {
          for (int g : indexes) {
            for (Aspect a : aspects) {
              Profile profile = store.profileOf(e, g, a);
              if (profile != null && store.elementAt(g) instanceof Actor subject) {
                keptPerspectives.put(Perspective.of(holder, subject, a), profile);
              }
            }
          }
        }
      } else {
        for (Map.Entry<Perspective, Profile> p : store.perspectivesOf(e)) {
          if (ids.containsKey(p.getKey().subject().id())) {
            keptPerspectives.put(p.getKey(), p.getValue());
          }
        }
      }
      for (ValueInUse v : store.valueInUseOf(e)) {
        if (Edits.named(v).stream().allMatch(x -> ids.containsKey(x.id()))) {
          keptValue.add(v);
        }
      }
      for (Episode ep : store.episodesOf(e)) {
        if (Edits.named(ep).stream().allMatch(x -> ids.containsKey(x.id()))) {
          keptEpisodes.add(ep);
        }
      }
      keptMoods.addAll(store.moodsOf(e));
    }
    Base base = Base.assemble(
        kept, ids, keptRelations, keptPerspectives, keptValue, keptEpisodes, keptMoods);
    return new ServiceEcosystem(new Store(base, Delta.none(base)));
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
   * relations of different types between one pair). The view is made on first use and kept; it copies
   * no relation, so any JGraphT algorithm runs on it; every mutator throws {@link
   * UnsupportedOperationException}.
   */
  public Graph<Element, Relation> graph() {
    Graph<Element, Relation> result = graph;
    if (result == null) {
      result = new EcosystemGraph(this);
      graph = result;
    }
    return result;
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
        && ImmutableSet.copyOf(elements()).equals(ImmutableSet.copyOf(that.elements()))
        && ImmutableSet.copyOf(relations()).equals(ImmutableSet.copyOf(that.relations()))
        && perspectives().equals(that.perspectives())
        && ImmutableMultiset.copyOf(valueInUse()).equals(ImmutableMultiset.copyOf(that.valueInUse()))
        && ImmutableMultiset.copyOf(episodes()).equals(ImmutableMultiset.copyOf(that.episodes()))
        && ImmutableSet.copyOf(moods()).equals(ImmutableSet.copyOf(that.moods()));
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = store.hash();
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
        + store.delta.perspectiveCount
        + " perspectives, "
        + store.delta.valueInUseCount
        + " value-in-use, "
        + store.delta.episodeCount
        + " episodes"
        + (store.delta.moodCount == 0 ? "" : ", " + store.delta.moodCount + " moods")
        + "}";
  }

  // ------------------------------------------------------------------------------------------
  // internals shared with the graph view

  Store store() {
    return store;
  }

  /** {@return the index of {@code element}, or -1 if it is not in this ecosystem} */
  int indexOf(Object element) {
    return store.indexOf(element);
  }

  /** {@return the relation of {@code type} between the elements, or null} */
  @Nullable Relation find(Element source, RelationType type, Element target) {
    int s = indexOf(source);
    int g = indexOf(target);
    return s < 0 || g < 0 ? null : store.find(s, type, g);
  }

  @CanIgnoreReturnValue
  private int requireIndex(Actor actor, String field) {
    int i = indexOf(requireNonNull(actor, field));
    checkArgument(
        i >= 0, "%s must be an actor of this ecosystem, but was '%s'", field, actor.id());
    return i;
  }

  private static Set<Element> otherEnds(Element element, List<Relation> relations) {
    Set<Element> result = new LinkedHashSet<>();
    for (Relation r : relations) {
      result.add(r.source().equals(element) ? r.target() : r.source());
    }
    return ImmutableSet.copyOf(result);
  }

  /**
   * Builds a {@link ServiceEcosystem}, from scratch ({@link ServiceEcosystem#builder()}) or as a new
   * version of one ({@link ServiceEcosystem#toBuilder()}). Mutable and not thread-safe; it can be
   * reused after {@link #build()}. The setters check their own arguments at once; {@link #build()}
   * checks the whole and reports every problem in one {@link EcosystemException}, building nothing.
   *
   * <p><b>Order of the edits.</b> {@link #build()} applies the additions and removals of elements
   * first, in the order called, and then everything else in the order called. So a relation may
   * name an element added later in the same builder, and removing an element and relating it again
   * in one builder is a problem (the element is gone when the relation is made).
   *
   * <p><b>Cost.</b> A builder from {@link ServiceEcosystem#builder()} that only adds is laid out in
   * one linear pass. A builder from {@link ServiceEcosystem#toBuilder()} checks only what its edits
   * touch, and its version shares the unchanged structure with its parent: deriving a version costs
   * in proportion to the edits, not to the ecosystem (see {@code docs/VERSIONS.md}).
   */
  public static final class Builder {

    private final ServiceEcosystem parent;
    private final List<Edits.Edit> elementEdits = new ArrayList<>();
    private final List<Edits.Edit> otherEdits = new ArrayList<>();
    private boolean onlyAdds;

    private Builder(ServiceEcosystem parent) {
      this.parent = parent;
      this.onlyAdds = false;
    }

    private Builder() {
      this.parent = EMPTY;
      this.onlyAdds = true;
    }

    /**
     * Adds elements. Adding an element equal to one already there changes nothing; adding a
     * different element with the id of one already there is a problem {@link #build()} reports.
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
      for (Element e : nonNullCopy(elements, "elements")) {
        elementEdits.add(new Edits.AddElement(e));
      }
      return this;
    }

    /**
     * Removes elements, each with every relation, perspective, value-in-use and episode that names
     * it. Removing an element the ecosystem does not hold (or holds in a different form under its
     * id) is a problem {@link #build()} reports.
     *
     * @param elements the elements
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder remove(Element... elements) {
      for (Element e : nonNullCopy(Arrays.asList(requireNonNull(elements, "elements")),
          "elements")) {
        elementEdits.add(new Edits.RemoveElement(e));
      }
      onlyAdds = false;
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
     * #build()} reports; change the strength of one with {@link #reweight}.
     *
     * @param relation the relation
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder relate(Relation relation) {
      relationRun().add(requireNonNull(relation, "relation"));
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
      List<Relation> copy = nonNullCopy(relations, "relations");
      relationRun().addAll(copy);
      return this;
    }

    /**
     * {@return the relations of the last edit if it is a run of relations, or of a new, empty run
     * made the last edit}
     */
    private List<Relation> relationRun() {
      if (!otherEdits.isEmpty() && otherEdits.get(otherEdits.size() - 1) instanceof Edits.Relate r) {
        return r.relations();
      }
      Edits.Relate run = new Edits.Relate(new ArrayList<>());
      otherEdits.add(run);
      return run.relations();
    }

    /**
     * Removes the relation of {@code type} from {@code source} to {@code target}; that there is none
     * is a problem {@link #build()} reports.
     *
     * @param source the source element
     * @param type the relation type
     * @param target the target element
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder unrelate(Element source, RelationType type, Element target) {
      otherEdits.add(new Edits.Unrelate(requireNonNull(source, "source"),
          requireNonNull(type, "type"), requireNonNull(target, "target")));
      onlyAdds = false;
      return this;
    }

    /**
     * Changes the strength of the relation of {@code type} from {@code source} to {@code target};
     * that there is none is a problem {@link #build()} reports.
     *
     * @param source the source element
     * @param type the relation type
     * @param target the target element
     * @param strength the new strength, in (0, 1]
     * @return this builder
     * @throws IllegalArgumentException if {@code strength} is out of range
     */
    @CanIgnoreReturnValue
    public Builder reweight(Element source, RelationType type, Element target, double strength) {
      Relation checked = Relation.of(source, type, target, strength);
      otherEdits.add(new Edits.Reweight(checked.source(), checked.type(), checked.target(),
          checked.strength()));
      onlyAdds = false;
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
      return perspective(holder, subject, Aspect.ACTUAL, profile);
    }

    /**
     * Sets the profile {@code holder} holds of {@code subject}'s logic of the given aspect, such as
     * a customer's ideal self {@code (c, c, IDEAL)} or the performance it expects of a provider
     * {@code (c, p, EXPECTED)}, replacing any set before for the same pair and aspect. Both must be
     * actors of the ecosystem by {@link #build()}. With {@link Aspect#ACTUAL} it is {@link
     * #perspective(Actor, Actor, Profile)}.
     *
     * @param holder whose view
     * @param subject whose logic
     * @param aspect which view
     * @param profile the logic as the holder sees it
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder perspective(Actor holder, Actor subject, Aspect aspect, Profile profile) {
      Perspective p = Perspective.of(holder, subject, aspect);
      otherEdits.add(new Edits.SetPerspective(p, requireNonNull(profile, "profile")));
      return this;
    }

    /**
     * Removes the profile {@code holder} holds of {@code subject}'s logic; that there is none is a
     * problem {@link #build()} reports.
     *
     * @param holder whose view
     * @param subject whose logic
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder removePerspective(Actor holder, Actor subject) {
      return removePerspective(holder, subject, Aspect.ACTUAL);
    }

    /**
     * Removes the profile {@code holder} holds of {@code subject}'s logic of the given aspect; that
     * there is none is a problem {@link #build()} reports. The perspectives of the other aspects of
     * the pair stay.
     *
     * @param holder whose view
     * @param subject whose logic
     * @param aspect which view
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder removePerspective(Actor holder, Actor subject, Aspect aspect) {
      otherEdits.add(new Edits.RemovePerspective(Perspective.of(holder, subject, aspect)));
      onlyAdds = false;
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
      otherEdits.add(new Edits.AddValueInUse(requireNonNull(value, "value")));
      return this;
    }

    /**
     * Removes one value-in-use equal to {@code value} (the first of its beneficiary's); that there is
     * none is a problem {@link #build()} reports.
     *
     * @param value the value-in-use
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder removeValueInUse(ValueInUse value) {
      otherEdits.add(new Edits.RemoveValueInUse(requireNonNull(value, "value")));
      onlyAdds = false;
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
      otherEdits.add(new Edits.AddEpisode(requireNonNull(episode, "episode")));
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
      for (Episode e : nonNullCopy(episodes, "episodes")) {
        otherEdits.add(new Edits.AddEpisode(e));
      }
      return this;
    }

    /**
     * Removes one episode equal to {@code episode} (the first of its customer's); that there is none
     * is a problem {@link #build()} reports.
     *
     * @param episode the episode
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder removeEpisode(Episode episode) {
      otherEdits.add(new Edits.RemoveEpisode(requireNonNull(episode, "episode")));
      onlyAdds = false;
      return this;
    }

    /**
     * Adds a mood of an actor (see {@link Mood}). Its actor must be in the ecosystem by {@link
     * #build()}. Adding a mood equal to one already there changes nothing; a different mood of the
     * same actor from the same instant is a problem {@link #build()} reports.
     *
     * @param mood the mood
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder mood(Mood mood) {
      otherEdits.add(new Edits.AddMood(requireNonNull(mood, "mood")));
      return this;
    }

    /**
     * Adds moods, as {@link #mood(Mood)} does.
     *
     * @param moods the moods
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder moods(Iterable<Mood> moods) {
      for (Mood m : nonNullCopy(moods, "moods")) {
        otherEdits.add(new Edits.AddMood(m));
      }
      return this;
    }

    /**
     * Removes the mood equal to {@code mood}; that there is none is a problem {@link #build()}
     * reports.
     *
     * @param mood the mood
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder removeMood(Mood mood) {
      otherEdits.add(new Edits.RemoveMood(requireNonNull(mood, "mood")));
      onlyAdds = false;
      return this;
    }

    /**
     * {@return a new ecosystem: the parent's content with every edit applied}; the parent, if any,
     * is left as it was
     *
     * @throws EcosystemException listing every problem found: two elements with one id; relations,
     *     perspectives, value-in-use, episodes or moods naming an element that is not there (or
     *     differs from the one there under its id); two relation types of one name; two relations
     *     of one type between the same pair; two different moods of one actor from one instant; the
     *     removal, unrelating or re-weighting of something that is
     *     not there
     */
    public ServiceEcosystem build() {
      if (onlyAdds) {
        List<Element> elements = new ArrayList<>();
        for (Edits.Edit e : elementEdits) {
          elements.add(((Edits.AddElement) e).element());
        }
        List<Relation> relations = new ArrayList<>();
        Map<Perspective, Profile> perspectives = new LinkedHashMap<>();
        List<ValueInUse> values = new ArrayList<>();
        List<Episode> episodes = new ArrayList<>();
        List<Mood> moods = new ArrayList<>();
        for (Edits.Edit e : otherEdits) {
          if (e instanceof Edits.Relate r) {
            relations.addAll(r.relations());
          } else if (e instanceof Edits.SetPerspective p) {
            perspectives.put(p.perspective(), p.profile());
          } else if (e instanceof Edits.AddValueInUse v) {
            values.add(v.value());
          } else if (e instanceof Edits.AddEpisode ep) {
            episodes.add(ep.episode());
          } else if (e instanceof Edits.AddMood m) {
            moods.add(m.mood());
          }
        }
        Base base = Validation.build(elements, relations, perspectives, values, episodes, moods);
        return new ServiceEcosystem(new Store(base, Delta.none(base)));
      }
      return new ServiceEcosystem(Edits.apply(parent.store, elementEdits, otherEdits));
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
  }
}
