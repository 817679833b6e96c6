package org.attune.ecosystem;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.ecosystem.Delta.AspectKey;
import org.attune.ecosystem.Delta.RelKey;
import org.attune.ecosystem.Delta.TypeUse;
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
 * The lookups of an ecosystem over its {@link Base} and the {@link Delta} of a derived version: the
 * one place that knows how the two combine. Every element keeps its index for the life of the
 * versions that share a base; an added element gets the next free index and a removed one leaves a
 * gap, so the order of indexes is the order in which elements were added.
 */
final class Store {

  final Base base;
  final Delta delta;

  Store(Base base, Delta delta) {
    this.base = base;
    this.delta = delta;
  }

  // ---------------------------------------------------------------------------------------------
  // elements

  /** {@return the index of the element of {@code id}, or -1} */
  int indexOfId(String id) {
    if (!delta.ids.isEmpty()) {
      Integer d = delta.ids.get(id);
      if (d != null) {
        return d;
      }
    }
    Integer b = base.indexById.get(id);
    return b == null ? -1 : b;
  }

  /** {@return the index of {@code element}, or -1 if it is not here (or differs from the one here)} */
  int indexOf(Object element) {
    if (!(element instanceof Element e)) {
      requireNonNull(element, "element");
      return -1;
    }
    int i = indexOfId(e.id());
    return i >= 0 && elementAt(i).equals(e) ? i : -1;
  }

  /** {@return the element of an index known to be present} */
  Element elementAt(int i) {
    return i < base.size() ? base.topology.elements[i] : requireNonNull(delta.added.get(i));
  }

  /** {@return whether the element of index {@code i} is present: not removed, not a gap} */
  boolean isPresent(int i) {
    if (i < base.size()) {
      return delta.ids.isEmpty() || delta.ids.get(base.topology.elements[i].id()) == null;
    }
    return delta.added.containsKey(i);
  }

  /** {@return the elements present, in index order; a view over the base's when none changed} */
  List<Element> elements() {
    if (delta.ids.isEmpty()) {
      return Collections.unmodifiableList(Arrays.asList(base.topology.elements));
    }
    ImmutableList.Builder<Element> result = ImmutableList.builderWithExpectedSize(
        delta.elementCount);
    for (int i = 0; i < base.size(); i++) {
      if (isPresent(i)) {
        result.add(base.topology.elements[i]);
      }
    }
    delta.added.forEach((i, e) -> result.add(e));
    return result.build();
  }

  // ---------------------------------------------------------------------------------------------
  // relations

  /** {@return the relation type of {@code name} in use, or null} */
  @Nullable RelationType typeOf(String name) {
    if (delta.types != null) {
      TypeUse use = delta.types.get(name);
      return use == null ? null : use.type();
    }
    Integer t = base.typeByName.get(name);
    return t == null ? null : base.topology.types[t];
  }

  /** {@return the relation types in use, by name} */
  List<RelationType> types() {
    if (delta.types != null) {
      return delta.types.values().stream().map(TypeUse::type)
          .collect(ImmutableList.toImmutableList());
    }
    return ImmutableList.copyOf(base.topology.types);
  }

  /** {@return the relation of {@code type} from index {@code s} to index {@code g}, or null} */
  @Nullable Relation find(int s, RelationType type, int g) {
    if (!delta.outTouched.isEmpty() && delta.outTouched.containsKey(s)) {
      Object d = delta.out.get(new RelKey(s, type.name(), g));
      if (d == Delta.REMOVED) {
        return null;
      }
      if (d != null) {
        Relation r = (Relation) d;
        return r.type().equals(type) ? r : null;
      }
    }
    Topology t = base.topology;
    if (s < t.size() && g < t.size()) {
      Integer ti = base.typeByName.get(type.name());
      if (ti != null && t.types[ti].equals(type)) {
        int pos = t.find(s, ti, g);
        return pos < 0 ? null : t.outRelations[pos];
      }
    }
    return null;
  }

