package org.attune.theory;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.attune.model.internal.Arguments;

/**
 * What checking a {@link RuleSet} against an ecosystem found: for each rule, in the set's order,
 * whether it holds and its violations. {@link #render()} gives the whole as plain text:
 *
 * <pre>{@code
 * SDL axioms (Vargo & Lusch 2016): 4 of 5 rules hold, 1 violation
 *
 * [holds] sdl.service-for-service
 *         "Service is the fundamental basis of exchange" -- Vargo & Lusch (2016), axiom 1
 * [FAILS] sdl.institutional-coordination
 *         "Value cocreation is coordinated through actor-generated institutions and institutional
 *         arrangements" -- Vargo & Lusch (2016), axiom 5
 *         checks: the two actors of every SERVES relation ADHERE_TO at least one common institution
 *         - [clinic, pat] 'clinic' SERVES 'pat', but they ADHERE_TO no common institution to
 *         coordinate by
 * }</pre>
 *
 * <p>Immutable, null-hostile and thread-safe. Violations are ordered rule by rule, and within a rule
 * by the ids of their elements, then by message.
 */
public final class TheoryReport {

  private static final String INDENT = "        ";

  private final String title;
  private final ImmutableList<RuleOutcome> outcomes;

  /**
   * Makes a report.
   *
   * @param title the name of the rule set checked
   * @param outcomes one per rule, in order
   */
  TheoryReport(String title, List<RuleOutcome> outcomes) {
    this.title = Arguments.nonBlank(title, "title");
    this.outcomes = ImmutableList.copyOf(outcomes);
  }

  /** {@return the name of the rule set checked} */
  public String title() {
    return title;
  }

  /** {@return one outcome per rule, in the order of the rule set} */
  public List<RuleOutcome> outcomes() {
    return outcomes;
  }

  /** {@return the rules checked, in order} */
  public List<Rule> rules() {
    return outcomes.stream().map(RuleOutcome::rule).collect(ImmutableList.toImmutableList());
  }

  /** {@return whether every rule holds} */
  public boolean holds() {
    return outcomes.stream().allMatch(RuleOutcome::holds);
  }

  /**
   * {@return whether the rule of the given id holds}
   *
   * @param ruleId the id of a rule of this report
   * @throws IllegalArgumentException if no rule of this report has that id
   */
  public boolean holds(String ruleId) {
    return outcome(ruleId).holds();
  }

  /** {@return the rules that hold, in order} */
  public List<Rule> holding() {
    return outcomes.stream()
        .filter(RuleOutcome::holds)
        .map(RuleOutcome::rule)
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return the rules that do not hold, in order} */
  public List<Rule> failing() {
    return outcomes.stream()
        .filter(o -> !o.holds())
        .map(RuleOutcome::rule)
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return every violation, rule by rule} */
  public List<Violation> violations() {
    return outcomes.stream()
        .flatMap(o -> o.violations().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the violations of the rule of the given id}
   *
   * @param ruleId the id of a rule of this report
   * @throws IllegalArgumentException if no rule of this report has that id
   */
  public List<Violation> violations(String ruleId) {
    return outcome(ruleId).violations();
  }

  /**
   * {@return the outcome of the rule of the given id, or empty}
   *
   * @param ruleId the rule id
   */
  public Optional<RuleOutcome> find(String ruleId) {
    requireNonNull(ruleId, "ruleId");
    return outcomes.stream().filter(o -> o.rule().id().equals(ruleId)).findFirst();
  }

  /**
   * {@return the report as plain text: a title line with the counts, then each rule with its
   * verdict, its statement in quotes and its source, and for a failing rule what it checks and each violation}; lines
   * end with {@code \n}
   */
  public String render() {
    StringBuilder out = new StringBuilder();
    int violations = violations().size();
    out.append(title)
        .append(": ")
        .append(holding().size())
        .append(" of ")
        .append(outcomes.size())
        .append(outcomes.size() == 1 ? " rule holds, " : " rules hold, ")
        .append(violations)
        .append(violations == 1 ? " violation" : " violations")
        .append('\n');
    for (RuleOutcome o : outcomes) {
      Rule rule = o.rule();
      out.append('\n')
          .append(o.holds() ? "[holds] " : "[FAILS] ")
          .append(rule.id())
          .append('\n')
          .append(INDENT)
          .append('"')
          .append(rule.statement())
          .append("\" -- ")
          .append(rule.source())
          .append('\n');
      if (!o.holds()) {
        out.append(INDENT).append("checks: ").append(rule.checks()).append('\n');
        for (Violation v : o.violations()) {
          out.append(INDENT).append("- ");
          if (!v.elements().isEmpty()) {
            out.append(v.elementIds()).append(' ');
          }
          out.append(v.message()).append('\n');
        }
      }
    }
    return out.toString();
  }

  /** {@return a summary such as {@code TheoryReport{SDL axioms: 4 of 5 rules hold, 1 violation}}} */
  @Override
  public String toString() {
    String first = render().lines().findFirst().orElse(title);
    return "TheoryReport{" + first + "}";
  }

  private RuleOutcome outcome(String ruleId) {
    return find(ruleId)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "ruleId must name a rule of this report "
                        + rules().stream().map(Rule::id).toList()
                        + ", but was '"
                        + ruleId
                        + "'"));
  }
}
