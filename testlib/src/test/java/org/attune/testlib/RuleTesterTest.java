package org.attune.testlib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.attune.ecosystem.Direction;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Actor;
import org.attune.model.RelationType;
import org.attune.theory.CdlFoundations;
import org.attune.theory.Rule;
import org.attune.theory.SdlAxioms;
import org.attune.theory.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RuleTesterTest {

  private static final String ID = "my.every-actor-adheres";

  static Stream<Rule> builtIns() {
    return Stream.concat(
        SdlAxioms.all().rules().stream(), CdlFoundations.all().rules().stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builtIns")
  void should_pass_every_built_in_rule(Rule rule) {
    assertThatCode(RuleTester.of(rule)::test).doesNotThrowAnyException();
  }

  @Test
  void should_pass_a_well_behaved_rule_of_ones_own() {
    assertThatCode(RuleTester.of(rule(RuleTesterTest::nonAdherents))::test)
        .doesNotThrowAnyException();
  }

  @Test
  void should_fail_a_rule_that_returns_null() {
    assertThatThrownBy(RuleTester.of(rule(eco -> null))::test)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("rule 'my.every-actor-adheres'")
        .hasMessageContaining("\"never null, never throws\"")
        .hasMessageContaining("the random ecosystem of seed 0: check() returned null");
  }

  @Test
  void should_fail_a_rule_that_throws_on_the_empty_ecosystem() {
    // given
    Rule broken = rule(eco -> {
      if (eco.actors().isEmpty()) {
        throw new IllegalStateException("no actors");
      }
      return nonAdherents(eco);
    });

    // when // then
    assertThatThrownBy(RuleTester.of(broken)::test)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("\"never null, never throws\" on the empty ecosystem")
        .hasMessageContaining("check() threw java.lang.IllegalStateException: no actors")
        .hasCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void should_fail_a_rule_whose_violations_carry_another_id() {
    // given: a rule that is not built by Rule.of, which would catch this itself
    Rule broken = new Custom(eco -> List.of(Violation.of("other.rule", "wrong id",
        eco.actors().get(0))));

    // when // then
    assertThatThrownBy(RuleTester.of(broken)::test)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("\"the rule's own id\"")
        .hasMessageContaining("a violation of 'other.rule'");
  }

  @Test
  void should_fail_a_rule_that_names_an_element_not_in_the_ecosystem() {
    // given
    Actor stranger = Actor.individual("stranger", "Stranger");
    Rule broken = rule(eco -> List.of(Violation.of(ID, "'stranger' adheres to nothing", stranger)));

    // when // then
    assertThatThrownBy(RuleTester.of(broken)::test)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("\"names elements of the ecosystem\"")
        .hasMessageContaining("a violation names 'stranger', which is not in the ecosystem");
  }

  @Test
  void should_fail_a_rule_that_is_not_deterministic() {
    // given: every other call finds nothing
    AtomicInteger calls = new AtomicInteger();
    Rule broken = rule(eco -> calls.incrementAndGet() % 2 == 0 ? List.of() : nonAdherents(eco));

    // when // then
    assertThatThrownBy(RuleTester.of(broken)::test)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("\"deterministic\"")
        .hasMessageContaining(", then []");
  }

  @Test
  void should_fail_a_rule_whose_order_follows_the_insertion_order() {
    // given: one violation naming every actor that adheres to nothing, in the order added
    Rule broken = rule(eco -> {
      List<Actor> idle = eco.actors().stream()
          .filter(a -> eco.relations(a, RelationType.ADHERES_TO, Direction.OUTGOING).isEmpty())
          .toList();
      return idle.isEmpty()
          ? List.of()
          : List.of(Violation.of(ID, idle.size() + " actors adhere to nothing", idle));
    });

    // when // then
    assertThatThrownBy(RuleTester.of(broken)::test)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("\"independent of insertion order\"")
        .hasMessageContaining("built in the reverse order");
  }

  @Test
  void should_check_the_ecosystems_it_is_given() {
    // given: a rule broken only where an actor has the id 'x'
    Actor x = Actor.individual("x", "X");
    Rule broken = rule(eco -> {
      if (eco.contains(x)) {
        throw new IllegalArgumentException("x");
      }
      return List.of();
    });

    // when // then
    assertThatCode(RuleTester.of(broken)::test).doesNotThrowAnyException();
    assertThatThrownBy(RuleTester.of(broken).alsoOn(ServiceEcosystem.builder().add(x).build())::test)
        .hasMessageContaining("on the ecosystem given at index 0");
  }

  @Test
  void should_say_what_it_tests() {
    assertThat(RuleTester.of(SdlAxioms.coCreation()).seeds(3).customers(2))
        .hasToString("RuleTester{sdl.co-creation, seeds [3], 2 customers}");
  }

  @Test
  void should_reject_no_seeds_and_no_customers() {
    RuleTester tester = RuleTester.of(SdlAxioms.coCreation());

    assertThatThrownBy(() -> tester.seeds())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("seeds must hold at least one seed, but was empty");
    assertThatThrownBy(() -> tester.customers(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customers must be at least 1, but was 0");
  }

  private static Rule rule(java.util.function.Function<ServiceEcosystem, List<Violation>> check) {
    return new Custom(check);
  }

  /** Every actor that adheres to no institution. */
  private static List<Violation> nonAdherents(ServiceEcosystem eco) {
    return eco.actors().stream()
        .filter(a -> eco.relations(a, RelationType.ADHERES_TO, Direction.OUTGOING).isEmpty())
        .map(a -> Violation.of(ID, "'" + a.id() + "' adheres to no institution", a))
        .toList();
  }

  /** A rule written by hand, without the checks of {@link Rule#of}. */
  private record Custom(java.util.function.Function<ServiceEcosystem, List<Violation>> check)
      implements Rule {

    @Override
    public String id() {
      return ID;
    }

    @Override
    public String statement() {
      return "Institutions enable and constrain every actor";
    }

    @Override
    public String source() {
      return "Scott (2014)";
    }

    @Override
    public List<Violation> check(ServiceEcosystem ecosystem) {
      return check.apply(ecosystem);
    }
  }
}
