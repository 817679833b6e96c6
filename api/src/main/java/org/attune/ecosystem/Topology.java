package org.attune.ecosystem;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import org.attune.model.Element;
import org.attune.model.Relation;
import org.attune.model.RelationType;

/**
 * The compact, int-indexed adjacency of an ecosystem: elements by index and, per direction, the
 * relations in compressed sparse rows (CSR), grouped by element, then by relation type, then by the
 * element at the other end. Built in linear time by stable counting sorts; never changed afterwards.
 *
 * <p>Memory per relation: the {@link Relation} itself (32 bytes with compressed references), one
 * reference and two ints per direction (24 bytes).
 */
final class Topology {

  final Element[] elements;
  final RelationType[] types;
  final int[] outOffsets;
  final Relation[] outRelations;
  final int[] outTypes;
  final int[] outTargets;
  final int[] inOffsets;
  final Relation[] inRelations;
  final int[] inTypes;
  final int[] inSources;

  /**
   * Lays the relations out in CSR order.
   *
   * @param elements the elements by index
   * @param types the relation types by index, sorted by name
   * @param relations the relations, in any order
   * @param sources the source index of each relation
   * @param typeIndexes the type index of each relation
   * @param targets the target index of each relation
   */
  Topology(
      Element[] elements,
      RelationType[] types,
      Relation[] relations,
      int[] sources,
      int[] typeIndexes,
      int[] targets) {
    this.elements = elements;
    this.types = types;
    int n = elements.length;
    int m = relations.length;
    int[] perm = identity(m);
    if (!sorted(sources, typeIndexes, targets)) {
      perm = stableSort(perm, targets, n);
      perm = stableSort(perm, typeIndexes, types.length);
      perm = stableSort(perm, sources, n);
    }
    outOffsets = offsets(sources, n);
    outRelations = new Relation[m];
    outTypes = new int[m];
    outTargets = new int[m];
    for (int i = 0; i < m; i++) {
      int r = perm[i];
      outRelations[i] = relations[r];
      outTypes[i] = typeIndexes[r];
      outTargets[i] = targets[r];
    }
    // (source, type, target) order, re-sorted stably by type and then target: (target, type, source)
    perm = stableSort(perm, typeIndexes, types.length);
    perm = stableSort(perm, targets, n);
    inOffsets = offsets(targets, n);
    inRelations = new Relation[m];
    inTypes = new int[m];
    inSources = new int[m];
    for (int i = 0; i < m; i++) {
      int r = perm[i];
      inRelations[i] = relations[r];
      inTypes[i] = typeIndexes[r];
      inSources[i] = sources[r];
    }
  }

  int size() {
    return elements.length;
  }

  int relationCount() {
    return outRelations.length;
  }

  /** {@return the first position in {@code [from, to)} of {@code types} holding {@code type} or more} */
  static int lowerBound(int[] types, int from, int to, int type) {
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (types[mid] < type) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** {@return the positions of the outgoing relations of element {@code e} of type {@code t}} */
  long outRange(int e, int t) {
    return range(outTypes, outOffsets[e], outOffsets[e + 1], t);
  }

  /** {@return the positions of the incoming relations of element {@code e} of type {@code t}} */
  long inRange(int e, int t) {
    return range(inTypes, inOffsets[e], inOffsets[e + 1], t);
  }

  private static long range(int[] types, int from, int to, int t) {
    int lo = lowerBound(types, from, to, t);
    int hi = lowerBound(types, lo, to, t + 1);
    return ((long) lo << 32) | hi;
  }

  static int rangeFrom(long range) {
    return (int) (range >>> 32);
  }

  static int rangeTo(long range) {
    return (int) range;
  }

  /** {@return the position of the relation from {@code s} of type {@code t} to {@code g}, or -1} */
  int find(int s, int t, int g) {
    long range = outRange(s, t);
    int lo = rangeFrom(range);
    int hi = rangeTo(range);
    // targets within a type are sorted ascending
    int pos = Arrays.binarySearch(outTargets, lo, hi, g);
    return pos >= 0 ? pos : -1;
  }

  static List<Relation> slice(Relation[] relations, int from, int to) {
    return from == to ? List.of() : new Slice(relations, from, to);
  }

  /**
   * {@return whether the relations are already in (source, type, target) order}: then the stable
   * sorts into that order would leave them as they are, and are skipped
   */
  private static boolean sorted(int[] sources, int[] typeIndexes, int[] targets) {
    for (int i = 1; i < sources.length; i++) {
      int c = Integer.compare(sources[i - 1], sources[i]);
      if (c == 0) {
        c = Integer.compare(typeIndexes[i - 1], typeIndexes[i]);
      }
      if (c == 0) {
        c = Integer.compare(targets[i - 1], targets[i]);
      }
      if (c > 0) {
        return false;
      }
    }
    return true;
  }

  private static int[] identity(int m) {
    int[] perm = new int[m];
    for (int i = 0; i < m; i++) {
      perm[i] = i;
    }
    return perm;
  }

  /** {@return {@code perm} sorted stably by {@code key[perm[i]]}, keys in [0, range)} */
  private static int[] stableSort(int[] perm, int[] key, int range) {
    int[] count = new int[range + 1];
    for (int r : perm) {
      count[key[r] + 1]++;
    }
    for (int i = 0; i < range; i++) {
      count[i + 1] += count[i];
    }
    int[] sorted = new int[perm.length];
    for (int r : perm) {
      sorted[count[key[r]]++] = r;
    }
    return sorted;
  }

  private static int[] offsets(int[] key, int n) {
    int[] offsets = new int[n + 1];
    for (int k : key) {
      offsets[k + 1]++;
    }
    for (int i = 0; i < n; i++) {
      offsets[i + 1] += offsets[i];
    }
    return offsets;
  }

  /** A read-only list over a range of an array, for query results that must not copy. */
  private static final class Slice extends AbstractList<Relation> implements RandomAccess {
    private final Relation[] relations;
    private final int from;
    private final int size;

    Slice(Relation[] relations, int from, int to) {
      this.relations = relations;
      this.from = from;
      this.size = to - from;
    }

    @Override
    public Relation get(int index) {
      return relations[from + java.util.Objects.checkIndex(index, size)];
    }

    @Override
    public int size() {
      return size;
    }
  }
}
