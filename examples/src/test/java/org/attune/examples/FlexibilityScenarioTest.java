package org.attune.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.attune.report.HtmlReport;
import org.junit.jupiter.api.Test;

class FlexibilityScenarioTest {

  @Test
  void scenario_shows_the_adaptive_gym_keeping_the_fit_and_the_over_eager_one_chasing_seasons() {
    // given
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    // when
    FlexibilityScenario.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    // then
    String out = bytes.toString(StandardCharsets.UTF_8);
    // lasting shift: static 0.5 off from month 3, (3 × 1 + 10 × 0.5) / 13 = 0.615
    assertThat(out).contains(
        "static      1.00 1.00 1.00 0.50 0.50 0.50 0.50 0.50 0.50 0.50 0.50 0.50 0.50  mean 0.62");
    // over-eager under seasons: always last season's wish, (1 + 12 × 0.5) / 13 = 0.538
    assertThat(out).contains(
        "over-eager  1.00 0.50 0.50 0.50 0.50 0.50 0.50 0.50 0.50 0.50 0.50 0.50 0.50  mean 0.54");
    // static under seasons is right half the time: (1 + 6 × 1 + 6 × 0.5) / 13 = 0.769
    assertThat(out).contains("0.50 0.50 1.00 1.00  mean 0.77");
    assertThat(out).contains("-- A random walk");
    // attunement of the static gym under the lasting shift: in tune while the member is served,
    // then answering a pleased member while she feels (0, 0.5, −0.5) and wants (0, 0.5, 0.5) answered:
    // 1 − sqrt(1.5 / 5.5) = 0.478; mean over months 1–12 (2 + 10 × 0.478) / 12 = 0.565
    assertThat(out).contains(
        "  attuned      - 1.00 1.00 0.48 0.48 0.48 0.48 0.48 0.48 0.48 0.48 0.48 0.48  mean 0.56");
  }

  @Test
  void scenario_draws_each_case_as_a_chart_of_the_three_gyms() {
    // given
    HtmlReport.Builder report = HtmlReport.builder("t").section("s");

    // when
    FlexibilityScenario.run(Page.of(
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), report));

    // then: one chart per case (and the attunement of the lasting shift), each of the three gyms;
    // 12 months plus the start are 13 points a line, 24 + 1 = 25 under the random walk
    List<HtmlReport.Figure> figures = report.build().figures();
    assertThat(figures).extracting(HtmlReport.Figure::name).containsExactly("flexibility-lasting",
        "flexibility-lasting-attunement", "flexibility-seasons", "flexibility-walk");
    for (HtmlReport.Figure f : figures) {
      assertThat(f.svg()).contains("data-label=\"static\"", "data-label=\"adaptive\"",
          "data-label=\"over-eager\"");
    }
    assertThat(count(figures.get(0).svg(), "class=\"point\"")).isEqualTo(3 * 13);
    // attunement is undefined at the start, before any episode: 12 points a line
    assertThat(count(figures.get(1).svg(), "class=\"point\"")).isEqualTo(3 * 12);
    assertThat(count(figures.get(3).svg(), "class=\"point\"")).isEqualTo(3 * 25);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
