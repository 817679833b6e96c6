package org.attune.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.attune.model.Activity;
import org.attune.model.Actor;
import org.attune.model.Aspect;
import org.attune.model.Dimension;
import org.attune.model.Element;
import org.attune.model.ElementKind;
import org.attune.model.Emotion;
import org.attune.model.Episode;
import org.attune.model.Institution;
import org.attune.model.InstitutionKind;
import org.attune.model.JourneyStage;
import org.attune.model.Mood;
import org.attune.model.Perspective;
import org.attune.model.Profile;
import org.attune.model.Relation;
import org.attune.model.RelationType;
import org.attune.model.Resource;
import org.attune.model.Sphere;
import org.attune.model.Touchpoint;
import org.attune.model.TouchpointOwnership;
import org.attune.model.ValueInUse;
import org.attune.model.ValueProposition;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;

/**
 * Versions derived with {@link ServiceEcosystem#toBuilder()} against a reference model: random edits
 * (fixed seeds) are applied both to a plain model of the content and as a derived version; after each
 * step the version must equal, and answer every query as, the same content built from scratch, and
 * in the orders the Javadoc of {@link ServiceEcosystem} documents. Invalid edits must fail the build
 * with an {@link EcosystemException} and leave the previous version as it was; at the end, a sample of
 * old versions is checked again against the content they had.
 */
class VersionsPropertyTest {

  /** A user-declared type, and one of the same name with other ends: never both in use at once. */
  private static final RelationType CARES_FOR = RelationType.actorToActor("CARES_FOR");

  private static final RelationType CARES_FOR_RESOURCE =
      RelationType.of("CARES_FOR", EnumSet.of(ElementKind.ACTOR), EnumSet.of(ElementKind.RESOURCE));

  private static final List<RelationType> TYPES = List.of(
      RelationType.SERVES, RelationType.INFLUENCES, RelationType.PARTNERS_WITH,
      RelationType.MEMBER_OF, RelationType.PERFORMS, RelationType.ACCESSES, RelationType.INTEGRATES,
      RelationType.OPERATES, RelationType.SUPPORTS, RelationType.ADHERES_TO, RelationType.OFFERS,
      CARES_FOR, CARES_FOR_RESOURCE);

  private static final List<Class<? extends Element>> KINDS = List.of(Actor.class, Activity.class,
      Resource.class, Touchpoint.class, ValueProposition.class, Institution.class);

  private static final List<Profile> PROFILES = List.of(
      Profile.builder().level(Dimension.FUNCTIONAL, 0.9).build(),
      Profile.builder().level(Dimension.EMOTIONAL, 0.4).level(Dimension.ECONOMIC, 0.7, 2).build(),
      Profile.builder().level(Dimension.FUNCTIONAL, 0.2).level(Dimension.EMOTIONAL, 0.8).build());

  private static final double[] STRENGTHS = {0.25, 0.5, 0.75, 1.0};

  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
  private static final List<Emotion> EMOTIONS =
      List.of(Emotion.NEUTRAL, Emotion.of(-0.5, 0.6, -0.4), Emotion.of(0.4, -0.2, 0.3));

  @Test
  void every_derived_version_answers_as_the_same_content_built_from_scratch() {
    for (long seed = 1; seed <= 20; seed++) {
      run(seed, 300, false);
    }
  }

  @Test
  void versions_stay_equal_to_fresh_builds_across_the_compaction_of_their_delta() {
    // given a small ecosystem that grows by about one element and four relations per version
    // (about 5000 edits in all), so that the delta passes the compaction threshold (4096 entries)
    Run run = run(99, 1400, true);
    // then: the delta was folded into a new base, and every check held across it
    assertThat(run.compactions).as("versions built on a new base").isPositive();
  }

  // -------------------------------------------------------------------------------------------
  // the run

  /** What a run saw. */
  static final class Run {
    int compactions;
    int failures;
    int successes;
  }

