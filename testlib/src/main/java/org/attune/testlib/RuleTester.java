package org.attune.testlib;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Element;
import org.attune.model.Episode;
import org.attune.model.Mood;
import org.attune.model.Perspective;
import org.attune.model.Profile;
import org.attune.model.Relation;
import org.attune.model.ValueInUse;
import org.attune.testlib.scenario.BankAndCustomers;
import org.attune.testlib.scenario.ClinicNetwork;
import org.attune.testlib.scenario.Orchestra;
import org.attune.testlib.scenario.PatientAndClinic;
import org.attune.testlib.scenario.PatientCare;
import org.attune.testlib.scenario.RandomEcosystems;
import org.attune.theory.Rule;
import org.attune.theory.RuleSet;
import org.attune.theory.Violation;
import org.jspecify.annotations.Nullable;

/**
 * Holds a {@link Rule} to the contract the built-in axioms and foundations keep, over seeded random
 * ecosystems and the canonical scenarios, in the spirit of guava-testlib's {@code EqualsTester}:
 * configure it fluently, end with {@link #test()}, which throws an {@link AssertionError} naming the
 * clause that broke and the ecosystem it broke on.
 *
 * <pre>{@code
 * @Test
 * void keeps_the_rule_contract() {
 *   RuleTester.of(everyActorAdheres).test();
 * }
 * }</pre>
 *
 * <p>The clauses, in the order they are checked:
 *
 * <ol>
 *   <li><b>id</b>: {@link Rule#id()} is non-blank, holds no whitespace and is the same on every
 *       call; {@link Rule#statement()} and {@link Rule#source()} are non-blank;
 *   <li><b>never null, never throws</b>: {@link Rule#check(ServiceEcosystem)} returns a list
 *       without nulls and throws nothing, on every ecosystem, the empty one included;
 *   <li><b>the rule's own id</b>: every violation carries the rule's id;
 *   <li><b>names elements of the ecosystem</b>: every element a violation names is in the
 *       ecosystem checked;
 *   <li><b>deterministic</b>: checking an ecosystem twice gives equal lists;
 *   <li><b>independent of insertion order</b>: the same ecosystem built in the reverse order (its
 *       elements, relations, perspectives, value-in-use and episodes) gives the same violations in
 *       the same order.
 * </ol>
 *
 * <p>The ecosystems: for each seed (by default {@value #DEFAULT_SEEDS} seeds, 0, 1, ...) {@link
 * RandomEcosystems#of(long, int)}; the canonical scenarios ({@link PatientCare#good()}, {@link
 * PatientAndClinic#ecosystem()}, {@link ClinicNetwork#ecosystem()}, {@link
 * BankAndCustomers#ecosystem()}, the three arrangements of {@link Orchestra}); the empty ecosystem;
 * and any given with {@link #alsoOn(ServiceEcosystem...)}.
 *
 * <p>A tester is immutable: each option returns a new tester.
 */
public final class RuleTester {

  /** How many seeds are tried by default: {@value}, the seeds 0, 1, ... */
  public static final int DEFAULT_SEEDS = 10;

  private final Rule rule;
  private final long[] seeds;
  private final int customers;
  private final List<ServiceEcosystem> extra;

  private RuleTester(Rule rule, long[] seeds, int customers, List<ServiceEcosystem> extra) {
    this.rule = rule;
    this.seeds = seeds;
    this.customers = customers;
    this.extra = extra;
  }

  /**
   * {@return a tester of {@code rule} with the default seeds and number of customers}
   *
   * @param rule the rule to test
   */
  public static RuleTester of(Rule rule) {
    long[] seeds = new long[DEFAULT_SEEDS];
    Arrays.setAll(seeds, i -> i);
    return new RuleTester(
        requireNonNull(rule, "rule"), seeds, RandomEcosystems.DEFAULT_CUSTOMERS, List.of());
  }

