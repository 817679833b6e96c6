package org.attune.metric.alignment;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.attune.model.Relation;

/**
 * Scratch space for one customer's relations of one kind, sorted into the canonical order of the
 * metrics (by the ids of their targets or of their sources) without a new list per customer. The
 * sort is stable, as {@link org.attune.metric.internal.Canonical}'s, so both give the same order.
 *
 * <p>Mutable and not thread-safe: one per call of a batch path, or per {@code measure} call.
 */
final class RelationBuffer {

  private static final Comparator<Relation> BY_TARGET =
      Comparator.comparing((Relation r) -> r.target().id());
  private static final Comparator<Relation> BY_SOURCE =
      Comparator.comparing((Relation r) -> r.source().id());

  private Relation[] items = new Relation[8];
  private int size;

  /** Holds {@code relations} ordered by the ids of their targets, replacing what it held. */
  void byTarget(List<Relation> relations) {
    load(relations);
    Arrays.sort(items, 0, size, BY_TARGET);
  }

  /** Holds {@code relations} ordered by the ids of their sources, replacing what it held. */
  void bySource(List<Relation> relations) {
    load(relations);
    Arrays.sort(items, 0, size, BY_SOURCE);
  }

  /** {@return how many relations it holds} */
  int size() {
    return size;
  }

  /** {@return the {@code k}-th relation, in order} */
  Relation get(int k) {
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
