package org.attune.ecosystem;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
 * The flat, array-backed content of an ecosystem as built from scratch (or compacted): elements by
 * index, the relations in compressed sparse rows ({@link Topology}), perspectives of every aspect in
 * a hash map, and the value-in-use, episodes and moods of each actor by its index. A derived version shares its parent's
 * base and records its changes in a {@link Delta}. Never changed after construction.
 */
final class Base {

  static final Base EMPTY =
      assemble(new Element[0], new HashMap<>(), List.of(), Map.of(), List.of(), List.of(),
          List.of());

  final Topology topology;
  final Map<String, Integer> indexById;
  final Map<String, Integer> typeByName;
  /** Perspectives of every aspect, by (holder index, subject index, aspect). */
  final ImmutableMap<Perspective, Profile> perspectives;
  /** How many perspectives of each aspect but the actual one, by ordinal. */
  final int[] aspectCounts;
  /**
   * The perspectives of every holder, by holder index, subject index and aspect: those of holder
   * {@code h} are at {@code [heldFrom[h], heldFrom[h + 1])}. Two arrays rather than a map of lists,
   * so that a base costs no object per holder (a compaction lays it out again).
   */
  final Perspective[] held;
  /** Where each holder's perspectives begin in {@link #held}, and its length last. */
  final int[] heldFrom;
  /** Each element's own logic, by index; made once, so that looking it up allocates nothing. */
  final ImmutableList<Optional<Profile>> ownLogic;
  /** The value-in-use of each beneficiary index, in the order given. */
  final ImmutableList<ImmutableList<ValueInUse>> valueInUse;
  final int valueInUseCount;
  /** The episodes of each customer index, in time order (stable). */
  final ImmutableList<ImmutableList<Episode>> episodes;
  final int episodeCount;
  /** The moods of each actor index, in time order. */
  final ImmutableList<ImmutableList<Mood>> moods;
  final int moodCount;
  private volatile @Nullable Sums sums;
  private volatile @Nullable Reverse reverse;
  private volatile @Nullable Map<String, Integer> typeCounts;

  private Base(
      Topology topology,
      Map<String, Integer> indexById,
      Map<String, Integer> typeByName,
      ImmutableMap<Perspective, Profile> perspectives,
      int[] aspectCounts,
      Perspective[] held,
      int[] heldFrom,
      ImmutableList<Optional<Profile>> ownLogic,
      ImmutableList<ImmutableList<ValueInUse>> valueInUse,
      int valueInUseCount,
      ImmutableList<ImmutableList<Episode>> episodes,
      int episodeCount,
      ImmutableList<ImmutableList<Mood>> moods,
      int moodCount) {
    this.topology = topology;
    this.indexById = indexById;
    this.typeByName = typeByName;
    this.perspectives = perspectives;
    this.aspectCounts = aspectCounts;
    this.held = held;
    this.heldFrom = heldFrom;
    this.ownLogic = ownLogic;
    this.valueInUse = valueInUse;
    this.valueInUseCount = valueInUseCount;
    this.episodes = episodes;
    this.episodeCount = episodeCount;
    this.moods = moods;
    this.moodCount = moodCount;
  }

  /**
   * Lays out content already known to be valid: every named element is among {@code elements}, under
   * its id in {@code ids}; no relation type is declared twice; no pair is joined twice by one type.
   */
  static Base assemble(
      Element[] elements,
      Map<String, Integer> ids,
      List<Relation> relations,
      Map<Perspective, Profile> perspectives,
      List<ValueInUse> valueInUse,
      List<Episode> episodes,
      List<Mood> moods) {
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
    return of(topology, ids, typeByName, perspectives, valueInUse, episodes, moods);
  }

  /** Completes a base around a topology whose other parts are known to be valid. */
  static Base of(
      Topology topology,
      Map<String, Integer> ids,
      Map<String, Integer> typeByName,
      Map<Perspective, Profile> perspectives,
      List<ValueInUse> valueInUse,
      List<Episode> episodes,
      List<Mood> moods) {
    return of(topology, ids, typeByName, perspectives, null, valueInUse, episodes, moods);
  }

  /**
   * {@return a base of the same elements, at the same indexes, as {@code old}, with the content
   * given}: the parts it shares with {@code old} are shared, not laid out again (the elements and
   * their ids always; the relations if {@code relations} is null; the value-in-use, episodes and
   * moods where null); for the compaction of a version that added and removed no element
   */
  static Base sharing(
      Base old,
      @Nullable List<Relation> relations,
      Map<Perspective, Profile> perspectives,
      @Nullable List<ValueInUse> valueInUse,
      @Nullable List<Episode> episodes,
      @Nullable List<Mood> moods) {
    Base b = relations == null ? old
        : assemble(old.topology.elements, old.indexById, relations, Map.of(), List.of(), List.of(),
            List.of());
    return of(b.topology, old.indexById, b.typeByName, perspectives, old, valueInUse, episodes,
        moods);
  }

