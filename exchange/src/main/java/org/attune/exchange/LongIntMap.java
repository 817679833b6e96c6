package org.attune.exchange;

import java.util.Arrays;

/**
 * An open-addressing map from {@code long} keys to non-negative {@code int}s, for the keys of the
 * items a reader has seen (a relation's ends and type, a perspective's holder, subject and aspect):
 * 12 bytes per slot, at most half of the slots used (24 to 48 bytes per key), against some 80 for a
 * {@code HashMap<Long, Integer>}.
 * Mutable and not thread-safe.
 */
final class LongIntMap {

  private long[] keys = new long[16];
  private int[] values = new int[16];
  private int size;

  LongIntMap() {
    Arrays.fill(values, -1);
  }

  /** {@return the value of {@code key} if there is one, else -1 after mapping it to {@code value}} */
  int putIfAbsent(long key, int value) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    for (int slot = spread(key) & mask; ; slot = (slot + 1) & mask) {
      if (values[slot] < 0) {
        keys[slot] = key;
        values[slot] = value;
        size++;
        return -1;
      }
      if (keys[slot] == key) {
        return values[slot];
      }
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    Arrays.fill(values, -1);
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldValues[i] >= 0) {
        putIfAbsent(oldKeys[i], oldValues[i]);
      }
    }
  }

  private static int spread(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
