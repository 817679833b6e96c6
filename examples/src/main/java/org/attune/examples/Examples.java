package org.attune.examples;

import java.io.PrintStream;

/** Runs every bundled scenario and prints what it finds. */
public final class Examples {

  private Examples() {}

  /**
   * Runs the scenarios.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
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
    section(out, "Journeys from event logs");
    JourneyScenario.run(out);
  }

  private static void section(PrintStream out, String title) {
    out.println();
    out.println("== " + title + " " + "=".repeat(Math.max(0, 74 - title.length())));
  }
}
