package org.attune.testlib;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.OptionalDouble;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.data.Offset;
import org.attune.ecosystem.Level;
import org.attune.metric.AlignmentReport;
import org.attune.metric.Score;

/**
 * AssertJ assertions on an {@link AlignmentReport}; get one from {@link
 * AttuneAssertions#assertThat(AlignmentReport)}.
 *
 * <pre>{@code
 * assertThat(AlignmentReport.of(dyad)).hasOverallCloseTo(0.7, within(0.05));
 * assertThat(AlignmentReport.of(dyad)).hasScore("profile-deviation").hasValueCloseTo(0.81, within(0.01));
 * assertThat(AlignmentReport.of(dyad)).isBoundBy(Level.MACRO);
 * }</pre>
 */
public final class AlignmentReportAssert
    extends AbstractAssert<AlignmentReportAssert, AlignmentReport> {

  AlignmentReportAssert(AlignmentReport actual) {
    super(actual, AlignmentReportAssert.class);
  }

  /**
   * {@return this}, after checking the overall score is defined and within {@code offset} of {@code
   * expected}
   *
   * @param expected the overall score
   * @param offset the tolerance, such as {@code within(1e-9)}
   */
  @CanIgnoreReturnValue
  public AlignmentReportAssert hasOverallCloseTo(double expected, Offset<Double> offset) {
    requireNonNull(offset, "offset");
    isNotNull();
    check("the overall score", actual.overall(), expected, offset);
    return this;
  }

  /** {@return this}, after checking the report has no overall score: no metric is defined */
  @CanIgnoreReturnValue
  public AlignmentReportAssert hasNoOverall() {
    isNotNull();
    if (actual.overall().isPresent()) {
      failWithMessage(
          "Expected no overall score, but it was %s", actual.overall().getAsDouble());
    }
    return this;
  }

  /**
   * {@return this}, after checking the score of {@code level} is defined and within {@code offset}
   * of {@code expected}
   *
   * @param level the level
   * @param expected its score
   * @param offset the tolerance, such as {@code within(1e-9)}
   */
  @CanIgnoreReturnValue
  public AlignmentReportAssert hasLevelScoreCloseTo(
      Level level, double expected, Offset<Double> offset) {
    requireNonNull(level, "level");
    requireNonNull(offset, "offset");
    isNotNull();
    check("the " + level + " score", actual.levelScore(level), expected, offset);
    return this;
  }

  /**
   * {@return this}, after checking that {@code level} bounds fit: it is the report's {@link
   * AlignmentReport#bindingLevel() binding level}, the level whose weakest score is lowest
   *
   * @param level the level expected to bind
   */
  @CanIgnoreReturnValue
  public AlignmentReportAssert isBoundBy(Level level) {
    requireNonNull(level, "level");
    isNotNull();
    if (actual.bindingLevel().isEmpty()) {
      failWithMessage("Expected fit to be bound by %s, but no level is: %s", level,
          actual.bindingExplanation());
    } else if (actual.bindingLevel().get() != level) {
      failWithMessage("Expected fit to be bound by %s, but it is bound by %s: %s", level,
          actual.bindingLevel().get(), actual.bindingExplanation());
    }
    return this;
  }

  /**
   * {@return assertions on the score of metric {@code metric}}, after checking the report has one
   *
   * @param metric the metric's name, such as {@code "profile-deviation"}
   */
  public ScoreAssert hasScore(String metric) {
    requireNonNull(metric, "metric");
    isNotNull();
    for (AlignmentReport.Entry e : actual.entries()) {
      if (e.metric().equals(metric)) {
        return new ScoreAssert(e.score()).as("score of metric '%s'", metric);
      }
    }
    failWithMessage(
        "Expected a score of metric '%s', but the report has scores of %s",
        metric, actual.entries().stream().map(AlignmentReport.Entry::metric).toList());
    return new ScoreAssert(Score.undefined("no such metric in the report"));
  }

  private void check(String what, OptionalDouble found, double expected, Offset<Double> offset) {
    if (found.isEmpty()) {
      failWithMessage("Expected %s to be %s within %s, but it is undefined", what, expected,
          offset.value);
    } else if (!ScoreAssert.close(found.getAsDouble(), expected, offset)) {
      failWithMessage(
          "Expected %s to be %s within %s, but it was %s",
          what, expected, offset.value, found.getAsDouble());
    }
  }
}