  /**
   * {@return a tester that tries the random ecosystems of these seeds instead}
   *
   * @param seeds the seeds of {@link RandomEcosystems#of(long, int)}: at least one
   * @throws IllegalArgumentException if there are none
   */
  public RuleTester seeds(long... seeds) {
    requireNonNull(seeds, "seeds");
    if (seeds.length == 0) {
      throw new IllegalArgumentException("seeds must hold at least one seed, but was empty");
    }
    return new RuleTester(rule, seeds.clone(), customers, extra);
  }

  /**
   * {@return a tester whose random ecosystems have this many customers}
   *
   * @param customers how many customers each random ecosystem has: at least 1
   * @throws IllegalArgumentException if {@code customers} is less than 1
   */
  public RuleTester customers(int customers) {
    if (customers < 1) {
      throw new IllegalArgumentException("customers must be at least 1, but was " + customers);
    }
    return new RuleTester(rule, seeds, customers, extra);
  }

  /**
   * {@return a tester that also checks these ecosystems}, such as ones that break the rule
   *
   * @param ecosystems more ecosystems to check
   */
  public RuleTester alsoOn(ServiceEcosystem... ecosystems) {
    requireNonNull(ecosystems, "ecosystems");
    List<ServiceEcosystem> more = new ArrayList<>(extra);
    for (ServiceEcosystem e : ecosystems) {
      more.add(requireNonNull(e, "ecosystems element"));
    }
    return new RuleTester(rule, seeds, customers, List.copyOf(more));
  }

  /**
   * Checks every clause of the contract on every ecosystem.
   *
   * @throws AssertionError naming the clause that broke and the ecosystem it broke on
   */
  public void test() {
    String id = checkId();
    for (long seed : seeds) {
      check(id, "the random ecosystem of seed " + seed,
          RandomEcosystems.of(seed, customers).ecosystem());
    }
    check(id, "PatientCare.good()", PatientCare.good());
    check(id, "PatientAndClinic.ecosystem()", PatientAndClinic.ecosystem());
    check(id, "ClinicNetwork.ecosystem()", ClinicNetwork.ecosystem());
    check(id, "BankAndCustomers.ecosystem()", BankAndCustomers.ecosystem());
    check(id, "Orchestra.providerDominant()", Orchestra.providerDominant());
    check(id, "Orchestra.coCreation()", Orchestra.coCreation());
    check(id, "Orchestra.customerDominant()", Orchestra.customerDominant());
    check(id, "the empty ecosystem", ServiceEcosystem.builder().build());
    for (int i = 0; i < extra.size(); i++) {
      check(id, "the ecosystem given at index " + i, extra.get(i));
    }
  }

  /** {@return a summary such as {@code RuleTester{sdl.co-creation, seeds [0, 1], 6 customers}}} */
  @Override
  public String toString() {
    return "RuleTester{"
        + rule.id()
        + ", seeds "
        + Arrays.toString(seeds)
        + ", "
        + customers
        + " customers"
        + (extra.isEmpty() ? "" : ", " + extra.size() + " more ecosystems")
        + "}";
  }

  private String checkId() {
    String where = "the rule of class " + rule.getClass().getName();
    String id;
    try {
      id = rule.id();
    } catch (RuntimeException e) {
      throw failure(Clause.ID, where, "id()", "it threw " + e, e);
    }
    if (id == null || id.isBlank() || id.chars().anyMatch(Character::isWhitespace)) {
      throw failure(Clause.ID, where, "id()", "it returned " + quote(id), null);
    }
    for (int i = 0; i < 3; i++) {
      String again = rule.id();
      if (!id.equals(again)) {
        throw failure(Clause.ID, id, "id()", "it returned '" + id + "', then " + quote(again), null);
      }
    }
    if (rule.statement() == null || rule.statement().isBlank()) {
      throw failure(Clause.ID, id, "statement()", "it returned " + quote(rule.statement()), null);
    }
    if (rule.source() == null || rule.source().isBlank()) {
      throw failure(Clause.ID, id, "source()", "it returned " + quote(rule.source()), null);
    }
    return id;
  }