  @CanIgnoreReturnValue
  private static Run run(long seed, int steps, boolean grow) {
    Random random = new Random(seed);
    Pool pool = Pool.small();
    Run run = new Run();
    Model model = new Model();
    model.pool = pool;
    if (seed % 2 == 0 || grow) {
      // a base built from scratch: derived versions then change and remove its parts
      for (int i = 0; i < 60; i++) {
        Model next = model.copy();
        if (new Generator(random, pool, model, false).edit().change.test(next)) {
          model = next;
        }
      }
    }
    ServiceEcosystem version = model.fresh();
    List<ServiceEcosystem> versions = new ArrayList<>();
    List<Model> snapshots = new ArrayList<>();
    versions.add(version);
    snapshots.add(model);
    boolean afterCompaction = false;
    for (int step = 1; step <= steps; step++) {
      String where = "seed " + seed + ", step " + step;
      Generator generator = new Generator(random, pool, model, grow);
      List<Edit> edits = generator.edits();
      where += ", edits " + edits.stream().map(e -> e.text).toList();
      // when
      ServiceEcosystem.Builder builder = version.toBuilder();
      Model expected = model.copy();
      boolean valid = true;
      for (Edit e : edits) {
        e.call.accept(builder);
      }
      for (Edit e : edits) {
        if (e.onElements) {
          valid &= e.change.test(expected);
        }
      }
      for (Edit e : edits) {
        if (!e.onElements) {
          valid &= e.change.test(expected);
        }
      }
      Throwable thrown = null;
      ServiceEcosystem next = null;
      try {
        next = builder.build();
      } catch (RuntimeException e) {
        thrown = e;
      }
      // then
      if (!valid) {
        assertThat(thrown).as("%s: expected a problem", where)
            .isExactlyInstanceOf(EcosystemException.class);
        assertThat(((EcosystemException) thrown).problems()).as(where).isNotEmpty();
        run.failures++;
        // the previous version is still usable and unchanged
        light(version, model, where + " (after a failed build)");
        continue;
      }
      assertThat(thrown).as("%s: expected no problem", where).isNull();
      run.successes++;
      // the only look inside: whether this version was laid out in a new base, to check the
      // versions around each compaction in full and to make sure the run reaches one
      boolean compacted = next.store().delta.weight() == 0
          && version.store().delta.weight() > Edits.COMPACTION_MIN / 2;
      if (compacted) {
        run.compactions++;
        // the last version before the compaction, checked again at the end
        versions.add(version);
        snapshots.add(model);
      }
      version = next;
      model = expected;
      if (!grow || compacted || afterCompaction || step % 500 == 0) {
        full(version, model, random, where);
      } else if (step % 20 == 0) {
        light(version, model, where);
      } else {
        cheap(version, model, edits, where);
      }
      if (!grow || step % 100 == 0 || compacted) {
        versions.add(version);
        snapshots.add(model);
      }
      afterCompaction = compacted;
    }
    assertThat(run.failures).as("seed %d: invalid builds", seed).isPositive();
    assertThat(run.successes).as("seed %d: valid builds", seed).isGreaterThan(steps / 6);
    // old versions are untouched
    for (int i = 0; i < versions.size(); i += grow ? 1 : 13) {
      full(versions.get(i), snapshots.get(i), random, "seed " + seed + ", old version " + i);
    }
    return run;
  }

  // -------------------------------------------------------------------------------------------
  // the checks

  /** The counts and what the edits touched, without a build from scratch (big ecosystems). */
  private static void cheap(ServiceEcosystem eco, Model model, List<Edit> edits, String where) {
    same(eco.elementCount(), model.elements.size(), () -> where + ": elementCount");
    same(eco.relationCount(), model.relations.size(), () -> where + ": relationCount");
    for (Edit edit : edits) {
      for (Element e : edit.touched) {
        same(eco.element(e.id()), Optional.ofNullable(model.elements.get(e.id())),
            () -> where + ": element " + e.id());
        same(eco.contains(e), model.holds(e), () -> where + ": contains " + e.id());
      }
      for (Relation r : edit.relations) {
        same(eco.relation(r.source(), r.type(), r.target()),
            Optional.ofNullable(model.relations.get(Key.of(r.source(), r.type(), r.target()))),
            () -> where + ": relation " + r);
      }
    }
  }

  /** Equality with a build from scratch and the whole content in the documented orders. */
  @CanIgnoreReturnValue
  private static ServiceEcosystem light(ServiceEcosystem eco, Model model, String where) {
    ServiceEcosystem fresh = model.fresh();
    same(eco, fresh, () -> where + ": equals");
    same(fresh, eco, () -> where + ": equals, the other way");
    same(eco.hashCode(), fresh.hashCode(), () -> where + ": hashCode");
    same(eco.toString(), fresh.toString(), () -> where + ": toString");
    same(eco.elementCount(), model.elements.size(), () -> where + ": elementCount");
    same(eco.relationCount(), model.relations.size(), () -> where + ": relationCount");
    same(eco.elements(), List.copyOf(model.elements.values()), () -> where + ": elements()");
    same(fresh.elements(), eco.elements(), () -> where + ": fresh elements()");
    same(eco.relations(), fresh.relations(), () -> where + ": relations()");
    same(eco.relations().size(), model.relations.size(), () -> where + ": relations() size");
    same(new HashSet<>(eco.relations()), new HashSet<>(model.relations.values()),
        () -> where + ": relations() content");
    same(List.copyOf(eco.perspectives().entrySet()), model.perspectivesInOrder(),
        () -> where + ": perspectives()");
    same(List.copyOf(fresh.perspectives().entrySet()), model.perspectivesInOrder(),
        () -> where + ": fresh perspectives()");
    same(eco.valueInUse(), model.valueInUseInOrder(), () -> where + ": valueInUse()");
    same(fresh.valueInUse(), eco.valueInUse(), () -> where + ": fresh valueInUse()");
    same(eco.episodes(), model.episodesInOrder(), () -> where + ": episodes()");
    same(fresh.episodes(), eco.episodes(), () -> where + ": fresh episodes()");
    same(eco.moods(), model.moodsInOrder(), () -> where + ": moods()");
    same(fresh.moods(), eco.moods(), () -> where + ": fresh moods()");
    same(eco.relationTypes(), model.typesInOrder(), () -> where + ": relationTypes()");
    same(fresh.relationTypes(), eco.relationTypes(), () -> where + ": fresh relationTypes()");
    return fresh;
  }

