package org.attune.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.testlib.scenario.PatientCare.CLINIC;
import static org.attune.testlib.scenario.PatientCare.FAMILY;
import static org.attune.testlib.scenario.PatientCare.LAB;
import static org.attune.testlib.scenario.PatientCare.PAT;

import java.util.stream.Stream;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Sphere;
import org.attune.testlib.scenario.PatientCare;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CdlFoundationsTest {

  static Stream<Rule> foundations() {
    return CdlFoundations.all().rules().stream();
  }

  @ParameterizedTest
  @MethodSource("foundations")
  void every_foundation_holds_on_the_patient_ecosystem(Rule foundation) {
    // given
    ServiceEcosystem eco = PatientCare.good();

    // when
    var violations = foundation.check(eco);

    // then
    assertThat(violations).as(foundation.id()).isEmpty();
  }

  @Test
  void four_of_the_five_foundations_are_rules_the_stance_is_not() {
    // when
    RuleSet all = CdlFoundations.all();

    // then: "marketing as a business perspective" (foundation 1) is a stance, not a rule
    assertThat(all.rules())
        .extracting(Rule::id)
        .containsExactly(
            "cdl.customer-logic-central",
            "cdl.customer-lens",
            "cdl.value-formation",
            "cdl.customer-ecosystems");
    assertThat(all.rules())
        .extracting(Rule::source)
        .containsExactly(
            "Heinonen & Strandvik (2015), foundation 2 of 5",
            "Heinonen & Strandvik (2015), foundation 3 of 5",
            "Heinonen & Strandvik (2015), foundation 4 of 5",
            "Heinonen & Strandvik (2015), foundation 5 of 5");
    assertThat(all.rules()).extracting(Rule::statement).noneMatch(s -> s.contains("marketing"));
  }

  @Test
  void customer_logic_central_fails_for_a_served_customer_without_a_logic_of_its_own() {
    // given
    ServiceEcosystem eco = PatientCare.withoutPerspective(PatientCare.good(), PAT, PAT);

    // when
    var violations = CdlFoundations.customerLogicCentral().check(eco);

    // then
    assertThat(violations).singleElement().satisfies(v -> {
      assertThat(v.elements()).containsExactly(PAT, CLINIC);
      assertThat(v.message())
          .isEqualTo(
              "'pat' is served by ['clinic'] but has no logic of its own (pat, pat): CDL starts"
                  + " from the customer's logic");
    });
  }

  @Test
  void customer_logic_central_asks_nothing_of_an_actor_nobody_serves() {
    // given: the lab and the family are served by nobody and have no logic recorded
    ServiceEcosystem eco = PatientCare.good();

    // then
    assertThat(eco.perspective(LAB, LAB)).isEmpty();
    assertThat(CdlFoundations.customerLogicCentral().check(eco)).isEmpty();
  }

  @Test
  void customer_lens_fails_when_a_provider_holds_no_model_of_a_customer_it_serves() {
    // given
    ServiceEcosystem eco = PatientCare.withoutPerspective(PatientCare.good(), CLINIC, PAT);

    // when
    var violations = CdlFoundations.customerLens().check(eco);

    // then
    assertThat(violations).singleElement().satisfies(v -> {
      assertThat(v.elements()).containsExactly(CLINIC, PAT);
      assertThat(v.message()).contains("holds no model (clinic, pat)");
    });
  }

  @Test
  void value_formation_fails_when_all_value_lies_in_the_provider_and_joint_spheres() {
    // given: only the joint value of measuring is left
    ServiceEcosystem eco =
        PatientCare.withoutValueInUse(PatientCare.good(), v -> v.sphere() == Sphere.CUSTOMER);

    // when
    var violations = CdlFoundations.valueFormation().check(eco);

    // then
    assertThat(violations).singleElement().satisfies(v -> {
      assertThat(v.elements()).containsExactly(PAT);
      assertThat(v.message()).startsWith("all 1 value-in-use of 'pat' lies in the provider or joint");
    });
  }

  @Test
  void value_formation_does_not_count_missing_records_as_evidence() {
    // given: no value-in-use at all
    ServiceEcosystem eco = PatientCare.withoutValueInUse(PatientCare.good(), v -> true);

    // when / then
    assertThat(CdlFoundations.valueFormation().check(eco)).isEmpty();
  }

  @Test
  void customer_ecosystems_fail_when_only_providers_and_their_network_surround_the_customer() {
    // given: the family drops out of pat's life; the lab is within two hops, but only through the
    // clinic, pat's provider
    ServiceEcosystem eco =
        PatientCare.withoutRelations(
            PatientCare.good(), r -> r.source().equals(FAMILY) || r.target().equals(FAMILY));

    // when
    var violations = CdlFoundations.customerEcosystems().check(eco);

    // then
    assertThat(eco.around(PAT, 2).actors()).contains(LAB);
    assertThat(violations).singleElement().satisfies(v -> {
      assertThat(v.elements()).containsExactly(PAT, CLINIC);
      assertThat(v.message())
          .isEqualTo(
              "the ecosystem of 'pat' holds no actor beyond its providers ['clinic']: a customer's"
                  + " ecosystem reaches past the firms that serve it");
    });
  }

  @Test
  void customer_ecosystems_count_an_actor_reached_through_an_activity() {
    // given: the family no longer INFLUENCES pat directly, but still SUPPORTS pat's cooking
    ServiceEcosystem eco =
        PatientCare.withoutRelations(
            PatientCare.good(),
            r -> r.source().equals(FAMILY) && r.target().equals(PAT));

    // when / then
    assertThat(CdlFoundations.customerEcosystems().check(eco)).isEmpty();
  }
}
