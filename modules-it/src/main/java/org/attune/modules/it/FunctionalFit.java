package org.attune.modules.it;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.attune.ecosystem.Level;
import org.attune.metric.AlignmentMetric;
import org.attune.metric.BaseMetric;
import org.attune.metric.Dyad;
import org.attune.metric.Score;
import org.attune.model.Dimension;
import org.attune.model.Profile;

/**
 * {@code functional-fit}: one minus the gap between the customer's own functional level and the
 * provider's, a metric as small as an academic's first one:
 *
 * <pre>
 *   score = 1 − |C_functional − P_functional|
 * </pre>
 *
 * <p>Undefined when either own logic, or its functional level, is missing. Immutable and thread-safe.
 */
public final class FunctionalFit extends BaseMetric implements AlignmentMetric {

  /** The metric's name in the registry. */
  public static final String NAME = "functional-fit";

  /** Creates the metric. */
  public FunctionalFit() {
    super(NAME, Level.MICRO);
  }

  @Override
  public Score measure(Dyad dyad) {
    requireNonNull(dyad, "dyad");
    OptionalDouble customer = functional(dyad.ecosystem().ownLogic(dyad.customer()));
    OptionalDouble provider = functional(dyad.ecosystem().ownLogic(dyad.provider()));
    if (customer.isEmpty() || provider.isEmpty()) {
      return Score.undefined("The customer's or the provider's functional level is missing.");
    }
    double gap = Math.abs(customer.getAsDouble() - provider.getAsDouble());
    return Score.defined(
        1 - gap,
        List.of(),
        String.format(Locale.ROOT, "The functional levels lie %.2f apart.", gap));
  }

  private static OptionalDouble functional(Optional<Profile> logic) {
    return logic.isEmpty() ? OptionalDouble.empty() : logic.get().level(Dimension.FUNCTIONAL);
  }
}
