package org.attune.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.attune.dominance.CustomerDominance;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Episode;
import org.attune.model.Initiative;
import org.attune.model.Sphere;
import org.attune.model.ValueInUse;
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

  @Test
  void should_stack_the_rows_and_place_bars_labels_and_legend_by_the_layout() {
    // given: three rows, each 74 high from y = 56
    Document svg = Xml.parse(orchestra().svg());

    // when
    List<Element> rows = Xml.byClass(svg, "g", "row");

    // then: 170 + 480 + 250 = 900 wide, 56 + 3 × 74 + 50 = 328 high
    assertThat(svg.getDocumentElement().getAttribute("width")).isEqualTo("900.00");
    assertThat(svg.getDocumentElement().getAttribute("height")).isEqualTo("328.00");
    assertThat(Xml.texts(svg))
        .startsWith(
            "Where value forms, and who conducts",
            "Share of the customer's value-in-use by sphere; the customer's share of initiative");
    // co-creation, the second row at y = 56 + 74 = 130: its label right-aligned at 170 − 10 =
    // 160, 21 down; its bars 6 down, provider 0.1 × 480 = 48 from 170, joint 0.8 × 480 = 384 from
    // 218, customer 48 from 602; each share's percent in white at its middle, 22 down; the index
    // 12 right of the bar's end (170 + 480 + 12 = 662); who conducts 48 down
    assertThat(Xml.all(rows.get(1), "text"))
        .extracting(t -> t.getAttribute("x") + "," + t.getAttribute("y") + " " + t.getTextContent())
        .containsExactly(
            "160.00,151.00 co-creation",
            "194.00,152.00 10%",
            "410.00,152.00 80%",
            "626.00,152.00 10%",
            "662.00,152.00 index 0.50, co-creation",
            "170.00,178.00 customer initiated 1 of 4 episodes; provider side conducts;"
                + " arrangement co-creation-led-by-provider");
    assertThat(Xml.byClass(rows.get(1), "rect", "share"))
        .extracting(
            r ->
                r.getAttribute("x")
                    + ","
                    + r.getAttribute("y")
                    + " "
                    + r.getAttribute("width")
                    + " "
                    + r.getAttribute("fill")
                    + " "
                    + Xml.all(r, "title").get(0).getTextContent())
        .containsExactly(
            "170.00,136.00 48.00 #d55e00 provider sphere 10%",
            "218.00,136.00 384.00 #009e73 joint sphere 80%",
            "602.00,136.00 48.00 #0072b2 customer sphere 10%");
    assertThat(Xml.all(rows.get(0), "text").get(3).getTextContent())
        .isEqualTo("index 0.05, provider-dominant");
    // the legend 14 below the last row (56 + 3 × 74 + 14 = 292), an entry every 150 from 170
    Element legend = Xml.byClass(svg, "g", "legend").get(0);
    assertThat(Xml.all(legend, "rect"))
        .extracting(
            r -> r.getAttribute("x") + "," + r.getAttribute("y") + " " + r.getAttribute("fill"))
        .containsExactly("170.00,292.00 #d55e00", "320.00,292.00 #009e73", "470.00,292.00 #0072b2");
    assertThat(Xml.all(legend, "text"))
        .extracting(t -> t.getAttribute("x") + "," + t.getAttribute("y") + " " + t.getTextContent())
        .containsExactly(
            "190.00,304.00 provider sphere",
            "340.00,304.00 joint sphere",
            "490.00,304.00 customer sphere");
  }

  @Test
  void should_write_no_percent_on_a_share_narrower_than_40_pixels() {
    // given: provider 0.95 of Pat's value-in-use, customer 0.05: 0.05 × 480 = 24 pixels
    ServiceEcosystem eco =
        initiative(2, 2)
            .valueInUse(ValueInUse.of(Orchestra.PAT, Sphere.PROVIDER, 0.95, Orchestra.CLINIC))
            .valueInUse(ValueInUse.of(Orchestra.PAT, Sphere.CUSTOMER, 0.05))
            .build();

    // when
    Document svg =
        Xml.parse(picture("thin", eco).svg());

    // then: 95% at the middle of the first (170 + 456 / 2 = 398), none on the second
    Element row = Xml.byClass(svg, "g", "row").get(0);
    assertThat(Xml.byClass(row, "rect", "share"))
        .extracting(r -> r.getAttribute("x") + " " + r.getAttribute("width"))
        .containsExactly("170.00 456.00", "626.00 24.00");
    assertThat(Xml.all(row, "text"))
        .extracting(Element::getTextContent)
        .filteredOn(t -> t.endsWith("%"))
        .containsExactly("95%");
    assertThat(Xml.all(row, "text").get(1).getAttribute("x")).isEqualTo("398.00");
  }

  @Test
  void should_say_when_neither_side_conducts_alone_though_the_value_is_undefined() {
    // given: Pat and the clinic each initiated two episodes; no value-in-use
    ServiceEcosystem eco = initiative(2, 2).build();

    // when
    Document svg =
        Xml.parse(picture("even", eco).svg());

    // then: the grey bar 480 wide from 170, 6 down from 56; the reason 8 right of its start
    Element row = Xml.byClass(svg, "g", "row").get(0);
    assertThat(Xml.byClass(row, "rect", "undefined"))
        .extracting(
            r -> r.getAttribute("x") + "," + r.getAttribute("y") + " " + r.getAttribute("width"))
        .containsExactly("170.00,62.00 480.00");
    assertThat(Xml.all(row, "text").get(1))
        .satisfies(t -> assertThat(t.getAttribute("x")).isEqualTo("178.00"))
        .satisfies(t -> assertThat(t.getAttribute("y")).isEqualTo("78.00"))
        .satisfies(t -> assertThat(t.getTextContent()).startsWith("undefined: 'pat'"));
    assertThat(Xml.byClass(row, "text", "control").get(0).getTextContent())
        .isEqualTo("customer initiated 2 of 4 episodes; neither side conducts alone");
    assertThat(picture("even", eco).rows())
        .extracting(DominancePicture.Row::label)
        .containsExactly("even");
  }

  @Test
  void should_write_the_percent_on_a_share_exactly_40_pixels_wide() {
    // given: provider 0.6875, customer 0.0625 of 0.75: 480 × 0.0625 / 0.75 = 40 pixels, the
    // narrowest that holds its percent, 0.0625 / 0.75 = 8.33%, written 8%
    ServiceEcosystem eco =
        initiative(2, 2)
            .valueInUse(ValueInUse.of(Orchestra.PAT, Sphere.PROVIDER, 0.6875, Orchestra.CLINIC))
            .valueInUse(ValueInUse.of(Orchestra.PAT, Sphere.CUSTOMER, 0.0625))
            .build();

    // when
    Document svg =
        Xml.parse(picture("edge", eco).svg());

    // then: 480 × 0.6875 / 0.75 = 440 from 170, then 40 from 610, its percent at 610 + 20 = 630
    Element row = Xml.byClass(svg, "g", "row").get(0);
    assertThat(Xml.byClass(row, "rect", "share"))
        .extracting(r -> r.getAttribute("x") + " " + r.getAttribute("width"))
        .containsExactly("170.00 440.00", "610.00 40.00");
    assertThat(Xml.all(row, "text"))
        .extracting(t -> t.getAttribute("x") + " " + t.getTextContent())
        .filteredOn(t -> t.endsWith("%"))
        .containsExactly("390.00 92%", "630.00 8%");
  }

  /** {@return a picture of one row, Pat's reading in {@code eco}} */
  private static DominancePicture picture(String label, ServiceEcosystem eco) {
    return DominancePicture.of(
        List.of(DominancePicture.Row.of(label, CustomerDominance.of(eco, Orchestra.PAT))));
  }

  /** The cast with Pat's episodes at the desk, one a day: the clinic's first, then hers. */
  private static ServiceEcosystem.Builder initiative(int byClinic, int byPat) {
    ServiceEcosystem.Builder b = Orchestra.cast();
    Instant t0 = Instant.parse("2026-03-02T09:00:00Z");
    for (int i = 0; i < byClinic + byPat; i++) {
      b.episode(
          Episode.builder(Orchestra.PAT, Orchestra.DESK, t0.plusSeconds(86_400L * i))
              .initiative(i < byClinic ? Initiative.PROVIDER : Initiative.CUSTOMER)
              .build());
    }
    return b;
  }
}
