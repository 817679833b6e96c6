package org.attune.theory;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.internal.Arguments;

/** The rule of {@link Rule#of}: texts and a check function. Immutable if the function is pure. */
final class FunctionRule implements Rule {

  private final String id;
  private final String statement;
  private final String source;
  private final String checks;
  private final Function<? super ServiceEcosystem, ? extends Collection<Violation>> check;

  FunctionRule(
      String id,
      String statement,
      String source,
      String checks,
      Function<? super ServiceEcosystem, ? extends Collection<Violation>> check) {
    this.id = Checks.ruleId(id, "id");
    this.statement = Arguments.nonBlank(statement, "statement");
    this.source = Arguments.nonBlank(source, "source");
    this.checks = Arguments.nonBlank(checks, "checks");
    this.check = requireNonNull(check, "check");
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String statement() {
    return statement;
  }

  @Override
  public String source() {
    return source;
  }

  @Override
  public String checks() {
    return checks;
  }

  @Override
  public List<Violation> check(ServiceEcosystem ecosystem) {
    requireNonNull(ecosystem, "ecosystem");
    return verified(this, check.apply(ecosystem));
  }

  @Override
  public String toString() {
    return id;
  }

  /**
   * {@return {@code violations} as an immutable list, once checked to be ones {@code rule} may
   * return}
   *
   * @throws IllegalStateException if {@code violations} is null, holds null or holds a violation of
   *     another rule
   */
  static List<Violation> verified(Rule rule, Collection<Violation> violations) {
    checkState(
        violations != null,
        "rule '%s' returned null; a rule returns an empty list when it holds",
        rule.id());
    for (Violation v : violations) {
      checkState(
          v != null, "rule '%s' returned a null violation among %s", rule.id(), violations.size());
      checkState(
          v.ruleId().equals(rule.id()),
          "rule '%s' returned a violation of rule '%s'; a rule returns only its own violations: %s",
          rule.id(),
          v.ruleId(),
          v);
    }
    return ImmutableList.copyOf(violations);
  }
}
