package org.attune.theory;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * What checking one {@link Rule} found: the rule and its violations. The rule holds when there are
 * none.
 *
 * <p>Immutable, null-hostile and thread-safe.
 *
 * @param rule the rule checked
 * @param violations its violations, in the order of {@link TheoryReport}: by the ids of the elements
 *     involved, then by message
 */
public record RuleOutcome(Rule rule, List<Violation> violations) {

  /**
   * Validates the components and copies the violations.
   *
   * @param rule the rule checked
   * @param violations its violations
   * @throws NullPointerException if any component is null or {@code violations} holds null
   * @throws IllegalArgumentException if a violation is of another rule
   */
  public RuleOutcome {
    requireNonNull(rule, "rule");
    requireNonNull(violations, "violations");
    for (Violation v : violations) {
      requireNonNull(v, "violations element");
      checkArgument(
          v.ruleId().equals(rule.id()),
          "violations must all be of rule '%s', but one was of '%s': %s",
          rule.id(),
          v.ruleId(),
          v);
    }
    violations = ImmutableList.copyOf(violations);
  }

  /** {@return whether the rule holds: it found no violation} */
  public boolean holds() {
    return violations.isEmpty();
  }
}
