package org.attune.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.testlib.scenario.PatientCare.CLINIC;
import static org.attune.testlib.scenario.PatientCare.PAT;

import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Aspect;
import org.attune.model.Dimension;
import org.attune.model.Profile;
import org.attune.testlib.scenario.PatientCare;
import org.junit.jupiter.api.Test;

/** The rules over perspectives, where a pair of actors holds perspectives of several aspects. */
class AspectsInRulesTest {

  @Test
  void value_determined_by_the_beneficiary_fails_once_per_pair_whatever_the_aspects_held() {
    // given: the clinic's model of pat, and what it expects of and perceived in pat; pat's own
    // logic is gone
    Profile view = Profile.builder().level(Dimension.FUNCTIONAL, 0.5).build();
    ServiceEcosystem eco = PatientCare.withoutPerspective(PatientCare.good(), PAT, PAT).toBuilder()
        .perspective(CLINIC, PAT, Aspect.EXPECTED, view)
        .perspective(CLINIC, PAT, Aspect.PERCEIVED, view)
        .build();

    // when
    var violations = SdlAxioms.beneficiaryDeterminesValue().check(eco);

    // then: one violation for the pair (clinic, pat), not one per aspect
    assertThat(violations).singleElement().satisfies(
        v -> assertThat(v.elements()).containsExactly(CLINIC, PAT));
  }
}
