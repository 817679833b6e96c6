package org.attune.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.attune.journey.DirectlyFollowsGraph;
import org.attune.model.Journey;
import org.attune.testlib.scenario.Journeys;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class FollowsPictureTest {

  private static final List<Journey> JOURNEYS =
      List.of(
          Journeys.journey("c1", "ad@0", "app@5", "shop@10"),
          Journeys.journey("c2", "ad@0", "app@5", "app@8", "shop@10"),
          Journeys.journey("c3", "review@0", "shop@5", "app@9"));

  @Test
  void should_draw_one_node_per_touchpoint_and_one_edge_per_transition_with_its_count() {
    // given: ad > app twice, app > shop twice, app > app, review > shop, shop > app once each
    DirectlyFollowsGraph graph = DirectlyFollowsGraph.of(JOURNEYS);

    // when
    Document svg = Xml.parse(FollowsPicture.of(graph).svg());

    // then
    assertThat(Xml.byClass(svg, "g", "node"))
        .extracting(n -> n.getAttribute("data-id"))
        .containsExactly("ad", "app", "shop", "review");
    List<Element> edges = Xml.byClass(svg, "g", "edge");
    assertThat(edges).hasSize(graph.transitions().size()).hasSize(5);
    assertThat(edges)
        .extracting(
            e ->
                e.getAttribute("data-source")
                    + ">"
                    + e.getAttribute("data-target")
                    + "="
                    + Xml.byClass(e, "text", "count").get(0).getTextContent())
        .containsExactly("ad>app=2", "app>shop=2", "app>app=1", "review>shop=1", "shop>app=1");
  }

  @Test
  void should_draw_only_the_transitions_met_at_least_the_minimum_and_what_they_reach() {
    // given: ad > app and app > shop twice; ad > call and call > shop once; call is reached only
    // through a transition met once
    DirectlyFollowsGraph graph = DirectlyFollowsGraph.of(List.of(
        Journeys.journey("c1", "ad@0", "app@5", "shop@10"),
        Journeys.journey("c2", "ad@0", "app@5", "shop@10"),
        Journeys.journey("c3", "ad@0", "call@5", "shop@10")));

    // when
    FollowsPicture picture = FollowsPicture.of(graph).withMinimumCount(2);
    Document svg = Xml.parse(picture.svg());

    // then: two of four transitions, call left out, the widest arrow 1 + 4 × 2 / 2 = 5 wide
    assertThat(Xml.byClass(svg, "g", "node")).extracting(n -> n.getAttribute("data-id"))
        .containsExactly("ad", "app", "shop");
    List<Element> edges = Xml.byClass(svg, "g", "edge");
    assertThat(edges).extracting(e -> e.getAttribute("data-source") + ">"
            + e.getAttribute("data-target") + " " + Xml.all(e, "path").get(0)
                .getAttribute("stroke-width"))
        .containsExactly("ad>app 5.00", "app>shop 5.00");
    assertThat(Xml.texts(svg)).contains("3 journeys, 3 touchpoints; transitions met at least 2"
        + " times: 2 of 4 drawn, 1 touchpoint left out");
    assertThat(picture.minimumCount()).isEqualTo(2);
    assertThat(picture).hasToString(
        "FollowsPicture[journeys=3, touchpoints=4, transitions=4, minimumCount=2]");
    // at 3, only the start is left, and two touchpoints are left out
    assertThat(Xml.texts(Xml.parse(FollowsPicture.of(graph).withMinimumCount(3).svg())))
        .contains("3 journeys, 1 touchpoints; transitions met at least 3 times: 0 of 4 drawn,"
            + " 3 touchpoints left out");
  }

  @Test
  void should_draw_every_transition_at_a_minimum_of_one_and_refuse_less() {
    DirectlyFollowsGraph graph = DirectlyFollowsGraph.of(JOURNEYS);
    assertThat(FollowsPicture.of(graph).withMinimumCount(1).svg())
        .isEqualTo(FollowsPicture.of(graph).svg());
    assertThat(FollowsPicture.of(graph).minimumCount()).isEqualTo(1);
    assertThatThrownBy(() -> FollowsPicture.of(graph).withMinimumCount(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count must be at least 1 (1 draws every transition), but was 0");
  }

  @Test
  void should_lay_touchpoints_out_in_layers_from_the_starts() {
    // given: ad and review start (layer 0), app and shop follow them (layer 1)
    Document svg = Xml.parse(FollowsPicture.of(DirectlyFollowsGraph.of(JOURNEYS)).svg());

    // when
    double ad = x(svg, "ad");
    double review = x(svg, "review");
    double app = x(svg, "app");
    double shop = x(svg, "shop");

    // then: layer k's boxes start at 50 + k × (130 + 90)
    assertThat(ad).isEqualTo(50.0);
    assertThat(review).isEqualTo(50.0);
    assertThat(app).isEqualTo(270.0);
    assertThat(shop).isEqualTo(270.0);
  }

  @Test
  void should_widen_an_edge_by_its_count() {
    // given
    Document svg = Xml.parse(FollowsPicture.of(DirectlyFollowsGraph.of(JOURNEYS)).svg());

    // when
    List<String> widths =
        Xml.byClass(svg, "g", "edge").stream()
            .map(e -> Xml.all(e, "path").get(0).getAttribute("stroke-width"))
            .toList();

    // then: 1 + 4 × 2 / 2 = 5; 1 + 4 × 1 / 2 = 3
    assertThat(widths).containsExactly("5.00", "5.00", "3.00", "3.00", "3.00");
  }

  @Test
  void should_escape_touchpoint_ids() {
    // given
    DirectlyFollowsGraph graph =
        DirectlyFollowsGraph.of(List.of(Journeys.journey("c", "a<b@0", "x&\"y\"@1")));

    // when
    String raw = FollowsPicture.of(graph).svg();
    Document svg = Xml.parse(raw);

    // then
    assertThat(Xml.byClass(svg, "g", "edge").get(0).getAttribute("data-target"))
        .isEqualTo("x&\"y\"");
    assertThat(Xml.texts(svg)).contains("a<b", "x&\"y\"");
    assertThat(raw).contains("data-id=\"a&lt;b\"");
  }

  @Test
  void should_draw_an_empty_graph() {
    // when
    Document svg = Xml.parse(FollowsPicture.of(DirectlyFollowsGraph.of(List.of())).svg());

    // then
    assertThat(Xml.byClass(svg, "g", "node")).isEmpty();
    assertThat(Xml.texts(svg)).contains("0 journeys, 0 touchpoints");
  }

  @Test
  void should_give_the_same_bytes_for_the_same_input_and_refuse_null() {
    assertThat(FollowsPicture.of(DirectlyFollowsGraph.of(JOURNEYS)).svg())
        .isEqualTo(FollowsPicture.of(DirectlyFollowsGraph.of(JOURNEYS)).svg());
    assertThatThrownBy(() -> FollowsPicture.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("graph");
  }

  /**
   * s starts all three journeys; x and y follow it; x and y follow each other; x follows itself;
   * s follows x once.
   */
  private static final List<Journey> LOOPS =
      List.of(
          Journeys.journey("c1", "s@0", "x@1", "y@2"),
          Journeys.journey("c2", "s@0", "y@1", "x@2", "x@3"),
          Journeys.journey("c3", "s@0", "x@1", "s@2", "y@3"));

  @Test
  void should_centre_a_shorter_layer_and_size_the_picture_by_its_layers_and_rows() {
    // given: layer 0 holds s, layer 1 x and y: two layers, two rows
    Document svg = Xml.parse(FollowsPicture.of(DirectlyFollowsGraph.of(LOOPS)).svg());

    // when
    Element root = svg.getDocumentElement();

    // then: width 2 × 50 + 2 × (130 + 90) − 90 = 450; height 2 × 50 + 2 × (40 + 50) − 50 + 20 = 250
    assertThat(root.getAttribute("width")).isEqualTo("450.00");
    assertThat(root.getAttribute("height")).isEqualTo("250.00");
    // s is moved down by (2 − 1) × (40 + 50) / 2 = 45: its box at (50, 50 + 45) = (50, 95);
    // x at (50 + 220, 50) = (270, 50); y one row lower, at (270, 50 + 90) = (270, 140)
    assertThat(box(svg, "s")).containsExactly("50.00", "95.00", "130.00", "40.00");
    assertThat(box(svg, "x")).containsExactly("270.00", "50.00", "130.00", "40.00");
    assertThat(box(svg, "y")).containsExactly("270.00", "140.00", "130.00", "40.00");
    assertThat(Xml.texts(svg)).startsWith("3 journeys, 3 touchpoints");
  }

  @Test
  void should_mark_starts_on_the_left_and_ends_on_the_right_and_count_each_touchpoint() {
    // given: s starts 3 journeys and ends none; x ends one (c2), y two (c1, c3)
    Document svg = Xml.parse(FollowsPicture.of(DirectlyFollowsGraph.of(LOOPS)).svg());

    // when
    Element s = node(svg, "s");
    Element x = node(svg, "x");

    // then: s's centre (115, 115): a green side at x = 115 − 65 = 50 from y = 95 to 135
    assertThat(Xml.all(s, "line"))
        .singleElement()
        .satisfies(l -> assertThat(line(l)).containsExactly("50.00", "95.00", "50.00", "135.00"))
        .satisfies(l -> assertThat(l.getAttribute("stroke")).isEqualTo("#009e73"));
    // x's centre (335, 70): a red side at x = 335 + 65 = 400 from y = 50 to 90
    assertThat(Xml.all(x, "line"))
        .singleElement()
        .satisfies(l -> assertThat(line(l)).containsExactly("400.00", "50.00", "400.00", "90.00"))
        .satisfies(l -> assertThat(l.getAttribute("stroke")).isEqualTo("#d55e00"));
    // s is met 4 times (c1 once, c2 once, c3 twice); the label 2 above the centre, the count 13
    // below
    assertThat(Xml.all(s, "title").get(0).getTextContent()).isEqualTo("s: met 4, starts 3, ends 0");
    assertThat(Xml.all(x, "title").get(0).getTextContent()).isEqualTo("x: met 4, starts 0, ends 1");
    List<Element> texts = Xml.all(s, "text");
    assertThat(texts).extracting(Element::getTextContent).containsExactly("s", "\u00d74");
    assertThat(texts)
        .extracting(t -> t.getAttribute("x") + "," + t.getAttribute("y"))
        .containsExactly("115.00,113.00", "115.00,128.00");
  }

  @Test
  void should_draw_an_arrow_forward_straight_from_side_to_side() {
    // given: s (115, 115) to x (335, 70), to a later layer
    Document svg = Xml.parse(FollowsPicture.of(DirectlyFollowsGraph.of(LOOPS)).svg());

    // when
    Element edge = edge(svg, "s", "x");

    // then: from s's right side (115 + 65, 115) to x's left side (335 − 65, 70), the control
    // point halfway (225, 92.5); the count at ((180 + 2 × 225 + 270) / 4, (115 + 2 × 92.5 + 70)
    // / 4 − 4) = (225, 88.5); 2 of the largest 2: 1 + 4 × 2 / 2 = 5 wide
    assertThat(path(edge)).isEqualTo("M 180.00 115.00 Q 225.00 92.50 270.00 70.00");
    assertThat(count(edge)).containsExactly("225.00", "88.50", "2");
    assertThat(Xml.all(edge, "path").get(0).getAttribute("stroke-width")).isEqualTo("5.00");
    assertThat(edge.getAttribute("data-count")).isEqualTo("2");
    // and s (115, 115) down to y (335, 160): control point (225, 137.5), count at y = 133.5
    assertThat(path(edge(svg, "s", "y")))
        .isEqualTo("M 180.00 115.00 Q 225.00 137.50 270.00 160.00");
    assertThat(count(edge(svg, "s", "y"))).containsExactly("225.00", "133.50", "2");
  }

  @Test
  void should_bend_an_arrow_back_to_an_earlier_layer_to_the_left_of_its_travel() {
    // given: x (335, 70) back to s (115, 115)
    Document svg = Xml.parse(FollowsPicture.of(DirectlyFollowsGraph.of(LOOPS)).svg());

    // when
    Element edge = edge(svg, "x", "s");

    // then: from x's left side (270, 70) to s's right side (180, 115): dx = −90, dy = 45, length
    // 45√5 = 100.62; bent 40: control point (225 + 40 × 45 / 100.62, 92.5 + 40 × 90 / 100.62)
    // = (225 + 17.89, 92.5 + 35.78) = (242.89, 128.28); the count at ((270 + 2 × 242.889 + 180)
    // / 4, (70 + 2 × 128.277 + 115) / 4 − 4) = (233.94, 106.39); 1 of 2: 1 + 4 × 1 / 2 = 3 wide
    assertThat(path(edge)).isEqualTo("M 270.00 70.00 Q 242.89 128.28 180.00 115.00");
    assertThat(count(edge)).containsExactly("233.94", "106.39", "1");
    assertThat(Xml.all(edge, "path").get(0).getAttribute("stroke-width")).isEqualTo("3.00");
  }

  @Test
  void should_run_an_arrow_within_a_layer_down_on_the_right_and_up_on_the_left() {
    // given: x (335, 70) above y (335, 160) in one layer
    Document svg = Xml.parse(FollowsPicture.of(DirectlyFollowsGraph.of(LOOPS)).svg());

    // when
    Element down = edge(svg, "x", "y");
    Element up = edge(svg, "y", "x");

    // then: down from x's bottom (335 + 20, 70 + 20) to y's top (355, 160 − 20), bent 15 to the
    // right: control point (355 + 15 × 50 / 50, 115) = (370, 115); the count at ((355 + 740 +
    // 355) / 4, (90 + 230 + 140) / 4 − 4) = (362.5, 111)
    assertThat(path(down)).isEqualTo("M 355.00 90.00 Q 370.00 115.00 355.00 140.00");
    assertThat(count(down)).containsExactly("362.50", "111.00", "1");
    // up from y's top (335 − 20, 160 − 20) to x's bottom (315, 70 + 20), bent 15 to the left:
    // control point (315 − 15, 115) = (300, 115); the count at ((315 + 600 + 315) / 4, 111)
    assertThat(path(up)).isEqualTo("M 315.00 140.00 Q 300.00 115.00 315.00 90.00");
    assertThat(count(up)).containsExactly("307.50", "111.00", "1");
  }

  @Test
  void should_draw_a_touchpoint_that_follows_itself_as_a_loop_above_it() {
    // given: x (335, 70) follows itself once; its box's top at 70 − 20 = 50
    Document svg = Xml.parse(FollowsPicture.of(DirectlyFollowsGraph.of(LOOPS)).svg());

    // when
    Element loop = edge(svg, "x", "x");

    // then: from (335 − 15, 50) through (335 ∓ 30, 50 − 40) back to (335 + 15, 50); the count at
    // (335, 50 − 32)
    assertThat(path(loop)).isEqualTo("M 320.00 50.00 C 305.00 10.00 365.00 10.00 350.00 50.00");
    assertThat(count(loop)).containsExactly("335.00", "18.00", "1");
  }

  @Test
  void should_put_each_touchpoint_one_layer_after_the_first_it_follows() {
    // given: p, then q, then r: three layers, though r also follows nothing else
    DirectlyFollowsGraph graph =
        DirectlyFollowsGraph.of(List.of(Journeys.journey("c", "p@0", "q@1", "r@2")));

    // when
    Document svg = Xml.parse(FollowsPicture.of(graph).svg());

    // then: layer k's box at x = 50 + k × 220; width 2 × 50 + 3 × 220 − 90 = 670
    assertThat(x(svg, "p")).isEqualTo(50.0);
    assertThat(x(svg, "q")).isEqualTo(270.0);
    assertThat(x(svg, "r")).isEqualTo(490.0);
    assertThat(svg.getDocumentElement().getAttribute("width")).isEqualTo("670.00");
    assertThat(FollowsPicture.of(graph).graph()).isSameAs(graph);
    assertThat(FollowsPicture.of(graph))
        .hasToString("FollowsPicture[journeys=1, touchpoints=3, transitions=2]");
  }

  private static Element node(Document svg, String id) {
    return Xml.byClass(svg, "g", "node").stream()
        .filter(n -> n.getAttribute("data-id").equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> box(Document svg, String id) {
    Element rect = Xml.all(node(svg, id), "rect").get(0);
    return List.of(
        rect.getAttribute("x"),
        rect.getAttribute("y"),
        rect.getAttribute("width"),
        rect.getAttribute("height"));
  }

  private static List<String> line(Element l) {
    return List.of(
        l.getAttribute("x1"), l.getAttribute("y1"), l.getAttribute("x2"), l.getAttribute("y2"));
  }

  private static Element edge(Document svg, String source, String target) {
    return Xml.byClass(svg, "g", "edge").stream()
        .filter(e -> e.getAttribute("data-source").equals(source))
        .filter(e -> e.getAttribute("data-target").equals(target))
        .findFirst()
        .orElseThrow();
  }

  private static String path(Element edge) {
    return Xml.all(edge, "path").get(0).getAttribute("d");
  }

  private static List<String> count(Element edge) {
    Element text = Xml.byClass(edge, "text", "count").get(0);
    return List.of(text.getAttribute("x"), text.getAttribute("y"), text.getTextContent());
  }

  private static double x(Document svg, String id) {
    Element node =
        Xml.byClass(svg, "g", "node").stream()
            .filter(n -> n.getAttribute("data-id").equals(id))
            .findFirst()
            .orElseThrow();
    return Double.parseDouble(Xml.all(node, "rect").get(0).getAttribute("x"));
  }
}
