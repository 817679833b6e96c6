package org.attune.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attune.testlib.scenario.PatientCare.CLINIC;
import static org.attune.testlib.scenario.PatientCare.PAT;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.attune.ecosystem.Direction;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Actor;
import org.attune.model.Element;
import org.attune.model.RelationType;
import org.attune.testlib.scenario.PatientCare;
import org.junit.jupiter.api.Test;

class RuleSetTest {

  @Test
  void an_academic_adds_an_axiom_of_their_own_beside_the_built_in_ones() {
    // given: "institutions enable and constrain every actor", checked as: every actor ADHERES_TO one
    Rule everyActorAdheres =
        Rule.of(
            "my.every-actor-adheres",
            "Institutions enable and constrain every actor",
            "Scott (2014)",
            "every actor ADHERES_TO at least one institution",
            eco ->
                eco.actors().stream()
                    .filter(a -> eco.relations(a, RelationType.ADHERES_TO, Direction.OUTGOING)
                        .isEmpty())
                    .map(a -> Violation.of(
                        "my.every-actor-adheres", "'" + a.id() + "' adheres to no institution", a))
                    .toList());
    Actor drifter = Actor.individual("drifter", "Drifter");
    ServiceEcosystem eco = PatientCare.builder().add(drifter).build();

    // when
    TheoryReport report =
        SdlAxioms.all().with(everyActorAdheres).named("SDL + Scott").check(eco);

    // then: the drifter breaks the new axiom (and axiom 3: it integrates nothing)
    assertThat(report.holds("my.every-actor-adheres")).isFalse();
    assertThat(report.violations("my.every-actor-adheres"))
        .singleElement()
        .satisfies(v -> assertThat(v.elements()).containsExactly(drifter));
    assertThat(report.failing())
        .extracting(Rule::id)
        .containsExactly("sdl.resource-integration", "my.every-actor-adheres");
    assertThat(report.render()).contains("[FAILS] my.every-actor-adheres");
    assertThat(report.render()).contains("\"Institutions enable and constrain every actor\" -- Scott (2014)");
  }

  @Test
  void a_rule_written_as_a_class_uses_its_own_id_for_violations() {
    // given
    Rule noLonelyCustomers = new Rule() {
      @Override
      public String id() {
        return "my.no-lonely-customers";
      }

      @Override
      public String statement() {
        return "Nobody forms value alone";
      }

      @Override
      public String source() {
        return "a seminar";
      }

      @Override
      public List<Violation> check(ServiceEcosystem eco) {
        return eco.actors().stream()
            .filter(a -> eco.neighbours(a, Direction.BOTH).stream()
                .noneMatch(Actor.class::isInstance))
            .map(a -> violation("'" + a.id() + "' relates to no other actor", a))
            .toList();
      }
    };
    ServiceEcosystem eco = PatientCare.good();

    // when
    TheoryReport report = RuleSet.of(noLonelyCustomers).check(eco);

    // then: every actor of the patient ecosystem relates to another one
    assertThat(noLonelyCustomers.checks()).isEqualTo("Nobody forms value alone");
    assertThat(report.holds()).isTrue();
    assertThat(report.holding()).containsExactly(noLonelyCustomers);
  }

  @Test
  void the_sdl_axioms_and_cdl_foundations_hold_together_on_the_patient_ecosystem() {
    // given
    RuleSet both = SdlAxioms.all().and(CdlFoundations.all());

    // when
    TheoryReport report = both.check(PatientCare.good());

    // then
    assertThat(both.name())
        .isEqualTo("SDL axioms (Vargo & Lusch 2016) + CDL foundations (Heinonen & Strandvik 2015)");
    assertThat(report.holds()).isTrue();
    assertThat(report.rules()).hasSize(9);
    assertThat(report.violations()).isEmpty();
    assertThat(report.failing()).isEmpty();
    assertThat(both.rule("cdl.customer-lens")).contains(CdlFoundations.customerLens());
    assertThat(both.rule("cdl.nonsense")).isEmpty();
  }

