package org.attune.examples;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.attune.report.HtmlReport;
import org.attune.report.HtmlReport.Figure;

/**
 * Where a scenario writes what it finds: its text goes to the console as it is printed and, when the
 * page belongs to a report, into the {@link HtmlReport} too, in panels with the pictures the scenario
 * draws beside them. A scenario prints a part of its text, adds that part's figures, and closes the
 * panel; the next part starts a new one.
 *
 * <p>Not thread-safe: one scenario writes one page at a time.
 */
public final class Page {

  private final PrintStream console;
  private final HtmlReport.Builder report;
  private final boolean keep;
  private final ByteArrayOutputStream text = new ByteArrayOutputStream();
  private final PrintStream out;
  private final List<Figure> figures = new ArrayList<>();
  private final List<Figure> drawn = new ArrayList<>();

  private Page(PrintStream console, HtmlReport.Builder report, boolean keep) {
    this.console = requireNonNull(console, "console");
    this.report = report;
    this.keep = keep;
    this.out = new PrintStream(new Tee(), true, StandardCharsets.UTF_8);
  }

  /**
   * {@return a page that prints to {@code console} and keeps the figures it is given, in no report}
   *
   * @param console where the text goes
   */
  public static Page console(PrintStream console) {
    return new Page(console, HtmlReport.builder("Attune"), false);
  }

  /**
   * {@return a page that prints to {@code console} and writes into {@code report} too}
   *
   * @param console where the text goes as it is printed
   * @param report where the text goes in panels, with the figures beside it
   */
  public static Page of(PrintStream console, HtmlReport.Builder report) {
    return new Page(console, requireNonNull(report, "report"), true);
  }

  /** {@return where to print: the console and, in a report, the panel being written} */
  public PrintStream out() {
    return out;
  }

  /**
   * Closes the panel being written and starts a section of the report; prints its title as a
   * heading on the console.
   *
   * @param title the section's title
   * @return this page
   */
  public Page section(String title) {
    panel();
    console.println();
    console.println("== " + title + " " + "=".repeat(Math.max(0, 74 - title.length())));
    report.section(title);
    return this;
  }

  /**
   * Adds a paragraph of prose to the report (not to the console), after closing the panel being
   * written.
   *
   * @param paragraph the paragraph
   * @return this page
   */
  public Page paragraph(String paragraph) {
    panel();
    report.paragraph(paragraph);
    return this;
  }

  /**
   * Adds a picture beside the text of the panel being written.
   *
   * @param name the picture's file name, without {@code .svg}, unique in the report
   * @param caption what it shows
   * @param svg the picture
   * @return this page
   */
  public Page figure(String name, String caption, String svg) {
    Figure f = Figure.of(name, caption, svg);
    figures.add(f);
    drawn.add(f);
    return this;
  }

  /**
   * Closes the panel being written: its text and figures go into the report, and what is printed
   * next starts a new panel. A panel with neither text nor figures is left out.
   *
   * @return this page
   */
  public Page panel() {
    out.flush();
    String written = text.toString(StandardCharsets.UTF_8);
    if (keep && (!written.isBlank() || !figures.isEmpty())) {
      report.panel(written, figures);
    }
    text.reset();
    figures.clear();
    return this;
  }

  /** {@return every figure drawn on this page so far, in order} */
  public List<Figure> figures() {
    return List.copyOf(drawn);
  }

  /** Copies every byte to the console and to the panel's text. */
  private final class Tee extends OutputStream {
    @Override
    public void write(int b) {
      console.write(b);
      text.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      console.write(b, off, len);
      text.write(b, off, len);
    }

    @Override
    public void flush() {
      console.flush();
    }
  }
}
