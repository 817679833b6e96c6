package org.attune.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Activity;
import org.attune.model.Actor;
import org.attune.model.Element;
import org.attune.model.RelationType;
import org.attune.testlib.scenario.BankAndCustomers;
import org.attune.testlib.scenario.PatientAndClinic;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class EcosystemPictureTest {

  @Test
  void should_draw_one_node_per_element_of_the_customer_ecosystem() {
    // given
    ServiceEcosystem eco = PatientAndClinic.ecosystem();
    ServiceEcosystem around = eco.around(PatientAndClinic.ALICE, 2);

    // when
    Document svg = Xml.parse(EcosystemPicture.of(eco, PatientAndClinic.ALICE, 2).svg());

    // then
    List<String> ids =
        Xml.byClass(svg, "g", "node").stream().map(n -> n.getAttribute("data-id")).toList();
    assertThat(ids).hasSize(around.elementCount());
    assertThat(ids)
        .containsExactlyInAnyOrderElementsOf(around.elements().stream().map(Element::id).toList());
  }

  @Test
  void should_draw_one_edge_per_relation_of_the_customer_ecosystem_of_each_bank_customer() {
    for (Actor customer : BankAndCustomers.CUSTOMERS) {
      // given
      ServiceEcosystem eco = BankAndCustomers.ecosystem();
      ServiceEcosystem around = eco.around(customer, ServiceEcosystem.DEFAULT_RADIUS);

      // when
      Document svg = Xml.parse(EcosystemPicture.of(eco, customer).svg());

      // then
      assertThat(Xml.byClass(svg, "g", "node")).hasSize(around.elementCount());
      assertThat(Xml.byClass(svg, "line", "edge")).hasSize(around.relationCount());
    }
  }

  @Test
  void should_draw_only_the_customer_at_radius_zero() {
    // when
    Document svg =
        Xml.parse(
            EcosystemPicture.of(PatientAndClinic.ecosystem(), PatientAndClinic.ALICE, 0).svg());

    // then
    assertThat(Xml.byClass(svg, "g", "node"))
        .singleElement()
        .satisfies(n -> assertThat(n.getAttribute("data-id")).isEqualTo("alice"));
    assertThat(Xml.byClass(svg, "line", "edge")).isEmpty();
  }

  @Test
  void should_widen_an_edge_by_the_strength_of_its_relation() {
    // given
    Document svg =
        Xml.parse(
            EcosystemPicture.of(PatientAndClinic.ecosystem(), PatientAndClinic.ALICE, 1).svg());

    // when
    String measuring = width(svg, "alice", "measuring");
    String cooking = width(svg, "alice", "cooking");

    // then: 0.75 + 3.25 × 1.0 = 4.00; 0.75 + 3.25 × 0.5 = 2.375, written 2.38
    assertThat(measuring).isEqualTo("4.00");
    assertThat(cooking).isEqualTo("2.38");
  }

  private static String width(Document svg, String source, String target) {
    return Xml.byClass(svg, "line", "edge").stream()
        .filter(e -> e.getAttribute("data-source").equals(source))
        .filter(e -> e.getAttribute("data-target").equals(target))
        .findFirst()
        .orElseThrow()
        .getAttribute("stroke-width");
  }

  @Test
  void should_give_each_kind_its_own_class_and_shape() {
    // when
    Document svg =
        Xml.parse(
            EcosystemPicture.of(PatientAndClinic.ecosystem(), PatientAndClinic.ALICE, 2).svg());

    // then: the clinic is an actor (circle), privacy an institution (a four-cornered polygon)
    assertThat(Xml.byClass(svg, "g", "kind-actor"))
        .anySatisfy(n -> assertThat(n.getAttribute("data-id")).isEqualTo("clinic"))
        .allSatisfy(n -> assertThat(Xml.all(n, "circle")).hasSize(1));
    assertThat(Xml.byClass(svg, "g", "kind-institution"))
        .anySatisfy(n -> assertThat(n.getAttribute("data-id")).isEqualTo("privacy"))
        .allSatisfy(
            n ->
                assertThat(Xml.all(n, "polygon").get(0).getAttribute("points").split(" "))
                    .hasSize(4));
    assertThat(Xml.texts(svg)).contains("Actor", "Institution", "Value proposition", "1 step");
  }

  @Test
  void should_label_by_id_and_by_name_only_when_asked() {
    // given
    EcosystemPicture byId =
        EcosystemPicture.of(PatientAndClinic.ecosystem(), PatientAndClinic.ALICE, 2);

    // when
    String ids = byId.svg();
    String names = byId.withNames().svg();

    // then
    assertThat(Xml.texts(Xml.parse(ids))).contains("alice", "clinic").doesNotContain("Alice");
    assertThat(ids).doesNotContain("City Clinic");
    assertThat(Xml.texts(Xml.parse(names))).contains("Alice", "City Clinic");
    assertThat(byId.labelsByName()).isFalse();
    assertThat(byId.withNames().labelsByName()).isTrue();
    assertThat(byId.withNames())
        .hasToString("EcosystemPicture[customer=alice, radius=2, labels=names]");
  }

  @Test
  void should_escape_ids_that_hold_markup() {
    // given
    Actor odd = Actor.individual("<a&b \"c\" 'd'>", "x");
    Activity task = Activity.of("t&<>", "task");
    ServiceEcosystem eco =
        ServiceEcosystem.builder().add(odd, task).relate(odd, RelationType.PERFORMS, task).build();

    // when
    String raw = EcosystemPicture.of(eco, odd, 1).svg();
    Document svg = Xml.parse(raw);

    // then
    assertThat(Xml.byClass(svg, "g", "node"))
        .extracting(n -> n.getAttribute("data-id"))
        .containsExactlyInAnyOrder("<a&b \"c\" 'd'>", "t&<>");
    assertThat(Xml.texts(svg)).contains("<a&b \"c\" 'd'>", "t&<>");
    assertThat(raw).contains("data-id=\"&lt;a&amp;b &quot;c&quot; &apos;d&apos;&gt;\"");
  }

  @Test
  void should_cut_a_long_label_short_and_keep_it_whole_in_the_title() {
    // given
    String id = "a-very-long-identifier-of-thirty";
    ServiceEcosystem eco = ServiceEcosystem.builder().add(Actor.individual(id, "x")).build();

    // when
    Document svg = Xml.parse(EcosystemPicture.of(eco, Actor.individual(id, "x"), 1).svg());

    // then: 21 characters and an ellipsis
    assertThat(Xml.texts(svg)).contains("a-very-long-identifie\u2026");
    assertThat(Xml.all(Xml.byClass(svg, "g", "node").get(0), "title").get(0).getTextContent())
        .isEqualTo(id);
  }

  @Test
  void should_give_the_same_bytes_for_the_same_input() {
    // when
    String first = EcosystemPicture.of(BankAndCustomers.ecosystem(), BankAndCustomers.MAYA).svg();
    String second = EcosystemPicture.of(BankAndCustomers.ecosystem(), BankAndCustomers.MAYA).svg();

    // then
    assertThat(second).isEqualTo(first);
  }

  @Test
  void should_reject_a_customer_outside_the_ecosystem_and_a_negative_radius() {
    ServiceEcosystem eco = PatientAndClinic.ecosystem();
    assertThatThrownBy(() -> EcosystemPicture.of(eco, BankAndCustomers.MAYA, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maya");
    assertThatThrownBy(() -> EcosystemPicture.of(eco, PatientAndClinic.ALICE, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }
}
