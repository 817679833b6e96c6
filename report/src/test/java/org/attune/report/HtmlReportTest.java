package org.attune.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.report.HtmlReport.Figure;
import org.attune.testlib.scenario.BankAndCustomers;
import org.attune.testlib.scenario.PatientAndClinic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class HtmlReportTest {

  private static final ServiceEcosystem PATIENT = PatientAndClinic.ecosystem();
  private static final ServiceEcosystem BANK = BankAndCustomers.ecosystem();

  private static Figure alice() {
    return Figure.of("alice", "Alice's ecosystem",
        EcosystemPicture.of(PATIENT, PatientAndClinic.ALICE, 2).svg());
  }

  private static Figure maya() {
    return Figure.of("maya", "Maya's ecosystem",
        EcosystemPicture.of(BANK, BankAndCustomers.MAYA).svg());
  }

  private static HtmlReport twoSections() {
    return HtmlReport.builder("What Attune sees")
        .paragraph("Two customers.")
        .section("A patient")
        .panel("fit 0.81\nwhy: functional", alice(),
            Figure.of("offering", "Her logic against the offering",
                ProfilePicture.offering(PATIENT, PatientAndClinic.ALICE, PatientAndClinic.CLINIC)
                    .svg()))
        .section("A bank customer")
        .paragraph("Maya runs her business from her phone.")
        .panel("", maya())
        .build();
  }

  @Test
  void should_hold_every_section_and_every_figure_inline_in_a_page_that_parses_as_xml() {
    // when
    Document page = Xml.parseHtml(twoSections().html());

    // then: two sections, each linked from the contents; three figures, each one inline svg
    List<Element> sections = Xml.all(page.getDocumentElement(), "section");
    assertThat(sections).extracting(s -> s.getAttribute("id"))
        .containsExactly("section-1", "section-2");
    assertThat(Xml.all(page.getDocumentElement(), "a")).extracting(a -> a.getAttribute("href"))
        .containsExactly("#section-1", "#section-2");
    List<Element> figures = Xml.all(page.getDocumentElement(), "figure");
    assertThat(figures).extracting(f -> f.getAttribute("id"))
        .containsExactly("figure-alice", "figure-offering", "figure-maya");
    assertThat(figures).allSatisfy(f -> assertThat(Xml.all(f, "svg")).hasSize(1));
    assertThat(Xml.all(sections.get(0), "figure")).hasSize(2);
    assertThat(Xml.all(sections.get(1), "p")).extracting(Element::getTextContent)
        .containsExactly("Maya runs her business from her phone.");
    // the ecosystem pictured inline keeps one node per element
    assertThat(Xml.byClass(figures.get(0), "g", "node"))
        .hasSize(PATIENT.around(PatientAndClinic.ALICE, 2).elementCount());
  }

  @Test
  void should_keep_a_text_report_as_it_is_beside_its_figures() {
    // when
    Document page = Xml.parseHtml(twoSections().html());

    // then
    Element panel = Xml.byClass(page, "div", "panel").get(0);
    assertThat(Xml.all(panel, "pre")).extracting(Element::getTextContent)
        .containsExactly("fit 0.81\nwhy: functional\n");
    assertThat(Xml.byClass(panel, "div", "figures")).hasSize(1);
    assertThat(Xml.all(Xml.byClass(page, "div", "panel").get(1), "pre")).isEmpty();
  }

  @Test
  void should_give_each_inline_picture_ids_of_its_own_and_keep_every_reference_inside_it() {
    // given: two ecosystem pictures, each with an arrow head of id "arrow"
    HtmlReport report = twoSections();

    // when
    String html = report.html();

    // then: no id twice on the page, and each figure refers only to ids it holds
    List<String> ids = matches(Pattern.compile("\\sid=\"([^\"]*)\""), html);
    assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
    assertThat(ids).contains("alice-arrow", "maya-arrow");
    for (Figure f : report.figures()) {
      String inline = HtmlReport.inline(f);
      Set<String> own = new HashSet<>(matches(Pattern.compile("\\sid=\"([^\"]*)\""), inline));
      assertThat(matches(Pattern.compile("url\\(#([^)]*)\\)"), inline))
          .allSatisfy(ref -> assertThat(own).contains(ref));
    }
    assertThat(html).doesNotContain("<?xml").doesNotContain("url(#arrow)");
  }

  @Test
  void should_need_no_network_and_run_no_script() {
    // when
    Document page = Xml.parseHtml(twoSections().html());

    // then
    assertThat(Xml.all(page.getDocumentElement(), "script")).isEmpty();
    for (String tag : List.of("link", "img", "iframe", "object", "image", "use")) {
      assertThat(Xml.all(page.getDocumentElement(), tag)).as(tag).isEmpty();
    }
    assertThat(Xml.all(page.getDocumentElement(), "a"))
        .allSatisfy(a -> assertThat(a.getAttribute("href")).startsWith("#"));
    // the only addresses on the page are the namespace names of XHTML and SVG, never fetched
    assertThat(twoSections().html()
            .replace("xmlns=\"http://www.w3.org/1999/xhtml\"", "")
            .replace("xmlns=\"http://www.w3.org/2000/svg\"", ""))
        .doesNotContain("http:").doesNotContain("https:").doesNotContain("file:");
  }

  @Test
  void should_escape_text_so_that_it_never_becomes_markup() {
    // given
    String hostile = "<script>alert('x')</script> & \u0007";

    // when
    String html = HtmlReport.builder(hostile).section(hostile).paragraph(hostile)
        .panel(hostile).build().html();

    // then: still one script-free page, the text kept as text (the bell replaced)
    Document page = Xml.parseHtml(html);
    assertThat(Xml.all(page.getDocumentElement(), "script")).isEmpty();
    assertThat(Xml.all(page.getDocumentElement(), "pre")).extracting(Element::getTextContent)
        .containsExactly("<script>alert('x')</script> & \uFFFD\n");
  }

  @Test
  void should_give_the_same_bytes_for_the_same_report() {
    assertThat(twoSections().html()).isEqualTo(twoSections().html());
  }

  @Test
  void should_write_the_page_and_each_figure_as_a_file_of_its_own(@TempDir Path dir)
      throws IOException {
    // given
    HtmlReport report = twoSections();
    Path folder = dir.resolve("report");

    // when
    Path index = report.writeTo(folder);

    // then
    assertThat(index).isEqualTo(folder.resolve("index.html"));
    assertThat(Files.readString(index, StandardCharsets.UTF_8)).isEqualTo(report.html());
    try (var files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("index.html", "alice.svg", "offering.svg", "maya.svg");
    }
    for (Figure f : report.figures()) {
      String svg = Files.readString(folder.resolve(f.name() + ".svg"), StandardCharsets.UTF_8);
      assertThat(svg).isEqualTo(f.svg());
      Xml.parse(svg);
    }
  }

  @Test
  void should_name_its_sections_and_figures() {
    HtmlReport report = twoSections();
    assertThat(report.title()).isEqualTo("What Attune sees");
    assertThat(report.sections()).containsExactly("A patient", "A bank customer");
    assertThat(report.figures()).extracting(Figure::name)
        .containsExactly("alice", "offering", "maya");
    assertThat(report).hasToString("HtmlReport[What Attune sees, 2 sections, 3 figures]");
  }

  @Test
  void should_refuse_a_figure_name_twice_and_leave_the_builder_as_it_was() {
    // given
    HtmlReport.Builder builder = HtmlReport.builder("t").section("s").panel("a", alice());

    // when / then
    assertThatThrownBy(() -> builder.panel("b", maya(), alice()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("figure name \"alice\" is already in the report; each names a file");
    assertThatThrownBy(() -> builder.panel("b", maya(), maya()))
        .hasMessageContaining("\"maya\" is already");
    HtmlReport report = builder.panel("c", maya()).build();
    assertThat(report.figures()).extracting(Figure::name).containsExactly("alice", "maya");
  }

  @Test
  void should_refuse_bad_parts_naming_them() {
    String svg = alice().svg();
    assertThatThrownBy(() -> Figure.of("Alice Ecosystem", "c", svg))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name must be lower-case letters, digits and hyphens")
        .hasMessageContaining("\"Alice Ecosystem\"");
    assertThatThrownBy(() -> Figure.of("a", " ", svg))
        .hasMessage("caption must not be blank, but was \" \"");
    assertThatThrownBy(() -> Figure.of("a", "c", "<html/>"))
        .hasMessageContaining("svg of figure \"a\" must be an SVG document")
        .hasMessageContaining("\"<html/>\"");
    assertThatThrownBy(() -> HtmlReport.builder(""))
        .hasMessage("title must not be blank, but was \"\"");
    assertThatThrownBy(() -> HtmlReport.builder("t").panel(" "))
        .hasMessage("a panel needs a text or a figure, but had neither");
    assertThatThrownBy(() -> HtmlReport.builder("t").section(null))
        .isInstanceOf(NullPointerException.class).hasMessage("section title");
  }

  @Test
  void should_accept_a_figure_name_at_the_limits_of_its_form() {
    String svg = alice().svg();
    assertThat(Figure.of("a".repeat(64), "c", svg).name()).hasSize(64);
    assertThat(Figure.of("0-x", "c", svg.substring(svg.indexOf("<svg"))).name()).isEqualTo("0-x");
    assertThatThrownBy(() -> Figure.of("a".repeat(65), "c", svg))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Figure.of("-a", "c", svg))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<String> matches(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  @Test
  void should_escape_the_title_headings_paragraphs_and_captions_each_where_it_stands() {
    // given
    String hostile = "<b>&amp;</b> \u0007";
    String kept = "<b>&amp;</b> \uFFFD";

    // when
    Document page =
        Xml.parseHtml(
            HtmlReport.builder(hostile)
                .section(hostile)
                .paragraph(hostile)
                .panel("", Figure.of("f", hostile, "<svg/>"))
                .build()
                .html());

    // then: each holds the text, none a b element
    for (String tag : List.of("title", "h1", "a", "h2", "p", "figcaption")) {
      assertThat(Xml.all(page.getDocumentElement(), tag))
          .as(tag)
          .singleElement()
          .satisfies(e -> assertThat(e.getTextContent()).isEqualTo(kept));
    }
    assertThat(Xml.all(page.getDocumentElement(), "b")).isEmpty();
  }

  @Test
  void should_open_no_section_in_a_report_of_paragraphs_only() {
    // when
    String html = HtmlReport.builder("Plain").paragraph("Only prose.").build().html();

    // then
    Document page = Xml.parseHtml(html);
    assertThat(Xml.all(page.getDocumentElement(), "section")).isEmpty();
    assertThat(Xml.all(page.getDocumentElement(), "nav")).isEmpty();
    assertThat(html).endsWith("<h1>Plain</h1>\n<p>Only prose.</p>\n</body>\n</html>\n");
  }

  @Test
  void should_inline_a_picture_with_its_ids_and_references_prefixed_and_one_closing_newline() {
    // given: a marker referred to by url() and by href, the document not ending in a newline
    String svg =
        "<?xml version=\"1.0\"?>\n<svg><marker id=\"m\"/><path marker-end=\"url(#m)\"/>"
            + "<use href=\"#m\"/></svg>";

    // when
    String inline = HtmlReport.inline(Figure.of("pic", "A picture", svg));
    String again = HtmlReport.inline(Figure.of("pic", "A picture", inline));

    // then
    assertThat(inline)
        .isEqualTo(
            "<svg><marker id=\"pic-m\"/><path marker-end=\"url(#pic-m)\"/>"
                + "<use href=\"#pic-m\"/></svg>\n");
    assertThat(again).endsWith("</svg>\n").doesNotEndWith("\n\n");
    assertThat(Figure.of("pic", "A picture", svg)).hasToString("Figure[pic, 93 chars]");
  }
}