  @Test
  void a_rule_set_rejects_duplicate_ids_and_emptiness() {
    assertThatThrownBy(() -> SdlAxioms.all().with(SdlAxioms.coCreation()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rules must have distinct ids, but 'sdl.co-creation' appears more than once");
    assertThatThrownBy(() -> RuleSet.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rules must hold at least one rule, but was empty");
    assertThatThrownBy(() -> RuleSet.of(SdlAxioms.coCreation()).named(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must be a non-blank string, but was \" \"");
  }

  @Test
  void a_rule_may_not_report_violations_of_another_rule() {
    // given
    Rule confused =
        Rule.of("my.confused", "Anything", "nowhere",
            eco -> List.of(Violation.of("my.other", "wrong id", PAT)));

    // when / then
    assertThatThrownBy(() -> confused.check(PatientCare.good()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("rule 'my.confused' returned a violation of rule 'my.other'");
  }

  @Test
  void a_rule_that_returns_null_is_caught_by_the_rule_set() {
    // given
    Rule broken = new Rule() {
      @Override
      public String id() {
        return "my.broken";
      }

      @Override
      public String statement() {
        return "Anything";
      }

      @Override
      public String source() {
        return "nowhere";
      }

      @Override
      public List<Violation> check(ServiceEcosystem eco) {
        return null;
      }
    };

    // when / then
    assertThatThrownBy(() -> RuleSet.of(broken).check(PatientCare.good()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("rule 'my.broken' returned null; a rule returns an empty list when it holds");
  }

  @Test
  void rules_and_violations_validate_their_texts() {
    assertThatThrownBy(() -> Rule.of("my rule", "s", "src", eco -> List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("id must hold no white space")
        .hasMessageEndingWith("but was \"my rule\"");
    assertThatThrownBy(() -> Rule.of("my.rule", "", "src", eco -> List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("statement must be a non-blank string, but was \"\"");
    assertThatThrownBy(() -> Violation.of("my.rule", " ", PAT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("message must be a non-blank string, but was \" \"");
    assertThatThrownBy(() -> new RuleOutcome(SdlAxioms.coCreation(),
            List.of(Violation.of("sdl.service-for-service", "x", PAT))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("violations must all be of rule 'sdl.co-creation'");
  }

  @Test
  void the_public_api_is_null_hostile() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(ServiceEcosystem.class, PatientCare.good())
            .setDefault(Rule.class, SdlAxioms.coCreation())
            .setDefault(RuleSet.class, CdlFoundations.all())
            .setDefault(Element.class, PAT)
            .setDefault(String.class, "x");
    tester.testAllPublicStaticMethods(Rule.class);
    tester.testAllPublicStaticMethods(RuleSet.class);
    tester.testAllPublicStaticMethods(Violation.class);
    tester.testAllPublicConstructors(Violation.class);
    tester.testAllPublicConstructors(RuleOutcome.class);
    tester.testAllPublicInstanceMethods(SdlAxioms.all());
    tester.testAllPublicInstanceMethods(SdlAxioms.all().check(PatientCare.good()));
    tester.testAllPublicInstanceMethods(SdlAxioms.coCreation());
  }

  @Test
  void violations_are_equal_by_rule_elements_and_message() {
    new EqualsTester()
        .addEqualityGroup(
            Violation.of("r.a", "m", PAT, CLINIC), Violation.of("r.a", "m", List.of(PAT, CLINIC)))
        .addEqualityGroup(Violation.of("r.a", "m", CLINIC, PAT))
        .addEqualityGroup(Violation.of("r.b", "m", PAT, CLINIC))
        .addEqualityGroup(Violation.of("r.a", "n", PAT, CLINIC))
        .testEquals();
  }

  @Test
  void violations_are_reported_by_element_ids_whatever_the_build_order() {
    // given: two actors that integrate nothing, added in reverse id order
    Actor zed = Actor.individual("zed", "Zed");
    Actor amy = Actor.individual("amy", "Amy");
    ServiceEcosystem eco = PatientCare.builder().add(zed, amy).build();

    // when
    TheoryReport report = RuleSet.of(SdlAxioms.resourceIntegration()).check(eco);

    // then
    assertThat(report.violations()).extracting(v -> v.elements().get(0)).containsExactly(amy, zed);
  }
}
