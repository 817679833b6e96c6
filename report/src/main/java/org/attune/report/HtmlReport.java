package org.attune.report;

import static java.util.Objects.requireNonNull;

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

/**
 * One self-contained HTML page of what Attune sees: sections of text reports with their pictures
 * beside them. The page holds every picture inline, with its style sheet and no script, so it opens
 * from disk with no network; {@link #writeTo(Path)} also writes each picture beside it as an SVG file
 * of its own, for a slide or a README.
 *
 * <p>A report is built in reading order: a title, optional paragraphs, then sections, each holding
 * paragraphs and panels (a text report, preformatted, with zero or more {@link Figure}s beside it):
 *
 * <pre>{@code
 * HtmlReport report = HtmlReport.builder("Alice and her clinic")
 *     .section("Her ecosystem")
 *     .panel(AlignmentReport.of(dyad).render(),
 *         Figure.of("ecosystem", "Alice's ecosystem", EcosystemPicture.of(eco, alice).svg()))
 *     .build();
 * Path index = report.writeTo(Path.of("report"));   // report/index.html and report/ecosystem.svg
 * }</pre>
 *
 * <p>The page is polyglot XHTML: it parses as XML as well as HTML. It is deterministic (the same
 * report gives the same bytes: no timestamp, no random choice), immutable and thread-safe. Each inline
 * picture's own ids (an arrow head, say) are prefixed with its figure's name, so two pictures on one
 * page never share an id.
 */
public final class HtmlReport {

  /** The name of the page {@link #writeTo(Path)} writes. */
  public static final String INDEX = "index.html";

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
  private static final Pattern XML_DECLARATION = Pattern.compile("^<\\?xml[^>]*\\?>\\s*");
  private static final Pattern ID = Pattern.compile("(?<=\\s)id=\"([^\"]*)\"");
  private static final Pattern REFERENCE = Pattern.compile("url\\(#([^)]*)\\)|href=\"#([^\"]*)\"");

  private static final String STYLE =
      """
      body { font-family: sans-serif; margin: 24px auto; max-width: 1500px; padding: 0 16px;\
       color: #1a1a1a; background: #ffffff; }
      h1 { font-size: 26px; margin-bottom: 4px; }
      h2 { font-size: 20px; margin-top: 36px; border-bottom: 2px solid #0072b2; padding-bottom: 4px; }
      nav ol { columns: 2; }
      p { max-width: 900px; line-height: 1.45; }
      .panel { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; margin: 16px 0; }
      .panel pre { flex: 1 1 480px; min-width: 0; margin: 0; padding: 12px; white-space: pre-wrap;\
       overflow-wrap: anywhere; background: #f6f6f4; border: 1px solid #e0e0dc; font-size: 12px;\
       line-height: 1.35; }
      .figures { flex: 1 1 520px; display: flex; flex-wrap: wrap; gap: 16px; }
      figure { margin: 0; border: 1px solid #e0e0dc; padding: 8px; background: #ffffff; }
      figure svg { display: block; max-width: 100%; height: auto; }
      figcaption { font-size: 13px; color: #444444; margin-top: 6px; max-width: 640px; }
      """;

  private final String title;
  private final List<Block> blocks;
  private final List<Figure> figures;

  private HtmlReport(String title, List<Block> blocks) {
    this.title = title;
    this.blocks = blocks;
    List<Figure> all = new ArrayList<>();
    for (Block b : blocks) {
      if (b instanceof Panel p) {
        all.addAll(p.figures());
      }
    }
    this.figures = List.copyOf(all);
  }

  /**
   * Starts a report.
   *
   * @param title the page's title and first heading
   * @return a builder
   * @throws IllegalArgumentException if {@code title} is blank
   */
  public static Builder builder(String title) {
    return new Builder(text("title", title));
  }

  /** {@return the page's title} */
  public String title() {
    return title;
  }

  /** {@return every figure of the report, in reading order} */
  public List<Figure> figures() {
    return figures;
  }

  /** {@return the titles of the sections, in reading order} */
  public List<String> sections() {
    return blocks.stream()
        .filter(Heading.class::isInstance)
        .map(b -> ((Heading) b).title())
        .toList();
  }

