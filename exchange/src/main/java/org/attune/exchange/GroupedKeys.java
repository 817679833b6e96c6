package org.attune.exchange;

import java.util.Arrays;
import java.util.BitSet;
import org.jspecify.annotations.Nullable;

/**
 * The keys of the items a reader has seen (a relation's ends and type, a perspective's holder,
 * subject and aspect), each with its owner (the relation's source, the perspective's holder), to
 * find a key given twice at the item that repeats it. Items most often come grouped by owner, as
 * the writer writes them: then a repeat can only lie in the owner's own group, and a key is checked
 * against its group alone, in the order it came, with no table over all the keys. When an owner
 * comes back after its group ended, every key so far goes into one table and each key after it is
 * checked there. Either way the index of the earlier item is the same.
 * Mutable and not thread-safe.
 */
final class GroupedKeys {

  /** Beyond this many keys in a group, the group's keys are looked up in a table. */
  private static final int SCAN = 32;

  private long[] keys = new long[1024];
  private int[] indexes = new int[1024];
  private int size;
  private final BitSet owners = new BitSet();
  private int owner = -1;
  private int groupStart;
  private @Nullable LongIntMap group;
  private @Nullable LongIntMap all;

  /**
   * {@return the index of the earlier item of {@code key}, or -1 after taking {@code key} as the
   * key of the item of {@code index}}
   *
   * @param owner the index of the owner of the item, the same for every key of one owner
   * @param key the item's key, its owner included
   * @param index the item's index, not negative
   */
  int putIfAbsent(int owner, long key, int index) {
    int i = size;
    if (i == keys.length) {
      keys = Arrays.copyOf(keys, 2 * i);
      indexes = Arrays.copyOf(indexes, 2 * i);
    }
    keys[i] = key;
    indexes[i] = index;
    size++;
    LongIntMap everything = all;
    if (everything != null) {
      return everything.putIfAbsent(key, index);
    }
    if (owner != this.owner) {
      if (owners.get(owner)) { // the owner's group ended before: no longer grouped
        everything = new LongIntMap();
        for (int j = 0; j < i; j++) {
          everything.putIfAbsent(keys[j], indexes[j]);
        }
        all = everything;
        return everything.putIfAbsent(key, index);
      }
      owners.set(owner);
      this.owner = owner;
      groupStart = i;
      group = null;
      return -1;
    }
    LongIntMap g = group;
    if (g != null) {
      return g.putIfAbsent(key, index);
    }
    for (int j = groupStart; j < i; j++) {
      if (keys[j] == key) {
        return indexes[j];
      }
    }
    if (i - groupStart >= SCAN) {
      g = new LongIntMap();
      for (int j = groupStart; j <= i; j++) {
        g.putIfAbsent(keys[j], indexes[j]);
      }
      group = g;
    }
    return -1;
  }
}
