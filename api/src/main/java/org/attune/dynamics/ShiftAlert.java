package org.attune.dynamics;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import org.attune.model.Actor;

/**
 * A drift alert on a customer's own logic: between the version in force from {@code since} and the
 * next one, in force from {@code at}, the customer's own logic {@code (c, c)} moved by more than a
 * threshold on some dimension ("what was right keeps changing", the flexibility essay). Raised by
 * {@link #over(History, Actor, double)}; the {@link LogicShift} says which dimensions moved and by
 * how much.
 *
 * <p>Immutable and thread-safe.
 *
 * @param customer whose logic moved
 * @param since the instant of the earlier version
 * @param at the instant of the later version, from which the moved logic is in force
 * @param shift the movement, defined and exceeding the threshold
 */
public record ShiftAlert(Actor customer, Instant since, Instant at, LogicShift shift) {

  /**
   * Validates the components.
   *
   * @param customer whose logic moved
   * @param since the instant of the earlier version
   * @param at the instant of the later version
   * @param shift the movement
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code at} is not after {@code since}
   */
  public ShiftAlert {
    requireNonNull(customer, "customer");
    requireNonNull(since, "since");
    requireNonNull(at, "at");
    requireNonNull(shift, "shift");
    if (!at.isAfter(since)) {
      throw new IllegalArgumentException("at must be after since (" + since + "), but was " + at);
    }
  }

  /**
   * {@return an alert for each pair of consecutive versions of {@code history} between which the
   * own logic of {@code customer} moved by more than {@code threshold} on a dimension}
   * ({@link LogicShift#exceeds(double)}), in time order. Versions where the customer has no own
   * logic raise none: a missing record is not a movement.
   *
   * <p>Worked case: own logics functional 0.8, 0.75, 0.4 in three monthly versions, threshold 0.1:
   * |0.75 − 0.8| = 0.05 raises nothing, |0.4 − 0.75| = 0.35 raises one alert at the third instant,
   * "expectations on the functional dimension fell by 0.35".
   *
   * @param history the versions
   * @param customer whose own logic
   * @param threshold the largest movement that raises nothing, in [0, 1]
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code threshold} is not a number in [0, 1]
   */
  public static List<ShiftAlert> over(History history, Actor customer, double threshold) {
    requireNonNull(history, "history");
    requireNonNull(customer, "customer");
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException(
          "threshold must be a finite number in [0, 1], but was " + threshold);
    }
    ImmutableList.Builder<ShiftAlert> alerts = ImmutableList.builder();
    for (int i = 1; i < history.size(); i++) {
      LogicShift shift = LogicShift.of(history.version(i - 1), history.version(i), customer);
      if (shift.isDefined() && shift.exceeds(threshold)) {
        alerts.add(new ShiftAlert(customer, history.instant(i - 1), history.instant(i), shift));
      }
    }
    return alerts.build();
  }

  /**
   * {@return a sentence such as "at 2026-03-01T00:00:00Z the own logic of 'a' moved (since
   * 2026-02-01T00:00:00Z): expectations on the functional dimension fell by 0.35"}; the customer
   * is named by id
   */
  public String sentence() {
    return "at " + at + " the own logic of '" + customer.id() + "' moved (since " + since + "): "
        + shift.sentence();
  }
}
