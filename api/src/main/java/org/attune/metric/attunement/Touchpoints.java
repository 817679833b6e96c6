package org.attune.metric.attunement;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.attune.ecosystem.Direction;
import org.attune.metric.Cohort;
import org.attune.metric.CohortScorer;
import org.attune.metric.CustomerScorer;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Actor;
import org.attune.model.Element;
import org.attune.model.Episode;
import org.attune.model.Relation;
import org.attune.model.RelationType;

/**
 * The touchpoints a provider OPERATES, found once per provider with the factors naming them, and
 * the episodes customer and provider share: the customer's, at those touchpoints ({@link Shared}).
 *
 * <p>Immutable and thread-safe.
 */
final class Touchpoints {

  /** Time order, and episodes at the same time in the order of their touchpoints' ids. */
  static final Comparator<Episode> CANONICAL =
      Comparator.comparing(Episode::time).thenComparing(e -> e.touchpoint().id());

  private final ServiceEcosystem eco;
  /** Each touchpoint the provider operates, to the factor naming it. */
  private final Map<Element, String> factors = new HashMap<>();

  /**
   * Finds the touchpoints {@code provider} operates.
   *
   * @param eco the ecosystem
   * @param provider the provider
   */
  Touchpoints(ServiceEcosystem eco, Actor provider) {
    this.eco = eco;
    for (Relation r : eco.relations(provider, RelationType.OPERATES, Direction.OUTGOING)) {
      factors.put(r.target(), "touchpoint " + r.target().id());
    }
  }

  /** {@return whether the provider operates no touchpoint} */
  boolean isEmpty() {
    return factors.isEmpty();
  }

  /** {@return the factor naming {@code touchpoint}, one the provider operates} */
  String factor(Element touchpoint) {
    String factor = factors.get(touchpoint);
    if (factor == null) {
      throw new IllegalStateException(
          "touchpoint must be one the provider operates, but was '" + touchpoint.id() + "'");
    }
    return factor;
  }

  /**
   * One customer's episodes at the touchpoints the provider operates, loaded customer after
   * customer into the same scratch space. Mutable and not thread-safe.
   */
  static final class Shared {
    private final Touchpoints touchpoints;
    private Episode[] items = new Episode[8];
    private int size;

    /**
     * Creates empty scratch space.
     *
     * @param touchpoints the provider's touchpoints
     */
    Shared(Touchpoints touchpoints) {
      this.touchpoints = touchpoints;
    }

    /** Holds the episodes of {@code customer} at the provider's touchpoints, in the given order. */
    void load(Actor customer) {
      int old = size;
      size = 0;
      for (Episode e : touchpoints.eco.episodes(customer)) {
        if (touchpoints.factors.containsKey(e.touchpoint())) {
          if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
          }
          items[size++] = e;
        }
      }
      if (old > size) {
        Arrays.fill(items, size, old, null); // no episode kept alive by the scratch space
      }
    }

    /**
     * Orders the episodes held in time order, episodes at the same time in the order of their
     * touchpoints' ids ({@link #CANONICAL}, stably), so that equal ecosystems built in different
     * orders give the same order but for episodes of the same time and touchpoint.
     */
    void sort() {
      Arrays.sort(items, 0, size, CANONICAL);
    }

    /** {@return how many episodes it holds} */
    int size() {
      return size;
    }

    /** {@return the {@code k}-th episode held} */
    Episode get(int k) {
      return items[k];
    }
  }

  /**
   * {@return a batch path that scores each customer with a scorer from {@code scorers}, or, when
   * the provider operates no touchpoint, gives every customer the undefined score {@code none}}
   */
  CohortScorer each(Cohort cohort, String none, Supplier<? extends CustomerScorer> scorers) {
    if (isEmpty()) {
      return (from, to, sink) -> {
        for (int i = from; i < to; i++) {
          sink.undefined(i, none);
        }
      };
    }
    return CustomerScorer.each(cohort, scorers);
  }
}
