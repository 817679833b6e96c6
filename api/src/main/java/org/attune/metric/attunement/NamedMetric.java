package org.attune.metric.attunement;

import org.attune.ecosystem.Level;
import org.attune.metric.AttunementMetric;
import org.attune.metric.BaseMetric;

/**
 * The part the micro attunement metrics share: a fixed name, which is also their {@link
 * #toString()}, and the {@link Level#MICRO} level.
 */
abstract class NamedMetric extends BaseMetric implements AttunementMetric {

  /**
   * Creates the metric.
   *
   * @param name the metric's name
   */
  NamedMetric(String name) {
    super(name, Level.MICRO);
  }
}
