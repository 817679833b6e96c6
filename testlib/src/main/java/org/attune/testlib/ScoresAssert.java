package org.attune.testlib;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.data.Offset;
import org.attune.metric.Scores;
import org.attune.model.Actor;

/**
 * AssertJ assertions on the {@link Scores} of a cohort; get one from {@link
 * AttuneAssertions#assertThat(Scores)}.
 *
 * <pre>{@code
 * assertThat(scores).hasSize(3).hasDefinedCount(2).hasValueCloseTo(maya, 0.81, within(1e-9));
 * }</pre>
 */
public final class ScoresAssert extends AbstractAssert<ScoresAssert, Scores> {

  ScoresAssert(Scores actual) {
    super(actual, ScoresAssert.class);
  }

  /**
   * {@return this}, after checking there are {@code expected} customers
   *
   * @param expected how many
   */
  @CanIgnoreReturnValue
  public ScoresAssert hasSize(int expected) {
    isNotNull();
    if (actual.size() != expected) {
      failWithMessage(
          "Expected scores of %s customers, but there were %s", expected, actual.size());
    }
    return this;
  }

  /**
   * {@return this}, after checking {@code expected} customers have a defined score
   *
   * @param expected how many
   */
  @CanIgnoreReturnValue
  public ScoresAssert hasDefinedCount(int expected) {
    isNotNull();
    if (actual.definedCount() != expected) {
      failWithMessage(
          "Expected %s defined scores of metric '%s', but %s of %s were defined",
          expected, actual.metric(), actual.definedCount(), actual.size());
    }
    return this;
  }

  /**
   * {@return this}, after checking the score of {@code customer} is defined
   *
   * @param customer a customer of the cohort
   */
  @CanIgnoreReturnValue
  public ScoresAssert isDefinedFor(Actor customer) {
    int i = index(customer);
    if (!actual.isDefined(i)) {
      failWithMessage(
          "Expected a defined score of metric '%s' for customer '%s', but it was undefined: %s",
          actual.metric(), customer.id(), actual.reason(i).orElse(""));
    }
    return this;
  }

  /**
   * {@return this}, after checking the score of {@code customer} is undefined
   *
   * @param customer a customer of the cohort
   */
  @CanIgnoreReturnValue
  public ScoresAssert isUndefinedFor(Actor customer) {
    int i = index(customer);
    if (actual.isDefined(i)) {
      failWithMessage(
          "Expected an undefined score of metric '%s' for customer '%s', but it was %s",
          actual.metric(), customer.id(), actual.value(i));
    }
    return this;
  }

  /**
   * {@return this}, after checking the score of {@code customer} is defined and within {@code
   * offset} of {@code expected}
   *
   * @param customer a customer of the cohort
   * @param expected the value
   * @param offset the tolerance, such as {@code within(1e-9)}
   */
  @CanIgnoreReturnValue
  public ScoresAssert hasValueCloseTo(Actor customer, double expected, Offset<Double> offset) {
    requireNonNull(offset, "offset");
    isDefinedFor(customer);
    double value = actual.value(index(customer));
    if (!ScoreAssert.close(value, expected, offset)) {
      failWithMessage(
          "Expected a score of metric '%s' for customer '%s' of %s within %s, but it was %s",
          actual.metric(), customer.id(), expected, offset.value, value);
    }
    return this;
  }

  private int index(Actor customer) {
    requireNonNull(customer, "customer");
    isNotNull();
    int i = actual.customers().indexOf(customer);
    if (i < 0) {
      failWithMessage(
          "Expected customer '%s' among the scored customers, but it is not one of the %s",
          customer.id(), actual.size());
    }
    return i;
  }
}
