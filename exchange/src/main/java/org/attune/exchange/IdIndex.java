package org.attune.exchange;

import java.util.Arrays;
import org.attune.exchange.ItemReader.Known;
import org.jspecify.annotations.Nullable;

/**
 * The elements of a document by id, found from a string or straight from the parser's characters,
 * so that resolving the ids of a million relations makes no string. Hashed as {@link
 * String#hashCode()} hashes, in flat arrays: an open-addressing table of slots, each the full hash
 * and the number of an entry in one long; the entries' ids, one after another, in one array of
 * characters. A lookup compares hashes in the table and characters in that array, and touches an
 * entry only when it is found. The two entries found last are tried first: relations come grouped
 * by source, perspectives by holder. Entries are only ever added, so these stay right.
 * Mutable and not thread-safe.
 */
final class IdIndex {

  /** Per slot: the hash in the high half, the entry's number plus 1 in the low half; 0 if empty. */
  private long[] slots = new long[64];
  private Known[] entries = new Known[32];
  /** Entry {@code e}'s id is {@code chars[starts[e]]} up to {@code chars[starts[e + 1]]}. */
  private int[] starts = new int[33];
  private char[] chars = new char[256];
  private int size;
  private @Nullable Known recent;
  private @Nullable Known older;

  /** {@return the number of entries} */
  int size() {
    return size;
  }

  /** {@return the entry of {@code id}, or null} */
  @Nullable Known get(String id) {
    int h = id.hashCode();
    int mask = slots.length - 1;
    for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
      long s = slots[slot];
      if (s == 0) {
        return null;
      }
      if ((int) (s >>> 32) == h) {
        Known k = entries[(int) s - 1];
        if (k.element().id().equals(id)) {
          return k;
        }
      }
    }
  }

  /** {@return the entry whose id is the {@code length} characters of {@code text} from {@code offset}, or null} */
  @Nullable Known get(char[] text, int offset, int length) {
    Known r = recent;
    if (r != null && same(r.element().id(), text, offset, length)) {
      return r;
    }
    Known o = older;
    if (o != null && same(o.element().id(), text, offset, length)) {
      older = r;
      recent = o;
      return o;
    }
    int h = 0;
    for (int i = offset, end = offset + length; i < end; i++) {
      h = 31 * h + text[i];
    }
    int mask = slots.length - 1;
    for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
      long s = slots[slot];
      if (s == 0) {
        return null;
      }
      if ((int) (s >>> 32) == h) {
        int e = (int) s - 1;
        int start = starts[e];
        if (starts[e + 1] - start == length
            && Arrays.equals(chars, start, start + length, text, offset, offset + length)) {
          Known k = entries[e];
          older = r;
          recent = k;
          return k;
        }
      }
    }
  }

  /** {@return the entry of the same id already here, or null after adding {@code entry}} */
  @Nullable Known putIfAbsent(Known entry) {
    String id = entry.element().id();
    Known known = get(id);
    if (known != null) {
      return known;
    }
    if (2 * (size + 1) > slots.length) {
      long[] old = slots;
      slots = new long[old.length * 2];
      for (long s : old) {
        if (s != 0) {
          insert(s);
        }
      }
    }
    if (size == entries.length) {
      entries = Arrays.copyOf(entries, size * 2);
      starts = Arrays.copyOf(starts, size * 2 + 1);
    }
    int start = starts[size];
    if (start + id.length() > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, start + id.length()));
    }
    id.getChars(0, id.length(), chars, start);
    starts[size + 1] = start + id.length();
    entries[size] = entry;
    insert(((long) id.hashCode() << 32) | (size + 1));
    size++;
    return null;
  }

  private void insert(long s) {
    int mask = slots.length - 1;
    int slot = spread((int) (s >>> 32)) & mask;
    while (slots[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    slots[slot] = s;
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
