package org.attune.testlib;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.attune.theory.Violation;

/**
 * AssertJ assertions on the violations of one rule in a report; get one from {@link
 * TheoryReportAssert#violates(String)}.
 *
 * <pre>{@code
 * assertThat(report).violates("sdl.co-creation").naming("alice").withMessageContaining("JOINT");
 * }</pre>
 */
public final class ViolationsAssert extends AbstractAssert<ViolationsAssert, List<Violation>> {

  private final String ruleId;

  ViolationsAssert(String ruleId, List<Violation> actual) {
    super(actual, ViolationsAssert.class);
    this.ruleId = ruleId;
  }

  /**
   * {@return this}, after checking one violation names every one of {@code elementIds} among its
   * elements
   *
   * @param elementIds the ids of the elements, such as {@code "alice"}
   */
  @CanIgnoreReturnValue
  public ViolationsAssert naming(String... elementIds) {
    requireNonNull(elementIds, "elementIds");
    List<String> wanted = Arrays.asList(elementIds);
    if (actual.stream().noneMatch(v -> v.elementIds().containsAll(wanted))) {
      failWithMessage(
          "Expected a violation of rule '%s' naming %s, but its violations name %s",
          ruleId, wanted, actual.stream().map(Violation::elementIds).toList());
    }
    return this;
  }

  /**
   * {@return this}, after checking the rule is violated exactly {@code expected} times
   *
   * @param expected how many violations
   */
  @CanIgnoreReturnValue
  public ViolationsAssert times(int expected) {
    if (actual.size() != expected) {
      failWithMessage(
          "Expected %s violations of rule '%s', but found %s: %s",
          expected, ruleId, actual.size(), actual);
    }
    return this;
  }

  /**
   * {@return this}, after checking one violation's message contains {@code part}
   *
   * @param part what the message must contain
   */
  @CanIgnoreReturnValue
  public ViolationsAssert withMessageContaining(String part) {
    requireNonNull(part, "part");
    if (actual.stream().noneMatch(v -> v.message().contains(part))) {
      failWithMessage(
          "Expected a violation of rule '%s' with a message containing \"%s\", but the messages"
              + " are %s",
          ruleId, part, actual.stream().map(Violation::message).toList());
    }
    return this;
  }
}
