package org.attune.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.attune.model.Dimension;
import org.attune.model.Profile;
import org.attune.testlib.scenario.BankAndCustomers;
import org.attune.testlib.scenario.PatientAndClinic;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ProfilePictureTest {

  @Test
  void should_draw_a_row_per_dimension_and_a_bar_per_level_held() {
    // given: Alice holds functional, emotional, economic; the offering functional, emotional,
    // social
    ProfilePicture picture =
        ProfilePicture.offering(
            PatientAndClinic.ecosystem(), PatientAndClinic.ALICE, PatientAndClinic.CLINIC);

    // when
    Document svg = Xml.parse(picture.svg());

    // then: four rows; three bars each side; economic not offered, social not held by Alice
    assertThat(Xml.byClass(svg, "g", "dimension"))
        .extracting(g -> g.getAttribute("data-dimension"))
        .containsExactly("functional", "emotional", "economic", "social");
    assertThat(Xml.byClass(svg, "rect", "customer")).hasSize(3);
    assertThat(Xml.byClass(svg, "rect", "other")).hasSize(3);
    assertThat(Xml.byClass(row(svg, "economic"), "rect", "other")).isEmpty();
    assertThat(Xml.byClass(row(svg, "economic"), "text", "missing")).hasSize(1);
    assertThat(Xml.byClass(row(svg, "social"), "rect", "customer")).isEmpty();
    assertThat(Xml.texts(svg)).contains("alice: own logic", "clinic: offering");
  }

  @Test
  void should_make_a_row_as_thick_as_its_weight_in_the_customers_logic() {
    // given: functional weighs 2, the others 1: relative weights 1 and 0.5
    Document svg =
        Xml.parse(
            ProfilePicture.offering(
                    PatientAndClinic.ecosystem(), PatientAndClinic.ALICE, PatientAndClinic.CLINIC)
                .svg());

    // when
    Element functional = Xml.byClass(row(svg, "functional"), "rect", "customer").get(0);
    Element emotional = Xml.byClass(row(svg, "emotional"), "rect", "customer").get(0);

    // then: 4 + 14 × 1 = 18; 4 + 14 × 0.5 = 11
    assertThat(functional.getAttribute("height")).isEqualTo("18.00");
    assertThat(emotional.getAttribute("height")).isEqualTo("11.00");
    assertThat(Xml.texts(svg)).contains("functional (weight 1.00)", "emotional (weight 0.50)");
  }

  @Test
  void should_draw_a_bar_as_long_as_its_level() {
    // given: the scale runs from 0 to 1 over 360 pixels
    Document svg =
        Xml.parse(
            ProfilePicture.offering(
                    PatientAndClinic.ecosystem(), PatientAndClinic.ALICE, PatientAndClinic.CLINIC)
                .svg());

    // when
    Element own = Xml.byClass(row(svg, "functional"), "rect", "customer").get(0);
    Element offered = Xml.byClass(row(svg, "functional"), "rect", "other").get(0);

    // then: 0.9 × 360 = 324; 0.8 × 360 = 288
    assertThat(own.getAttribute("width")).isEqualTo("324.00");
    assertThat(offered.getAttribute("width")).isEqualTo("288.00");
  }

  @Test
  void should_set_the_customers_logic_against_the_providers_model_of_it() {
    // when: the model holds functional and emotional
    ProfilePicture picture =
        ProfilePicture.model(
            PatientAndClinic.ecosystem(), PatientAndClinic.ALICE, PatientAndClinic.CLINIC);
    Document svg = Xml.parse(picture.svg());

    // then
    assertThat(picture.other()).isEqualTo(PatientAndClinic.MODEL);
    assertThat(Xml.byClass(svg, "g", "dimension")).hasSize(3);
    assertThat(Xml.byClass(svg, "rect", "other")).hasSize(2);
    assertThat(Xml.texts(svg)).contains("clinic: model of alice");
  }

  @Test
  void should_escape_dimension_names_and_labels() {
    // given
    Dimension odd = Dimension.of("<speed & \"ease\">");
    Profile own = Profile.builder().level(odd, 0.5).build();

    // when
    String raw = ProfilePicture.of("a & b", "<me>", own, "'them'", own).svg();
    Document svg = Xml.parse(raw);

    // then
    assertThat(Xml.byClass(svg, "g", "dimension").get(0).getAttribute("data-dimension"))
        .isEqualTo("<speed & \"ease\">");
    assertThat(Xml.texts(svg)).contains("a & b", "<me>", "'them'");
    assertThat(raw).contains("&lt;me&gt;");
  }

  @Test
  void should_reject_a_provider_without_offering_and_a_customer_without_logic_by_id() {
    // given: the clinic's offering removed; the pharmacy holds no logic of its own
    var eco =
        PatientAndClinic.builder()
            .removePerspective(PatientAndClinic.CLINIC, PatientAndClinic.CLINIC)
            .build();

    // then
    assertThatThrownBy(
            () -> ProfilePicture.offering(eco, PatientAndClinic.ALICE, PatientAndClinic.CLINIC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "provider 'clinic' has no offering (perspective of itself) in the ecosystem;"
                + " expected one to draw against the customer's logic");
    assertThatThrownBy(
            () ->
                ProfilePicture.offering(
                    PatientAndClinic.ecosystem(),
                    PatientAndClinic.PHARMACY,
                    PatientAndClinic.CLINIC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "customer 'pharmacy' has no own logic (perspective of itself) in the ecosystem;"
                + " expected one to draw");
  }

  @Test
  void should_give_the_same_bytes_for_the_same_input() {
    // when
    String first =
        ProfilePicture.offering(
                BankAndCustomers.ecosystem(), BankAndCustomers.MAYA, BankAndCustomers.BANK)
            .svg();
    String second =
        ProfilePicture.offering(
                BankAndCustomers.ecosystem(), BankAndCustomers.MAYA, BankAndCustomers.BANK)
            .svg();

    // then
    assertThat(second).isEqualTo(first);
    assertThat(Xml.byClass(Xml.parse(first), "g", "dimension")).isNotEmpty();
  }

  private static Element row(Document svg, String dimension) {
    List<Element> rows = Xml.byClass(svg, "g", "dimension");
    return rows.stream()
        .filter(g -> g.getAttribute("data-dimension").equals(dimension))
        .findFirst()
        .orElseThrow();
  }
}
