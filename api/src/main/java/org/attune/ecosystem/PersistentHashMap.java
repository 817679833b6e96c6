package org.attune.ecosystem;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * An immutable hash map whose {@link #put} and {@link #remove} return a new map sharing all but the
 * nodes on one path with this one: a hash array mapped trie (Bagwell 2001) of 32-way nodes with path
 * copying. A lookup visits about {@code log32 n} nodes (three for 30,000 keys), against the {@code ~2
 * ln n} of a balanced tree, which is why a derived {@link ServiceEcosystem} keeps its point lookups
 * here and its ordered ranges in {@link PersistentMap}.
 *
 * @param <K> the key, with consistent {@code equals} and {@code hashCode}
 * @param <V> the value
 */
final class PersistentHashMap<K, V> {

  private static final int BITS = 5;
  private static final int MASK = (1 << BITS) - 1;
  private static final PersistentHashMap<?, ?> EMPTY = new PersistentHashMap<>(null, 0);

  /** A key and its value, with the key's spread hash. */
  private record Leaf(Object key, Object value, int hash) {}

  /** Keys whose spread hashes are equal in all 32 bits. */
  private static final class Collision {
    private final int hash;
    private final Leaf[] leaves;

    Collision(int hash, Leaf[] leaves) {
      this.hash = hash;
      this.leaves = leaves;
    }

    int hash() {
      return hash;
    }

    Leaf[] leaves() {
      return leaves;
    }
  }

  /** A node: a bitmap of the occupied slots of 32, and the occupied slots in order. */
  private static final class Node {
    private final int bitmap;
    private final Object[] slots;

    Node(int bitmap, Object[] slots) {
      this.bitmap = bitmap;
      this.slots = slots;
    }

    int bitmap() {
      return bitmap;
    }

    Object[] slots() {
      return slots;
    }
  }

  private final @Nullable Node root;
  private final int size;

  private PersistentHashMap(@Nullable Node root, int size) {
    this.root = root;
    this.size = size;
  }

  /**
   * {@return the empty map}
   *
   * @param <K> the key
   * @param <V> the value
   */
  @SuppressWarnings("unchecked") // holds nothing, so it is a map of any types
  static <K, V> PersistentHashMap<K, V> empty() {
    return (PersistentHashMap<K, V>) EMPTY;
  }

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** {@return the value of {@code key}, or null} */
  @SuppressWarnings("unchecked") // only values of type V are ever put
  @Nullable V get(K key) {
    int h = hash(key);
    Object slot = root;
    int shift = 0;
    while (slot instanceof Node n) {
      int bit = 1 << ((h >>> shift) & MASK);
      if ((n.bitmap() & bit) == 0) {
        return null;
      }
      slot = n.slots()[Integer.bitCount(n.bitmap() & (bit - 1))];
      shift += BITS;
    }
    if (slot instanceof Leaf leaf) {
      return leaf.hash() == h && leaf.key().equals(key) ? (V) leaf.value() : null;
    }
    if (slot instanceof Collision c) {
      for (Leaf leaf : c.leaves()) {
        if (leaf.key().equals(key)) {
          return (V) leaf.value();
        }
      }
    }
    return null;
  }

  boolean containsKey(K key) {
    return get(key) != null;
  }

  /** {@return this map with {@code key} mapped to {@code value}, replacing any value it had} */
  PersistentHashMap<K, V> put(K key, V value) {
    requireNonNull(value, "value");
    Leaf leaf = new Leaf(requireNonNull(key, "key"), value, hash(key));
    boolean[] added = new boolean[1];
    Node node = root == null ? new Node(0, new Object[0]) : root;
    return new PersistentHashMap<>(put(node, leaf, 0, added), added[0] ? size + 1 : size);
  }

  /** {@return this map without {@code key}; this map itself if it has no such key} */
  PersistentHashMap<K, V> remove(K key) {
    if (root == null || !containsKey(key)) {
      return this;
    }
    Object rest = remove(root, key, hash(key), 0);
    return new PersistentHashMap<>(rest instanceof Node n && n.bitmap() != 0 ? n : null,
        size - 1);
  }

  /** Calls {@code action} on every entry, in no particular order. */
  @SuppressWarnings("unchecked") // only keys of type K and values of type V are ever put
  void forEach(BiConsumer<? super K, ? super V> action) {
    if (root != null) {
      walk(root, (k, v) -> action.accept((K) k, (V) v));
    }
  }

  private static void walk(Object slot, BiConsumer<Object, Object> action) {
    if (slot instanceof Node n) {
      for (Object s : n.slots()) {
        walk(s, action);
      }
    } else if (slot instanceof Leaf leaf) {
      action.accept(leaf.key(), leaf.value());
    } else if (slot instanceof Collision c) {
      for (Leaf leaf : c.leaves()) {
        action.accept(leaf.key(), leaf.value());
      }
    }
  }

  private static Node put(Node n, Leaf leaf, int shift, boolean[] added) {
    int bit = 1 << ((leaf.hash() >>> shift) & MASK);
    int at = Integer.bitCount(n.bitmap() & (bit - 1));
    if ((n.bitmap() & bit) == 0) {
      added[0] = true;
      Object[] slots = new Object[n.slots().length + 1];
      System.arraycopy(n.slots(), 0, slots, 0, at);
      slots[at] = leaf;
      System.arraycopy(n.slots(), at, slots, at + 1, n.slots().length - at);
      return new Node(n.bitmap() | bit, slots);
    }
    Object slot = n.slots()[at];
    Object replaced;
    if (slot instanceof Node child) {
      replaced = put(child, leaf, shift + BITS, added);
    } else if (slot instanceof Leaf old) {
      if (old.hash() == leaf.hash() && old.key().equals(leaf.key())) {
        replaced = leaf;
      } else if (old.hash() == leaf.hash()) {
        added[0] = true;
        replaced = new Collision(leaf.hash(), new Leaf[] {old, leaf});
      } else {
        replaced = put(put(new Node(0, new Object[0]), old, shift + BITS, new boolean[1]), leaf,
            shift + BITS, added);
      }
    } else {
      Collision c = (Collision) slot;
      Leaf[] leaves = c.leaves();
      int i = 0;
      while (i < leaves.length && !leaves[i].key().equals(leaf.key())) {
        i++;
      }
      Leaf[] copy = Arrays.copyOf(leaves, Math.max(leaves.length, i + 1));
      copy[i] = leaf;
      added[0] |= i == leaves.length;
      replaced = new Collision(c.hash(), copy);
    }
    Object[] slots = n.slots().clone();
    slots[at] = replaced;
    return new Node(n.bitmap(), slots);
  }

  /** {@return the slot without {@code key}, known to be present: a node, a leaf, or null} */
  private static @Nullable Object remove(Object slot, Object key, int h, int shift) {
    if (slot instanceof Leaf) {
      return null;
    }
    if (slot instanceof Collision c) {
      Leaf[] kept = Arrays.stream(c.leaves()).filter(l -> !l.key().equals(key))
          .toArray(Leaf[]::new);
      return kept.length == 1 ? kept[0] : new Collision(c.hash(), kept);
    }
    Node n = (Node) slot;
    int bit = 1 << ((h >>> shift) & MASK);
    int at = Integer.bitCount(n.bitmap() & (bit - 1));
    Object rest = remove(n.slots()[at], key, h, shift + BITS);
    if (rest == null) {
      Object[] slots = new Object[n.slots().length - 1];
      System.arraycopy(n.slots(), 0, slots, 0, at);
      System.arraycopy(n.slots(), at + 1, slots, at, slots.length - at);
      return new Node(n.bitmap() & ~bit, slots);
    }
    if (rest instanceof Node child && child.bitmap() == 0) {
      Object[] slots = new Object[n.slots().length - 1];
      System.arraycopy(n.slots(), 0, slots, 0, at);
      System.arraycopy(n.slots(), at + 1, slots, at, slots.length - at);
      return new Node(n.bitmap() & ~bit, slots);
    }
    Object[] slots = n.slots().clone();
    slots[at] = rest;
    return new Node(n.bitmap(), slots);
  }

  /**
   * {@return the spread hash of {@code key}}: of a {@link Long}, from all 64 bits mixed (the
   * perspective keys {@code holder << 32 | subject} would otherwise all hash to {@code holder ^
   * subject}, which is 0 for every own logic {@code (i, i)}, putting every changed own logic of a
   * version into one collision list); of any other key, its hash code spread
   */
  static int hash(Object key) {
    if (key instanceof Long l) {
      long z = l * 0x9E3779B97F4A7C15L; // the golden-ratio multiplier, then a murmur3 fmix64 fold
      z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
      z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
      return (int) (z ^ (z >>> 33));
    }
    return spread(key.hashCode());
  }

  /**
   * {@return the number of keys in the largest list of keys whose spread hashes are equal in all 32
   * bits}: 1 when no two collide; for tests of the hash
   */
  int largestCollision() {
    return largestCollision(root);
  }

  private static int largestCollision(@Nullable Object slot) {
    if (slot instanceof Node n) {
      int most = 0;
      for (Object child : n.slots()) {
        most = Math.max(most, largestCollision(child));
      }
      return most;
    }
    if (slot instanceof Collision c) {
      return c.leaves().length;
    }
    return slot == null ? 0 : 1;
  }

  /** A murmur-style finaliser, so that sequential keys spread over the slots. */
  private static int spread(int h) {
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    return h ^ (h >>> 16);
  }
}
