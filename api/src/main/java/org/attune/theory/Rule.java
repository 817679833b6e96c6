package org.attune.theory;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Element;

/**
 * One statement of a theory made checkable: an id, the statement as its source puts it, the source,
 * what exactly is checked, and {@link #check(ServiceEcosystem)}, which returns a {@link Violation} for
 * every place where an ecosystem breaks the statement. A rule holds on an ecosystem when it finds no
 * violation.
 *
 * <p>A theory's statements are rarely checkable as they stand ("service is the fundamental basis of
 * exchange"); a rule checks one operationalisation of the statement, which {@link #checks()} spells
 * out, so that a reader can judge how faithful it is. {@link SdlAxioms} and {@link CdlFoundations}
 * ship the rules of Service-Dominant and Customer-Dominant Logic; anyone can add more.
 *
 * <p>An academic adds an axiom of their own in a few lines, with {@link #of(String, String, String,
 * String, Function)}:
 *
 * <pre>{@code
 * Rule everyActorAdheres = Rule.of(
 *     "my.every-actor-adheres",
 *     "Institutions enable and constrain every actor",
 *     "Scott (2014)",
 *     "every actor ADHERES_TO at least one institution",
 *     eco -> eco.actors().stream()
 *         .filter(a -> eco.relations(a, RelationType.ADHERES_TO, Direction.OUTGOING).isEmpty())
 *         .map(a -> Violation.of("my.every-actor-adheres",
 *             "'" + a.id() + "' adheres to no institution", a))
 *         .toList());
 * TheoryReport report = RuleSet.of(everyActorAdheres).check(eco);
 * }</pre>
 *
 * <p>Implementations must be immutable, thread-safe and pure: the same ecosystem gives the same
 * violations, and {@link #check(ServiceEcosystem)} never returns null and returns only violations
 * whose {@link Violation#ruleId()} is this rule's {@link #id()}. The rules of {@link #of} enforce
 * this; {@link RuleSet#check(ServiceEcosystem)} enforces it for every rule.
 */
public interface Rule {

  /** {@return the id: non-blank, no whitespace, unique within a rule set, such as {@code "sdl.co-creation"}} */
  String id();

  /** {@return the statement this rule checks, as its source puts it, without quotation marks} */
  String statement();

  /** {@return where the statement comes from, such as {@code "Vargo & Lusch (2016), axiom 2"}} */
  String source();

  /**
   * {@return what exactly is checked: the operationalisation of {@link #statement()}, in a
   * sentence}; by default the statement itself
   */
  default String checks() {
    return statement();
  }

  /**
   * {@return every violation of this rule in {@code ecosystem}; empty when the rule holds}
   *
   * @param ecosystem the ecosystem to check
   */
  List<Violation> check(ServiceEcosystem ecosystem);

  /**
   * {@return a violation of this rule}
   *
   * @param message what is wrong, naming the elements by id
   * @param elements the elements involved, most relevant first
   */
  default Violation violation(String message, Element... elements) {
    return Violation.of(id(), message, elements);
  }

  /**
   * {@return a rule that checks {@code check}; what it checks is its statement}
   *
   * @param id non-blank, no whitespace
   * @param statement the statement, as its source puts it: non-blank
   * @param source where the statement comes from: non-blank
   * @param check finds the violations of the rule in an ecosystem: pure, never returning null, and
   *     returning only violations whose rule id is {@code id}
   * @throws IllegalArgumentException if a text is blank or {@code id} holds whitespace
   */
  static Rule of(
      String id,
      String statement,
      String source,
      Function<? super ServiceEcosystem, ? extends Collection<Violation>> check) {
    return new FunctionRule(id, statement, source, statement, check);
  }

  /**
   * {@return a rule that checks {@code check}, described by {@code checks}}
   *
   * @param id non-blank, no whitespace
   * @param statement the statement, as its source puts it: non-blank
   * @param source where the statement comes from: non-blank
   * @param checks what exactly {@code check} checks, in a sentence: non-blank
   * @param check finds the violations of the rule in an ecosystem: pure, never returning null, and
   *     returning only violations whose rule id is {@code id}
   * @throws IllegalArgumentException if a text is blank or {@code id} holds whitespace
   */
  static Rule of(
      String id,
      String statement,
      String source,
      String checks,
      Function<? super ServiceEcosystem, ? extends Collection<Violation>> check) {
    return new FunctionRule(id, statement, source, checks, check);
  }
}
