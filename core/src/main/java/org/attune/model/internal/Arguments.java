package org.attune.model.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Locale;

/**
 * The argument checks that more than one package of Attune needs; every message names the field,
 * the value and the rule.
 *
 * <p>The idiom of the project: a null is rejected with {@link
 * java.util.Objects#requireNonNull(Object, String)} naming the field; any other argument check is
 * Guava's {@code checkArgument} (or {@code checkState} for the state of an object) with a {@code
 * %s} template whose arguments are values at hand, such as {@code checkArgument(count >= 1, "count
 * must be at least 1, but was %s", count)}. A
 * check whose message needs work to build (quoting a value, formatting a code point) throws
 * explicitly, so that the work is done only on failure, and lives here when more than one package
 * needs it.
 *
 * <p>Stateless and thread-safe.
 */
public final class Arguments {

  private Arguments() {}

  /**
   * {@return {@code value}} if it is not null and not blank (white space and invisible characters
   * do not count, see {@link Text#isBlank})
   *
   * @param value the value
   * @param field what the value is, for the message
   * @throws NullPointerException if {@code value} or {@code field} is null; the message names the
   *     field
   * @throws IllegalArgumentException if {@code value} is blank; the message names the field and the
   *     value quoted with {@link Text#quote}
   */
  @CanIgnoreReturnValue
  public static String nonBlank(String value, String field) {
    requireNonNull(field, "field");
    requireNonNull(value, field);
    if (Text.isBlank(value)) {
      throw new IllegalArgumentException(
          field + " must be a non-blank string, but was " + Text.quote(value));
    }
    return value;
  }

  /**
   * {@return {@code value}} if it holds no control character ({@link Text#isControl}); it may be
   * empty
   *
   * @param value the value
   * @param field what the value is, for the message
   * @throws NullPointerException if {@code value} or {@code field} is null; the message names the
   *     field
   * @throws IllegalArgumentException if {@code value} holds a control character; the message names
   *     the field, the value quoted and the first control character
   */
  @CanIgnoreReturnValue
  public static String freeOfControl(String value, String field) {
    requireNonNull(field, "field");
    requireNonNull(value, field);
    int i = Text.indexOfControl(value);
    if (i >= 0) {
      throw new IllegalArgumentException(
          field
              + " must be free of control characters, but was "
              + Text.quote(value)
              + String.format(Locale.ROOT, " (U+%04X at index %d)", (int) value.charAt(i), i));
    }
    return value;
  }

  /**
   * {@return {@code value}} if it is a valid id: not null, not blank and free of control characters
   *
   * @param value the value
   * @param field what the value is, for the message
   * @throws NullPointerException if {@code value} or {@code field} is null
   * @throws IllegalArgumentException if {@code value} is blank or holds a control character
   */
  @CanIgnoreReturnValue
  public static String id(String value, String field) {
    return freeOfControl(nonBlank(value, field), field);
  }

  /**
   * {@return {@code value}} if it is a valid name: not null, not blank and free of control
   * characters other than the tab and the line breaks (line feed, carriage return, U+2028 and
   * U+2029). A message about a control character gives its position, never the name, which is
   * personal data.
   *
   * @param value the value
   * @param field what the value is, for the message
   * @throws NullPointerException if {@code value} or {@code field} is null
   * @throws IllegalArgumentException if {@code value} is blank or holds a control character other
   *     than the tab and the line breaks
   */
  @CanIgnoreReturnValue
  public static String name(String value, String field) {
    nonBlank(value, field);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != '\t' && c != '\n' && c != '\r' && c != '\u2028' && c != '\u2029'
          && Text.isControl(c)) {
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

  /**
   * {@return {@code value}} if it is a finite number in {@code [min, max]}
   *
   * @param value the value
   * @param min the least value allowed
   * @param max the greatest value allowed
   * @param field what the value is, for the message
   * @throws NullPointerException if {@code field} is null
   * @throws IllegalArgumentException if {@code value} is NaN or outside {@code [min, max]}
   */
  @CanIgnoreReturnValue
  public static double inClosedRange(double value, double min, double max, String field) {
    requireNonNull(field, "field");
    checkArgument(
        value >= min && value <= max,
        "%s must be a finite number in [%s, %s], but was %s",
        field,
        min,
        max,
        value);
    return value;
  }

  /**
   * {@return {@code value}} if it is a finite number in {@code (0, 1]}
   *
   * @param value the value
   * @param field what the value is, for the message
   * @throws NullPointerException if {@code field} is null
   * @throws IllegalArgumentException if {@code value} is NaN or outside {@code (0, 1]}
   */
  @CanIgnoreReturnValue
  public static double positiveAtMostOne(double value, String field) {
    requireNonNull(field, "field");
    checkArgument(
        value > 0 && value <= 1, "%s must be a finite number in (0, 1], but was %s", field, value);
    return value;
  }

  /**
   * {@return {@code value}} if it is a finite number {@code >= 0}
   *
   * @param value the value
   * @param field what the value is, for the message
   * @throws NullPointerException if {@code field} is null
   * @throws IllegalArgumentException if {@code value} is NaN, infinite or negative
   */
  @CanIgnoreReturnValue
  public static double nonNegativeFinite(double value, String field) {
    requireNonNull(field, "field");
    checkArgument(
        value >= 0 && Double.isFinite(value),
        "%s must be a finite number >= 0, but was %s",
        field,
        value);
    return value;
  }
}