  /** Every query, on the version and on the same content built from scratch. */
  private static void full(ServiceEcosystem eco, Model model, Random random, String where) {
    ServiceEcosystem fresh = light(eco, model, where);
    Map<String, Integer> order = model.order();
    List<Element> present = new ArrayList<>(model.elements.values());
    boolean big = present.size() > 60;
    // elements
    for (Class<? extends Element> kind : KINDS) {
      List<Element> ofKind = List.copyOf(eco.elements(kind));
      same(ofKind, fresh.elements(kind), () -> where + ": elements(" + kind + ")");
      same(ofKind, present.stream().filter(kind::isInstance).toList(),
          () -> where + ": elements(" + kind + ") in order");
    }
    same(eco.actors(), fresh.actors(), () -> where + ": actors()");
    // a sample of the elements there and of the ids the edits use: each step checks others
    List<Element> probes = new ArrayList<>();
    for (int i = 0; i < Math.min(present.size(), big ? 40 : 8); i++) {
      probes.add(present.get(random.nextInt(present.size())));
    }
    for (int i = 0; i < 4; i++) {
      probes.add(model.pool.variant(random));
    }
    for (Element e : probes) {
      String id = e.id();
      same(eco.element(id), fresh.element(id), () -> where + ": element " + id);
      same(eco.element(id), Optional.ofNullable(model.elements.get(id)),
          () -> where + ": element " + id + " in the model");
      same(eco.actor(id), fresh.actor(id), () -> where + ": actor " + id);
      same(eco.contains(e), model.holds(e), () -> where + ": contains " + e);
      same(fresh.contains(e), model.holds(e), () -> where + ": fresh contains " + e);
    }
    // relations
    for (Relation r : big ? List.copyOf(model.relations.values()).subList(0, 200)
        : model.relations.values()) {
      same(eco.contains(r), true, () -> where + ": contains " + r);
      Relation other = Relation.of(r.source(), r.type(), r.target(), r.strength() == 1 ? 0.5 : 1);
      same(eco.contains(other), false, () -> where + ": contains " + other);
      same(fresh.contains(other), false, () -> where + ": fresh contains " + other);
      same(eco.relation(r.source(), r.type(), r.target()), Optional.of(r),
          () -> where + ": relation " + r);
    }
    for (int i = 0; i < 40; i++) {
      Element s = probes.get(random.nextInt(probes.size()));
      Element t = probes.get(random.nextInt(probes.size()));
      RelationType type = TYPES.get(random.nextInt(TYPES.size()));
      same(eco.relation(s, type, t), fresh.relation(s, type, t),
          () -> where + ": relation " + s + " " + type + " " + t);
    }
    Set<RelationType> types = new LinkedHashSet<>(eco.relationTypes());
    types.add(TYPES.get(random.nextInt(TYPES.size())));
    for (Element e : probes) {
      for (Direction d : Direction.values()) {
        List<Relation> all = eco.relations(e, d);
        same(all, fresh.relations(e, d), () -> where + ": relations(" + e + ", " + d + ")");
        same(eco.neighbours(e, d), fresh.neighbours(e, d),
            () -> where + ": neighbours(" + e + ", " + d + ")");
        if (d != Direction.BOTH) {
          same(all, model.relationsInOrder(e, null, d, order),
              () -> where + ": relations(" + e + ", " + d + ") in the documented order");
        }
        for (RelationType type : types) {
          List<Relation> typed = eco.relations(e, type, d);
          same(typed, fresh.relations(e, type, d),
              () -> where + ": relations(" + e + ", " + type + ", " + d + ")");
          same(eco.neighbours(e, type, d), fresh.neighbours(e, type, d),
              () -> where + ": neighbours(" + e + ", " + type + ", " + d + ")");
          if (d != Direction.BOTH && eco.relationTypes().contains(type)) {
            same(typed, model.relationsInOrder(e, type, d, order), () -> where + ": relations("
                + e + ", " + type + ", " + d + ") in the documented order");
          }
        }
      }
    }
    // perspectives, value-in-use, episodes, journeys
    List<Actor> actors = new ArrayList<>();
    for (Element e : probes) {
      if (e instanceof Actor a && !actors.contains(a)) {
        actors.add(a);
      }
    }
    List<Episode> episodes = model.episodesInOrder();
    for (Actor h : actors) {
      for (Actor s : actors) {
        same(eco.perspective(h, s), fresh.perspective(h, s),
            () -> where + ": perspective " + h + " " + s);
        same(eco.perspective(h, s),
            Optional.ofNullable(model.perspectives.get(Perspective.of(h, s))),
            () -> where + ": perspective " + h + " " + s + " in the model");
        for (Aspect a : Aspect.values()) {
          same(eco.perspective(h, s, a),
              Optional.ofNullable(model.perspectives.get(Perspective.of(h, s, a))),
              () -> where + ": perspective " + h + " " + s + " " + a + " in the model");
        }
      }
      for (Aspect a : Aspect.values()) {
        same(eco.holdsAspect(a), model.perspectives.keySet().stream()
            .anyMatch(p -> p.aspect() == a), () -> where + ": holdsAspect " + a);
      }
      same(eco.moods(h), fresh.moods(h), () -> where + ": moods " + h);
      same(eco.moods(h), model.holds(h) ? model.moodsInOrder().stream()
              .filter(x -> x.actor().equals(h)).toList() : List.of(),
          () -> where + ": moods " + h + " in the model");
      for (int t = -1; t <= 4; t++) {
        Instant at = T0.plusSeconds(60L * t);
        same(eco.mood(h, at), fresh.mood(h, at), () -> where + ": mood " + h + " at " + at);
      }
      if (model.holds(h)) {
        same(eco.ownLogic(h), fresh.ownLogic(h), () -> where + ": ownLogic " + h);
      } else {
        assertThat(catchThrowable(() -> eco.ownLogic(h))).as(where + ": ownLogic " + h)
            .isInstanceOf(IllegalArgumentException.class);
      }
      same(eco.valueInUse(h), fresh.valueInUse(h), () -> where + ": valueInUse " + h);
      same(eco.valueInUse(h), model.holds(h) ? model.values.stream()
              .filter(v -> v.beneficiary().equals(h)).toList() : List.of(),
          () -> where + ": valueInUse " + h + " in the model");
      same(eco.episodes(h), fresh.episodes(h), () -> where + ": episodes " + h);
      same(eco.episodes(h), model.holds(h) ? episodes.stream()
              .filter(x -> x.customer().equals(h)).toList() : List.of(),
          () -> where + ": episodes " + h + " in the model");
      same(eco.journeys(h), fresh.journeys(h), () -> where + ": journeys " + h);
    }
    // the customer ecosystem
    List<Actor> customers = actors.stream().filter(model::holds).toList();
    if (!customers.isEmpty()) {
      Actor c = customers.get(random.nextInt(customers.size()));
      for (int radius = random.nextInt(2); radius <= 2; radius++) {
        ServiceEcosystem mine = eco.around(c, radius);
        ServiceEcosystem theirs = fresh.around(c, radius);
        String q = where + ": around(" + c + ", " + radius + ")";
        same(mine, theirs, () -> q);
        same(mine.hashCode(), theirs.hashCode(), () -> q + " hashCode");
        same(mine.elements(), theirs.elements(), () -> q + " elements()");
        same(mine.relations(), theirs.relations(), () -> q + " relations()");
        same(mine.episodes(), theirs.episodes(), () -> q + " episodes()");
        same(mine.valueInUse(), theirs.valueInUse(), () -> q + " valueInUse()");
        same(mine.moods(), theirs.moods(), () -> q + " moods()");
        same(List.copyOf(mine.perspectives().entrySet()),
            List.copyOf(theirs.perspectives().entrySet()), () -> q + " perspectives()");
      }
    }
    // the graph view
    Graph<Element, Relation> g = eco.graph();
    Graph<Element, Relation> f = fresh.graph();
    same(List.copyOf(g.vertexSet()), List.copyOf(f.vertexSet()), () -> where + ": vertexSet");
    same(List.copyOf(g.edgeSet()), List.copyOf(f.edgeSet()), () -> where + ": edgeSet");
    List<Element> vertices = probes.stream().filter(model::holds).distinct().toList();
    for (Element v : vertices) {
      same(g.degreeOf(v), f.degreeOf(v), () -> where + ": degreeOf " + v);
      same(g.inDegreeOf(v), f.inDegreeOf(v), () -> where + ": inDegreeOf " + v);
      same(g.outDegreeOf(v), f.outDegreeOf(v), () -> where + ": outDegreeOf " + v);
    }
    for (int i = 0; i < 60 && !present.isEmpty(); i++) {
      Element s = present.get(random.nextInt(present.size()));
      Element t = present.get(random.nextInt(present.size()));
      same(g.getEdge(s, t), f.getEdge(s, t), () -> where + ": getEdge " + s + " " + t);
      same(g.getAllEdges(s, t), f.getAllEdges(s, t),
          () -> where + ": getAllEdges " + s + " " + t);
    }
  }

