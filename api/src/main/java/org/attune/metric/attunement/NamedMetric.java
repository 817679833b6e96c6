package org.attune.metric.attunement;

import static java.util.Objects.requireNonNull;

import org.attune.ecosystem.Level;
import org.attune.metric.AttunementMetric;

/**
 * The part the micro attunement metrics share: a fixed name, which is also their {@link
 * #toString()}, and the {@link Level#MICRO} level.
 */
abstract class NamedMetric implements AttunementMetric {

  private final String name;

  /**
   * Creates the metric.
   *
   * @param name the metric's name
   */
  NamedMetric(String name) {
    this.name = requireNonNull(name, "name");
  }

  @Override
  public final String name() {
    return name;
  }

  /** {@return {@link Level#MICRO}} */
  @Override
  public final Level level() {
    return Level.MICRO;
  }

  /** {@return the name} */
  @Override
  public final String toString() {
    return name;
  }
}