  /** {@return the page: polyglot XHTML, every picture inline, no script, no external resource} */
  public String html() {
    StringBuilder out = new StringBuilder(64 * 1024);
    out.append("<!DOCTYPE html>\n")
        .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
        .append("<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>");
    Svg.escape(out, title, false);
    out.append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<h1>");
    Svg.escape(out, title, false);
    out.append("</h1>\n");
    List<String> sections = sections();
    if (!sections.isEmpty()) {
      out.append("<nav><ol>\n");
      for (int i = 0; i < sections.size(); i++) {
        out.append("<li><a href=\"#section-").append(i + 1).append("\">");
        Svg.escape(out, sections.get(i), false);
        out.append("</a></li>\n");
      }
      out.append("</ol></nav>\n");
    }
    int section = 0;
    for (Block b : blocks) {
      if (b instanceof Heading h) {
        if (section > 0) {
          out.append("</section>\n");
        }
        section++;
        out.append("<section id=\"section-").append(section).append("\">\n<h2>");
        Svg.escape(out, h.title(), false);
        out.append("</h2>\n");
      } else if (b instanceof Paragraph p) {
        out.append("<p>");
        Svg.escape(out, p.text(), false);
        out.append("</p>\n");
      } else {
        panel(out, (Panel) b);
      }
    }
    if (section > 0) {
      out.append("</section>\n");
    }
    return out.append("</body>\n</html>\n").toString();
  }

  /**
   * Writes the page as {@value #INDEX} in {@code folder}, and each figure beside it as {@code
   * <name>.svg}, creating the folder if it does not exist; files of the same names are replaced.
   *
   * @param folder the report folder
   * @return the path of the page
   * @throws IOException if a file cannot be written
   */
  public Path writeTo(Path folder) throws IOException {
    requireNonNull(folder, "folder");
    Files.createDirectories(folder);
    for (Figure f : figures) {
      Files.writeString(folder.resolve(f.name() + ".svg"), f.svg(), StandardCharsets.UTF_8);
    }
    Path index = folder.resolve(INDEX);
    Files.writeString(index, html(), StandardCharsets.UTF_8);
    return index;
  }

  @Override
  public String toString() {
    return "HtmlReport[" + title + ", " + sections().size() + " sections, " + figures.size()
        + " figures]";
  }

  private static void panel(StringBuilder out, Panel panel) {
    out.append("<div class=\"panel\">\n");
    if (!panel.text().isEmpty()) {
      out.append("<pre>");
      Svg.escape(out, panel.text(), false);
      out.append("</pre>\n");
    }
    if (!panel.figures().isEmpty()) {
      out.append("<div class=\"figures\">\n");
      for (Figure f : panel.figures()) {
        out.append("<figure id=\"figure-").append(f.name()).append("\">\n")
            .append(inline(f))
            .append("<figcaption>");
        Svg.escape(out, f.caption(), false);
        out.append("</figcaption>\n</figure>\n");
      }
      out.append("</div>\n");
    }
    out.append("</div>\n");
  }

  /** The figure's SVG without its XML declaration, its ids and references to them prefixed. */
  static String inline(Figure figure) {
    String svg = XML_DECLARATION.matcher(figure.svg()).replaceFirst("");
    String prefix = figure.name() + "-";
    svg = ID.matcher(svg).replaceAll(m -> Matcher.quoteReplacement(
        "id=\"" + prefix + m.group(1) + "\""));
    svg = REFERENCE.matcher(svg).replaceAll(m -> Matcher.quoteReplacement(
        m.group(1) != null
            ? "url(#" + prefix + m.group(1) + ")"
            : "href=\"#" + prefix + m.group(2) + "\""));
    return svg.endsWith("\n") ? svg : svg + "\n";
  }

