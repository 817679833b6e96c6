package org.attune.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.attune.ecosystem.Direction;
import org.attune.ecosystem.EcosystemException;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Actor;
import org.attune.model.RelationType;
import org.attune.model.Touchpoint;
import org.attune.model.ValueProposition;
import org.junit.jupiter.api.Test;

class EventLogToEcosystemTest {

  private static final String CSV =
      "case,activity,timestamp,resource,product\n"
          + "c1,apply,2020-01-01T09:00:00Z,ann,loan\n"
          + "c1,sign,2020-01-02T09:00:00Z,ann,loan\n"
          + "c2,apply,2020-01-01T10:00:00Z,bob,card\n";

  @Test
  void should_turn_a_log_into_an_ecosystem_around_its_provider() throws IOException {
    // given
    EventLog log =
        CsvImportTest.read(CSV, CsvColumns.defaults().withResource("resource"), LogMapping.defaults());
    Actor provider = log.provider();
    Actor c1 = Actor.individual("c1", "c1");
    // when
    ServiceEcosystem eco = log.toEcosystem();
    // then: provider + 2 customers + 2 resources + 2 touchpoints + 2 propositions = 9 elements;
    // 2 OFFERS + 2 OPERATES + 2 SERVES + 2 MEMBER_OF = 8 relations
    assertThat(eco.elementCount()).isEqualTo(9);
    assertThat(eco.relationCount()).isEqualTo(8);
    assertThat(eco.neighbours(provider, RelationType.SERVES, Direction.OUTGOING))
        .extracting(e -> e.id())
        .containsExactly("c1", "c2");
    assertThat(eco.neighbours(provider, RelationType.MEMBER_OF, Direction.INCOMING))
        .extracting(e -> e.id())
        .containsExactly("ann", "bob");
    assertThat(eco.elements(Touchpoint.class)).extracting(Touchpoint::id).containsExactly("apply", "sign");
    assertThat(eco.elements(ValueProposition.class))
        .extracting(ValueProposition::id)
        .containsExactly("loan", "card");
    assertThat(eco.episodes()).hasSize(3);
    assertThat(eco.journeys(c1)).singleElement().isEqualTo(log.journeys().get(0));
  }

  @Test
  void should_report_ids_that_clash_across_kinds() throws IOException {
    // given: the resource "c2" has the id of a customer
    String csv = CSV + "c1,close,2020-01-03T09:00:00Z,c2x,loan\n";
    csv = csv.replace("c2x", "loan");
    EventLog log =
        CsvImportTest.read(csv, CsvColumns.defaults().withResource("resource"), LogMapping.defaults());
    assertThat(log.idClashes()).contains("loan");
    // when / then
    assertThatThrownBy(log::toEcosystem)
        .isInstanceOf(EcosystemException.class)
        .hasMessageContaining("duplicate id 'loan'");
  }
}
