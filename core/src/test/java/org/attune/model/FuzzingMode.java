package org.attune.model;

/**
 * Stops a fuzzing run that would be blind. The committed corpora are replayed without Jazzer's
 * instrumentation ({@code jazzer.hooks=false} in {@code junit-platform.properties}); fuzzing without
 * it gets no coverage feedback, so a run with {@code JAZZER_FUZZ} set must turn it on.
 */
final class FuzzingMode {

  private FuzzingMode() {}

  /** Throws if fuzzing ({@code JAZZER_FUZZ} set) without {@code -Djazzer.hooks=true}. */
  static void requireInstrumentationWhenFuzzing() {
    String fuzz = System.getenv("JAZZER_FUZZ");
    boolean fuzzing = fuzz != null && !fuzz.isEmpty() && !fuzz.equals("0");
    if (fuzzing && !"true".equals(System.getProperty("jazzer.hooks"))) {
      throw new IllegalStateException(
          "fuzzing needs Jazzer's instrumentation, which junit-platform.properties turns off for"
              + " the replay in every build: add -Djazzer.hooks=true (see docs/QUALITY.md)");
    }
  }
}