  /**
   * {@return the relations of index {@code e} in one direction, of {@code type} or of every type
   * if null, ordered by type name and then by the index at the other end}; a view over the base
   * arrays when this version changed none of them
   */
  List<Relation> adjacency(int e, @Nullable RelationType type, boolean outgoing) {
    if (type != null) {
      RelationType known = typeOf(type.name());
      if (known == null || !known.equals(type)) {
        return List.of();
      }
    }
    Topology t = base.topology;
    Relation[] relations = outgoing ? t.outRelations : t.inRelations;
    int from = 0;
    int to = 0;
    if (e < t.size()) {
      int[] offsets = outgoing ? t.outOffsets : t.inOffsets;
      from = offsets[e];
      to = offsets[e + 1];
      if (type != null) {
        Integer ti = base.typeByName.get(type.name());
        if (ti == null) {
          to = from;
        } else {
          long range = outgoing ? t.outRange(e, ti) : t.inRange(e, ti);
          from = Topology.rangeFrom(range);
          to = Topology.rangeTo(range);
        }
      }
    }
    PersistentMap<RelKey, Object> changes = outgoing ? delta.out : delta.in;
    PersistentHashMap<Integer, Integer> touched = outgoing ? delta.outTouched : delta.inTouched;
    if (touched.isEmpty() || !touched.containsKey(e)) {
      return Topology.slice(relations, from, to);
    }
    RelKey lo = new RelKey(e, type == null ? "" : type.name(), Integer.MIN_VALUE);
    RelKey hi = type == null
        ? new RelKey(e + 1, "", Integer.MIN_VALUE)
        : new RelKey(e, type.name(), Integer.MAX_VALUE);
    List<Map.Entry<RelKey, Object>> changed = changes.entries(lo, hi);
    if (changed.isEmpty()) {
      return Topology.slice(relations, from, to);
    }
    int[] others = outgoing ? t.outTargets : t.inSources;
    int[] types = outgoing ? t.outTypes : t.inTypes;
    List<Relation> merged = new ArrayList<>(to - from + changed.size());
    int i = from;
    int j = 0;
    while (i < to || j < changed.size()) {
      int c;
      if (i == to) {
        c = 1;
      } else if (j == changed.size()) {
        c = -1;
      } else {
        RelKey k = changed.get(j).getKey();
        c = t.types[types[i]].name().compareTo(k.type());
        if (c == 0) {
          c = Integer.compare(others[i], k.other());
        }
      }
      if (c < 0) {
        merged.add(relations[i++]);
      } else {
        Object value = changed.get(j++).getValue();
        if (value != Delta.REMOVED) {
          merged.add((Relation) value);
        }
        if (c == 0) {
          i++;
        }
      }
    }
    return Collections.unmodifiableList(merged);
  }

  /**
   * {@return a bound on the number of relations of index {@code e} in one direction, found without
   * merging them}: the length of its row in the base plus the changes this version made to it
   */
  int degreeBound(int e, boolean outgoing) {
    Topology t = base.topology;
    int[] offsets = outgoing ? t.outOffsets : t.inOffsets;
    int row = e < t.size() ? offsets[e + 1] - offsets[e] : 0;
    Integer changes = (outgoing ? delta.outTouched : delta.inTouched).get(e);
    return row + (changes == null ? 0 : changes);
  }

  /** {@return the relations of index {@code e} both ways, a self-relation once} */
  List<Relation> both(int e, @Nullable RelationType type) {
    List<Relation> out = adjacency(e, type, true);
    List<Relation> in = adjacency(e, type, false);
    ImmutableList.Builder<Relation> result =
        ImmutableList.builderWithExpectedSize(out.size() + in.size());
    result.addAll(out);
    Element self = elementAt(e);
    for (Relation r : in) {
      if (!r.source().equals(self)) { // a self-relation is already among the outgoing ones
        result.add(r);
      }
    }
    return result.build();
  }

  /** {@return every relation, grouped by source in index order; a view when none changed} */
  List<Relation> relations() {
    if (delta.out.isEmpty() && delta.ids.isEmpty()) {
      return Topology.slice(base.topology.outRelations, 0, base.topology.relationCount());
    }
    ImmutableList.Builder<Relation> result =
        ImmutableList.builderWithExpectedSize(delta.relationCount);
    for (int i = 0; i < delta.nextIndex; i++) {
      if (isPresent(i)) {
        result.addAll(adjacency(i, null, true));
      }
    }
    return result.build();
  }

  // ---------------------------------------------------------------------------------------------
  // perspectives

  static long key(int holder, int subject) {
    return (long) holder << 32 | (subject & 0xFFFFFFFFL);
  }

  /** {@return the profile index {@code h} holds of index {@code s}, or null} */
  @Nullable Profile profileOf(int h, int s) {
    if (!delta.perspectivePoints.isEmpty()) {
      Object d = delta.perspectivePoints.get(key(h, s));
      if (d == Delta.REMOVED) {
        return null;
      }
      if (d != null) {
        return (Profile) d;
      }
    }
    if (h < base.size() && s < base.size()) {
      if (h == s) {
        return base.ownLogic.get(h).orElse(null);
      }
      if (elementAt(h) instanceof Actor holder && elementAt(s) instanceof Actor subject) {
        return base.perspectives.get(Perspective.of(holder, subject));
      }
    }
    return null;
  }

