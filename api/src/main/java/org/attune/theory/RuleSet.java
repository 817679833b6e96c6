package org.attune.theory;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.internal.Arguments;

/**
 * A named, ordered set of {@link Rule}s with distinct ids, checked together: {@link
 * #check(ServiceEcosystem)} returns a {@link TheoryReport} of which rules hold and every violation.
 *
 * <pre>{@code
 * TheoryReport sdl = SdlAxioms.all().check(eco);
 * TheoryReport both = SdlAxioms.all().and(CdlFoundations.all()).check(eco);
 * TheoryReport mine = RuleSet.of(myRule, SdlAxioms.coCreation()).named("my theory").check(eco);
 * }</pre>
 *
 * <p>Immutable, null-hostile and thread-safe; rules keep the order given.
 */
public final class RuleSet {

  /** The name of a rule set that was given none: {@value}. */
  public static final String DEFAULT_NAME = "rules";

  private final String name;
  private final ImmutableList<Rule> rules;

  private RuleSet(String name, List<Rule> rules) {
    this.name = Arguments.nonBlank(name, "name");
    this.rules = ImmutableList.copyOf(rules);
    checkArgument(!this.rules.isEmpty(), "rules must hold at least one rule, but was empty");
    Set<String> ids = new HashSet<>();
    for (Rule rule : this.rules) {
      checkArgument(
          ids.add(rule.id()),
          "rules must have distinct ids, but '%s' appears more than once",
          rule.id());
    }
  }

  /**
   * {@return a rule set of the given rules, in order, named {@value #DEFAULT_NAME}}
   *
   * @param rules at least one, with distinct ids
   * @throws IllegalArgumentException if {@code rules} is empty or two rules share an id
   */
  public static RuleSet of(Rule... rules) {
    return of(Arrays.asList(requireNonNull(rules, "rules")));
  }

  /**
   * {@return a rule set of the given rules, in order, named {@value #DEFAULT_NAME}}
   *
   * @param rules at least one, with distinct ids
   * @throws IllegalArgumentException if {@code rules} is empty or two rules share an id
   */
  public static RuleSet of(Iterable<? extends Rule> rules) {
    requireNonNull(rules, "rules");
    List<Rule> copy = new ArrayList<>();
    for (Rule rule : rules) {
      copy.add(requireNonNull(rule, "rules element"));
    }
    return new RuleSet(DEFAULT_NAME, copy);
  }

  /**
   * {@return this rule set under another name, such as {@code "SDL axioms (Vargo & Lusch 2016)"}}
   *
   * @param name non-blank; the title of its reports
   */
  public RuleSet named(String name) {
    return new RuleSet(name, rules);
  }

  /** {@return the name, the title of its reports} */
  public String name() {
    return name;
  }

  /** {@return the rules, in order} */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * {@return the rule of the given id, or empty}
   *
   * @param id the rule id
   */
  public Optional<Rule> rule(String id) {
    requireNonNull(id, "id");
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * {@return this set's rules followed by {@code more}, under the name of this set}
   *
   * @param more rules whose ids differ from this set's
   * @throws IllegalArgumentException if two rules share an id
   */
  public RuleSet with(Rule... more) {
    requireNonNull(more, "more");
    List<Rule> all = new ArrayList<>(rules);
    for (Rule rule : more) {
      all.add(requireNonNull(rule, "more element"));
    }
    return new RuleSet(name, all);
  }

  /**
   * {@return this set's rules followed by {@code other}'s, named after both, such as {@code "SDL
   * axioms + CDL foundations"}}
   *
   * @param other a set whose rule ids differ from this set's
   * @throws IllegalArgumentException if two rules share an id
   */
  public RuleSet and(RuleSet other) {
    requireNonNull(other, "other");
    List<Rule> all = new ArrayList<>(rules);
    all.addAll(other.rules);
    return new RuleSet(name + " + " + other.name, all);
  }

  /**
   * {@return which of the rules hold on {@code ecosystem}, and every violation}; each rule's
   * violations are ordered by the ids of their elements, then by message, so that equal ecosystems
   * give equal reports whatever the order in which they were built
   *
   * @param ecosystem the ecosystem to check
   * @throws IllegalStateException if a rule returns null, a null violation or a violation of another
   *     rule
   */
  public TheoryReport check(ServiceEcosystem ecosystem) {
    requireNonNull(ecosystem, "ecosystem");
    List<RuleOutcome> outcomes = new ArrayList<>(rules.size());
    for (Rule rule : rules) {
      List<Violation> found = new ArrayList<>(FunctionRule.verified(rule, rule.check(ecosystem)));
      found.sort(Violation.ORDER);
      outcomes.add(new RuleOutcome(rule, found));
    }
    return new TheoryReport(name, outcomes);
  }

  /** {@return a summary such as {@code RuleSet{rules: [sdl.service-for-service, ...]}}} */
  @Override
  public String toString() {
    return "RuleSet{" + name + ": " + rules.stream().map(Rule::id).toList() + "}";
  }
}