  /** Fails with the description only when the two differ: descriptions cost more than checks. */
  private static void same(Object actual, Object expected, Supplier<String> what) {
    if (!Objects.equals(actual, expected)) {
      assertThat(actual).as(what.get()).isEqualTo(expected);
    }
  }

  // -------------------------------------------------------------------------------------------
  // the model

  /** The key of a relation in the model: ends by id, type by name. */
  record Key(String source, String type, String target) {
    static Key of(Element source, RelationType type, Element target) {
      return new Key(source.id(), type.name(), target.id());
    }
  }

  /** The content of an ecosystem, as plain collections; the edits return false on a problem. */
  static final class Model {
    Pool pool;
    final LinkedHashMap<String, Element> elements = new LinkedHashMap<>();
    final LinkedHashMap<Key, Relation> relations = new LinkedHashMap<>();
    final LinkedHashMap<Perspective, Profile> perspectives = new LinkedHashMap<>();
    final List<ValueInUse> values = new ArrayList<>();
    final List<Episode> episodes = new ArrayList<>();
    final List<Mood> moods = new ArrayList<>();

    Model copy() {
      Model m = new Model();
      m.pool = pool;
      m.elements.putAll(elements);
      m.relations.putAll(relations);
      m.perspectives.putAll(perspectives);
      m.values.addAll(values);
      m.episodes.addAll(episodes);
      m.moods.addAll(moods);
      return m;
    }

    ServiceEcosystem fresh() {
      ServiceEcosystem.Builder b = ServiceEcosystem.builder()
          .add(elements.values())
          .relateAll(relations.values());
      perspectives.forEach(
          (p, profile) -> b.perspective(p.holder(), p.subject(), p.aspect(), profile));
      values.forEach(b::valueInUse);
      return b.episodes(episodes).moods(moods).build();
    }

