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
