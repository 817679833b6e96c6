package org.attune.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.attune.dominance.CustomerDominance;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.testlib.scenario.Orchestra;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class DominancePictureTest {

  private static DominancePicture orchestra() {
    return DominancePicture.of(List.of(
        DominancePicture.Row.of("provider-dominant",
            CustomerDominance.of(Orchestra.providerDominant(), Orchestra.PAT)),
        DominancePicture.Row.of("co-creation",
            CustomerDominance.of(Orchestra.coCreation(), Orchestra.PAT)),
        DominancePicture.Row.of("customer-dominant",
            CustomerDominance.of(Orchestra.customerDominant(), Orchestra.PAT))));
  }

  @Test
  void should_split_each_bar_into_the_spheres_where_the_value_forms() {
    // when
    Document svg = Xml.parse(orchestra().svg());

    // then
    List<Element> rows = Xml.byClass(svg, "g", "row");
    assertThat(rows).extracting(r -> r.getAttribute("data-label"))
        .containsExactly("provider-dominant", "co-creation", "customer-dominant");
    // provider-dominant: PROVIDER 0.6 + 0.3 = 0.9 of 1.0 → 0.9 × 480 = 432 px; JOINT 0.1 → 48 px
    List<Element> first = Xml.byClass(rows.get(0), "rect", "share");
    assertThat(first).extracting(r -> r.getAttribute("data-sphere"))
        .containsExactly("PROVIDER", "JOINT");
    assertThat(first).extracting(r -> r.getAttribute("width")).containsExactly("432.00", "48.00");
    assertThat(first).extracting(r -> r.getAttribute("x")).containsExactly("170.00", "602.00");
    // customer-dominant: |0.5| + |−0.3| = 0.8 of 1.0 customer → 0.8; 0.2 joint; no provider share
    List<Element> last = Xml.byClass(rows.get(2), "rect", "share");
    assertThat(last).extracting(r -> r.getAttribute("data-sphere"))
        .containsExactly("JOINT", "CUSTOMER");
    assertThat(last).extracting(r -> r.getAttribute("data-share"))
        .containsExactly("0.2000", "0.8000");
    assertThat(Xml.byClass(rows.get(2), "text", "control").get(0).getTextContent())
        .isEqualTo("customer initiated 3 of 4 episodes; customer side conducts;"
            + " arrangement customer-dominant");
  }

  @Test
  void should_say_why_a_reading_is_undefined() {
    // given: the cast without any value-in-use or episode
    ServiceEcosystem empty = Orchestra.cast().build();

    // when
    Document svg = Xml.parse(DominancePicture.of(List.of(
        DominancePicture.Row.of("nothing recorded", CustomerDominance.of(empty, Orchestra.PAT))))
        .svg());

    // then
    Element row = Xml.byClass(svg, "g", "row").get(0);
    assertThat(Xml.byClass(row, "rect", "share")).isEmpty();
    assertThat(Xml.byClass(row, "rect", "undefined")).hasSize(1);
    assertThat(Xml.texts(svg)).anySatisfy(t -> assertThat(t).startsWith("undefined: "))
        .anySatisfy(t -> assertThat(t).startsWith("who conducts is unknown: "));
  }

  @Test
  void should_give_the_same_bytes_for_the_same_readings() {
    assertThat(orchestra().svg()).isEqualTo(orchestra().svg());
    assertThat(orchestra()).hasToString(
        "DominancePicture[provider-dominant, co-creation, customer-dominant]");
  }

  @Test
  void should_refuse_no_rows() {
    assertThatThrownBy(() -> DominancePicture.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rows must hold at least one row, but was empty");
    assertThatThrownBy(() -> DominancePicture.Row.of("x", null))
        .isInstanceOf(NullPointerException.class).hasMessage("dominance");
  }
}
