package org.attune.theory;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.attune.ecosystem.ServiceEcosystem;

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
    this.statement = Checks.nonBlank(statement, "statement");
    this.source = Checks.nonBlank(source, "source");
    this.checks = Checks.nonBlank(checks, "checks");
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
    if (violations == null) {
      throw new IllegalStateException(
          "rule '" + rule.id() + "' returned null; a rule returns an empty list when it holds");
    }
    for (Violation v : violations) {
      if (v == null) {
        throw new IllegalStateException(
            "rule '" + rule.id() + "' returned a null violation among " + violations.size());
      }
      if (!v.ruleId().equals(rule.id())) {
        throw new IllegalStateException(
            "rule '"
                + rule.id()
                + "' returned a violation of rule '"
                + v.ruleId()
                + "'; a rule returns only its own violations: "
                + v);
      }
    }
    return ImmutableList.copyOf(violations);
  }
}
