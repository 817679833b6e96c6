package org.attune.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.attune.report.EcosystemPicture;
import org.attune.report.HtmlReport;
import org.attune.testlib.scenario.Orchestra;
import org.junit.jupiter.api.Test;

class PageTest {

  private static final String SVG =
      EcosystemPicture.of(Orchestra.customerDominant(), Orchestra.PAT).svg();

  @Test
  void text_goes_to_the_console_as_printed_and_into_the_report_in_panels_with_their_figures() {
    // given
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    HtmlReport.Builder report = HtmlReport.builder("t");
    Page page = Page.of(new PrintStream(console, true, StandardCharsets.UTF_8), report);

    // when
    page.section("One");
    page.out().println("first part: é");
    page.figure("a", "A", SVG);
    page.panel();
    page.out().println("second part");
    page.section("Two");
    page.paragraph("prose");
    page.panel();

    // then
    assertThat(console.toString(StandardCharsets.UTF_8))
        .isEqualTo("\n== One " + "=".repeat(71) + "\nfirst part: é\nsecond part\n\n== Two "
            + "=".repeat(71) + "\n");
    HtmlReport built = report.build();
    assertThat(built.sections()).containsExactly("One", "Two");
    assertThat(built.figures()).extracting(HtmlReport.Figure::name).containsExactly("a");
    String html = built.html();
    assertThat(html).containsSubsequence("<h2>One</h2>", "<pre>first part: é\n</pre>",
        "figure-a", "<pre>second part\n</pre>", "<h2>Two</h2>", "<p>prose</p>");
    assertThat(page.figures()).extracting(HtmlReport.Figure::name).containsExactly("a");
  }

  @Test
  void a_console_page_prints_and_keeps_its_figures_but_writes_no_report() {
    // given
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    Page page = Page.console(new PrintStream(console, true, StandardCharsets.UTF_8));

    // when
    page.out().print("text");
    page.figure("a", "A", SVG).panel();
    page.figure("a", "A again, in a later panel", SVG).panel();

    // then: a console page has no report, so a name may come back
    assertThat(console.toString(StandardCharsets.UTF_8)).isEqualTo("text");
    assertThat(page.figures()).hasSize(2);
  }
}