    boolean holds(Element e) {
      return e.equals(elements.get(e.id()));
    }

    boolean add(Element e) {
      Element known = elements.get(e.id());
      if (known != null) {
        return known.equals(e);
      }
      elements.put(e.id(), e);
      return true;
    }

    boolean remove(Element e) {
      if (!holds(e)) {
        return false;
      }
      elements.remove(e.id());
      relations.values().removeIf(r -> r.source().equals(e) || r.target().equals(e));
      perspectives.keySet().removeIf(p -> p.holder().equals(e) || p.subject().equals(e));
      values.removeIf(v -> named(v).contains(e));
      episodes.removeIf(x -> named(x).contains(e));
      moods.removeIf(x -> x.actor().equals(e));
      return true;
    }

    boolean relate(Relation r) {
      if (!holds(r.source()) || !holds(r.target())) {
        return false;
      }
      // only the two CARES_FOR types share a name
      if (r.type().name().equals(CARES_FOR.name())) {
        for (Relation x : relations.values()) {
          if (x.type().name().equals(r.type().name()) && !x.type().equals(r.type())) {
            return false;
          }
        }
      }
      return relations.putIfAbsent(Key.of(r.source(), r.type(), r.target()), r) == null;
    }

    boolean unrelate(Element s, RelationType type, Element t) {
      return holds(s) && holds(t) && relations.remove(Key.of(s, type, t)) != null;
    }

    boolean reweight(Element s, RelationType type, Element t, double strength) {
      Key key = Key.of(s, type, t);
      if (!holds(s) || !holds(t) || !relations.containsKey(key)) {
        return false;
      }
      relations.put(key, Relation.of(s, type, t, strength));
      return true;
    }

    boolean perspective(Actor h, Actor s, Aspect a, Profile profile) {
      if (!holds(h) || !holds(s)) {
        return false;
      }
      perspectives.put(Perspective.of(h, s, a), profile);
      return true;
    }

    boolean removePerspective(Actor h, Actor s, Aspect a) {
      return holds(h) && holds(s) && perspectives.remove(Perspective.of(h, s, a)) != null;
    }

    boolean mood(Mood m) {
      if (!holds(m.actor())) {
        return false;
      }
      for (Mood x : moods) {
        if (x.actor().equals(m.actor()) && x.since().equals(m.since())) {
          return x.equals(m);
        }
      }
      moods.add(m);
      return true;
    }

    boolean removeMood(Mood m) {
      return holds(m.actor()) && moods.remove(m);
    }

    List<Mood> moodsInOrder() {
      Map<String, Integer> order = order();
      return moods.stream()
          .sorted(Comparator.comparing(Mood::since)
              .thenComparingInt(m -> order.get(m.actor().id())))
          .toList();
    }

    boolean valueInUse(ValueInUse v) {
      if (!named(v).stream().allMatch(this::holds)) {
        return false;
      }
      values.add(v);
      return true;
    }

    boolean removeValueInUse(ValueInUse v) {
      return holds(v.beneficiary()) && values.remove(v);
    }

    boolean episode(Episode e) {
      if (!named(e).stream().allMatch(this::holds)) {
        return false;
      }
      episodes.add(e);
      return true;
    }

    boolean removeEpisode(Episode e) {
      return holds(e.customer()) && episodes.remove(e);
    }

    Map<String, Integer> order() {
      Map<String, Integer> order = new HashMap<>();
      for (String id : elements.keySet()) {
        order.put(id, order.size());
      }
      return order;
    }

    List<Map.Entry<Perspective, Profile>> perspectivesInOrder() {
      Map<String, Integer> order = order();
      return perspectives.entrySet().stream()
          .sorted(Comparator.<Map.Entry<Perspective, Profile>>comparingInt(
                  e -> order.get(e.getKey().holder().id()))
              .thenComparingInt(e -> order.get(e.getKey().subject().id()))
              .thenComparing(e -> e.getKey().aspect()))
          .map(e -> Map.entry(e.getKey(), e.getValue()))
          .toList();
    }

    List<ValueInUse> valueInUseInOrder() {
      Map<String, Integer> order = order();
      return values.stream()
          .sorted(Comparator.comparingInt(v -> order.get(v.beneficiary().id())))
          .toList();
    }

    List<Episode> episodesInOrder() {
      Map<String, Integer> order = order();
      return episodes.stream()
          .sorted(Comparator.comparing(Episode::time)
              .thenComparingInt(e -> order.get(e.customer().id())))
          .toList();
    }

    List<RelationType> typesInOrder() {
      Map<String, RelationType> types = new java.util.TreeMap<>();
      for (Relation r : relations.values()) {
        types.put(r.type().name(), r.type());
      }
      return List.copyOf(types.values());
    }

    List<Relation> relationsOf(Element e) {
      return relations.values().stream()
          .filter(r -> r.source().equals(e) || r.target().equals(e))
          .toList();
    }

    /** Outgoing or incoming, by type name, then by the element order of the other end. */
    List<Relation> relationsInOrder(
        Element e, RelationType type, Direction d, Map<String, Integer> order) {
      if (!holds(e)) {
        return List.of();
      }
      boolean out = d == Direction.OUTGOING;
      return relations.values().stream()
          .filter(r -> (out ? r.source() : r.target()).equals(e))
          .filter(r -> type == null || r.type().name().equals(type.name()))
          .sorted(Comparator.comparing((Relation r) -> r.type().name())
              .thenComparingInt(r -> order.get((out ? r.target() : r.source()).id())))
          .toList();
    }
  }

