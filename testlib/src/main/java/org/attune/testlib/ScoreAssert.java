package org.attune.testlib;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.data.Offset;
import org.attune.metric.Contribution;
import org.attune.metric.Score;
import org.jspecify.annotations.Nullable;

/**
 * AssertJ assertions on a {@link Score}; get one from {@link AttuneAssertions#assertThat(Score)}.
 *
 * <pre>{@code
 * assertThat(score).isDefined().hasValueCloseTo(0.8, within(1e-9)).hasTopFactor("functional");
 * assertThat(score).isUndefined().hasReasonContaining("no own logic");
 * }</pre>
 */
public final class ScoreAssert extends AbstractAssert<ScoreAssert, Score> {

  ScoreAssert(Score actual) {
    super(actual, ScoreAssert.class);
  }

  /** {@return this}, after checking the score is defined */
  @CanIgnoreReturnValue
  public ScoreAssert isDefined() {
    isNotNull();
    if (!actual.isDefined()) {
      failWithMessage(
          "Expected a defined score, but it was undefined: %s", actual.explanation());
    }
    return this;
  }

  /** {@return this}, after checking the score is undefined */
  @CanIgnoreReturnValue
  public ScoreAssert isUndefined() {
    isNotNull();
    if (actual.isDefined()) {
      failWithMessage(
          "Expected an undefined score, but it was defined with value %s (%s)",
          actual.value(), actual.explanation());
    }
    return this;
  }

  /**
   * {@return this}, after checking the score is defined with exactly this value, to the bit
   *
   * @param expected the value
   */
  @CanIgnoreReturnValue
  public ScoreAssert hasValue(double expected) {
    isDefined();
    if (Double.doubleToLongBits(actual.value()) != Double.doubleToLongBits(expected)) {
      failWithMessage(
          "Expected a score of value %s, but its value was %s (%s)",
          expected, actual.value(), actual.explanation());
    }
    return this;
  }

  /**
   * {@return this}, after checking the score is defined with a value within {@code offset} of
   * {@code expected}
   *
   * @param expected the value
   * @param offset the tolerance, such as {@code within(1e-9)}
   */
  @CanIgnoreReturnValue
  public ScoreAssert hasValueCloseTo(double expected, Offset<Double> offset) {
    requireNonNull(offset, "offset");
    isDefined();
    if (!close(actual.value(), expected, offset)) {
      failWithMessage(
          "Expected a score of value %s within %s, but its value was %s, off by %s (%s)",
          expected,
          offset.value,
          actual.value(),
          Math.abs(actual.value() - expected),
          actual.explanation());
    }
    return this;
  }

  /**
   * {@return this}, after checking the score is undefined with a reason containing {@code part}
   *
   * @param part what the reason must contain
   */
  @CanIgnoreReturnValue
  public ScoreAssert hasReasonContaining(String part) {
    requireNonNull(part, "part");
    isUndefined();
    if (!actual.explanation().contains(part)) {
      failWithMessage(
          "Expected the reason of an undefined score to contain \"%s\", but it was \"%s\"",
          part, actual.explanation());
    }
    return this;
  }

  /**
   * {@return this}, after checking the score is defined with an explanation containing {@code part}
   *
   * @param part what the explanation must contain
   */
  @CanIgnoreReturnValue
  public ScoreAssert hasExplanationContaining(String part) {
    requireNonNull(part, "part");
    isDefined();
    if (!actual.explanation().contains(part)) {
      failWithMessage(
          "Expected the explanation of the score to contain \"%s\", but it was \"%s\"",
          part, actual.explanation());
    }
    return this;
  }

  /**
   * {@return this}, after checking the factor with the largest share of the misfit is {@code
   * factor}
   *
   * @param factor the factor, such as {@code "functional"}
   */
  @CanIgnoreReturnValue
  public ScoreAssert hasTopFactor(String factor) {
    requireNonNull(factor, "factor");
    isNotNull();
    List<Contribution> cs = actual.contributions();
    if (cs.isEmpty()) {
      failWithMessage(
          "Expected top factor \"%s\", but the score has no contributions (%s)",
          factor, actual);
    } else if (!cs.get(0).factor().equals(factor)) {
      failWithMessage(
          "Expected top factor \"%s\", but it was \"%s\"; contributions: %s",
          factor, cs.get(0).factor(), cs);
    }
    return this;
  }

  /**
   * {@return this}, after checking {@code factor} has a share of the misfit
   *
   * @param factor the factor, such as {@code "functional"}
   */
  @CanIgnoreReturnValue
  public ScoreAssert hasContribution(String factor) {
    find(factor);
    return this;
  }

  /**
   * {@return this}, after checking {@code factor} has a share of the misfit within {@code offset}
   * of {@code share}
   *
   * @param factor the factor, such as {@code "functional"}
   * @param share its expected share of the misfit, in (0, 1]
   * @param offset the tolerance, such as {@code within(1e-9)}
   */
  @CanIgnoreReturnValue
  public ScoreAssert hasContribution(String factor, double share, Offset<Double> offset) {
    requireNonNull(offset, "offset");
    Contribution c = find(factor);
    if (c != null && !close(c.share(), share, offset)) {
      failWithMessage(
          "Expected factor \"%s\" to have a share of %s within %s, but its share was %s;"
              + " contributions: %s",
          factor, share, offset.value, c.share(), actual.contributions());
    }
    return this;
  }

  /** {@return this}, after checking the score has no contributions */
  @CanIgnoreReturnValue
  public ScoreAssert hasNoContributions() {
    isNotNull();
    if (!actual.contributions().isEmpty()) {
      failWithMessage(
          "Expected no contributions, but found %s", actual.contributions());
    }
    return this;
  }

  @CanIgnoreReturnValue
  private @Nullable Contribution find(String factor) {
    requireNonNull(factor, "factor");
    isNotNull();
    for (Contribution c : actual.contributions()) {
      if (c.factor().equals(factor)) {
        return c;
      }
    }
    failWithMessage(
        "Expected a contribution of factor \"%s\", but the contributions were %s",
        factor, actual.contributions());
    return null;
  }

  static boolean close(double actual, double expected, Offset<Double> offset) {
    double diff = Math.abs(actual - expected);
    return offset.strict ? diff < offset.value : diff <= offset.value;
  }
}
