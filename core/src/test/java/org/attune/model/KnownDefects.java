package org.attune.model;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The defects of issue 9 that the fuzz tests may meet while their fixes are under way. A fuzz test
 * tolerates exactly such a failure, and this class says so once per defect on the standard error, so
 * that a run shows which known defects it met. Remove each toleration with the fix of its defect.
 */
final class KnownDefects {

  private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

  private KnownDefects() {}

  /**
   * Tolerates {@code failure} as the known defect {@code defect} if {@code isThatDefect}, and throws
   * it otherwise.
   *
   * @param defect the defect, such as {@code "issue 9 #1: ..."}
   * @param failure what was thrown
   * @param isThatDefect whether the failure is that defect and no other
   */
  static void tolerate(String defect, RuntimeException failure, boolean isThatDefect) {
    if (!isThatDefect) {
      throw failure;
    }
    if (REPORTED.add(defect)) {
      System.err.println("[fuzz] tolerated known defect (" + defect + "): " + failure);
    }
  }
}
