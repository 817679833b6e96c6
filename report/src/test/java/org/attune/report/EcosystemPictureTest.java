package org.attune.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Activity;
import org.attune.model.Actor;
import org.attune.model.Element;
import org.attune.model.RelationType;
import org.attune.model.Resource;
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
  void should_place_each_outer_element_towards_what_it_is_tied_to_on_the_ring_inside() {
    // given: p, q and r serve c (ring 1, by id: p at −π/6, q at π/2, r at 7π/6, measured
    // clockwise from straight up: 60°, 180°, 300°); r accesses x, p accesses y, q accesses z, and
    // w serves q, a tie pointing inward
    Actor c = Actor.individual("c", "C");
    Actor p = Actor.organisation("p", "P");
    Actor q = Actor.organisation("q", "Q");
    Actor r = Actor.organisation("r", "R");
    Resource x = Resource.operand("x", "X");
    Resource y = Resource.operand("y", "Y");
    Resource z = Resource.operand("z", "Z");
    Actor w = Actor.organisation("w", "W");
    // added in the reverse order of kind and id, which the rings must not keep
    ServiceEcosystem eco = ServiceEcosystem.builder()
        .add(z, y, x, r, q, p, w, c)
        .relate(w, RelationType.SERVES, q)
        .relate(p, RelationType.SERVES, c)
        .relate(q, RelationType.SERVES, c)
        .relate(r, RelationType.SERVES, c)
        .relate(r, RelationType.ACCESSES, x)
        .relate(p, RelationType.ACCESSES, y)
        .relate(q, RelationType.ACCESSES, z)
        .build();

    // when
    Document svg = Xml.parse(EcosystemPicture.of(eco, c, 2).svg());

    // then: ring 2 in the order of those directions, y (60°), w and z (180°, by id), x (300°),
    // rather than by kind and id (w, x, y, z)
    List<String> ring2 = Xml.byClass(svg, "g", "node").stream()
        .map(n -> n.getAttribute("data-id"))
        .filter(id -> id.compareTo("w") >= 0)
        .toList();
    assertThat(ring2).containsExactly("y", "w", "z", "x");
  }

  @Test
  void should_give_the_same_bytes_for_the_same_input() {
    // when
    String first = EcosystemPicture.of(BankAndCustomers.ecosystem(), BankAndCustomers.MAYA).svg();
    String second = EcosystemPicture.of(BankAndCustomers.ecosystem(), BankAndCustomers.MAYA).svg();

    // then
    assertThat(second).isEqualTo(first);
  }

  private static final Actor C = Actor.individual("c", "Cleo");
  private static final Activity A = Activity.of("a", "cooking");
  private static final Resource B = Resource.operant("b", "skill");
  private static final Actor D = Actor.individual("d", "Dora");
  private static final Resource E = Resource.operand("e", "oven");

  /**
   * The customer c; one step out the activity a, the resource b and the actor d serving c; two
   * steps out the resource e that a integrates; and c serving itself. Added out of the order of id.
   */
  private static ServiceEcosystem rings() {
    return ServiceEcosystem.builder()
        .add(E, D, B, A, C)
        .relate(C, RelationType.PERFORMS, A, 1.0)
        .relate(C, RelationType.ACCESSES, B, 0.5)
        .relate(D, RelationType.SERVES, C, 0.2)
        .relate(A, RelationType.INTEGRATES, E, 0.6)
        .relate(C, RelationType.SERVES, C, 0.4)
        .build();
  }

  @Test
  void should_place_the_customer_at_the_centre_and_the_first_ring_round_it_by_kind_then_id() {
    // given: ring 1 at radius 0 + 120 (three nodes need only 3 × 105 / 2π = 50.1), ring 2 at
    // 120 + 120 = 240; the centre at 240 + 90 = 330
    EcosystemPicture picture = EcosystemPicture.of(rings(), C, 2);

    // when
    Document svg = Xml.parse(picture.svg());

    // then: the picture 2 × 330 + 240 = 900 wide and 2 × 330 = 660 high
    assertThat(svg.getDocumentElement().getAttribute("width")).isEqualTo("900.00");
    assertThat(svg.getDocumentElement().getAttribute("height")).isEqualTo("660.00");
    // ring 1 by kind in the legend's order (actor d, resource b, activity a), odd, so starting half
    // a place round: d at 2π × 0.5 / 3 − π/2 = −π/6, (330 + 120 × cos(−π/6), 330 + 120 ×
    // sin(−π/6)) = (330 + 103.92, 330 − 60); b at π/2, (330, 450); a at 7π/6, (330 − 103.92, 270);
    // ring 2 starts straight up: e at (330, 330 − 240)
    assertThat(Xml.byClass(svg, "g", "node"))
        .extracting(n -> n.getAttribute("data-id") + " " + centre(n))
        .containsExactly(
            "c 330.00,330.00",
            "d 433.92,270.00",
            "b 330.00,450.00",
            "a 226.08,270.00",
            "e 330.00,90.00");
    assertThat(Xml.all(svg.getDocumentElement(), "circle").subList(0, 2))
        .extracting(
            r -> r.getAttribute("cx") + "," + r.getAttribute("cy") + " " + r.getAttribute("r"))
        .containsExactly("330.00,330.00 120.00", "330.00,330.00 240.00");
    // each ring named halfway between its first two places: ring 1 at 2π × 1 / 3 − π/2 = π/6,
    // (330 + 103.92, 330 + 60); ring 2 at 2π × 0.5 − π/2 = π/2, (330, 330 + 240)
    assertThat(Xml.byClass(svg, "text", "ring"))
        .extracting(t -> t.getAttribute("x") + "," + t.getAttribute("y") + " " + t.getTextContent())
        .containsExactly("433.92,390.00 1 step", "330.00,570.00 2 steps");
    assertThat(picture.customer()).isEqualTo(C);
    assertThat(picture.radius()).isEqualTo(2);
    assertThat(picture.ecosystem()).isEqualTo(rings().around(C, 2));
  }

  @Test
  void should_end_each_edge_short_of_its_nodes_and_widen_it_by_strength() {
    // given
    Document svg = Xml.parse(EcosystemPicture.of(rings(), C, 2).svg());

    // when
    List<String> edges =
        Xml.byClass(svg, "line", "edge").stream()
            .map(
                e ->
                    e.getAttribute("data-source")
                        + " "
                        + e.getAttribute("data-type")
                        + " "
                        + e.getAttribute("data-target")
                        + ": "
                        + e.getAttribute("x1")
                        + ","
                        + e.getAttribute("y1")
                        + " "
                        + e.getAttribute("x2")
                        + ","
                        + e.getAttribute("y2")
                        + " w "
                        + e.getAttribute("stroke-width"))
            .toList();

    // then: each end cut 16 + 2 = 18 pixels towards the other. c (330, 330) to a (226.08, 270):
    // length 120, each end moved 18 / 120 = 0.15 of (−103.92, −60) = (−15.59, −9); width 0.75 +
    // 3.25 × 1 = 4. d (433.92, 270) to c: (−15.59, +9) from d, the same back from c; 0.75 + 3.25 ×
    // 0.2 = 1.4. a to e (330, 90): (103.92, −180), length 207.85, 18 / 207.85 of it = (9, −15.59);
    // 0.75 + 3.25 × 0.6 = 2.7. c to itself: no length, no cut; 0.75 + 3.25 × 0.4 = 2.05
    assertThat(edges)
        .containsExactlyInAnyOrder(
            "c PERFORMS a: 314.41,321.00 241.67,279.00 w 4.00",
            "c ACCESSES b: 330.00,348.00 330.00,432.00 w 2.38",
            "d SERVES c: 418.33,279.00 345.59,321.00 w 1.40",
            "a INTEGRATES e: 235.08,254.41 321.00,105.59 w 2.70",
            "c SERVES c: 330.00,330.00 330.00,330.00 w 2.05");
    assertThat(Xml.byClass(svg, "line", "edge"))
        .flatExtracting(e -> Xml.all(e, "title"))
        .extracting(t -> t.getTextContent())
        .contains("a INTEGRATES e (strength 0.60)");
  }

  @Test
  void should_draw_each_kind_in_its_shape_and_colour_and_the_customer_with_a_thick_outline() {
    // given
    Document svg = Xml.parse(EcosystemPicture.of(rings(), C, 2).svg());

    // when
    List<String> shapes =
        Xml.byClass(svg, "g", "node").stream()
            .map(n -> n.getAttribute("class") + ": " + shape(Xml.all(n, "*").get(1)))
            .toList();

    // then: an actor a circle of radius 16; an activity an ellipse 16 × 1.2 = 19.2 by 16 × 0.75 =
    // 12; a resource a square of side 16 × 1.7 = 27.2 from 16 × 0.85 = 13.6 left and above its
    // centre (b at (330, 450): from (316.4, 436.4)); the customer outlined 3.5 thick, others 1
    assertThat(shapes)
        .containsExactly(
            "node kind-actor: circle cx=330.00 cy=330.00 r=16.00 #56b4e9 3.50",
            "node kind-actor: circle cx=433.92 cy=270.00 r=16.00 #56b4e9 1.00",
            "node kind-resource: rect x=316.40 y=436.40 width=27.20 height=27.20 #e69f00 1.00",
            "node kind-activity: ellipse cx=226.08 cy=270.00 rx=19.20 ry=12.00 #009e73 1.00",
            "node kind-resource: rect x=316.40 y=76.40 width=27.20 height=27.20 #e69f00 1.00");
    // the label 16 + 14 = 30 below the centre
    assertThat(Xml.all(Xml.byClass(svg, "g", "node").get(0), "text"))
        .extracting(t -> t.getAttribute("x") + "," + t.getAttribute("y") + " " + t.getTextContent())
        .containsExactly("330.00,360.00 c");
    assertThat(Xml.byClass(svg, "g", "node"))
        .extracting(n -> n.getAttribute("data-kind"))
        .containsExactly("ACTOR", "ACTOR", "RESOURCE", "ACTIVITY", "RESOURCE");
  }

  @Test
  void should_draw_a_legend_of_every_kind_beside_the_rings() {
    // given: the legend at x = 2 × 330 + 10 = 670, a kind every 42 pixels from y = 50, its shape
    // centred 12 to the right, its name 36 to the right and 4 lower
    Document svg = Xml.parse(EcosystemPicture.of(rings(), C, 2).svg());

    // when
    org.w3c.dom.Element legend = Xml.byClass(svg, "g", "legend").get(0);

    // then: after the six kinds, y = 50 + 6 × 42 = 302 for the notes, 16 apart
    assertThat(Xml.all(legend, "text"))
        .extracting(t -> t.getAttribute("x") + "," + t.getAttribute("y") + " " + t.getTextContent())
        .containsExactly(
            "670.00,24.00 Kinds",
            "706.00,54.00 Actor",
            "706.00,96.00 Resource",
            "706.00,138.00 Institution",
            "706.00,180.00 Activity",
            "706.00,222.00 Touchpoint",
            "706.00,264.00 Value proposition",
            "670.00,302.00 Line width: relation strength",
            "670.00,318.00 Rings: steps from the customer",
            "670.00,334.00 Thick outline: the customer");
    // the institution a square on its corner round (682, 134), radius 16, first corner straight
    // up; the touchpoint a triangle round (682, 218): corners at −π/2, π/6, 5π/6, so (682, 202),
    // (682 ± 16 × cos(π/6), 218 + 16 × sin(π/6)) = (682 ± 13.86, 226); the value proposition a
    // hexagon round (682, 260) turned π/6: corners at −π/3, 0, π/3, ..., so (682 + 8, 260 −
    // 13.86), (682 + 16, 260), ...
    assertThat(Xml.all(legend, "*").stream().filter(e -> !e.getTagName().equals("text")))
        .extracting(EcosystemPictureTest::shape)
        .containsExactly(
            "circle cx=682.00 cy=50.00 r=16.00 #56b4e9 1.00",
            "rect x=668.40 y=78.40 width=27.20 height=27.20 #e69f00 1.00",
            "polygon points=682.00,118.00 698.00,134.00 682.00,150.00 666.00,134.00 #cc79a7 1.00",
            "ellipse cx=682.00 cy=176.00 rx=19.20 ry=12.00 #009e73 1.00",
            "polygon points=682.00,202.00 695.86,226.00 668.14,226.00 #f0e442 1.00",
            "polygon points=690.00,246.14 698.00,260.00 690.00,273.86 674.00,273.86 666.00,260.00"
                + " 674.00,246.14 #d55e00 1.00");
  }

  @Test
  void should_widen_a_ring_that_needs_room_for_its_nodes_and_size_the_picture_by_the_outer() {
    // given: eight activities one step out need 8 × 105 / 2π = 133.69 pixels of radius, more than
    // 0 + 120
    ServiceEcosystem.Builder builder = ServiceEcosystem.builder().add(C);
    for (int i = 0; i < 8; i++) {
      Activity task = Activity.of("a" + i, "task " + i);
      builder.add(task).relate(C, RelationType.PERFORMS, task);
    }

    // when
    Document svg = Xml.parse(EcosystemPicture.of(builder.build(), C, 1).svg());
    Document alone = Xml.parse(EcosystemPicture.of(builder.build(), C, 0).svg());

    // then: the centre at 133.69 + 90 = 223.69; 2 × 223.69 + 240 = 687.38 wide, as high as wide
    // less the legend; alone, the centre at 90: 180 + 240 = 420 wide, and at least 300 high
    assertThat(Xml.all(svg.getDocumentElement(), "circle").get(0).getAttribute("r"))
        .isEqualTo("133.69");
    assertThat(svg.getDocumentElement().getAttribute("width")).isEqualTo("687.38");
    assertThat(svg.getDocumentElement().getAttribute("height")).isEqualTo("447.38");
    assertThat(alone.getDocumentElement().getAttribute("width")).isEqualTo("420.00");
    assertThat(alone.getDocumentElement().getAttribute("height")).isEqualTo("300.00");
  }

  @Test
  void should_keep_a_label_of_22_characters_whole_counting_characters_not_chars() {
    // given: 22 letters; 21 emoji, 42 chars; 23 letters
    String full = "abcdefghijklmnopqrstuv";
    String emoji = "\ud83d\ude00".repeat(21);

    // then
    assertThat(EcosystemPicture.shorten(full)).isEqualTo(full);
    assertThat(EcosystemPicture.shorten(emoji)).isEqualTo(emoji);
    assertThat(EcosystemPicture.shorten(full + "w")).isEqualTo("abcdefghijklmnopqrstu\u2026");
    assertThat(EcosystemPicture.shorten("\ud83d\ude00".repeat(23)))
        .isEqualTo("\ud83d\ude00".repeat(21) + "\u2026");
  }

  private static String centre(org.w3c.dom.Element node) {
    org.w3c.dom.Element shape = Xml.all(node, "*").get(1);
    if (shape.getTagName().equals("rect")) {
      double x = Double.parseDouble(shape.getAttribute("x"));
      double y = Double.parseDouble(shape.getAttribute("y"));
      return Svg.number(x + 13.6) + "," + Svg.number(y + 13.6);
    }
    return shape.getAttribute("cx") + "," + shape.getAttribute("cy");
  }

  private static String shape(org.w3c.dom.Element shape) {
    StringBuilder s = new StringBuilder(shape.getTagName());
    for (String a : List.of("cx", "cy", "r", "rx", "ry", "x", "y", "width", "height", "points")) {
      if (shape.hasAttribute(a)) {
        s.append(' ').append(a).append('=').append(shape.getAttribute(a));
      }
    }
    return s.append(' ')
        .append(shape.getAttribute("fill"))
        .append(' ')
        .append(shape.getAttribute("stroke-width"))
        .toString();
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
