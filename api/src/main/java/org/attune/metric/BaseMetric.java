package org.attune.metric;

import org.attune.model.internal.Arguments;
import static java.util.Objects.requireNonNull;

import org.attune.ecosystem.Level;
import org.attune.model.internal.Arguments;

/**
 * A base for metrics with a fixed name and level, which is most of them: a subclass supplies only
 * {@link #measure(Dyad)}, and declares {@link AlignmentMetric} or {@link AttunementMetric} to say
 * which family it belongs to.
 *
 * <pre>{@code
 * public final class MyFit extends BaseMetric implements AlignmentMetric {
 *   public MyFit() { super("my-fit", Level.MICRO); }
 *   public Score measure(Dyad dyad) { ... }
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe in what it holds; subclasses must keep {@link #measure} pure.
 */
public abstract class BaseMetric implements Metric {

  private final String name;
  private final Level level;

  /**
   * Creates the metric.
   *
   * @param name the metric's stable name: non-blank
   * @param level the level it measures at
   * @throws IllegalArgumentException if {@code name} is blank
   */
  protected BaseMetric(String name, Level level) {
    this.name = Arguments.nonBlank(name, "name");
    this.level = requireNonNull(level, "level");
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final Level level() {
    return level;
  }

  /** {@return the name} */
  @Override
  public String toString() {
    return name;
  }
}
