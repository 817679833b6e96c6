package org.attune.metric.internal;

import java.util.Comparator;
import java.util.List;
import org.attune.model.Relation;

/**
 * Canonical orders for the sums of metrics over an ecosystem's relations. Floating-point addition is
 * not associative, so a sum taken in the order relations were added would differ, in its last bits,
 * between two equal ecosystems built in different orders; summed in the order of the ids at the
 * other end (unique within an ecosystem), it does not.
 */
public final class Canonical {

  /** Orders relations by the ids of their targets. */
  static final Comparator<Relation> BY_TARGET =
      Comparator.comparing((Relation r) -> r.target().id());
  /** Orders relations by the ids of their sources. */
  static final Comparator<Relation> BY_SOURCE =
      Comparator.comparing((Relation r) -> r.source().id());


  private Canonical() {}

  /**
   * {@return {@code relations} ordered by the id of their targets}: a new list
   *
   * @param relations the relations, such as one element's outgoing relations of one type
   */
  public static List<Relation> byTarget(List<Relation> relations) {
    return relations.stream().sorted(BY_TARGET).toList();
  }
}
