package org.attune.metric.attunement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.attune.ecosystem.Direction;
import org.attune.metric.Dyad;
import org.attune.model.Element;
import org.attune.model.Episode;
import org.attune.model.RelationType;

/** The episodes customer and provider share: the customer's, at touchpoints the provider OPERATES. */
final class Touchpoints {

  private Touchpoints() {}

  /** {@return the touchpoints the provider of {@code dyad} operates} */
  static Set<Element> operated(Dyad dyad) {
    return dyad.ecosystem()
        .neighbours(dyad.provider(), RelationType.OPERATES, Direction.OUTGOING);
  }

  /** Time order, and episodes at the same time in the order of their touchpoints' ids. */
  static final Comparator<Episode> CANONICAL =
      Comparator.comparing(Episode::time).thenComparing(e -> e.touchpoint().id());

  /**
   * {@return the customer's episodes at {@code operated} touchpoints, in time order, episodes at the
   * same time in the order of their touchpoints' ids}, so that equal ecosystems built in different
   * orders give the same list but for episodes of the same time and touchpoint
   */
  static List<Episode> shared(Dyad dyad, Set<Element> operated) {
    List<Episode> result = new ArrayList<>();
    for (Episode e : dyad.ecosystem().episodes(dyad.customer())) {
      if (operated.contains(e.touchpoint())) {
        result.add(e);
      }
    }
    result.sort(CANONICAL);
    return result;
  }

  /** {@return the factor naming a touchpoint} */
  static String factor(Element touchpoint) {
    return "touchpoint " + touchpoint.id();
  }
}
