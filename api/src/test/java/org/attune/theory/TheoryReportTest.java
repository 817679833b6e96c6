package org.attune.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attune.testlib.scenario.PatientCare.CLINIC;
import static org.attune.testlib.scenario.PatientCare.PAT;

import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.RelationType;
import org.attune.testlib.scenario.PatientCare;
import org.junit.jupiter.api.Test;

class TheoryReportTest {

  /** The patient ecosystem in which pat no longer serves the clinic in return. */
  static ServiceEcosystem unanswered() {
    return PatientCare.withoutRelations(
        PatientCare.good(), r -> r.source().equals(PAT) && r.type().equals(RelationType.SERVES));
  }

  @Test
  void a_report_says_which_rules_hold_and_which_do_not() {
    // given
    ServiceEcosystem eco = unanswered();

    // when
    TheoryReport report = SdlAxioms.all().check(eco);

    // then
    assertThat(report.holds()).isFalse();
    assertThat(report.failing()).containsExactly(SdlAxioms.serviceForService());
    assertThat(report.holding())
        .containsExactly(
            SdlAxioms.coCreation(),
            SdlAxioms.resourceIntegration(),
            SdlAxioms.beneficiaryDeterminesValue(),
            SdlAxioms.institutionalCoordination());
    assertThat(report.holds("sdl.co-creation")).isTrue();
    assertThat(report.holds("sdl.service-for-service")).isFalse();
    assertThat(report.violations()).extracting(Violation::elements).containsExactly(
        java.util.List.of(CLINIC, PAT));
    assertThat(report.outcomes()).hasSize(5);
    assertThat(report.find("sdl.co-creation")).hasValueSatisfying(o -> assertThat(o.holds()).isTrue());
    assertThat(report.find("nope")).isEmpty();
    assertThat(report.title()).isEqualTo("SDL axioms (Vargo & Lusch 2016)");
  }

  @Test
  void a_report_renders_as_plain_text_with_every_rule_and_violation() {
    // given
    TheoryReport report = SdlAxioms.all().check(unanswered());

    // when
    String text = report.render();

    // then
    assertThat(text)
        .isEqualTo(
            """
            SDL axioms (Vargo & Lusch 2016): 4 of 5 rules hold, 1 violation

            [FAILS] sdl.service-for-service
                    "Service is the fundamental basis of exchange" -- Vargo & Lusch (2016), axiom 1
                    checks: every SERVES relation from one actor to another is answered by a SERVES \
            relation the other way
                    - [clinic, pat] 'clinic' SERVES 'pat', but 'pat' does not SERVE 'clinic' in \
            return: service is exchanged for service

            [holds] sdl.co-creation
                    "Value is cocreated by multiple actors, always including the beneficiary" -- \
            Vargo & Lusch (2016), axiom 2

            [holds] sdl.resource-integration
                    "All social and economic actors are resource integrators" -- Vargo & Lusch \
            (2016), axiom 3

            [holds] sdl.beneficiary-determines-value
                    "Value is always uniquely and phenomenologically determined by the beneficiary" \
            -- Vargo & Lusch (2016), axiom 4

            [holds] sdl.institutional-coordination
                    "Value cocreation is coordinated through actor-generated institutions and \
            institutional arrangements" -- Vargo & Lusch (2016), axiom 5
            """);
    assertThat(report).hasToString(
        "TheoryReport{SDL axioms (Vargo & Lusch 2016): 4 of 5 rules hold, 1 violation}");
  }

  @Test
  void a_report_of_one_rule_that_holds_reads_in_the_singular() {
    // given
    TheoryReport report = RuleSet.of(SdlAxioms.coCreation()).check(PatientCare.good());

    // when / then
    assertThat(report.render()).startsWith("rules: 1 of 1 rule holds, 0 violations\n");
  }

  @Test
  void asking_about_an_unknown_rule_names_the_known_ones() {
    // given
    TheoryReport report = RuleSet.of(SdlAxioms.coCreation()).check(PatientCare.good());

    // when / then
    assertThatThrownBy(() -> report.holds("sdl.nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ruleId must name a rule of this report [sdl.co-creation], but was 'sdl.nope'");
  }

  @Test
  void equal_ecosystems_give_equal_renderings() {
    // given: the same ecosystem, built twice
    ServiceEcosystem a = unanswered();
    ServiceEcosystem b = unanswered();

    // when / then
    assertThat(SdlAxioms.all().and(CdlFoundations.all()).check(a).render())
        .isEqualTo(SdlAxioms.all().and(CdlFoundations.all()).check(b).render());
  }
}
