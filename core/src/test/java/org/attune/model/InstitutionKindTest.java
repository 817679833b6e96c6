package org.attune.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of institution belongs to one of Scott's (2014) pillars. */
class InstitutionKindTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "RULE,     REGULATIVE",
    "NORM,     NORMATIVE",
    "VALUE,    NORMATIVE",
    "ROLE,     NORMATIVE",
    "BELIEF,   CULTURAL_COGNITIVE",
    "PRACTICE, CULTURAL_COGNITIVE",
  })
  void should_belong_to_its_pillar(InstitutionKind kind, ScottPillar pillar) {
    assertThat(kind.pillar()).isEqualTo(pillar);
  }

  @Test
  void should_map_every_kind_and_reach_every_pillar() {
    // the six rows above are all the kinds there are
    assertThat(EnumSet.allOf(InstitutionKind.class))
        .containsExactly(
            InstitutionKind.RULE,
            InstitutionKind.NORM,
            InstitutionKind.VALUE,
            InstitutionKind.ROLE,
            InstitutionKind.BELIEF,
            InstitutionKind.PRACTICE);
    assertThat(EnumSet.allOf(InstitutionKind.class).stream().map(InstitutionKind::pillar))
        .containsOnly(ScottPillar.values());
  }

  @Test
  void an_institution_should_keep_its_kind_and_so_its_pillar() {
    Institution patient = Institution.of("patient", "Patient role", InstitutionKind.ROLE);
    assertThat(patient.kind().pillar()).isEqualTo(ScottPillar.NORMATIVE);
  }
}
