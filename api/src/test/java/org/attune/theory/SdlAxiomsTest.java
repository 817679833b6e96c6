package org.attune.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.testlib.scenario.PatientCare.CLINIC;
import static org.attune.testlib.scenario.PatientCare.MEASURING;
import static org.attune.testlib.scenario.PatientCare.PAT;
import static org.attune.testlib.scenario.PatientCare.PRIVACY;
import static org.attune.testlib.scenario.PatientCare.SHARED_DECISIONS;

import java.util.stream.Stream;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Activity;
import org.attune.model.Actor;
import org.attune.model.RelationType;
import org.attune.model.Sphere;
import org.attune.model.ValueInUse;
import org.attune.testlib.scenario.PatientCare;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SdlAxiomsTest {

  static Stream<Rule> axioms() {
    return SdlAxioms.all().rules().stream();
  }

  @ParameterizedTest
  @MethodSource("axioms")
  void every_axiom_holds_on_the_patient_ecosystem(Rule axiom) {
    // given
    ServiceEcosystem eco = PatientCare.good();

    // when
    var violations = axiom.check(eco);

    // then
    assertThat(violations).as(axiom.id()).isEmpty();
  }

  @Test
  void the_five_axioms_come_in_order_each_quoted_with_its_source() {
    // when
    RuleSet all = SdlAxioms.all();

    // then
    assertThat(all.name()).isEqualTo("SDL axioms (Vargo & Lusch 2016)");
    assertThat(all.rules())
        .containsExactly(
            SdlAxioms.serviceForService(),
            SdlAxioms.coCreation(),
            SdlAxioms.resourceIntegration(),
            SdlAxioms.beneficiaryDeterminesValue(),
            SdlAxioms.institutionalCoordination());
    assertThat(all.rules())
        .extracting(Rule::source)
        .containsExactly(
            "Vargo & Lusch (2016), axiom 1",
            "Vargo & Lusch (2016), axiom 2",
            "Vargo & Lusch (2016), axiom 3",
            "Vargo & Lusch (2016), axiom 4",
            "Vargo & Lusch (2016), axiom 5");
    assertThat(SdlAxioms.coCreation().statement())
        .isEqualTo("Value is cocreated by multiple actors, always including the beneficiary");
    assertThat(all.rules()).allSatisfy(r -> assertThat(r.checks()).isNotEqualTo(r.statement()));
  }

  @Test
  void service_for_service_fails_when_a_service_goes_unanswered() {
    // given: the clinic serves pat, but pat no longer serves the clinic (pays, reports readings)
    ServiceEcosystem eco =
        PatientCare.withoutRelations(
            PatientCare.good(),
            r -> r.source().equals(PAT) && r.type().equals(RelationType.SERVES));

    // when
    var violations = SdlAxioms.serviceForService().check(eco);

    // then
    assertThat(violations).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo("sdl.service-for-service");
      assertThat(v.elements()).containsExactly(CLINIC, PAT);
      assertThat(v.message())
          .isEqualTo(
              "'clinic' SERVES 'pat', but 'pat' does not SERVE 'clinic' in return: service is"
                  + " exchanged for service");
    });
  }

  @Test
  void service_for_service_lets_an_actor_serve_itself() {
    // given: self-service, which CDL takes seriously
    ServiceEcosystem eco = PatientCare.builder().relate(PAT, RelationType.SERVES, PAT).build();

    // when / then
    assertThat(SdlAxioms.serviceForService().check(eco)).isEmpty();
  }

  @Test
  void co_creation_fails_on_joint_value_formed_by_the_beneficiary_alone() {
    // given: "joint" value-in-use in which nobody but pat takes part
    ServiceEcosystem eco =
        PatientCare.builder()
            .valueInUse(ValueInUse.of(PAT, Sphere.JOINT, 0.4).in(MEASURING))
            .build();

    // when
    var violations = SdlAxioms.coCreation().check(eco);

    // then
    assertThat(violations).singleElement().satisfies(v -> {
      assertThat(v.elements()).containsExactly(PAT, MEASURING);
      assertThat(v.message())
          .startsWith("value-in-use of 'pat' in 'measuring' (JOINT sphere, valence 0.4) has no"
              + " contributor besides its beneficiary");
    });
  }

  @Test
  void co_creation_lets_the_customer_form_value_alone_in_its_own_and_the_provider_sphere() {
    // given
    ServiceEcosystem eco =
        PatientCare.builder()
            .valueInUse(ValueInUse.of(PAT, Sphere.CUSTOMER, 0.3))
            .valueInUse(ValueInUse.of(PAT, Sphere.PROVIDER, 0.2))
            .build();

    // when / then
    assertThat(SdlAxioms.coCreation().check(eco)).isEmpty();
  }

  @Test
  void resource_integration_fails_for_actors_that_integrate_nothing() {
    // given: a bystander with no relations, and an idler whose activity integrates no resource
    Actor bystander = Actor.individual("bystander", "Bystander");
    Actor idler = Actor.individual("idler", "Idler");
    Activity waiting = Activity.of("waiting", "Waiting");
    ServiceEcosystem eco =
        PatientCare.builder()
            .add(bystander, idler, waiting)
            .relate(idler, RelationType.PERFORMS, waiting)
            .build();

    // when
    TheoryReport report = RuleSet.of(SdlAxioms.resourceIntegration()).check(eco);

    // then: ordered by element ids
    assertThat(report.violations()).hasSize(2);
    assertThat(report.violations().get(0).elements()).containsExactly(bystander);
    assertThat(report.violations().get(0).message())
        .isEqualTo(
            "'bystander' accesses no resource and performs no activity: every actor is a resource"
                + " integrator");
    assertThat(report.violations().get(1).elements()).containsExactly(idler, waiting);
    assertThat(report.violations().get(1).message())
        .contains("performs only activities that integrate no resource (['waiting'])");
  }

  @Test
  void resource_integration_accepts_access_alone_or_an_integrating_activity_alone() {
    // given: the clinic only ACCESSES records; pat only PERFORMS activities that INTEGRATE
    ServiceEcosystem eco = PatientCare.good();

    // then
    assertThat(eco.relations(CLINIC, RelationType.PERFORMS, org.attune.ecosystem.Direction.OUTGOING))
        .isEmpty();
    assertThat(eco.relations(PAT, RelationType.ACCESSES, org.attune.ecosystem.Direction.OUTGOING))
        .isEmpty();
    assertThat(SdlAxioms.resourceIntegration().check(eco)).isEmpty();
  }

  @Test
  void value_determined_by_the_beneficiary_fails_when_the_providers_model_is_the_only_view() {
    // given: the clinic's model (clinic, pat) stays, pat's own logic (pat, pat) is gone
    ServiceEcosystem eco = PatientCare.withoutPerspective(PatientCare.good(), PAT, PAT);

    // when
    var violations = SdlAxioms.beneficiaryDeterminesValue().check(eco);

    // then
    assertThat(violations).singleElement().satisfies(v -> {
      assertThat(v.elements()).containsExactly(CLINIC, PAT);
      assertThat(v.message())
          .isEqualTo(
              "'clinic' holds a view of 'pat''s logic, but 'pat' has no logic of its own to check"
                  + " it against: only the beneficiary determines value");
    });
  }

  @Test
  void institutional_coordination_fails_once_per_pair_that_shares_no_institution() {
    // given: the clinic leaves both institutions it shared with pat; they SERVE each other both ways
    ServiceEcosystem eco =
        PatientCare.withoutRelations(
            PatientCare.good(),
            r -> r.source().equals(CLINIC)
                && (r.target().equals(PRIVACY) || r.target().equals(SHARED_DECISIONS)));

    // when
    var violations = SdlAxioms.institutionalCoordination().check(eco);

    // then
    assertThat(violations).singleElement().satisfies(v -> {
      assertThat(v.elementIds()).containsExactlyInAnyOrder("clinic", "pat");
      assertThat(v.message()).contains("ADHERE_TO no common institution");
    });
  }

  @Test
  void institutional_coordination_holds_with_a_single_shared_institution() {
    // given: the clinic leaves privacy but keeps shared decision-making
    ServiceEcosystem eco =
        PatientCare.withoutRelations(
            PatientCare.good(), r -> r.source().equals(CLINIC) && r.target().equals(PRIVACY));

    // when / then
    assertThat(SdlAxioms.institutionalCoordination().check(eco)).isEmpty();
  }
}
