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

  private static final Dimension SPEED = Dimension.of("speed");
  private static final Dimension PRICE = Dimension.of("price");
  private static final Dimension CARE = Dimension.of("care");

  /**
   * The customer holds speed (0.5, weight 1) and price (0.25, weight 4): relative weights 0.25 and
   * 1; the other holds price (0.75, weight 2) and care (1.0, weight 1): relative weights 1 and 0.5.
   */
  private static ProfilePicture threeRows() {
    Profile own = Profile.builder().level(SPEED, 0.5).level(PRICE, 0.25).weight(PRICE, 4).build();
    Profile offer = Profile.builder().level(PRICE, 0.75).weight(PRICE, 2).level(CARE, 1.0).build();
    return ProfilePicture.of("Fit", "me", own, "them", offer);
  }

  @Test
  void should_stack_rows_as_thick_as_their_weights_and_size_the_picture_by_them() {
    // given: thickness 4 + 14 × weight: speed 4 + 14 × 0.25 = 7.5, price 4 + 14 × 1 = 18 (the
    // customer's weight, not the other's 1), care 4 + 14 × 0.5 = 11 (the other's, which alone
    // holds it)
    ProfilePicture picture = threeRows();

    // when
    Document svg = Xml.parse(picture.svg());

    // then: each row 2t + 4 + 14 high from y = 70: speed at 70, price at 70 + 33 = 103, care at
    // 103 + 54 = 157, the axis at 157 + 40 = 197; the picture 197 + 40 = 237 high and 190 + 360 +
    // 80 = 630 wide
    assertThat(svg.getDocumentElement().getAttribute("height")).isEqualTo("237.00");
    assertThat(svg.getDocumentElement().getAttribute("width")).isEqualTo("630.00");
    assertThat(bar(svg, "speed", "customer")).containsExactly("190.00", "70.00", "180.00", "7.50");
    assertThat(bar(svg, "price", "customer")).containsExactly("190.00", "103.00", "90.00", "18.00");
    // the other's bar t + 4 below the customer's: price at 103 + 22 = 125, care at 157 + 15 = 172
    assertThat(bar(svg, "price", "other")).containsExactly("190.00", "125.00", "270.00", "18.00");
    assertThat(bar(svg, "care", "other")).containsExactly("190.00", "172.00", "360.00", "11.00");
    assertThat(picture.dimensions()).containsExactly(SPEED, PRICE, CARE);
    assertThat(picture).hasToString("ProfilePicture[dimensions=3]");
  }

  @Test
  void should_write_each_level_beside_its_bar_and_the_weight_beside_the_label() {
    // given
    Document svg = Xml.parse(threeRows().svg());

    // when
    List<String> price =
        Xml.all(row(svg, "price"), "text").stream()
            .map(t -> t.getAttribute("x") + "," + t.getAttribute("y") + " " + t.getTextContent())
            .toList();

    // then: the label right-aligned at 190 − 8 = 182, t + 4 = 22 below the row's top 103; each
    // level 4 right of its bar's end (190 + 90 + 4 = 284, 190 + 270 + 4 = 464) and 1 above its
    // bottom (103 + 18 − 1 = 120, 125 + 18 − 1 = 142)
    assertThat(price)
        .containsExactly(
            "182.00,125.00 price (weight 1.00)", "284.00,120.00 0.25", "464.00,142.00 0.75");
    assertThat(Xml.all(Xml.byClass(row(svg, "price"), "rect", "customer").get(0), "title"))
        .extracting(Element::getTextContent)
        .containsExactly("0.250");
    // a level not held: "not held" at 190 + 4, 1 above where the bar's bottom would be: the
    // other's speed at 70 + 7.5 + 4 + 7.5 − 1 = 88, the customer's care at 157 + 11 − 1 = 167
    assertThat(Xml.byClass(row(svg, "speed"), "text", "missing"))
        .extracting(t -> t.getAttribute("x") + "," + t.getAttribute("y") + " " + t.getTextContent())
        .containsExactly("194.00,88.00 not held");
    assertThat(Xml.byClass(row(svg, "care"), "text", "missing"))
        .extracting(t -> t.getAttribute("x") + "," + t.getAttribute("y"))
        .containsExactly("194.00,167.00");
  }

  @Test
  void should_draw_the_title_the_legend_and_the_axis_in_quarters() {
    // given
    Document svg = Xml.parse(threeRows().svg());

    // when
    Element axis = Xml.byClass(svg, "g", "axis").get(0);
    List<Element> rects = Xml.all(svg.getDocumentElement(), "rect");

    // then: the title at (10, 20); the legend's swatches at (10, 40 − 10) and (10 + 630 / 2,
    // 30), their labels 20 to the right
    assertThat(Xml.texts(svg)).startsWith("Fit", "me", "them");
    assertThat(rects.subList(1, 3))
        .extracting(
            r -> r.getAttribute("x") + "," + r.getAttribute("y") + " " + r.getAttribute("fill"))
        .containsExactly("10.00,30.00 #0072b2", "325.00,30.00 #e69f00");
    assertThat(Xml.all(svg.getDocumentElement(), "text").subList(1, 3))
        .extracting(t -> t.getAttribute("x") + "," + t.getAttribute("y"))
        .containsExactly("30.00,40.00", "345.00,40.00");
    // the axis at y = 197 from 190 to 550; a tick every 360 / 4 = 90 pixels, 5 long, its value
    // 18 below
    assertThat(Xml.all(axis, "line"))
        .extracting(
            l ->
                l.getAttribute("x1")
                    + ","
                    + l.getAttribute("y1")
                    + " "
                    + l.getAttribute("x2")
                    + ","
                    + l.getAttribute("y2"))
        .containsExactly(
            "190.00,197.00 550.00,197.00",
            "190.00,197.00 190.00,202.00",
            "280.00,197.00 280.00,202.00",
            "370.00,197.00 370.00,202.00",
            "460.00,197.00 460.00,202.00",
            "550.00,197.00 550.00,202.00");
    assertThat(Xml.all(axis, "text"))
        .extracting(t -> t.getAttribute("x") + "," + t.getAttribute("y") + " " + t.getTextContent())
        .containsExactly(
            "190.00,215.00 0.00",
            "280.00,215.00 0.25",
            "370.00,215.00 0.50",
            "460.00,215.00 0.75",
            "550.00,215.00 1.00");
  }

  @Test
  void should_reject_a_provider_without_a_model_of_the_customer_by_id() {
    // given: the clinic's model of Alice removed
    var eco =
        PatientAndClinic.builder()
            .removePerspective(PatientAndClinic.CLINIC, PatientAndClinic.ALICE)
            .build();

    // then
    assertThatThrownBy(
            () -> ProfilePicture.model(eco, PatientAndClinic.ALICE, PatientAndClinic.CLINIC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "provider 'clinic' has no model of customer 'alice' in the ecosystem; expected a"
                + " perspective of the provider on the customer");
    assertThat(
            ProfilePicture.model(
                    PatientAndClinic.ecosystem(), PatientAndClinic.ALICE, PatientAndClinic.CLINIC)
                .customer())
        .isEqualTo(PatientAndClinic.ecosystem().perspective(PatientAndClinic.ALICE,
            PatientAndClinic.ALICE).orElseThrow());
  }

  private static List<String> bar(Document svg, String dimension, String side) {
    Element rect = Xml.byClass(row(svg, dimension), "rect", side).get(0);
    return List.of(
        rect.getAttribute("x"),
        rect.getAttribute("y"),
        rect.getAttribute("width"),
        rect.getAttribute("height"));
  }

  private static Element row(Document svg, String dimension) {
    List<Element> rows = Xml.byClass(svg, "g", "dimension");
    return rows.stream()
        .filter(g -> g.getAttribute("data-dimension").equals(dimension))
        .findFirst()
        .orElseThrow();
  }
}