  /**
   * {@return the profile index {@code h} holds of index {@code s} of {@code aspect}, or null}; the
   * actual aspect is {@link #profileOf(int, int)}, and the others cost nothing where none is held
   */
  @Nullable Profile profileOf(int h, int s, Aspect aspect) {
    if (aspect == Aspect.ACTUAL) {
      return profileOf(h, s);
    }
    if (!delta.aspects.isEmpty()) {
      Object d = delta.aspects.get(new AspectKey(h, s, aspect));
      if (d == Delta.REMOVED) {
        return null;
      }
      if (d != null) {
        return (Profile) d;
      }
    }
    if (h < base.size() && s < base.size() && base.aspectCounts[Delta.slot(aspect)] > 0
        && elementAt(h) instanceof Actor holder && elementAt(s) instanceof Actor subject) {
      return base.perspectives.get(Perspective.of(holder, subject, aspect));
    }
    return null;
  }

  /** {@return whether this version holds a perspective of {@code aspect}} */
  boolean holds(Aspect aspect) {
    if (aspect != Aspect.ACTUAL) {
      return delta.aspectCounts[Delta.slot(aspect)] > 0;
    }
    int others = 0;
    for (int c : delta.aspectCounts) {
      others += c;
    }
    return delta.perspectiveCount > others;
  }

  /** {@return the own logic of index {@code i}; allocates nothing unless this version set it} */
  Optional<Profile> ownLogic(int i) {
    if (!delta.perspectivePoints.isEmpty()) {
      Object d = delta.perspectivePoints.get(key(i, i));
      if (d != null) {
        return d == Delta.REMOVED ? Optional.empty() : Optional.of((Profile) d);
      }
    }
    return i < base.size() ? base.ownLogic.get(i) : Optional.empty();
  }

  /** {@return the perspectives index {@code h} holds, by subject index and then aspect} */
  List<Map.Entry<Perspective, Profile>> perspectivesOf(int h) {
    List<Map.Entry<Perspective, Profile>> result = new ArrayList<>();
    List<Perspective> held = h < base.size()
        ? Arrays.asList(base.held).subList(base.heldFrom[h], base.heldFrom[h + 1])
        : List.of();
    if (delta.perspectivePoints.isEmpty() && delta.aspects.isEmpty()) {
      for (Perspective p : held) {
        result.add(Map.entry(p, requireNonNull(base.perspectives.get(p))));
      }
      return result;
    }
    List<AspectKey> changedKeys = new ArrayList<>();
    List<Object> changedValues = new ArrayList<>();
    changes(h, changedKeys, changedValues);
    int i = 0;
    int j = 0;
    while (i < held.size() || j < changedKeys.size()) {
      int c;
      if (i == held.size()) {
        c = 1;
      } else if (j == changedKeys.size()) {
        c = -1;
      } else {
        Perspective p = held.get(i);
        c = new AspectKey(h, requireNonNull(base.indexById.get(p.subject().id())), p.aspect())
            .compareTo(changedKeys.get(j));
      }
      if (c < 0) {
        Perspective p = held.get(i++);
        result.add(Map.entry(p, requireNonNull(base.perspectives.get(p))));
      } else {
        AspectKey k = changedKeys.get(j);
        Object value = changedValues.get(j++);
        if (value != Delta.REMOVED) {
          result.add(Map.entry(
              Perspective.of((Actor) elementAt(h), (Actor) elementAt(k.subject()), k.aspect()),
              (Profile) value));
        }
        if (c == 0) {
          i++;
        }
      }
    }
    return result;
  }

