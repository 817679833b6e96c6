package org.attune.ecosystem;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * An immutable sorted map whose {@link #put} and {@link #remove} return a new map sharing all but
 * {@code O(log n)} nodes with this one: a treap (Seidel &amp; Aragon 1996) with path copying. The
 * priority of a key is a mix of its hash code, so the shape depends on the keys only, not on the
 * order of the changes that led to them.
 *
 * <p>It holds the changes a derived {@link ServiceEcosystem} makes to its parent's arrays. Expected
 * depth {@code ~2 ln n}; each change allocates one node per level it passes.
 *
 * @param <K> the key, ordered by the comparator given
 * @param <V> the value
 */
final class PersistentMap<K, V> {

  private static final class Node<K, V> {
    final K key;
    final V value;
    final int priority;
    final @Nullable Node<K, V> left;
    final @Nullable Node<K, V> right;

    Node(K key, V value, int priority, @Nullable Node<K, V> left, @Nullable Node<K, V> right) {
      this.key = key;
      this.value = value;
      this.priority = priority;
      this.left = left;
      this.right = right;
    }

    Node<K, V> with(@Nullable Node<K, V> newLeft, @Nullable Node<K, V> newRight) {
      return new Node<>(key, value, priority, newLeft, newRight);
    }
  }

  private final Comparator<? super K> order;
  private final @Nullable Node<K, V> root;
  private final int size;

  private PersistentMap(Comparator<? super K> order, @Nullable Node<K, V> root, int size) {
    this.order = order;
    this.root = root;
    this.size = size;
  }

  /**
   * {@return an empty map ordered by {@code order}}
   *
   * @param order the order of the keys; consistent with their {@code equals}
   * @param <K> the key
   * @param <V> the value
   */
  static <K, V> PersistentMap<K, V> empty(Comparator<? super K> order) {
    return new PersistentMap<>(requireNonNull(order, "order"), null, 0);
  }

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** {@return the value of {@code key}, or null} */
  @Nullable V get(K key) {
    Node<K, V> n = root;
    while (n != null) {
      int c = order.compare(key, n.key);
      if (c == 0) {
        return n.value;
      }
      n = c < 0 ? n.left : n.right;
    }
    return null;
  }

  boolean containsKey(K key) {
    return get(key) != null;
  }

  /** {@return this map with {@code key} mapped to {@code value}, replacing any value it had} */
  PersistentMap<K, V> put(K key, V value) {
    requireNonNull(value, "value");
    boolean[] added = new boolean[1];
    Node<K, V> newRoot = insert(root, key, value, priority(key), added);
    return new PersistentMap<>(order, newRoot, added[0] ? size + 1 : size);
  }

  /** {@return this map without {@code key}; this map itself if it has no such key} */
  PersistentMap<K, V> remove(K key) {
    if (!containsKey(key)) {
      return this;
    }
    return new PersistentMap<>(order, delete(root, key), size - 1);
  }

  /** Calls {@code action} on every entry, in key order. */
  void forEach(BiConsumer<? super K, ? super V> action) {
    walk(root, action);
  }

  /** Calls {@code action} on the entries with keys in {@code [from, to)}, in key order. */
  void forEachInRange(K from, K to, BiConsumer<? super K, ? super V> action) {
    range(root, from, to, action);
  }

  /** {@return the entries with keys in {@code [from, to)}, in key order} */
  List<Map.Entry<K, V>> entries(K from, K to) {
    List<Map.Entry<K, V>> result = new ArrayList<>();
    forEachInRange(from, to, (k, v) -> result.add(Map.entry(k, v)));
    return result;
  }

  /** {@return whether any key lies in {@code [from, to)}} */
  boolean anyInRange(K from, K to) {
    Node<K, V> n = root;
    while (n != null) {
      if (order.compare(n.key, from) < 0) {
        n = n.right;
      } else if (order.compare(n.key, to) >= 0) {
        n = n.left;
      } else {
        return true;
      }
    }
    return false;
  }

  private void walk(@Nullable Node<K, V> n, BiConsumer<? super K, ? super V> action) {
    while (n != null) {
      walk(n.left, action);
      action.accept(n.key, n.value);
      n = n.right;
    }
  }

  private void range(
      @Nullable Node<K, V> n, K from, K to, BiConsumer<? super K, ? super V> action) {
    while (n != null) {
      boolean aboveFrom = order.compare(n.key, from) >= 0;
      boolean belowTo = order.compare(n.key, to) < 0;
      if (aboveFrom && belowTo) {
        range(n.left, from, to, action);
        action.accept(n.key, n.value);
        n = n.right;
      } else if (aboveFrom) {
        n = n.left;
      } else {
        n = n.right;
      }
    }
  }

  private Node<K, V> insert(
      @Nullable Node<K, V> n, K key, V value, int priority, boolean[] added) {
    if (n == null) {
      added[0] = true;
      return new Node<>(key, value, priority, null, null);
    }
    int c = order.compare(key, n.key);
    if (c == 0) {
      return new Node<>(key, value, n.priority, n.left, n.right);
    }
    if (c < 0) {
      Node<K, V> l = insert(n.left, key, value, priority, added);
      return l.priority > n.priority ? l.with(l.left, n.with(l.right, n.right)) : n.with(l, n.right);
    }
    Node<K, V> r = insert(n.right, key, value, priority, added);
    return r.priority > n.priority ? r.with(n.with(n.left, r.left), r.right) : n.with(n.left, r);
  }

  private @Nullable Node<K, V> delete(@Nullable Node<K, V> n, K key) {
    if (n == null) {
      return null;
    }
    int c = order.compare(key, n.key);
    if (c < 0) {
      return n.with(delete(n.left, key), n.right);
    }
    if (c > 0) {
      return n.with(n.left, delete(n.right, key));
    }
    return merge(n.left, n.right);
  }

  /** {@return the union of two treaps, every key of {@code a} below every key of {@code b}} */
  private static <K, V> @Nullable Node<K, V> merge(@Nullable Node<K, V> a, @Nullable Node<K, V> b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return a.priority > b.priority ? a.with(a.left, merge(a.right, b)) : b.with(merge(a, b.left),
        b.right);
  }

  /** A murmur-style mix of the key's hash, so that similar keys get unrelated priorities. */
  private static int priority(Object key) {
    int h = key.hashCode() * 0x9E3779B9;
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    return h;
  }
}
