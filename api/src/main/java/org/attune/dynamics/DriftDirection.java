package org.attune.dynamics;

/**
 * Which way a fit series moved at a change: a {@link #DROP} (the fit worsened) or a {@link #RISE}.
 * A {@link DriftDetector} watches for one or both.
 */
public enum DriftDirection {
  /** The level of the series fell: the mean after the change is below the mean before it. */
  DROP,
  /** The level of the series rose: the mean after the change is above the mean before it. */
  RISE;

  /** {@return the verb of a sentence: "fell" or "rose"} */
  String verb() {
    return this == DROP ? "fell" : "rose";
  }
}
