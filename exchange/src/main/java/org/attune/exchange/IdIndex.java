package org.attune.exchange;

import org.attune.exchange.ItemReader.Known;
import org.jspecify.annotations.Nullable;

/**
 * The elements of a document by id, found from a string or straight from the parser's characters,
 * so that resolving the ids of a million relations makes no string: an open-addressing table of the
 * entries, hashed as {@link String#hashCode()} hashes. Mutable and not thread-safe.
 */
final class IdIndex {

  private Known[] table = new Known[64];
  private int size;

  /** {@return the number of entries} */
  int size() {
    return size;
  }

  /** {@return the entry of {@code id}, or null} */
  @Nullable Known get(String id) {
    int mask = table.length - 1;
    for (int slot = spread(id.hashCode()) & mask; ; slot = (slot + 1) & mask) {
      Known k = table[slot];
      if (k == null || k.element().id().equals(id)) {
        return k;
      }
    }
  }

  /** {@return the entry whose id is the {@code length} characters of {@code chars} from {@code offset}, or null} */
  @Nullable Known get(char[] chars, int offset, int length) {
    int h = 0;
    for (int i = offset, end = offset + length; i < end; i++) {
      h = 31 * h + chars[i];
    }
    int mask = table.length - 1;
    for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
      Known k = table[slot];
      if (k == null || same(k.element().id(), chars, offset, length)) {
        return k;
      }
    }
  }

  /** {@return the entry of the same id already here, or null after adding {@code entry}} */
  @Nullable Known putIfAbsent(Known entry) {
    Known known = get(entry.element().id());
    if (known != null) {
      return known;
    }
    if (2 * (size + 1) > table.length) {
      Known[] old = table;
      table = new Known[old.length * 2];
      for (Known k : old) {
        if (k != null) {
          insert(k);
        }
      }
    }
    insert(entry);
    size++;
    return null;
  }

  private void insert(Known entry) {
    int mask = table.length - 1;
    int slot = spread(entry.element().id().hashCode()) & mask;
    while (table[slot] != null) {
      slot = (slot + 1) & mask;
    }
    table[slot] = entry;
  }

  /** {@return whether {@code s} is the {@code length} characters of {@code chars} from {@code offset}} */
  static boolean same(String s, char[] chars, int offset, int length) {
    if (s.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (s.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }
}