  /**
   * {@return the perspectives with their profiles, sorted by the index of the holder, then of the
   * subject, then by aspect}: each holder and subject is looked up once, not once per comparison,
   * and input already in that order is not sorted again
   */
  private static List<Map.Entry<Perspective, Profile>> inOrder(
      Map<Perspective, Profile> perspectives, Map<String, Integer> ids) {
    List<Map.Entry<Perspective, Profile>> entries = new ArrayList<>(perspectives.entrySet());
    int size = entries.size();
    int[] holders = new int[size];
    int[] subjects = new int[size];
    Aspect[] aspects = new Aspect[size];
    boolean sorted = true;
    for (int i = 0; i < size; i++) {
      Perspective p = entries.get(i).getKey();
      holders[i] = requireNonNull(ids.get(p.holder().id()));
      subjects[i] = requireNonNull(ids.get(p.subject().id()));
      aspects[i] = p.aspect();
      sorted &= i == 0 || compare(holders, subjects, aspects, i - 1, i) <= 0;
    }
    if (sorted) {
      return entries;
    }
    Integer[] order = new Integer[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    // stable, as the sort of the entries by their perspectives was
    Arrays.sort(order, (a, b) -> compare(holders, subjects, aspects, a, b));
    List<Map.Entry<Perspective, Profile>> result = new ArrayList<>(size);
    for (Integer i : order) {
      result.add(entries.get(i));
    }
    return result;
  }

  /** {@return the order of perspectives {@code a} and {@code b} by holder, subject and aspect} */
  private static int compare(int[] holders, int[] subjects, Aspect[] aspects, int a, int b) {
    int c = Integer.compare(holders[a], holders[b]);
    if (c == 0) {
      c = Integer.compare(subjects[a], subjects[b]);
    }
    return c != 0 ? c : aspects[a].compareTo(aspects[b]);
  }

  @SuppressWarnings("ReferenceEquality") // the same profile object: then the same Optional serves
  private static Base of(
      Topology topology,
      Map<String, Integer> ids,
      Map<String, Integer> typeByName,
      Map<Perspective, Profile> perspectives,
      @Nullable Base old,
      @Nullable List<ValueInUse> valueInUse,
      @Nullable List<Episode> episodes,
      @Nullable List<Mood> moods) {
    int n = topology.size();
    Comparator<Perspective> order =
        Comparator.<Perspective>comparingInt(p -> requireNonNull(ids.get(p.holder().id())))
            .thenComparingInt(p -> requireNonNull(ids.get(p.subject().id())))
            .thenComparing(Perspective::aspect);
    List<Map.Entry<Perspective, Profile>> entries = inOrder(perspectives, ids);
    ImmutableMap.Builder<Perspective, Profile> ordered =
        ImmutableMap.builderWithExpectedSize(entries.size());
    Perspective[] held = new Perspective[entries.size()];
    int[] heldFrom = new int[n + 1];
    Profile[] own = new Profile[n];
    int[] aspectCounts = new int[Aspect.values().length];
    int k = 0;
    int o = 0;
    for (Map.Entry<Perspective, Profile> e : entries) {
      Perspective p = e.getKey();
      if (old != null) {
        // a perspective the old base held (in the same order) keeps its object: none made anew
        while (o < old.held.length && order.compare(old.held[o], p) < 0) {
          o++;
        }
        if (o < old.held.length && old.held[o].equals(p)) {
          p = old.held[o];
        }
      }
      int h = requireNonNull(ids.get(p.holder().id()));
      ordered.put(p, e.getValue());
      held[k++] = p;
      heldFrom[h + 1]++;
      if (!p.isActual()) {
        aspectCounts[Delta.slot(p.aspect())]++;
      } else if (p.isOwn()) {
        own[h] = e.getValue();
      }
    }
    for (int h = 0; h < n; h++) {
      heldFrom[h + 1] += heldFrom[h];
    }
    ImmutableList.Builder<Optional<Profile>> ownLogic = ImmutableList.builderWithExpectedSize(n);
    for (int h = 0; h < n; h++) {
      Optional<Profile> before = old == null ? null : old.ownLogic.get(h);
      // an own logic the compaction kept keeps its Optional: no new object per unchanged element
      ownLogic.add(before != null && before.orElse(null) == own[h]
          ? before
          : Optional.ofNullable(own[h]));
    }
    return new Base(
        topology,
        ids,
        typeByName,
        ordered.buildOrThrow(),
        aspectCounts,
        held,
        heldFrom,
        ownLogic.build(),
        valueInUse == null
            ? requireNonNull(old).valueInUse
            : byOwner(n, valueInUse, v -> requireNonNull(ids.get(v.beneficiary().id()))),
        valueInUse == null ? requireNonNull(old).valueInUseCount : valueInUse.size(),
        episodes == null
            ? requireNonNull(old).episodes
            : byOwner(
                n,
                ImmutableList.sortedCopyOf(Comparator.comparing(Episode::time), episodes),
                e -> requireNonNull(ids.get(e.customer().id()))),
        episodes == null ? requireNonNull(old).episodeCount : episodes.size(),
        moods == null
            ? requireNonNull(old).moods
            : byOwner(
                n,
                ImmutableList.sortedCopyOf(Comparator.comparing(Mood::since), moods),
                m -> requireNonNull(ids.get(m.actor().id()))),
        moods == null ? requireNonNull(old).moodCount : moods.size());
  }

  private static <T> ImmutableList<ImmutableList<T>> byOwner(
      int n, List<T> items, java.util.function.ToIntFunction<T> owner) {
    List<List<T>> lists = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      lists.add(null);
    }
    for (T item : items) {
      int o = owner.applyAsInt(item);
      List<T> list = lists.get(o);
      if (list == null) {
        list = new ArrayList<>(2);
        lists.set(o, list);
      }
      list.add(item);
    }
    ImmutableList.Builder<ImmutableList<T>> result = ImmutableList.builderWithExpectedSize(n);
    for (List<T> list : lists) {
      result.add(list == null ? ImmutableList.of() : ImmutableList.copyOf(list));
    }
    return result.build();
  }

