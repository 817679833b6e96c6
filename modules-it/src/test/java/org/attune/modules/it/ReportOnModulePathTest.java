package org.attune.modules.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Actor;
import org.attune.model.Dimension;
import org.attune.model.Profile;
import org.attune.model.RelationType;
import org.attune.report.EcosystemPicture;
import org.attune.report.HtmlReport;
import org.attune.report.ProfilePicture;
import org.junit.jupiter.api.Test;

/** The report module on the module path: a named module that needs the API alone. */
class ReportOnModulePathTest {

  private static final Actor ALICE = Actor.individual("alice", "Alice");
  private static final Actor CLINIC = Actor.organisation("clinic", "City Clinic");
  private static final ServiceEcosystem ECO = ServiceEcosystem.builder()
      .add(ALICE, CLINIC)
      .relate(CLINIC, RelationType.SERVES, ALICE, 0.8)
      .perspective(ALICE, ALICE, Profile.builder().level(Dimension.FUNCTIONAL, 0.9).build())
      .perspective(CLINIC, CLINIC, Profile.builder().level(Dimension.FUNCTIONAL, 0.7).build())
      .build();

  @Test
  void the_report_module_is_a_named_module_that_reads_only_the_api_of_attune() {
    Module report = HtmlReport.class.getModule();
    assertThat(report.getName()).isEqualTo("org.attune.report");
    assertThat(report.getDescriptor().isAutomatic()).isFalse();
    assertThat(report.getDescriptor().requires()).extracting(r -> r.name())
        .filteredOn(n -> n.startsWith("org.attune"))
        .containsExactly("org.attune.api");
  }

  @Test
  void pictures_are_drawn_and_set_in_a_page_across_module_boundaries() {
    // when
    HtmlReport page = HtmlReport.builder("Alice")
        .section("Her ecosystem")
        .panel("fit", List.of(
            HtmlReport.Figure.of("ecosystem", "Alice's ecosystem",
                EcosystemPicture.of(ECO, ALICE).svg()),
            HtmlReport.Figure.of("offering", "Her logic against the offering",
                ProfilePicture.offering(ECO, ALICE, CLINIC).svg())))
        .build();

    // then
    assertThat(page.html()).contains("<figure id=\"figure-ecosystem\">", "data-id=\"alice\"",
        "data-dimension=\"functional\"");
  }
}
