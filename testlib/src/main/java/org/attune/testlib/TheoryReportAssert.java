package org.attune.testlib;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.attune.theory.Rule;
import org.attune.theory.RuleOutcome;
import org.attune.theory.TheoryReport;
import org.attune.theory.Violation;

/**
 * AssertJ assertions on a {@link TheoryReport}; get one from {@link
 * AttuneAssertions#assertThat(TheoryReport)}.
 *
 * <pre>{@code
 * TheoryReport report = SdlAxioms.all().check(eco);
 * assertThat(report).violates("sdl.co-creation").naming("alice");
 * assertThat(report).satisfies("sdl.service-for-service");
 * assertThat(SdlAxioms.all().check(good)).isClean();
 * }</pre>
 */
public final class TheoryReportAssert extends AbstractAssert<TheoryReportAssert, TheoryReport> {

  TheoryReportAssert(TheoryReport actual) {
    super(actual, TheoryReportAssert.class);
  }

  /** {@return this}, after checking every rule of the report holds */
  @CanIgnoreReturnValue
  public TheoryReportAssert isClean() {
    isNotNull();
    if (!actual.holds()) {
      failWithMessage(
          "Expected every rule of '%s' to hold, but %s failed: %s",
          actual.title(),
          actual.failing().stream().map(Rule::id).toList(),
          actual.violations());
    }
    return this;
  }

  /**
   * {@return this}, after checking the rule of id {@code ruleId} was checked and holds
   *
   * @param ruleId the rule's id, such as {@code "sdl.co-creation"}
   */
  @CanIgnoreReturnValue
  public TheoryReportAssert satisfies(String ruleId) {
    List<Violation> found = outcome(ruleId);
    if (!found.isEmpty()) {
      failWithMessage(
          "Expected rule '%s' to hold, but it is violated %s times: %s",
          ruleId, found.size(), found);
    }
    return this;
  }

  /**
   * {@return this}, after checking the rule of id {@code ruleId} was checked and holds; the same as
   * {@link #satisfies(String)}
   *
   * @param ruleId the rule's id, such as {@code "sdl.co-creation"}
   */
  @CanIgnoreReturnValue
  public TheoryReportAssert doesNotViolate(String ruleId) {
    return satisfies(ruleId);
  }

  /**
   * {@return assertions on the violations of the rule of id {@code ruleId}}, after checking the rule
   * was checked and is violated at least once
   *
   * @param ruleId the rule's id, such as {@code "sdl.co-creation"}
   */
  public ViolationsAssert violates(String ruleId) {
    List<Violation> found = outcome(ruleId);
    if (found.isEmpty()) {
      failWithMessage("Expected rule '%s' to be violated, but it holds", ruleId);
    }
    return new ViolationsAssert(ruleId, found);
  }

  private List<Violation> outcome(String ruleId) {
    requireNonNull(ruleId, "ruleId");
    isNotNull();
    Optional<RuleOutcome> outcome = actual.find(ruleId);
    if (outcome.isEmpty()) {
      failWithMessage(
          "Expected a rule '%s' in '%s', but its rules are %s",
          ruleId, actual.title(), actual.rules().stream().map(Rule::id).toList());
      return List.of();
    }
    return outcome.get().violations();
  }
}