  static List<Element> named(ValueInUse v) {
    List<Element> named = new ArrayList<>(v.contributors());
    v.activity().ifPresent(named::add);
    return named;
  }

  static List<Element> named(Episode e) {
    List<Element> named = new ArrayList<>();
    named.add(e.customer());
    named.add(e.touchpoint());
    e.counterpart().ifPresent(named::add);
    e.proposition().ifPresent(named::add);
    return named;
  }

  // -------------------------------------------------------------------------------------------
  // the edits

  /** One edit: the builder call, and the change to the model (false: a problem). */
  record Edit(String text, boolean onElements, Consumer<ServiceEcosystem.Builder> call,
      Predicate<Model> change, List<Element> touched, List<Relation> relations) {

    Edit(String text, boolean onElements, Consumer<ServiceEcosystem.Builder> call,
        Predicate<Model> change) {
      this(text, onElements, call, change, List.of(), List.of());
    }
  }

  /** The ids an edit may name: each in two forms that differ in their names only. */
  static final class Pool {
    final Map<Class<? extends Element>, List<String>> idsByKind = new LinkedHashMap<>();
    final Map<String, Element[]> forms = new LinkedHashMap<>();
    int grown;

    static Pool small() {
      Pool p = new Pool();
      for (int i = 0; i < 7; i++) {
        p.addActor("a" + i, i % 3 == 1);
      }
      for (int i = 0; i < 3; i++) {
        p.put(Activity.class, Activity.of("act" + i, "Act " + i), Activity.of("act" + i, "Act'"));
        p.put(Resource.class, i % 2 == 0 ? Resource.operant("res" + i, "Res " + i)
            : Resource.operand("res" + i, "Res " + i), Resource.operant("res" + i, "Res'"));
      }
      for (int i = 0; i < 2; i++) {
        p.put(Touchpoint.class,
            Touchpoint.of("tp" + i, "Tp " + i, TouchpointOwnership.BRAND_OWNED,
                JourneyStage.PURCHASE),
            Touchpoint.of("tp" + i, "Tp'", TouchpointOwnership.BRAND_OWNED,
                JourneyStage.PURCHASE));
        p.put(ValueProposition.class, ValueProposition.of("vp" + i, "Vp " + i),
            ValueProposition.of("vp" + i, "Vp'"));
        p.put(Institution.class, Institution.of("inst" + i, "Inst " + i, InstitutionKind.NORM),
            Institution.of("inst" + i, "Inst'", InstitutionKind.NORM));
      }
      return p;
    }

    void addActor(String id, boolean organisation) {
      put(Actor.class,
          organisation ? Actor.organisation(id, "Org " + id) : Actor.individual(id, "Ind " + id),
          organisation ? Actor.organisation(id, "Org'") : Actor.individual(id, "Ind'"));
    }

    void put(Class<? extends Element> kind, Element first, Element second) {
      idsByKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(first.id());
      forms.put(first.id(), new Element[] {first, second});
    }

    /** {@return a new element of a random kind, under an id never used} */
    Element grow(Random random) {
      String id = "g" + grown++;
      switch (random.nextInt(4)) {
        case 0:
          put(Activity.class, Activity.of(id, "Act"), Activity.of(id, "Act'"));
          break;
        case 1:
          put(Resource.class, Resource.operand(id, "Res"), Resource.operand(id, "Res'"));
          break;
        default:
          addActor(id, random.nextBoolean());
      }
      return forms.get(id)[0];
    }

    Element variant(Random random) {
      List<String> ids = List.copyOf(forms.keySet());
      return forms.get(ids.get(random.nextInt(Math.min(ids.size(), 20))))[random.nextInt(4) == 0
          ? 1 : 0];
    }
  }

  /** Makes random edits against a model: mostly valid, some not. */
  static final class Generator {
    private final Random random;
    private final Pool pool;
    private final Model model;
    private final boolean grow;

    Generator(Random random, Pool pool, Model model, boolean grow) {
      this.random = random;
      this.pool = pool;
      this.model = model;
      this.model.pool = pool;
      this.grow = grow;
    }

    List<Edit> edits() {
      if (grow && random.nextInt(10) < 7) {
        return growth();
      }
      int roll = random.nextInt(20);
      int n = roll < 13 ? 1 : roll < 14 ? 0 : 2 + random.nextInt(2);
      List<Edit> edits = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        edits.add(edit());
      }
      return edits;
    }

