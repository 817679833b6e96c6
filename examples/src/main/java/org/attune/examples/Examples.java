package org.attune.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;

/** Runs every bundled scenario and prints what it finds. */
public final class Examples {

  private Examples() {}

  /**
   * Runs the scenarios.
   *
   * @param args ignored
   * @throws IOException if the folder of the exported files cannot be made
   */
  public static void main(String[] args) throws IOException {
    PrintStream out = System.out;
    section(out, "Quickstart");
    Quickstart.main(args);
    section(out, "Alignment and attunement of a bank and its customers");
    AlignmentScenario.run(out);
    section(out, "Theory as rules; who conducts value formation");
    TheoryScenario.run(out);
    section(out, "The essays' own cases");
    EssayCasesScenario.run(out);
    section(out, "Is it getting better? A firm that adapts, and one that does not");
    FlexibilityScenario.run(out);
    section(out, "Data in and out: a survey table in, JSON saved and loaded, results out");
    ExchangeScenario.run(out, Files.createTempDirectory("attune-exchange"));
    section(out, "Journeys from event logs");
    JourneyScenario.run(out);
  }

  private static void section(PrintStream out, String title) {
    out.println();
    out.println("== " + title + " " + "=".repeat(Math.max(0, 74 - title.length())));
  }
}
