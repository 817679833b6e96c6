package org.attune.metric.internal;

import java.util.Arrays;
import java.util.List;
import org.attune.model.Relation;

/**
 * Scratch space for one customer's relations of one kind, sorted into the canonical order of the
 * metrics (by the ids of their targets or of their sources) without a new list per customer. The
 * sort is stable and uses {@link Canonical}'s orders, so both give the same order.
 *
 * <p>Mutable and not thread-safe: one per call of a batch path, or per {@code measure} call.
 */
public final class RelationBuffer {

  private Relation[] items = new Relation[8];
  private int size;

  /** Creates an empty buffer. */
  public RelationBuffer() {}

  /**
   * Holds {@code relations} ordered by the ids of their targets, replacing what it held.
   *
   * @param relations the relations, such as one customer's outgoing relations of one type
   */
  public void byTarget(List<Relation> relations) {
    load(relations);
    Arrays.sort(items, 0, size, Canonical.BY_TARGET);
  }

  /**
   * Holds {@code relations} ordered by the ids of their sources, replacing what it held.
   *
   * @param relations the relations, such as one customer's incoming relations of one type
   */
  public void bySource(List<Relation> relations) {
    load(relations);
    Arrays.sort(items, 0, size, Canonical.BY_SOURCE);
  }

  /** {@return how many relations it holds} */
  public int size() {
    return size;
  }

  /**
   * {@return the {@code k}-th relation, in order}
   *
   * @param k in [0, {@link #size()})
   */
  public Relation get(int k) {
    return items[k];
  }

  private void load(List<Relation> relations) {
    int n = relations.size();
    if (n > items.length) {
      items = new Relation[Math.max(n, items.length * 2)];
    } else if (size > n) {
      Arrays.fill(items, n, size, null); // no relation kept alive by the scratch space
    }
    for (int k = 0; k < n; k++) {
      items[k] = relations.get(k);
    }
    size = n;
  }
}