    /** A new element related to one or two elements there. */
    private List<Edit> growth() {
      Element e = pool.grow(random);
      List<Edit> edits = new ArrayList<>();
      List<Actor> actors = model.elements.values().stream()
          .filter(Actor.class::isInstance).map(Actor.class::cast).toList();
      if (actors.isEmpty()) {
        return List.of(add(e));
      }
      Actor a = actors.get(random.nextInt(actors.size()));
      Actor b = actors.get(random.nextInt(actors.size()));
      while (b.equals(a) && actors.size() > 1) {
        b = actors.get(random.nextInt(actors.size()));
      }
      double w = strength();
      if (e instanceof Actor x) {
        edits.add(relate(Relation.of(x, RelationType.INFLUENCES, a, w)));
        edits.add(relate(Relation.of(b, RelationType.SERVES, x, w)));
        edits.add(relate(Relation.of(x, RelationType.PARTNERS_WITH, b, w)));
        edits.add(relate(Relation.of(x, RelationType.MEMBER_OF, a, w)));
      } else if (e instanceof Activity x) {
        edits.add(relate(Relation.of(a, RelationType.PERFORMS, x, w)));
        edits.add(relate(Relation.of(b, RelationType.SUPPORTS, x, w)));
        edits.add(relate(Relation.of(x, RelationType.INTEGRATES, pick(Resource.class), w)));
        edits.add(relate(Relation.of(pick(ValueProposition.class), RelationType.SUPPORTS, x, w)));
      } else {
        edits.add(relate(Relation.of(a, RelationType.ACCESSES, e, w)));
        if (!b.equals(a)) {
          edits.add(relate(Relation.of(b, RelationType.ACCESSES, e, w)));
        }
        edits.add(relate(Relation.of(a, CARES_FOR_RESOURCE, e, w)));
      }
      // the element after the relations that name it: added first all the same
      edits.add(add(e));
      return edits;
    }

    Edit edit() {
      int roll = random.nextInt(100);
      if (roll < 11) {
        return add(any(KINDS.get(random.nextInt(KINDS.size()))));
      } else if (roll < 16) {
        return remove(pick(KINDS.get(random.nextInt(KINDS.size()))));
      } else if (roll < 38) {
        return relate(random.nextInt(4) == 0 ? existingPair() : randomRelation());
      } else if (roll < 46) {
        Relation r = random.nextInt(5) == 0 ? randomRelation() : existing();
        Element s = r.source();
        Element t = r.target();
        return new Edit("unrelate '" + s.id() + "' " + r.type() + " '" + t.id() + "'", false,
            b -> b.unrelate(s, r.type(), t), m -> m.unrelate(s, r.type(), t), List.of(),
            List.of(r));
      } else if (roll < 54) {
        Relation r = random.nextInt(5) == 0 ? randomRelation() : existing();
        double w = strength();
        Element s = r.source();
        Element t = r.target();
        return new Edit("reweight '" + s.id() + "' " + r.type() + " '" + t.id() + "' " + w, false,
            b -> b.reweight(s, r.type(), t, w), m -> m.reweight(s, r.type(), t, w), List.of(),
            List.of(r));
      } else if (roll < 64) {
        Actor h = (Actor) pick(Actor.class);
        Actor s = random.nextInt(3) == 0 ? h : (Actor) pick(Actor.class);
        Profile p = PROFILES.get(random.nextInt(PROFILES.size()));
        Aspect a = aspect();
        if (a == Aspect.ACTUAL && random.nextBoolean()) {
          return new Edit("perspective '" + h.id() + "' '" + s.id() + "' " + p, false,
              b -> b.perspective(h, s, p), m -> m.perspective(h, s, a, p));
        }
        return new Edit("perspective '" + h.id() + "' '" + s.id() + "' " + a + " " + p, false,
            b -> b.perspective(h, s, a, p), m -> m.perspective(h, s, a, p));
      } else if (roll < 69) {
        Actor h;
        Actor s;
        Aspect a;
        if (!model.perspectives.isEmpty() && random.nextInt(5) > 0) {
          Perspective p = List.copyOf(model.perspectives.keySet())
              .get(random.nextInt(model.perspectives.size()));
          h = p.holder();
          s = p.subject();
          a = p.aspect();
        } else {
          h = (Actor) pick(Actor.class);
          s = (Actor) pick(Actor.class);
          a = aspect();
        }
        if (a == Aspect.ACTUAL) {
          return new Edit("removePerspective '" + h.id() + "' '" + s.id() + "'", false,
              b -> b.removePerspective(h, s), m -> m.removePerspective(h, s, a));
        }
        return new Edit("removePerspective '" + h.id() + "' '" + s.id() + "' " + a, false,
            b -> b.removePerspective(h, s, a), m -> m.removePerspective(h, s, a));
      } else if (roll < 77) {
        ValueInUse v = !model.values.isEmpty() && random.nextInt(4) == 0
            ? model.values.get(random.nextInt(model.values.size())) : value();
        return new Edit("valueInUse " + v, false, b -> b.valueInUse(v), m -> m.valueInUse(v));
      } else if (roll < 81) {
        ValueInUse v = !model.values.isEmpty() && random.nextInt(5) > 0
            ? model.values.get(random.nextInt(model.values.size())) : value();
        return new Edit("removeValueInUse " + v, false, b -> b.removeValueInUse(v),
            m -> m.removeValueInUse(v));
      } else if (roll < 87) {
        Mood md = !model.moods.isEmpty() && random.nextInt(4) == 0
            ? model.moods.get(random.nextInt(model.moods.size())) : mood();
        boolean asList = random.nextBoolean();
        return new Edit("mood " + md, false,
            b -> {
              if (asList) {
                b.moods(List.of(md));
              } else {
                b.mood(md);
              }
            },
            m -> m.mood(md));
      } else if (roll < 89) {
        Mood md = !model.moods.isEmpty() && random.nextInt(5) > 0
            ? model.moods.get(random.nextInt(model.moods.size())) : mood();
        return new Edit("removeMood " + md, false, b -> b.removeMood(md), m -> m.removeMood(md));
      } else if (roll < 95) {
        Episode e = !model.episodes.isEmpty() && random.nextInt(4) == 0
            ? model.episodes.get(random.nextInt(model.episodes.size())) : episode();
        boolean asList = random.nextBoolean();
        return new Edit("episode " + e, false,
            b -> {
              if (asList) {
                b.episodes(List.of(e));
              } else {
                b.episode(e);
              }
            },
            m -> m.episode(e));
      } else {
        Episode e = !model.episodes.isEmpty() && random.nextInt(5) > 0
            ? model.episodes.get(random.nextInt(model.episodes.size())) : episode();
        return new Edit("removeEpisode " + e, false, b -> b.removeEpisode(e),
            m -> m.removeEpisode(e));
      }
    }

