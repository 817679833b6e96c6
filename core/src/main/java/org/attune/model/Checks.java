package org.attune.model;

import java.util.Objects;

/** Argument checks shared by the model's factories; every message names the field, the value and the rule. */
final class Checks {

  private Checks() {}

  /** {@return {@code value}} if it is not null and not blank. */
  static String nonBlank(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(
          field + " must be a non-blank string, but was \"" + value + "\"");
    }
    return value;
  }

  /** {@return {@code value}} if it is a finite number in {@code [min, max]}. */
  static double inClosedRange(double value, double min, double max, String field) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(
          field + " must be a finite number in [" + min + ", " + max + "], but was " + value);
    }
    return value;
  }

  /** {@return {@code value}} if it is a finite number in {@code (0, 1]}. */
  static double strength(double value, String field) {
    if (!(value > 0 && value <= 1)) {
      throw new IllegalArgumentException(
          field + " must be a finite number in (0, 1], but was " + value);
    }
    return value;
  }

  /** {@return {@code value}} if it is a finite number {@code >= 0}. */
  static double nonNegativeFinite(double value, String field) {
    if (!(value >= 0 && Double.isFinite(value))) {
      throw new IllegalArgumentException(
          field + " must be a finite number >= 0, but was " + value);
    }
    return value;
  }
}
