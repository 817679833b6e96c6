package org.attune.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import org.attune.report.HtmlReport;

/**
 * Runs every bundled scenario, prints what it finds, and writes the report: one self-contained
 * {@code index.html} with the pictures beside the text, and each picture as an SVG file of its own.
 *
 * <p>The five scenarios of the essays come first: a patient's ecosystem (the alignment and
 * partnership essays), a bank customer's journeys (the journeys essay), servitization (the journeys
 * essay), who conducts the orchestra (the customer-dominance essay) and a firm that adapts (the
 * flexibility essay). Then the bank and its customers scored by every metric, theory as rules, the
 * essays' smaller cases, and data in and out.
 */
public final class Examples {

  /** The system property naming the report folder, if no {@code --out} is given. */
  static final String REPORT_DIR = "attune.report.dir";

  /** The system property naming a log of one's own, if no {@code --log} is given. */
  static final String LOG = "attune.log";

  private Examples() {}

  /**
   * Runs the scenarios and writes the report.
   *
   * @param args {@code --out FOLDER} (default: the system property {@value #REPORT_DIR}, else
   *     {@code attune-report}) and {@code --log PATH} to an XES log of one's own, such as BPI
   *     Challenge 2012 (default: the system property {@value #LOG}, else none)
   * @throws IOException if the report cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(option(args, "--out", System.getProperty(REPORT_DIR, "attune-report")));
    String log = option(args, "--log", System.getProperty(LOG, ""));
    System.out.println("== Quickstart");
    Quickstart.main(new String[0]);
    Path index =
        run(System.out, folder, log.isBlank() ? Optional.empty() : Optional.of(Path.of(log)));
    System.out.println();
    System.out.println("The report: " + index.toAbsolutePath().normalize());
    System.out.println("(open index.html in a browser; every picture is beside it as an SVG file)");
  }

  /**
   * Runs every scenario, printing to {@code console}, and writes the report into {@code folder}.
   *
   * @param console where the text goes as it is printed
   * @param folder the report folder, made if missing
   * @param log an XES log of one's own, if any
   * @return the path of the report's {@code index.html}
   * @throws IOException if the report cannot be written
   */
  static Path run(PrintStream console, Path folder, Optional<Path> log) throws IOException {
    HtmlReport.Builder report = HtmlReport.builder("What Attune sees: the five essays as scenarios")
        .paragraph("Attune models Customer-Dominant Logic and Service-Dominant Logic: actors,"
            + " resources, institutions, activities, touchpoints and value-in-use in a service"
            + " ecosystem, and how well a firm fits a customer's own logic. Each section below is a"
            + " scenario of one of the essays the library models, its text report beside its"
            + " pictures. Hover over a node or a line of a picture to read it in full.");
    Page page = Page.of(console, report);
    page.section("1. A patient's ecosystem (the alignment and partnership essays)");
    PatientScenario.run(page);
    page.section("2. A bank customer's journeys (the journeys essay)");
    JourneyScenario.run(page, log);
    page.section("3. Servitization: flying hours rather than engines (the journeys essay)");
    ServitizationScenario.run(page);
    page.section("4. Who conducts the orchestra? (the customer-dominance essay)");
    OrchestraScenario.run(page);
    page.section("5. A firm that adapts (the flexibility essay)");
    FlexibilityScenario.run(page);
    page.section("More: a bank and its customers, scored by every metric");
    AlignmentScenario.run(page.out());
    page.section("More: theory as rules");
    TheoryScenario.run(page.out());
    page.section("More: the essays' smaller cases");
    EssayCasesScenario.run(page.out());
    page.section("More: data in and out (a survey table in, JSON saved and loaded, results out)");
    ExchangeScenario.run(page.out(), folder.resolve("exchange"));
    page.panel();
    return report.build().writeTo(folder);
  }

  /** {@return the value after {@code name} in {@code args}, else {@code fallback}} */
  private static String option(String[] args, String name, String fallback) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals(name)) {
        if (i + 1 == args.length) {
          throw new IllegalArgumentException(name + " needs a value, but was the last argument");
        }
        return args[i + 1];
      }
    }
    return fallback;
  }
}
