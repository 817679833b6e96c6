package org.attune.examples;

/** Runs every bundled scenario and prints what it finds. */
public final class Examples {

  private Examples() {}

  /**
   * Runs the scenarios.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println("Attune examples");
  }
}