    private Edit add(Element e) {
      return new Edit("add " + e, true, b -> b.add(e), m -> m.add(e), List.of(e), List.of());
    }

    private Edit remove(Element e) {
      return new Edit("remove " + e, true, b -> b.remove(e), m -> m.remove(e), List.of(e),
          List.of());
    }

    private Edit relate(Relation r) {
      int how = random.nextInt(3);
      return new Edit("relate '" + r.source().id() + "' " + r.type() + " '" + r.target().id()
          + "' " + r.strength(), false,
          b -> {
            if (how == 0) {
              b.relate(r);
            } else if (how == 1) {
              b.relate(r.source(), r.type(), r.target(), r.strength());
            } else {
              b.relateAll(List.of(r));
            }
          },
          m -> m.relate(r), List.of(), List.of(r));
    }

    private double strength() {
      return STRENGTHS[random.nextInt(STRENGTHS.length)];
    }

    /** {@return mostly an element there of the kind, else any form of an id of the kind} */
    private Element pick(Class<? extends Element> kind) {
      List<Element> there = model.elements.values().stream().filter(kind::isInstance).toList();
      if (!there.isEmpty() && random.nextInt(10) > 0) {
        return there.get(random.nextInt(there.size()));
      }
      return any(kind);
    }

    private Element any(Class<? extends Element> kind) {
      List<String> ids = pool.idsByKind.get(kind);
      String id = ids.get(random.nextInt(Math.min(ids.size(), 8)));
      return pool.forms.get(id)[random.nextInt(8) == 0 ? 1 : 0];
    }

    private Relation randomRelation() {
      RelationType type = TYPES.get(random.nextInt(TYPES.size()));
      Element s;
      if (type.equals(RelationType.SUPPORTS) && random.nextInt(3) == 0) {
        s = pick(ValueProposition.class);
      } else if (type.equals(RelationType.INTEGRATES)) {
        s = pick(Activity.class);
      } else {
        s = pick(Actor.class);
      }
      Class<? extends Element> targetKind = switch (type.name()) {
        case "PERFORMS", "SUPPORTS" -> Activity.class;
        case "ACCESSES", "INTEGRATES" -> Resource.class;
        case "OPERATES" -> Touchpoint.class;
        case "ADHERES_TO" -> Institution.class;
        case "OFFERS" -> ValueProposition.class;
        case "CARES_FOR" -> type.equals(CARES_FOR) ? Actor.class : Resource.class;
        default -> Actor.class;
      };
      Element t = random.nextInt(8) == 0 && targetKind == Actor.class ? s : pick(targetKind);
      return Relation.of(s, type, t, strength());
    }

    private Relation existing() {
      if (model.relations.isEmpty()) {
        return randomRelation();
      }
      return List.copyOf(model.relations.values()).get(random.nextInt(model.relations.size()));
    }

    /** {@return a relation of the type and ends of one there, maybe with another strength} */
    private Relation existingPair() {
      Relation r = existing();
      return Relation.of(r.source(), r.type(), r.target(), strength());
    }

    private ValueInUse value() {
      Actor beneficiary = (Actor) pick(Actor.class);
      List<Actor> contributors = new ArrayList<>();
      for (int i = random.nextInt(3); i > 0; i--) {
        contributors.add((Actor) pick(Actor.class));
      }
      ValueInUse v = ValueInUse.of(beneficiary, Sphere.values()[random.nextInt(3)],
          random.nextInt(5) / 2.0 - 1, contributors.toArray(new Actor[0]));
      return random.nextBoolean() ? v : v.in((Activity) pick(Activity.class));
    }

    /** {@return the actual aspect two times in three, another one otherwise} */
    private Aspect aspect() {
      return random.nextInt(3) > 0
          ? Aspect.ACTUAL : Aspect.values()[1 + random.nextInt(Aspect.values().length - 1)];
    }

    private Mood mood() {
      return Mood.of((Actor) pick(Actor.class), EMOTIONS.get(random.nextInt(EMOTIONS.size())),
          T0.plusSeconds(60L * random.nextInt(4)));
    }

    private Episode episode() {
      Episode.Builder b = Episode.builder((Actor) pick(Actor.class),
          (Touchpoint) pick(Touchpoint.class), T0.plusSeconds(60L * random.nextInt(4)));
      if (random.nextInt(3) == 0) {
        b.counterpart((Actor) pick(Actor.class));
      }
      if (random.nextInt(3) == 0) {
        b.proposition((ValueProposition) pick(ValueProposition.class));
      }
      return b.build();
    }
  }
}
