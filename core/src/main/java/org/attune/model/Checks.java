package org.attune.model;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Locale;
import java.util.Objects;

/** Argument checks shared by the model's factories; every message names the field, the value and the rule. */
final class Checks {

  private Checks() {}

  /**
   * {@return {@code value}} if it is a valid id: not null, not blank (white space and invisible
   * characters do not count, see {@link Ids#isBlank}) and free of control characters ({@link
   * Ids#isControl}).
   */
  @CanIgnoreReturnValue
  static String id(String value, String field) {
    nonBlank(value, field);
    int i = Ids.indexOfControl(value);
    if (i >= 0) {
      throw Ids.controlCharacter(value, field, i);
    }
    return value;
  }

  /**
   * {@return {@code value}} if it is a valid name: not null, not blank and free of control
   * characters other than the tab and the line breaks (line feed, carriage return, U+2028 and
   * U+2029). A message about a control character gives its position, never the name, which is
   * personal data.
   */
  @CanIgnoreReturnValue
  static String name(String value, String field) {
    nonBlank(value, field);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != '\t' && c != '\n' && c != '\r' && c != '\u2028' && c != '\u2029'
          && Ids.isControl(c)) {
        // the message says where, not what: a name is personal data (Actor#name)
        throw new IllegalArgumentException(
            field
                + " must be free of control characters other than the tab and the line breaks,"
                + String.format(Locale.ROOT, " but held U+%04X at index %d", (int) c, i)
                + " (the name is not shown: names are personal data)");
      }
    }
    return value;
  }

  /** {@return {@code value}} if it is not null and not blank (see {@link Ids#isBlank}). */
  @CanIgnoreReturnValue
  static String nonBlank(String value, String field) {
    Objects.requireNonNull(value, field);
    if (Ids.isBlank(value)) {
      throw new IllegalArgumentException(
          field + " must be a non-blank string, but was " + Ids.quote(value));
    }
    return value;
  }

  /** {@return {@code value}} if it is a finite number in {@code [min, max]}. */
  @CanIgnoreReturnValue
  static double inClosedRange(double value, double min, double max, String field) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(
          field + " must be a finite number in [" + min + ", " + max + "], but was " + value);
    }
    return value;
  }

  /** {@return {@code value}} if it is a finite number in {@code (0, 1]}. */
  @CanIgnoreReturnValue
  static double strength(double value, String field) {
    if (!(value > 0 && value <= 1)) {
      throw new IllegalArgumentException(
          field + " must be a finite number in (0, 1], but was " + value);
    }
    return value;
  }

  /** {@return {@code value}} if it is a finite number {@code >= 0}. */
  @CanIgnoreReturnValue
  static double nonNegativeFinite(double value, String field) {
    if (!(value >= 0 && Double.isFinite(value))) {
      throw new IllegalArgumentException(
          field + " must be a finite number >= 0, but was " + value);
    }
    return value;
  }
}
