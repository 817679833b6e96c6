package org.attune.ecosystem;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.attune.ecosystem.Delta.AspectKey;
import org.attune.ecosystem.Delta.RelKey;
import org.attune.ecosystem.Delta.TypeUse;
import org.attune.ecosystem.Validation.Resolver;
import org.attune.model.Actor;
import org.attune.model.Aspect;
import org.attune.model.Element;
import org.attune.model.Episode;
import org.attune.model.Mood;
import org.attune.model.Perspective;
import org.attune.model.Profile;
import org.attune.model.Relation;
import org.attune.model.RelationType;
import org.attune.model.ValueInUse;
import org.jspecify.annotations.Nullable;

/**
 * Derives a version of an ecosystem from its parent by applying a {@link ServiceEcosystem.Builder}'s
 * edits to a copy of the parent's {@link Delta}: first the additions and removals of elements, in the
 * order called, then everything else in the order called. Each edit checks only what it touches,
 * against the version as the edits before it left it; every problem is collected, and none is
 * applied unless there is none. The cost is in proportion to the edits (and, for the removal of an
 * element, to what names the element), not to the ecosystem.
 */
final class Edits {

  /** An edit recorded by the builder. */
  sealed interface Edit {}

  record AddElement(Element element) implements Edit {}

  record RemoveElement(Element element) implements Edit {}

  /**
   * A run of relations added one after another, in the order added: one edit for the run, not one
   * per relation, so that a builder of many relations holds no wrapper per relation. The builder
   * appends to {@code relations} while the run is its last edit.
   */
  record Relate(List<Relation> relations) implements Edit {}

  record Unrelate(Element source, RelationType type, Element target) implements Edit {}

  record Reweight(Element source, RelationType type, Element target, double strength)
      implements Edit {}

  record SetPerspective(Perspective perspective, Profile profile) implements Edit {}

  record RemovePerspective(Perspective perspective) implements Edit {}

  record AddValueInUse(ValueInUse value) implements Edit {}

  record RemoveValueInUse(ValueInUse value) implements Edit {}

  record AddEpisode(Episode episode) implements Edit {}

  record RemoveEpisode(Episode episode) implements Edit {}

  record AddMood(Mood mood) implements Edit {}

  record RemoveMood(Mood mood) implements Edit {}

  /** A delta of at least this many entries is folded into a new base: {@value}. */
  static final int COMPACTION_MIN = 4096;

  private final Base base;
  private final Delta d;
  private final Store store;
  private final Resolver resolver;
  private final List<String> problems = new ArrayList<>();

  private Edits(Store parent) {
    this.base = parent.base;
    this.d = parent.delta.copy();
    this.store = new Store(base, d);
    this.resolver = Validation.resolver(store::indexOfId, store::elementAt);
  }

  /**
   * {@return the version of {@code parent} with the edits applied}
   *
   * @throws EcosystemException listing every problem found
   */
  static Store apply(Store parent, List<Edit> elementEdits, List<Edit> otherEdits) {
    Edits edits = new Edits(parent);
    for (Edit e : elementEdits) {
      edits.apply(e);
    }
    for (Edit e : otherEdits) {
      edits.apply(e);
    }
    if (!edits.problems.isEmpty()) {
      throw new EcosystemException(edits.problems);
    }
    Store result = new Store(edits.base, edits.d);
    int size = edits.base.size() + edits.base.topology.relationCount();
    return edits.d.weight() > Math.max(COMPACTION_MIN, size / 4) ? compact(result) : result;
  }

  /** {@return a version of the same content in a new base, with no delta} */
  static Store compact(Store store) {
    Delta d = store.delta;
    if (d.ids.isEmpty() && d.nextIndex == store.base.size()) {
      // the same elements at the same indexes: share every part of the base the delta left alone
      Base base = Base.sharing(store.base,
          d.out.isEmpty() && d.types == null ? null : store.relations(),
          store.perspectives(),
          d.valueInUse.isEmpty() ? null : store.valueInUse(),
          d.episodes.isEmpty() ? null : store.episodes(),
          d.moods.isEmpty() ? null : store.moods());
      return new Store(base, Delta.none(base));
    }
    List<Element> elements = store.elements();
    Element[] array = elements.toArray(new Element[0]);
    Map<String, Integer> ids = new java.util.HashMap<>();
    for (int i = 0; i < array.length; i++) {
      ids.put(array[i].id(), i);
    }
    Base base = Base.assemble(array, ids, store.relations(), store.perspectives(),
        store.valueInUse(), store.episodes(), store.moods());
    return new Store(base, Delta.none(base));
  }

