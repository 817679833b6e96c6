package org.attune.metric;

import static org.assertj.core.api.Assertions.within;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;

/** AssertJ assertions for a {@link Score}; failure messages show expected and actual. */
final class ScoreAssert extends AbstractAssert<ScoreAssert, Score> {

  /** The tolerance of hand-worked values: {@value}. */
  static final double HAND = 1e-12;

  private ScoreAssert(Score actual) {
    super(actual, ScoreAssert.class);
  }

  static ScoreAssert assertThat(Score actual) {
    return new ScoreAssert(actual);
  }

  @CanIgnoreReturnValue
  ScoreAssert isDefined() {
    isNotNull();
    if (!actual.isDefined()) {
      failWithMessage("Expected a defined score but was undefined: <%s>", actual.explanation());
    }
    return this;
  }

  @CanIgnoreReturnValue
  ScoreAssert isUndefined() {
    isNotNull();
    if (actual.isDefined()) {
      failWithMessage("Expected an undefined score but was <%s>", actual);
    }
    return this;
  }

  @CanIgnoreReturnValue
  ScoreAssert hasValue(double expected) {
    isDefined();
    Assertions.assertThat(actual.value()).as("value of %s", actual).isCloseTo(expected, within(HAND));
    return this;
  }

  @CanIgnoreReturnValue
  ScoreAssert hasReasonContaining(String... parts) {
    isUndefined();
    Assertions.assertThat(actual.explanation()).as("reason").contains(parts);
    return this;
  }

  @CanIgnoreReturnValue
  ScoreAssert hasExplanationContaining(String... parts) {
    isDefined();
    Assertions.assertThat(actual.explanation()).as("explanation").contains(parts);
    return this;
  }

  @CanIgnoreReturnValue
  ScoreAssert hasNoContributions() {
    isNotNull();
    Assertions.assertThat(actual.contributions()).as("contributions of %s", actual).isEmpty();
    return this;
  }

  /** Checks the contributions, in order: factor, share, factor, share, ... */
  @CanIgnoreReturnValue
  ScoreAssert hasContributions(Object... factorsAndShares) {
    isNotNull();
    List<Contribution> cs = actual.contributions();
    Assertions.assertThat(cs).as("contributions of %s", actual).hasSize(factorsAndShares.length / 2);
    for (int i = 0; i < cs.size(); i++) {
      Assertions.assertThat(cs.get(i).factor())
          .as("factor %s of %s", i, cs)
          .isEqualTo(factorsAndShares[2 * i]);
      Assertions.assertThat(cs.get(i).share())
          .as("share of %s in %s", cs.get(i).factor(), cs)
          .isCloseTo(((Number) factorsAndShares[2 * i + 1]).doubleValue(), within(HAND));
    }
    return this;
  }
}