  int size() {
    return topology.size();
  }

  /** {@return the hash sums of the parts, computed once} */
  Sums sums() {
    Sums s = sums;
    if (s == null) {
      int e = 0;
      for (Element x : topology.elements) {
        e += x.hashCode();
      }
      int r = 0;
      for (Relation x : topology.outRelations) {
        r += x.hashCode();
      }
      int v = 0;
      for (List<ValueInUse> list : valueInUse) {
        for (ValueInUse x : list) {
          v += x.hashCode();
        }
      }
      int ep = 0;
      for (List<Episode> list : episodes) {
        for (Episode x : list) {
          ep += x.hashCode();
        }
      }
      int md = 0;
      for (List<Mood> list : moods) {
        for (Mood x : list) {
          md += x.hashCode();
        }
      }
      s = new Sums(e, r, perspectives.hashCode(), v, ep, md);
      sums = s;
    }
    return s;
  }

  /** {@return the reverse indexes, built on first use} */
  Reverse reverse() {
    Reverse r = reverse;
    if (r == null) {
      ImmutableListMultimap.Builder<Integer, Integer> subjects = ImmutableListMultimap.builder();
      for (int h = 0; h < size(); h++) {
        for (int k = heldFrom[h]; k < heldFrom[h + 1]; k++) {
          subjects.put(requireNonNull(indexById.get(held[k].subject().id())), h);
        }
      }
      ImmutableListMultimap.Builder<Integer, Integer> values = ImmutableListMultimap.builder();
      for (int o = 0; o < valueInUse.size(); o++) {
        for (ValueInUse v : valueInUse.get(o)) {
          for (Element x : Edits.named(v)) {
            values.put(requireNonNull(indexById.get(x.id())), o);
          }
        }
      }
      ImmutableListMultimap.Builder<Integer, Integer> eps = ImmutableListMultimap.builder();
      for (int o = 0; o < episodes.size(); o++) {
        for (Episode ep : episodes.get(o)) {
          for (Element x : Edits.named(ep)) {
            eps.put(requireNonNull(indexById.get(x.id())), o);
          }
        }
      }
      r = new Reverse(subjects.build(), values.build(), eps.build());
      reverse = r;
    }
    return r;
  }

  /** The sums of the hash codes of an ecosystem's parts; its hash code combines them. */
  record Sums(
      int elements, int relations, int perspectives, int valueInUse, int episodes, int moods) {
    int combined() {
      int h = elements;
      h = 31 * h + relations;
      h = 31 * h + perspectives;
      h = 31 * h + valueInUse;
      h = 31 * h + episodes;
      return 31 * h + moods;
    }
  }

  /**
   * Which holders hold a perspective on an element, and which owners' value-in-use and episodes
   * name it: what removing the element must visit.
   */
  record Reverse(
      ImmutableListMultimap<Integer, Integer> holdersBySubject,
      ImmutableListMultimap<Integer, Integer> valueOwnersByElement,
      ImmutableListMultimap<Integer, Integer> episodeOwnersByElement) {}

  /** {@return how many relations use each relation type, by name, computed once} */
  Map<String, Integer> typeCounts() {
    Map<String, Integer> c = typeCounts;
    if (c == null) {
      int[] counts = new int[topology.types.length];
      for (int t : topology.outTypes) {
        counts[t]++;
      }
      Map<String, Integer> result = new HashMap<>();
      for (int t = 0; t < counts.length; t++) {
        result.put(topology.types[t].name(), counts[t]);
      }
      c = java.util.Collections.unmodifiableMap(result);
      typeCounts = c;
    }
    return c;
  }

  /** {@return whether the base itself holds a relation of {@code type} from {@code s} to {@code g}} */
  boolean holds(int s, RelationType type, int g) {
    Integer t = typeByName.get(type.name());
    return s < size() && g < size() && t != null && topology.types[t].equals(type)
        && topology.find(s, t, g) >= 0;
  }
}
