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

  private static double x(Document svg, String id) {
    Element node =
        Xml.byClass(svg, "g", "node").stream()
            .filter(n -> n.getAttribute("data-id").equals(id))
            .findFirst()
            .orElseThrow();
    return Double.parseDouble(Xml.all(node, "rect").get(0).getAttribute("x"));
  }
}