  private static String text(String field, String value) {
    requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank, but was \"" + value + "\"");
    }
    return value;
  }

  /**
   * A picture of the report: its file name (without {@code .svg}), its caption and its SVG document,
   * such as a picture's {@code svg()} gives.
   *
   * @param name the picture's name: lower-case letters, digits and hyphens, at most 64, starting with
   *     a letter or digit; unique within a report, it names the file and prefixes the picture's ids
   * @param caption what the picture shows, in a sentence or two
   * @param svg a standalone SVG document
   */
  public record Figure(String name, String caption, String svg) {

    /**
     * Checks the parts.
     *
     * @param name the picture's name, as the record describes
     * @param caption what the picture shows
     * @param svg a standalone SVG document
     * @throws IllegalArgumentException if the name is not of the form described, the caption is
     *     blank, or {@code svg} holds no {@code <svg} root
     */
    public Figure {
      requireNonNull(name, "name");
      if (!NAME.matcher(name).matches()) {
        throw new IllegalArgumentException(
            "name must be lower-case letters, digits and hyphens (at most 64, starting with a letter"
                + " or digit), but was \"" + name + "\"");
      }
      text("caption", caption);
      requireNonNull(svg, "svg");
      if (!XML_DECLARATION.matcher(svg).replaceFirst("").startsWith("<svg")) {
        throw new IllegalArgumentException(
            "svg of figure \"" + name + "\" must be an SVG document starting with <svg (after an"
                + " optional XML declaration), but starts with \""
                + svg.substring(0, Math.min(20, svg.length())) + "\"");
      }
    }

    /**
     * {@return a figure}
     *
     * @param name the picture's name, as the record describes
     * @param caption what the picture shows
     * @param svg a standalone SVG document
     */
    public static Figure of(String name, String caption, String svg) {
      return new Figure(name, caption, svg);
    }

    @Override
    public String toString() {
      return "Figure[" + name + ", " + svg.length() + " chars]";
    }
  }

  private sealed interface Block permits Heading, Paragraph, Panel {}

  private record Heading(String title) implements Block {}

  private record Paragraph(String text) implements Block {}

  private record Panel(String text, List<Figure> figures) implements Block {}

  /**
   * Builds a report in reading order. Not thread-safe; the report it builds is. A builder whose
   * {@code build()} fails stays as it was, so a caller may fix the input and build again.
   */
  public static final class Builder {

    private final String title;
    private final List<Block> blocks = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    private Builder(String title) {
      this.title = title;
    }

    /**
     * Adds a section heading; what follows belongs to the section, up to the next.
     *
     * @param title the section's title
     * @return this builder
     * @throws IllegalArgumentException if {@code title} is blank
     */
    public Builder section(String title) {
      blocks.add(new Heading(text("section title", title)));
      return this;
    }

    /**
     * Adds a paragraph of prose.
     *
     * @param text the paragraph
     * @return this builder
     * @throws IllegalArgumentException if {@code text} is blank
     */
    public Builder paragraph(String text) {
      blocks.add(new Paragraph(text("paragraph", text)));
      return this;
    }

    /**
     * Adds a panel: a text report, kept as it is (monospaced, lines and spaces kept), with its
     * figures beside it.
     *
     * @param text the text report; empty for figures alone
     * @param figures the figures beside it, in order
     * @return this builder
     * @throws IllegalArgumentException if the panel is empty, or a figure's name is already in the
     *     report (the builder is left unchanged)
     */
    public Builder panel(String text, List<Figure> figures) {
      requireNonNull(text, "text");
      List<Figure> copy = List.copyOf(figures);
      if (text.isBlank() && copy.isEmpty()) {
        throw new IllegalArgumentException("a panel needs a text or a figure, but had neither");
      }
      Set<String> added = new HashSet<>();
      for (Figure f : copy) {
        if (names.contains(f.name()) || !added.add(f.name())) {
          throw new IllegalArgumentException(
              "figure name \"" + f.name() + "\" is already in the report; each names a file");
        }
      }
      names.addAll(added);
      blocks.add(new Panel(text.strip().isEmpty() ? "" : stripTrailing(text), copy));
      return this;
    }

    /**
     * Adds a panel: a text report with its figures beside it.
     *
     * @param text the text report; empty for figures alone
     * @param figures the figures beside it, in order
     * @return this builder
     * @throws IllegalArgumentException as {@link #panel(String, List)}
     */
    public Builder panel(String text, Figure... figures) {
      return panel(text, List.of(figures));
    }

    /** {@return the report built so far} */
    public HtmlReport build() {
      return new HtmlReport(title, List.copyOf(blocks));
    }

    private static String stripTrailing(String text) {
      return text.stripTrailing() + "\n";
    }
  }
}