  private void check(String id, String where, ServiceEcosystem eco) {
    List<Violation> first = violations(id, where, eco);
    for (Violation v : first) {
      if (!id.equals(v.ruleId())) {
        throw failure(Clause.OWN_ID, id, where, "it returned a violation of '" + v.ruleId()
            + "': " + v, null);
      }
      for (Element e : v.elements()) {
        if (!eco.contains(e)) {
          throw failure(Clause.ELEMENTS, id, where,
              "a violation names '" + e.id() + "', which is not in the ecosystem: " + v, null);
        }
      }
    }
    List<Violation> again = violations(id, where, eco);
    if (!first.equals(again)) {
      throw failure(Clause.DETERMINISTIC, id, where,
          "it returned first " + first + ", then " + again, null);
    }
    // the order a report shows: RuleSet sorts each rule's violations by element ids, then message
    List<Violation> shown = RuleSet.of(rule).check(eco).violations();
    ServiceEcosystem reversed = reversed(eco);
    violations(id, where + " built in the reverse order", reversed);
    List<Violation> other = RuleSet.of(rule).check(reversed).violations();
    if (!shown.equals(other)) {
      throw failure(Clause.ORDER, id, where,
          "its report shows " + shown + ", but on the same ecosystem built in the reverse order "
              + other, null);
    }
  }

  @CanIgnoreReturnValue
  private List<Violation> violations(String id, String where, ServiceEcosystem eco) {
    List<Violation> found;
    try {
      found = rule.check(eco);
    } catch (RuntimeException | Error e) {
      throw failure(Clause.NEVER_THROWS, id, where, "check() threw " + e, e);
    }
    if (found == null) {
      throw failure(Clause.NEVER_THROWS, id, where, "check() returned null", null);
    }
    List<Violation> copy = new ArrayList<>(found.size());
    for (Violation v : found) {
      if (v == null) {
        throw failure(Clause.NEVER_THROWS, id, where, "check() returned a list holding null",
            null);
      }
      copy.add(v);
    }
    return copy;
  }

  /** {@return {@code eco} built afresh with everything added in the reverse order} */
  private static ServiceEcosystem reversed(ServiceEcosystem eco) {
    ServiceEcosystem.Builder b = ServiceEcosystem.builder();
    List<Element> elements = new ArrayList<>(eco.elements());
    Collections.reverse(elements);
    b.add(elements);
    List<Relation> relations = new ArrayList<>(eco.relations());
    Collections.reverse(relations);
    relations.forEach(b::relate);
    List<Map.Entry<Perspective, Profile>> perspectives =
        new ArrayList<>(eco.perspectives().entrySet());
    Collections.reverse(perspectives);
    perspectives.forEach(e -> b.perspective(e.getKey().holder(), e.getKey().subject(),
        e.getKey().aspect(), e.getValue()));
    List<ValueInUse> values = new ArrayList<>(eco.valueInUse());
    Collections.reverse(values);
    values.forEach(b::valueInUse);
    List<Episode> episodes = new ArrayList<>(eco.episodes());
    Collections.reverse(episodes);
    b.episodes(episodes);
    List<Mood> moods = new ArrayList<>(eco.moods());
    Collections.reverse(moods);
    b.moods(moods);
    return b.build();
  }

  private static String quote(@Nullable String s) {
    return s == null ? "null" : "'" + s + "'";
  }

  private static AssertionError failure(
      Clause clause, String rule, String input, String found, @Nullable Throwable cause) {
    AssertionError error =
        new AssertionError(
            "rule '" + rule + "' breaks the clause \"" + clause.text + "\" on " + input + ": "
                + found);
    if (cause != null) {
      error.initCause(cause);
    }
    return error;
  }

  /** The clauses of the contract, as failure messages name them. */
  private enum Clause {
    ID("id: non-blank, without whitespace, the same on every call; a statement and a source"),
    NEVER_THROWS("never null, never throws"),
    OWN_ID("the rule's own id"),
    ELEMENTS("names elements of the ecosystem"),
    DETERMINISTIC("deterministic"),
    ORDER("independent of insertion order");

    final String text;

    Clause(String text) {
      this.text = text;
    }
  }
}