  /**
   * Lists the perspectives of holder index {@code h} this version changed, of every aspect, by
   * subject index and then aspect.
   */
  private void changes(int h, List<AspectKey> keys, List<Object> values) {
    List<Map.Entry<Long, Object>> actual = delta.perspectives.isEmpty()
        ? new ArrayList<>(1)
        : delta.perspectives.entries(key(h, 0), key(h + 1, 0));
    @Nullable Object own =
        delta.perspectivePoints.isEmpty() ? null : delta.perspectivePoints.get(key(h, h));
    if (own != null) { // an own logic is kept in the hash trie alone: put it in its place
      int at = 0;
      while (at < actual.size() && (int) (long) actual.get(at).getKey() < h) {
        at++;
      }
      actual.add(at, Map.entry(key(h, h), own));
    }
    List<Map.Entry<AspectKey, Object>> others = delta.aspects.isEmpty()
        ? List.of()
        : delta.aspects.entries(new AspectKey(h, 0, Aspect.ACTUAL),
            new AspectKey(h + 1, 0, Aspect.ACTUAL));
    int i = 0;
    int j = 0;
    while (i < actual.size() || j < others.size()) {
      @Nullable AspectKey a = i < actual.size()
          ? new AspectKey(h, (int) (long) actual.get(i).getKey(), Aspect.ACTUAL)
          : null;
      if (a != null && (j == others.size() || a.compareTo(others.get(j).getKey()) < 0)) {
        keys.add(a);
        values.add(actual.get(i++).getValue());
      } else {
        keys.add(others.get(j).getKey());
        values.add(others.get(j++).getValue());
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // value-in-use and episodes

  /** {@return the value-in-use of beneficiary index {@code b}, in the order given} */
  ImmutableList<ValueInUse> valueInUseOf(int b) {
    return owned(delta.valueInUse, base.valueInUse, b);
  }

  /** {@return the episodes of customer index {@code c}, in time order} */
  ImmutableList<Episode> episodesOf(int c) {
    return owned(delta.episodes, base.episodes, c);
  }

  /** {@return the moods of actor index {@code a}, in time order} */
  ImmutableList<Mood> moodsOf(int a) {
    return owned(delta.moods, base.moods, a);
  }

  /** {@return the list of owner index {@code o}: as this version changed it, or the base's} */
  private <T> ImmutableList<T> owned(PersistentHashMap<Integer, ImmutableList<T>> changed,
      ImmutableList<ImmutableList<T>> inBase, int o) {
    if (!changed.isEmpty()) {
      ImmutableList<T> list = changed.get(o);
      if (list != null) {
        return list;
      }
    }
    return o < base.size() ? inBase.get(o) : ImmutableList.of();
  }

  // ---------------------------------------------------------------------------------------------
  // whole lists, in the orders documented on ServiceEcosystem

  /** {@return every perspective, by holder and then subject, both in element order, then aspect} */
  ImmutableMap<Perspective, Profile> perspectives() {
    if (delta.perspectivePoints.isEmpty() && delta.aspects.isEmpty()) {
      return base.perspectives;
    }
    ImmutableMap.Builder<Perspective, Profile> b =
        ImmutableMap.builderWithExpectedSize(delta.perspectiveCount);
    for (int i = 0; i < delta.nextIndex; i++) {
      if (isPresent(i)) {
        b.putAll(perspectivesOf(i));
      }
    }
    return b.buildOrThrow();
  }

  /** {@return every value-in-use, by beneficiary in element order, each in the order given} */
  ImmutableList<ValueInUse> valueInUse() {
    ImmutableList.Builder<ValueInUse> b = ImmutableList.builderWithExpectedSize(
        delta.valueInUseCount);
    for (int i = 0; i < delta.nextIndex; i++) {
      if (isPresent(i)) {
        b.addAll(valueInUseOf(i));
      }
    }
    return b.build();
  }

  /** {@return every episode in time order; at one time by customer in element order, then given} */
  ImmutableList<Episode> episodes() {
    List<Episode> all = new ArrayList<>(delta.episodeCount);
    for (int i = 0; i < delta.nextIndex; i++) {
      if (isPresent(i)) {
        all.addAll(episodesOf(i));
      }
    }
    return ImmutableList.sortedCopyOf(Comparator.comparing(Episode::time), all);
  }

  /** {@return every mood in time order; at one time by actor in element order} */
  ImmutableList<Mood> moods() {
    List<Mood> all = new ArrayList<>(delta.moodCount);
    for (int i = 0; i < delta.nextIndex; i++) {
      if (isPresent(i)) {
        all.addAll(moodsOf(i));
      }
    }
    return ImmutableList.sortedCopyOf(Comparator.comparing(Mood::since), all);
  }

  /** {@return the hash code of the content: sums of the parts' hash codes, combined} */
  int hash() {
    Base.Sums s = base.sums();
    return new Base.Sums(
            s.elements() + delta.elementHash,
            s.relations() + delta.relationHash,
            s.perspectives() + delta.perspectiveHash,
            s.valueInUse() + delta.valueInUseHash,
            s.episodes() + delta.episodeHash,
            s.moods() + delta.moodHash)
        .combined();
  }
}
