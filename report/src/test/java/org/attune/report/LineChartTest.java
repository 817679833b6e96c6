package org.attune.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.attune.dynamics.History;
import org.attune.dynamics.Trajectory;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.alignment.ProfileDeviation;
import org.attune.testlib.scenario.PatientAndClinic;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class LineChartTest {

  private static final Instant DAY0 = PatientAndClinic.at(0);

  @Test
  void should_break_the_line_at_an_undefined_value_and_draw_only_defined_points() {
    // given: five instants, the third undefined
    LineChart.Line line =
        new LineChart.Line(
            "fit",
            days(5),
            List.of(
                OptionalDouble.of(0.2),
                OptionalDouble.of(0.4),
                OptionalDouble.empty(),
                OptionalDouble.of(0.6),
                OptionalDouble.of(0.8)));

    // when
    Document svg = Xml.parse(LineChart.of("Fit", List.of(line)).svg());

    // then: two runs of two points each, four points in all, none at the gap
    List<Element> polylines = Xml.all(svg.getDocumentElement(), "polyline");
    assertThat(polylines).hasSize(2);
    assertThat(polylines)
        .allSatisfy(p -> assertThat(p.getAttribute("points").split(" ")).hasSize(2));
    assertThat(Xml.byClass(svg, "circle", "point")).hasSize(4);
    assertThat(xs(polylines.get(0))[1]).isLessThan(xs(polylines.get(1))[0]);
  }

  @Test
  void should_place_a_point_by_its_instant_and_its_value() {
    // given: days 0 to 4 over 520 pixels from x = 60; values 0 to 1 over 260 pixels up from y = 300
    LineChart.Line line =
        new LineChart.Line("fit", days(2), List.of(OptionalDouble.of(0.5), OptionalDouble.of(1.0)));

    // when
    Document svg = Xml.parse(LineChart.of("Fit", List.of(line)).svg());

    // then: day 0 at x = 60, y = 300 − 0.5 × 260 = 170; day 1 at x = 580, y = 300 − 260 = 40
    assertThat(Xml.all(svg.getDocumentElement(), "polyline").get(0).getAttribute("points"))
        .isEqualTo("60.00,170.00 580.00,40.00");
  }

  @Test
  void should_draw_a_lone_defined_value_as_a_point_without_a_line() {
    // given
    LineChart.Line line =
        new LineChart.Line(
            "fit",
            days(3),
            List.of(OptionalDouble.empty(), OptionalDouble.of(0.5), OptionalDouble.empty()));

    // when
    Document svg = Xml.parse(LineChart.of("Fit", List.of(line)).svg());

    // then
    assertThat(Xml.all(svg.getDocumentElement(), "polyline")).isEmpty();
    assertThat(Xml.byClass(svg, "circle", "point")).hasSize(1);
  }

  @Test
  void should_draw_a_trajectory_with_a_gap_where_its_score_is_undefined() {
    // given: Alice's own logic is gone on day 20, so profile deviation is undefined there
    ServiceEcosystem full = PatientAndClinic.ecosystem();
    ServiceEcosystem withoutLogic =
        PatientAndClinic.builder()
            .removePerspective(PatientAndClinic.ALICE, PatientAndClinic.ALICE)
            .build();
    History history =
        History.builder()
            .add(PatientAndClinic.at(0), full)
            .add(PatientAndClinic.at(10), full)
            .add(PatientAndClinic.at(20), withoutLogic)
            .add(PatientAndClinic.at(30), full)
            .build();
    Trajectory trajectory =
        Trajectory.of(
            new ProfileDeviation(), history, PatientAndClinic.ALICE, PatientAndClinic.CLINIC);

    // when
    LineChart chart = LineChart.of("Fit over time", List.of(LineChart.Line.of(trajectory)));
    Document svg = Xml.parse(chart.svg());

    // then: one run of two points, then the lone point of day 30
    assertThat(chart.lines().get(0).label()).isEqualTo("profile-deviation (alice, clinic)");
    assertThat(chart.lines().get(0).values().get(2)).isEmpty();
    assertThat(Xml.all(svg.getDocumentElement(), "polyline"))
        .singleElement()
        .satisfies(p -> assertThat(p.getAttribute("points").split(" ")).hasSize(2));
    assertThat(Xml.byClass(svg, "circle", "point")).hasSize(3);
    assertThat(Xml.texts(svg)).contains("profile-deviation (alice, clinic)", "2026-03-01");
  }

  @Test
  void should_draw_one_line_and_one_legend_entry_per_series_with_axes_and_ticks() {
    // given
    LineChart.Line a = new LineChart.Line("<a & b>", days(2), values(0.1, 0.2));
    LineChart.Line b = new LineChart.Line("\"c\"", days(2), values(0.3, 0.4));

    // when
    Document svg = Xml.parse(LineChart.of("Two", List.of(a, b)).svg());

    // then
    assertThat(Xml.byClass(svg, "g", "line"))
        .extracting(g -> g.getAttribute("data-label"))
        .containsExactly("<a & b>", "\"c\"");
    assertThat(Xml.byClass(svg, "text", "x")).hasSize(5);
    assertThat(Xml.byClass(svg, "text", "y"))
        .extracting(Element::getTextContent)
        .containsExactly("0.00", "0.25", "0.50", "0.75", "1.00");
    assertThat(Xml.texts(svg)).contains("<a & b>", "\"c\"");
  }

  @Test
  void should_draw_values_at_the_ends_of_the_double_range() {
    // given: the span from the lowest to the highest value overflows a double
    LineChart.Line line =
        new LineChart.Line("wide", days(3), values(-Double.MAX_VALUE, 0, Double.MAX_VALUE));

    // when
    Document svg = Xml.parse(LineChart.of("Wide", List.of(line)).svg());

    // then: the lowest at the bottom (y = 300), zero halfway (170), the highest at the top (40)
    assertThat(Xml.all(svg.getDocumentElement(), "polyline").get(0).getAttribute("points"))
        .isEqualTo("60.00,300.00 320.00,170.00 580.00,40.00");
  }

  @Test
  void should_give_the_same_bytes_for_the_same_input() {
    // given
    LineChart.Line line = new LineChart.Line("fit", days(3), values(0.1, -0.3, 1.7));

    // then
    assertThat(LineChart.of("Fit", List.of(line)).svg())
        .isEqualTo(LineChart.of("Fit", List.of(line)).svg());
  }

  @Test
  void should_reject_a_malformed_line_naming_what_is_wrong() {
    assertThatThrownBy(() -> new LineChart.Line("x", days(2), values(0.1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("instants and values must have the same size, but were 2 and 1");
    assertThatThrownBy(
            () -> new LineChart.Line("x", List.of(DAY0.plusSeconds(1), DAY0), values(0.1, 0.2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "instants[1] must not come before instants[0], but was 2026-03-01T09:00:00Z after"
                + " 2026-03-01T09:00:01Z");
    assertThatThrownBy(() -> new LineChart.Line("x", days(1), values(Double.NaN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("values[0] must be finite or empty, but was NaN");
    assertThatThrownBy(() -> LineChart.of("x", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lines must hold at least one line, but was empty");
  }

  /** "up": −1, 0, a gap, 2, 3 on days 0 to 4; "flat": 1, 1 on days 1 and 2. */
  private static LineChart twoLines() {
    LineChart.Line up =
        new LineChart.Line(
            "up",
            days(5),
            List.of(
                OptionalDouble.of(-1),
                OptionalDouble.of(0),
                OptionalDouble.empty(),
                OptionalDouble.of(2),
                OptionalDouble.of(3)));
    LineChart.Line flat = new LineChart.Line("flat", days(3).subList(1, 3), values(1, 1));
    return LineChart.of("Two & more", List.of(up, flat));
  }

  @Test
  void should_scale_time_over_every_line_and_values_from_the_lowest_to_the_highest() {
    // given: days 0 to 4 over 520 pixels from x = 60, so 130 a day; values −1 to 3 over 260
    // pixels up from y = 300, so 65 a unit: y = 300 − 65 × (v + 1)
    Document svg = Xml.parse(twoLines().svg());

    // when
    List<Element> lines = Xml.byClass(svg, "g", "line");

    // then: up at (60, 300), (190, 235), a gap on day 2, (450, 105), (580, 40); flat at (190,
    // 170), (320, 170), in the second colour
    assertThat(Xml.all(lines.get(0), "polyline"))
        .extracting(p -> p.getAttribute("points") + " " + p.getAttribute("stroke"))
        .containsExactly(
            "60.00,300.00 190.00,235.00 #0072b2", "450.00,105.00 580.00,40.00 #0072b2");
    assertThat(Xml.all(lines.get(1), "polyline"))
        .extracting(p -> p.getAttribute("points") + " " + p.getAttribute("stroke"))
        .containsExactly("190.00,170.00 320.00,170.00 #e69f00");
    assertThat(Xml.byClass(lines.get(0), "circle", "point"))
        .extracting(
            c -> c.getAttribute("cx") + "," + c.getAttribute("cy") + " " + c.getAttribute("fill"))
        .containsExactly(
            "60.00,300.00 #0072b2",
            "190.00,235.00 #0072b2",
            "450.00,105.00 #0072b2",
            "580.00,40.00 #0072b2");
    // 60 + 520 + 30 + 200 = 810 wide, 40 + 260 + 50 = 350 high; the title at (60, 20)
    assertThat(svg.getDocumentElement().getAttribute("width")).isEqualTo("810.00");
    assertThat(svg.getDocumentElement().getAttribute("height")).isEqualTo("350.00");
    assertThat(Xml.all(svg.getDocumentElement(), "text").get(0))
        .satisfies(t -> assertThat(t.getTextContent()).isEqualTo("Two & more"))
        .satisfies(t -> assertThat(t.getAttribute("x")).isEqualTo("60.00"))
        .satisfies(t -> assertThat(t.getAttribute("y")).isEqualTo("20.00"));
    assertThat(twoLines()).hasToString("LineChart[lines=2]");
  }

  @Test
  void should_draw_axes_with_five_ticks_each_and_a_grid() {
    // given
    Document svg = Xml.parse(twoLines().svg());

    // when
    Element axes = Xml.byClass(svg, "g", "axes").get(0);

    // then: the time axis along y = 300 from 60 to 580, the value axis along x = 60 from 40 to
    // 300; tick i of time at x = 60 + 520 × i / 4 = 60 + 130i, 5 long down; tick i of value at y
    // = 300 − 260 × i / 4 = 300 − 65i, 5 long left, with a grid line across
    assertThat(Xml.all(axes, "line"))
        .extracting(LineChartTest::ends)
        .containsExactly(
            "60.00,300.00 580.00,300.00",
            "60.00,40.00 60.00,300.00",
            "60.00,300.00 60.00,305.00",
            "55.00,300.00 60.00,300.00",
            "60.00,300.00 580.00,300.00",
            "190.00,300.00 190.00,305.00",
            "55.00,235.00 60.00,235.00",
            "60.00,235.00 580.00,235.00",
            "320.00,300.00 320.00,305.00",
            "55.00,170.00 60.00,170.00",
            "60.00,170.00 580.00,170.00",
            "450.00,300.00 450.00,305.00",
            "55.00,105.00 60.00,105.00",
            "60.00,105.00 580.00,105.00",
            "580.00,300.00 580.00,305.00",
            "55.00,40.00 60.00,40.00",
            "60.00,40.00 580.00,40.00");
    // a date 20 below each time tick; a value 8 left of and 4 below each value tick: −1 + 4 × i
    // / 4
    assertThat(Xml.byClass(svg, "text", "x"))
        .extracting(t -> t.getAttribute("x") + "," + t.getAttribute("y") + " " + t.getTextContent())
        .containsExactly(
            "60.00,320.00 2026-03-01",
            "190.00,320.00 2026-03-02",
            "320.00,320.00 2026-03-03",
            "450.00,320.00 2026-03-04",
            "580.00,320.00 2026-03-05");
    assertThat(Xml.byClass(svg, "text", "y"))
        .extracting(t -> t.getAttribute("x") + "," + t.getAttribute("y") + " " + t.getTextContent())
        .containsExactly(
            "52.00,304.00 -1.00",
            "52.00,239.00 0.00",
            "52.00,174.00 1.00",
            "52.00,109.00 2.00",
            "52.00,44.00 3.00");
  }

  @Test
  void should_list_each_line_in_the_legend_in_its_colour() {
    // given: the legend at x = 60 + 520 + 30 = 610, an entry every 20 pixels from y = 40 + 10
    Document svg = Xml.parse(twoLines().svg());

    // when
    Element legend = Xml.byClass(svg, "g", "legend").get(0);

    // then: a stroke 20 long, 4 above the text's baseline; the label 26 right of the stroke's start
    assertThat(Xml.all(legend, "line"))
        .extracting(l -> ends(l) + " " + l.getAttribute("stroke"))
        .containsExactly("610.00,46.00 630.00,46.00 #0072b2", "610.00,66.00 630.00,66.00 #e69f00");
    assertThat(Xml.all(legend, "text"))
        .extracting(t -> t.getAttribute("x") + "," + t.getAttribute("y") + " " + t.getTextContent())
        .containsExactly("636.00,50.00 up", "636.00,70.00 flat");
  }

  @Test
  void should_spread_a_single_instant_over_a_day_centred_on_it() {
    // given: one instant, 2026-03-01T09:00Z
    LineChart.Line line = new LineChart.Line("once", days(1), values(0.5));

    // when
    Document svg = Xml.parse(LineChart.of("Once", List.of(line)).svg());

    // then: time from 12 hours before (2026-02-28T21:00Z) to 12 hours after: the point halfway,
    // at x = 60 + 520 / 2 = 320, y = 300 − 0.5 × 260 = 170; ticks every 6 hours
    assertThat(Xml.byClass(svg, "circle", "point"))
        .extracting(c -> c.getAttribute("cx") + "," + c.getAttribute("cy"))
        .containsExactly("320.00,170.00");
    assertThat(Xml.byClass(svg, "text", "x"))
        .extracting(Element::getTextContent)
        .containsExactly("2026-02-28", "2026-03-01", "2026-03-01", "2026-03-01", "2026-03-01");
  }

  @Test
  void should_write_a_value_of_a_million_or_more_in_scientific_notation() {
    // given: values 0 to 4,000,000: ticks at 0, 1e6, 2e6, 3e6, 4e6
    LineChart.Line line = new LineChart.Line("big", days(2), values(0, 4e6));

    // when
    Document svg = Xml.parse(LineChart.of("Big", List.of(line)).svg());

    // then: below a million in two decimals, from a million on as d.dde+06
    assertThat(Xml.byClass(svg, "text", "y"))
        .extracting(Element::getTextContent)
        .containsExactly("0.00", "1.00e+06", "2.00e+06", "3.00e+06", "4.00e+06");
  }

  /** {@return the ends of a line element, as "x1,y1 x2,y2"} */
  private static String ends(Element l) {
    return l.getAttribute("x1")
        + ","
        + l.getAttribute("y1")
        + " "
        + l.getAttribute("x2")
        + ","
        + l.getAttribute("y2");
  }

  private static List<Instant> days(int n) {
    List<Instant> days = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      days.add(PatientAndClinic.at(i));
    }
    return days;
  }

  private static List<OptionalDouble> values(double... values) {
    List<OptionalDouble> list = new ArrayList<>();
    for (double v : values) {
      list.add(OptionalDouble.of(v));
    }
    return list;
  }

  private static double[] xs(Element polyline) {
    String[] points = polyline.getAttribute("points").split(" ");
    double[] xs = new double[points.length];
    for (int i = 0; i < points.length; i++) {
      xs[i] = Double.parseDouble(points[i].split(",")[0]);
    }
    return xs;
  }
}
