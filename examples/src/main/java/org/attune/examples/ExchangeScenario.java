package org.attune.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.exchange.EcosystemJson;
import org.attune.exchange.GraphExport;
import org.attune.exchange.ResultsCsv;
import org.attune.exchange.ResultsJson;
import org.attune.io.TableImport;
import org.attune.io.TableMapping;
import org.attune.io.Tables;
import org.attune.metric.AlignmentReport;
import org.attune.metric.Cohort;
import org.attune.metric.Dyad;
import org.attune.metric.Metric;
import org.attune.metric.Metrics;
import org.attune.metric.Scores;
import org.attune.metric.Scoring;
import org.attune.model.Actor;
import org.attune.testlib.scenario.BankAndCustomers;

/**
 * Data in and out, as a CRM uses it: a survey wave read from a table into the bank's ecosystem, the
 * new version saved as JSON and read back unchanged, every customer's fit exported to a spreadsheet
 * with its top factors (formulas defused), Maya's alignment report to JSON, and her customer
 * ecosystem to DOT for Graphviz. The files go to a folder the caller names.
 */
public final class ExchangeScenario {

  /**
   * The survey wave, as a CRM exports it: one row per respondent, a column per dimension and its
   * weight (1 where none is given); an empty cell leaves the dimension out. Tom now cares most for
   * speed.
   */
  static final String WAVE =
      """
      respondent,functional,functional weight,speed,speed weight,economic
      tom,0.8,1,0.9,3,0.7
      ines,0.8,1,,,0.8
      """;

  private ExchangeScenario() {}

  /**
   * Runs the scenario.
   *
   * @param out where to print
   * @param folder where the files go; created if missing
   */
  public static void run(PrintStream out, Path folder) {
    try {
      Files.createDirectories(folder);
      ServiceEcosystem eco = BankAndCustomers.ecosystem();
      Actor bank = BankAndCustomers.BANK;
      List<Actor> customers =
          List.of(BankAndCustomers.MAYA, BankAndCustomers.TOM, BankAndCustomers.INES);

      // 1. a survey wave from a table: the respondents are the ecosystem's own customers
      TableMapping mapping = TableMapping.builder().elements(eco.elements()).build();
      TableImport wave = Tables.readWideSurvey(new StringReader(WAVE), mapping);
      ServiceEcosystem next = wave.addTo(eco.toBuilder()).build();
      out.printf(Locale.ROOT, "Survey wave read: %d rows, %d own logics, skipped %d%n",
          wave.report().eventsRead(), wave.perspectives().size(), wave.report().eventsSkipped());

      // 2. saved and read back, exactly
      Path saved = folder.resolve("bank.json");
      EcosystemJson.write(next, saved);
      ServiceEcosystem loaded = EcosystemJson.read(saved);
      out.printf(Locale.ROOT, "Saved %s (%,d bytes); read back equal: %s%n",
          saved.getFileName(), Files.size(saved), loaded.equals(next));

      // 3. every customer's fit, with its top two factors, for a spreadsheet
      Metric fit = Metrics.registry().metric("profile-deviation");
      Scores scores = Scoring.sequential().score(fit, Cohort.of(loaded, customers), bank);
      Path csv = folder.resolve("fit.csv");
      try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
        ResultsCsv.standard().withTopFactors(2).write(scores, w);
      }
      out.println("Fit of every customer, " + csv.getFileName() + ":");
      for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
        out.println("  " + line);
      }

      // 4. Maya's alignment report as JSON, and her customer ecosystem as DOT
      Path report = folder.resolve("maya-alignment.json");
      try (Writer w = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
        ResultsJson.standard().write(
            AlignmentReport.of(new Dyad(loaded, BankAndCustomers.MAYA, bank), Metrics.registry()),
            w);
      }
      Path dot = folder.resolve("maya.dot");
      try (Writer w = Files.newBufferedWriter(dot, StandardCharsets.UTF_8)) {
        GraphExport.standard().writeDot(loaded, BankAndCustomers.MAYA, 2, w);
      }
      out.printf(Locale.ROOT, "Maya's alignment report: %s (%,d bytes); her ecosystem: %s"
              + " (%d lines, for Graphviz: dot -Tsvg %s)%n",
          report.getFileName(), Files.size(report), dot.getFileName(),
          Files.readAllLines(dot, StandardCharsets.UTF_8).size(), dot.getFileName());
      out.println("Files in the folder " + folder.getFileName() + ": bank.json, fit.csv,"
          + " maya-alignment.json, maya.dot");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs the scenario on standard output, writing into a new temporary folder.
   *
   * @param args ignored
   * @throws IOException if the folder cannot be made
   */
  public static void main(String[] args) throws IOException {
    run(System.out, Files.createTempDirectory("attune-exchange"));
  }
}