  private void apply(Edit edit) {
    if (edit instanceof AddElement a) {
      add(a.element());
    } else if (edit instanceof RemoveElement r) {
      remove(r.element());
    } else if (edit instanceof Relate r) {
      for (Relation relation : r.relations()) {
        relate(relation);
      }
    } else if (edit instanceof Unrelate u) {
      unrelate(u.source(), u.type(), u.target());
    } else if (edit instanceof Reweight w) {
      reweight(w.source(), w.type(), w.target(), w.strength());
    } else if (edit instanceof SetPerspective p) {
      setPerspective(p.perspective(), p.profile());
    } else if (edit instanceof RemovePerspective p) {
      removePerspective(p.perspective());
    } else if (edit instanceof AddValueInUse v) {
      addValueInUse(v.value());
    } else if (edit instanceof RemoveValueInUse v) {
      removeValueInUse(v.value());
    } else if (edit instanceof AddEpisode e) {
      addEpisode(e.episode());
    } else if (edit instanceof RemoveEpisode e) {
      removeEpisode(e.episode());
    } else if (edit instanceof AddMood m) {
      addMood(m.mood());
    } else if (edit instanceof RemoveMood m) {
      removeMood(m.mood());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // elements

  private void add(Element element) {
    int i = store.indexOfId(element.id());
    if (i >= 0) {
      Element known = store.elementAt(i);
      if (!known.equals(element)) {
        problems.add(Validation.duplicateId(known, element));
      }
      return;
    }
    int index = d.nextIndex++;
    d.ids = d.ids.put(element.id(), index);
    d.added = d.added.put(index, element);
    d.elementCount++;
    d.elementHash += element.hashCode();
  }

  private void remove(Element element) {
    int i = store.indexOf(element);
    if (i < 0) {
      problems.add("cannot remove " + element + ": the ecosystem holds no such element");
      return;
    }
    for (Relation r : store.both(i, null)) {
      drop(r, store.indexOf(r.source()), store.indexOf(r.target()));
    }
    Set<Integer> holders = new LinkedHashSet<>();
    holders.add(i);
    if (i < base.size()) {
      holders.addAll(base.reverse().holdersBySubject().get(i));
    }
    d.perspectives.forEach((key, value) -> {
      if ((int) (long) key == i) {
        holders.add((int) (key >>> 32));
      }
    });
    d.aspects.forEach((key, value) -> {
      if (key.subject() == i) {
        holders.add(key.holder());
      }
    });
    for (int h : holders) {
      if (store.isPresent(h)) {
        for (Map.Entry<Perspective, Profile> e : store.perspectivesOf(h)) {
          Perspective p = e.getKey();
          if (p.holder().equals(element) || p.subject().equals(element)) {
            dropPerspective(h, store.indexOf(p.subject()), p, e.getValue());
          }
        }
      }
    }
    ImmutableList<Mood> moods = store.moodsOf(i);
    if (!moods.isEmpty()) {
      for (Mood m : moods) {
        d.moodHash -= m.hashCode();
      }
      d.moodCount -= moods.size();
      d.moods = d.moods.put(i, ImmutableList.of());
    }
    int[] dropped = new int[2];
    d.valueInUse = dropNaming(element, owners(i, base.size() > i
        ? base.reverse().valueOwnersByElement().get(i) : List.of(), d.valueInUse),
        store::valueInUseOf, v -> named(v), d.valueInUse, dropped);
    d.valueInUseHash -= dropped[0];
    d.valueInUseCount -= dropped[1];
    dropped = new int[2];
    d.episodes = dropNaming(element, owners(i, base.size() > i
        ? base.reverse().episodeOwnersByElement().get(i) : List.of(), d.episodes),
        store::episodesOf, e -> named(e), d.episodes, dropped);
    d.episodeHash -= dropped[0];
    d.episodeCount -= dropped[1];
    if (i < base.size() || base.indexById.containsKey(element.id())) {
      // the base holds this id (this element, or one removed and added again): hide it
      d.ids = d.ids.put(element.id(), -1);
    } else {
      d.ids = d.ids.remove(element.id());
    }
    if (i >= base.size()) {
      d.added = d.added.remove(i);
    }
    d.elementCount--;
    d.elementHash -= element.hashCode();
  }

  /**
   * {@return {@code changed} with the lists of {@code owners} rid of the items naming {@code
   * element}}; adds the sum of the dropped items' hash codes to {@code dropped[0]} and their number to
   * {@code dropped[1]}
   */
  private static <T> PersistentHashMap<Integer, ImmutableList<T>> dropNaming(
      Element element,
      Set<Integer> owners,
      IntFunction<ImmutableList<T>> listOf,
      Function<T, List<Element>> names,
      PersistentHashMap<Integer, ImmutableList<T>> changed,
      int[] dropped) {
    PersistentHashMap<Integer, ImmutableList<T>> result = changed;
    for (int o : owners) {
      ImmutableList<T> list = listOf.apply(o);
      ImmutableList.Builder<T> kept = ImmutableList.builderWithExpectedSize(list.size());
      int before = dropped[1];
      for (T item : list) {
        if (names.apply(item).contains(element)) {
          dropped[0] += item.hashCode();
          dropped[1]++;
        } else {
          kept.add(item);
        }
      }
      if (dropped[1] > before) {
        result = result.put(o, kept.build());
      }
    }
    return result;
  }

  /** {@return the owners whose lists may name element {@code i}: itself, the base's, the changed} */
  private static <T> Set<Integer> owners(
      int i, List<Integer> fromBase, PersistentHashMap<Integer, ImmutableList<T>> changed) {
    Set<Integer> owners = new LinkedHashSet<>();
    owners.add(i);
    owners.addAll(fromBase);
    changed.forEach((o, list) -> owners.add(o));
    return owners;
  }

  /** {@return every element a value-in-use names: beneficiary, contributors, activity} */
  static List<Element> named(ValueInUse v) {
    List<Element> named = new ArrayList<>(v.contributors());
    if (!named.contains(v.beneficiary())) {
      named.add(v.beneficiary());
    }
    v.activity().ifPresent(named::add);
    return named;
  }

  /** {@return every element an episode names: customer, touchpoint, counterpart, proposition} */
  static List<Element> named(Episode e) {
    List<Element> named = new ArrayList<>(4);
    named.add(e.customer());
    named.add(e.touchpoint());
    e.counterpart().ifPresent(named::add);
    e.proposition().ifPresent(named::add);
    return named;
  }

  // ---------------------------------------------------------------------------------------------
  // relations

  private void relate(Relation r) {
    int s = resolver.resolve(r.source(), () -> "relation " + r, "source", problems);
    int g = resolver.resolve(r.target(), () -> "relation " + r, "target", problems);
    RelationType known = store.typeOf(r.type().name());
    if (known != null && !known.equals(r.type())) {
      String problem = Validation.declaredTwice(known, r.type());
      if (!problems.contains(problem)) {
        problems.add(problem);
      }
      return;
    }
    if (s < 0 || g < 0) {
      return;
    }
    Relation existing = store.find(s, r.type(), g);
    if (existing != null) {
      problems.add(Validation.twoRelations(existing, r));
      return;
    }
    put(r, s, g);
    d.relationCount++;
    d.relationHash += r.hashCode();
    count(r.type(), +1);
  }

  private void unrelate(Element source, RelationType type, Element target) {
    Relation r = existing(source, type, target, "unrelate");
    if (r != null) {
      drop(r, store.indexOf(source), store.indexOf(target));
    }
  }

  private void reweight(Element source, RelationType type, Element target, double strength) {
    Relation r = existing(source, type, target, "reweight");
    if (r != null) {
      Relation changed = Relation.of(source, type, target, strength);
      put(changed, store.indexOf(source), store.indexOf(target));
      d.relationHash += changed.hashCode() - r.hashCode();
    }
  }

  private @Nullable Relation existing(
      Element source, RelationType type, Element target, String verb) {
    int s = store.indexOf(source);
    int g = store.indexOf(target);
    Relation r = s < 0 || g < 0 ? null : store.find(s, type, g);
    if (r == null) {
      problems.add("cannot " + verb + ": the ecosystem holds no " + type.name() + " relation from '"
          + source.id() + "' to '" + target.id() + "'");
    }
    return r;
  }

  private void put(Relation r, int s, int g) {
    putChange(new RelKey(s, r.type().name(), g), new RelKey(g, r.type().name(), s), r);
  }

  /** Records a change of a relation on both sides, and counts the keys each element has. */
  private void putChange(RelKey out, RelKey in, Object value) {
    int before = d.out.size();
    d.out = d.out.put(out, value);
    d.in = d.in.put(in, value);
    if (d.out.size() > before) {
      d.outTouched = touch(d.outTouched, out.element(), +1);
      d.inTouched = touch(d.inTouched, in.element(), +1);
    }
  }

  private void removeChange(RelKey out, RelKey in) {
    int before = d.out.size();
    d.out = d.out.remove(out);
    d.in = d.in.remove(in);
    if (d.out.size() < before) {
      d.outTouched = touch(d.outTouched, out.element(), -1);
      d.inTouched = touch(d.inTouched, in.element(), -1);
    }
  }

  private static PersistentHashMap<Integer, Integer> touch(
      PersistentHashMap<Integer, Integer> counts, int element, int change) {
    Integer old = counts.get(element);
    int count = (old == null ? 0 : old) + change;
    return count == 0 ? counts.remove(element) : counts.put(element, count);
  }

  private void drop(Relation r, int s, int g) {
    RelKey out = new RelKey(s, r.type().name(), g);
    RelKey in = new RelKey(g, r.type().name(), s);
    if (base.holds(s, r.type(), g)) {
      putChange(out, in, Delta.REMOVED);
    } else {
      removeChange(out, in);
    }
    d.relationCount--;
    d.relationHash -= r.hashCode();
    count(r.type(), -1);
  }

  private void count(RelationType type, int change) {
    ImmutableSortedMap<String, TypeUse> types = d.types;
    TreeMap<String, TypeUse> counts = new TreeMap<>();
    if (types == null) {
      for (RelationType t : base.topology.types) {
        counts.put(t.name(), new TypeUse(t, requireNonNull(base.typeCounts().get(t.name()))));
      }
    } else {
      counts.putAll(types);
    }
    TypeUse use = counts.get(type.name());
    int count = (use == null ? 0 : use.count()) + change;
    if (count == 0) {
      counts.remove(type.name());
    } else {
      counts.put(type.name(), new TypeUse(type, count));
    }
    d.types = ImmutableSortedMap.copyOfSorted(counts);
  }

  // ---------------------------------------------------------------------------------------------
  // perspectives

  private void setPerspective(Perspective p, Profile profile) {
    List<String> found = new ArrayList<>();
    Validation.references(p, resolver, found);
    if (!found.isEmpty()) {
      problems.addAll(found);
      return;
    }
    int h = store.indexOf(p.holder());
    int s = store.indexOf(p.subject());
    Profile old = store.profileOf(h, s, p.aspect());
    if (old == null) {
      d.perspectiveCount++;
      countAspect(p.aspect(), +1);
    } else {
      d.perspectiveHash -= p.hashCode() ^ old.hashCode();
    }
    if (p.isActual()) {
      Long key = Store.key(h, s);
      if (h != s) {
        d.perspectives = d.perspectives.put(key, profile);
      }
      d.perspectivePoints = d.perspectivePoints.put(key, profile);
    } else {
      d.aspects = d.aspects.put(new AspectKey(h, s, p.aspect()), profile);
    }
    d.perspectiveHash += p.hashCode() ^ profile.hashCode();
  }

  private void removePerspective(Perspective p) {
    int h = store.indexOf(p.holder());
    int s = store.indexOf(p.subject());
    Profile old = h < 0 || s < 0 ? null : store.profileOf(h, s, p.aspect());
    if (old == null) {
      problems.add("cannot remove the " + Validation.describe(p) + ": the ecosystem holds none");
      return;
    }
    dropPerspective(h, s, p, old);
  }

  private void dropPerspective(int h, int s, Perspective p, Profile old) {
    boolean inBase = h < base.size() && s < base.size()
        && base.perspectives.containsKey(Perspective.of(
            (Actor) base.topology.elements[h], (Actor) base.topology.elements[s], p.aspect()));
    if (p.isActual()) {
      Long key = Store.key(h, s);
      if (inBase) {
        if (h != s) {
          d.perspectives = d.perspectives.put(key, Delta.REMOVED);
        }
        d.perspectivePoints = d.perspectivePoints.put(key, Delta.REMOVED);
      } else {
        if (h != s) {
          d.perspectives = d.perspectives.remove(key);
        }
        d.perspectivePoints = d.perspectivePoints.remove(key);
      }
    } else {
      AspectKey key = new AspectKey(h, s, p.aspect());
      d.aspects = inBase ? d.aspects.put(key, Delta.REMOVED) : d.aspects.remove(key);
    }
    d.perspectiveCount--;
    countAspect(p.aspect(), -1);
    d.perspectiveHash -= p.hashCode() ^ old.hashCode();
  }

  /** Counts a perspective of an aspect other than the actual one in or out. */
  private void countAspect(Aspect aspect, int change) {
    if (aspect != Aspect.ACTUAL) {
      int[] counts = d.aspectCounts.clone();
      counts[Delta.slot(aspect)] += change;
      d.aspectCounts = counts;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // value-in-use and episodes

  private void addValueInUse(ValueInUse v) {
    List<String> found = new ArrayList<>();
    Validation.references(v, resolver, found);
    if (!found.isEmpty()) {
      problems.addAll(found);
      return;
    }
    int b = store.indexOf(v.beneficiary());
    d.valueInUse = d.valueInUse.put(b, ImmutableList.<ValueInUse>builder()
        .addAll(store.valueInUseOf(b)).add(v).build());
    d.valueInUseCount++;
    d.valueInUseHash += v.hashCode();
  }

  private void removeValueInUse(ValueInUse v) {
    int b = store.indexOf(v.beneficiary());
    List<ValueInUse> list = b < 0 ? List.of() : store.valueInUseOf(b);
    int at = list.indexOf(v);
    if (at < 0) {
      problems.add("cannot remove a value-in-use of '" + v.beneficiary().id()
          + "': the ecosystem holds none equal to it");
      return;
    }
    d.valueInUse = d.valueInUse.put(b, without(list, at));
    d.valueInUseCount--;
    d.valueInUseHash -= v.hashCode();
  }

  private void addEpisode(Episode e) {
    List<String> found = new ArrayList<>();
    Validation.references(e, resolver, found);
    if (!found.isEmpty()) {
      problems.addAll(found);
      return;
    }
    int c = store.indexOf(e.customer());
    List<Episode> list = store.episodesOf(c);
    int at = list.size();
    while (at > 0 && list.get(at - 1).time().isAfter(e.time())) {
      at--;
    }
    List<Episode> changed = new ArrayList<>(list);
    changed.add(at, e);
    d.episodes = d.episodes.put(c, ImmutableList.copyOf(changed));
    d.episodeCount++;
    d.episodeHash += e.hashCode();
  }

  private void removeEpisode(Episode e) {
    int c = store.indexOf(e.customer());
    List<Episode> list = c < 0 ? List.of() : store.episodesOf(c);
    int at = list.indexOf(e);
    if (at < 0) {
      problems.add("cannot remove an episode of '" + e.customer().id() + "' at " + e.time()
          + ": the ecosystem holds none equal to it");
      return;
    }
    d.episodes = d.episodes.put(c, without(list, at));
    d.episodeCount--;
    d.episodeHash -= e.hashCode();
  }

  // ---------------------------------------------------------------------------------------------
  // moods

  private void addMood(Mood m) {
    List<String> found = new ArrayList<>();
    Validation.references(m, resolver, found);
    if (!found.isEmpty()) {
      problems.addAll(found);
      return;
    }
    int a = store.indexOf(m.actor());
    List<Mood> list = store.moodsOf(a);
    int at = list.size();
    while (at > 0 && list.get(at - 1).since().isAfter(m.since())) {
      at--;
    }
    if (at > 0 && list.get(at - 1).since().equals(m.since())) {
      Mood known = list.get(at - 1);
      if (!known.equals(m)) {
        problems.add(Validation.twoMoods(known, m));
      }
      return;
    }
    List<Mood> changed = new ArrayList<>(list);
    changed.add(at, m);
    d.moods = d.moods.put(a, ImmutableList.copyOf(changed));
    d.moodCount++;
    d.moodHash += m.hashCode();
  }

  private void removeMood(Mood m) {
    int a = store.indexOf(m.actor());
    List<Mood> list = a < 0 ? List.of() : store.moodsOf(a);
    int at = list.indexOf(m);
    if (at < 0) {
      problems.add("cannot remove the mood of '" + m.actor().id() + "' since " + m.since()
          + ": the ecosystem holds none equal to it");
      return;
    }
    d.moods = d.moods.put(a, without(list, at));
    d.moodCount--;
    d.moodHash -= m.hashCode();
  }

  private static <T> ImmutableList<T> without(List<T> list, int at) {
    ImmutableList.Builder<T> b = ImmutableList.builderWithExpectedSize(list.size() - 1);
    for (int i = 0; i < list.size(); i++) {
      if (i != at) {
        b.add(list.get(i));
      }
    }
    return b.build();
  }
}
