package org.attune.testlib;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attune.testlib.AttuneAssertions.assertThat;
import static org.attune.testlib.AttuneAssertions.within;
import static org.attune.testlib.scenario.PatientAndClinic.ALICE;
import static org.attune.testlib.scenario.PatientAndClinic.CLINIC;
import static org.attune.testlib.scenario.PatientAndClinic.NEIGHBOUR;
import static org.attune.testlib.scenario.PatientAndClinic.OWN;

import java.util.List;
import org.attune.ecosystem.Level;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.AlignmentReport;
import org.attune.metric.Dyad;
import org.attune.metric.MetricProvider;
import org.attune.metric.MetricRegistry;
import org.attune.metric.Score;
import org.attune.metric.Scores;
import org.attune.metric.Scoring;
import org.attune.metric.alignment.AbsoluteDifference;
import org.attune.model.Actor;
import org.attune.model.RelationType;
import org.attune.model.Sphere;
import org.attune.model.ValueInUse;
import org.attune.testlib.scenario.BankAndCustomers;
import org.attune.testlib.scenario.PatientAndClinic;
import org.attune.testlib.scenario.PatientCare;
import org.attune.theory.SdlAxioms;
import org.attune.theory.TheoryReport;
import org.junit.jupiter.api.Test;

class AttuneAssertionsTest {

  // absolute-difference on the patient and the clinic: Σ w |C − P| = 2·0.1 + 1·0.2 + 1·0.4 = 0.8
  // over Σ w = 4: 1 − 0.8 / 4 = 0.8; shares of 0.8: economic 0.4 → 0.5, functional and emotional
  // 0.2 → 0.25 each
  private final Score fit = new AbsoluteDifference().measure(PatientAndClinic.dyad());

  @Test
  void should_pass_on_a_score_as_worked_by_hand() {
    assertThat(fit)
        .isDefined()
        .hasValueCloseTo(0.8, within(1e-9))
        .hasTopFactor("economic")
        .hasContribution("functional")
        .hasContribution("economic", 0.5, within(1e-12));
  }

  @Test
  void should_say_what_was_expected_and_what_was_found_of_a_score() {
    assertThatThrownBy(() -> assertThat(fit).hasValueCloseTo(0.7, within(1e-9)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected a score of value 0.7 within 1.0E-9, but its value was 0.8");
    assertThatThrownBy(() -> assertThat(fit).isUndefined())
        .hasMessageContaining("Expected an undefined score, but it was defined with value 0.8");
    assertThatThrownBy(() -> assertThat(fit).hasTopFactor("functional"))
        .hasMessageContaining("Expected top factor \"functional\", but it was \"economic\"");
    assertThatThrownBy(() -> assertThat(fit).hasContribution("social"))
        .hasMessageContaining("Expected a contribution of factor \"social\"");
    assertThatThrownBy(() -> assertThat(fit).hasContribution("economic", 0.25, within(1e-9)))
        .hasMessageContaining("to have a share of 0.25 within 1.0E-9, but its share was 0.5");
    assertThatThrownBy(() -> assertThat(fit).hasValue(0.8000000000000002))
        .hasMessageContaining("Expected a score of value 0.8000000000000002, but its value was 0.8");
  }

  @Test
  void should_check_an_undefined_score_and_its_reason() {
    // given: the neighbour holds no logic of its own
    Score none = new AbsoluteDifference()
        .measure(new org.attune.metric.Dyad(PatientAndClinic.ecosystem(), NEIGHBOUR, CLINIC));

    // when // then
    assertThat(none).isUndefined().hasReasonContaining("own logic");
    assertThatThrownBy(() -> assertThat(none).isDefined())
        .hasMessageContaining("Expected a defined score, but it was undefined: ");
    assertThatThrownBy(() -> assertThat(none).hasReasonContaining("nothing like this"))
        .hasMessageContaining("to contain \"nothing like this\", but it was \"");
  }

  @Test
  void should_check_the_scores_of_a_cohort() {
    // given: Tom and Ines have no view of the bank's, but absolute-difference needs none
    Scores scores = Scoring.sequential()
        .score(new AbsoluteDifference(), BankAndCustomers.cohort(), BankAndCustomers.BANK);

    // when // then
    assertThat(scores).hasSize(3).hasDefinedCount(3).isDefinedFor(BankAndCustomers.MAYA);
    assertThatThrownBy(() -> assertThat(scores).isUndefinedFor(BankAndCustomers.TOM))
        .hasMessageContaining("for customer 'tom', but it was");
    assertThatThrownBy(() -> assertThat(scores).isDefinedFor(ALICE))
        .hasMessageContaining("Expected customer 'alice' among the scored customers");
  }

  @Test
  void should_check_relations_elements_and_perspectives_of_an_ecosystem() {
    ServiceEcosystem eco = PatientAndClinic.ecosystem();

    assertThat(eco)
        .contains(ALICE, CLINIC)
        .hasRelation(CLINIC, RelationType.SERVES, ALICE)
        .hasRelation(CLINIC, RelationType.SERVES, ALICE, 0.8, within(1e-12))
        .hasNoRelation(ALICE, RelationType.SERVES, CLINIC)
        .hasPerspective(ALICE, ALICE, OWN)
        .hasNoPerspective(NEIGHBOUR, NEIGHBOUR);
    assertThatThrownBy(() -> assertThat(eco).hasRelation(ALICE, RelationType.SERVES, CLINIC))
        .hasMessageContaining("Expected a relation 'alice' SERVES 'clinic', but there is none;"
            + " 'alice' relates to: [");
    assertThatThrownBy(() -> assertThat(eco).hasPerspective(NEIGHBOUR, NEIGHBOUR))
        .hasMessageContaining("Expected a perspective of 'neighbour' on 'neighbour'");
    Actor stranger = Actor.individual("stranger", "Stranger");
    assertThatThrownBy(() -> assertThat(eco).contains(stranger))
        .hasMessageContaining("Expected the ecosystem to contain 'stranger'");
  }

  @Test
  void should_check_which_rules_a_report_satisfies_and_violates() {
    // given: joint value-in-use of pat in which nobody else takes part
    TheoryReport clean = SdlAxioms.all().check(PatientCare.good());
    TheoryReport broken = SdlAxioms.all().check(PatientCare.builder()
        .valueInUse(ValueInUse.of(PatientCare.PAT, Sphere.JOINT, 0.4).in(PatientCare.MEASURING))
        .build());

    // when // then
    assertThat(clean).isClean().satisfies("sdl.co-creation");
    assertThat(broken)
        .doesNotViolate("sdl.service-for-service")
        .violates("sdl.co-creation")
        .naming("pat", "measuring")
        .times(1)
        .withMessageContaining("JOINT sphere");
    assertThatThrownBy(() -> assertThat(broken).isClean())
        .hasMessageContaining("but [sdl.co-creation] failed");
    assertThatThrownBy(() -> assertThat(broken).violates("sdl.co-creation").naming("clinic"))
        .hasMessageContaining("Expected a violation of rule 'sdl.co-creation' naming [clinic], but"
            + " its violations name [[pat, measuring]]");
    assertThatThrownBy(() -> assertThat(clean).violates("sdl.co-creation"))
        .hasMessageContaining("Expected rule 'sdl.co-creation' to be violated, but it holds");
    assertThatThrownBy(() -> assertThat(clean).satisfies("sdl.no-such-rule"))
        .hasMessageContaining("Expected a rule 'sdl.no-such-rule'");
  }

  @Test
  void should_check_an_alignment_report() {
    // given
    AlignmentReport report = AlignmentReport.of(PatientAndClinic.dyad());
    double overall = report.overall().getAsDouble();

    // when // then: institutional 0.34375 alone holds macro (worked in AlignmentReportTest)
    assertThat(report)
        .hasOverallCloseTo(overall, within(0.0))
        .hasLevelScoreCloseTo(Level.MACRO, 0.34375, within(1e-12))
        .hasScore("absolute-difference")
        .hasValueCloseTo(0.8, within(1e-9));
    assertThatThrownBy(() -> assertThat(report).hasScore("no-such-metric"))
        .hasMessageContaining("Expected a score of metric 'no-such-metric', but the report has"
            + " scores of [");
    assertThatThrownBy(() -> assertThat(report).hasNoOverall())
        .hasMessageContaining("Expected no overall score, but it was " + overall);
  }

  @Test
  void should_check_which_level_bounds_fit() {
    // given: absolute-difference (0.8, micro) alone, and a registry with nothing defined
    MetricProvider one = () -> List.of(new AbsoluteDifference());
    AlignmentReport micro =
        AlignmentReport.of(PatientAndClinic.dyad(), MetricRegistry.of(List.of(one)));
    ServiceEcosystem bare =
        ServiceEcosystem.builder().add(PatientAndClinic.ALICE, PatientAndClinic.CLINIC).build();
    AlignmentReport none =
        AlignmentReport.of(new Dyad(bare, PatientAndClinic.ALICE, PatientAndClinic.CLINIC),
            MetricRegistry.of(List.of(one)));

    // when // then
    assertThat(micro).isBoundBy(Level.MICRO);
    assertThatThrownBy(() -> assertThat(micro).isBoundBy(Level.MACRO))
        .hasMessageContaining("Expected fit to be bound by MACRO, but it is bound by MICRO:"
            + " Micro absolute-difference (0.80) bounds fit: meso undefined");
    assertThatThrownBy(() -> assertThat(none).isBoundBy(Level.MICRO))
        .hasMessageContaining("Expected fit to be bound by MICRO, but no level is: No metric is"
            + " defined at any level");
  }
}
