package org.attune.model;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Locale;

/**
 * The rules the model applies to ids and names, and the safe quoting of a value in a message, for
 * code that derives ids from imported text and wants to check them before it builds an element.
 *
 * <ul>
 *   <li><b>Blank</b>: a string is blank when every character in it is white space or invisible: what
 *       {@link Character#isWhitespace(int)} or {@link Character#isSpaceChar(int)} accepts (such as
 *       the no-break space U+00A0), a format character (Unicode category Cf, such as the zero-width
 *       space U+200B, the joiners U+200C and U+200D, the word joiner U+2060 and the byte order mark
 *       U+FEFF), a control character, or a Hangul filler (U+115F, U+1160, U+3164, U+FFA0). Ids and
 *       names must not be blank, so that an id cannot look like nothing.
 *   <li><b>Control characters</b>, forbidden in ids: the C0 and C1 controls and DEL ({@link
 *       Character#isISOControl(int)}: U+0000 to U+001F and U+007F to U+009F), the line and paragraph
 *       separators U+2028 and U+2029, and the bidirectional controls (U+061C, U+200E, U+200F, U+202A
 *       to U+202E, U+2066 to U+2069). Names may hold the tab and the line breaks (line feed,
 *       carriage return, U+2028 and U+2029), none of the others.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class Ids {

  /** How many characters of a value {@link #quote} shows before it abbreviates. */
  public static final int QUOTE_LIMIT = 200;

  private Ids() {}

  /**
   * {@return whether {@code text} is empty or holds only white space and invisible characters}
   *
   * @param text the text
   */
  public static boolean isBlank(CharSequence text) {
    requireNonNull(text, "text");
    int i = 0;
    while (i < text.length()) {
      int c = Character.codePointAt(text, i);
      if (!isInvisible(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /**
   * {@return whether {@code codePoint} is a control character, which no id may hold}
   *
   * @param codePoint the code point
   */
  public static boolean isControl(int codePoint) {
    return Character.isISOControl(codePoint)
        || codePoint == 0x2028
        || codePoint == 0x2029
        || isBidiControl(codePoint);
  }

  /**
   * {@return the index of the first control character in {@code id}, or -1 if it holds none}
   *
   * @param id the id, or any text to be used as one
   */
  public static int indexOfControl(CharSequence id) {
    requireNonNull(id, "id");
    for (int i = 0; i < id.length(); i++) {
      if (isControl(id.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * {@return {@code value}} if it holds no control character ({@link #isControl}); for text that
   * becomes part of ids, such as a prefix, and may be empty
   *
   * @param value the text
   * @param field what the text is, for the message
   * @throws IllegalArgumentException if {@code value} holds a control character; the message names
   *     the field, the value quoted with {@link #quote} and the first control character
   */
  @CanIgnoreReturnValue
  public static String requireFreeOfControl(String value, String field) {
    requireNonNull(field, "field");
    requireNonNull(value, field);
    int i = indexOfControl(value);
    if (i >= 0) {
      throw controlCharacter(value, field, i);
    }
    return value;
  }

  /** {@return the exception for the control character at {@code i} of {@code value}} */
  static IllegalArgumentException controlCharacter(String value, String field, int i) {
    return new IllegalArgumentException(
        field
            + " must be free of control characters, but was "
            + quote(value)
            + String.format(Locale.ROOT, " (U+%04X at index %d)", (int) value.charAt(i), i));
  }

  /**
   * {@return whether {@code id} is a valid id: not blank and free of control characters}
   *
   * @param id the id, or any text to be used as one
   */
  public static boolean isValid(CharSequence id) {
    return !isBlank(id) && indexOfControl(id) < 0;
  }

  /**
   * {@return {@code value} in double quotes, safe to put in a message or a log line}: every control,
   * format, separator or white-space character but the plain space, and every unpaired surrogate, is
   * shown as a Java escape such as <code>&#92;u001b</code> for the escape character (tab, line feed
   * and carriage return as <code>&#92;t</code>, <code>&#92;n</code> and <code>&#92;r</code>); a
   * backslash and a double quote are escaped too. A value longer than {@value #QUOTE_LIMIT}
   * characters is cut there and followed by its length.
   *
   * @param value the value
   */
  public static String quote(CharSequence value) {
    requireNonNull(value, "value");
    int end = Math.min(value.length(), QUOTE_LIMIT);
    StringBuilder s = new StringBuilder(end + 2).append('"');
    for (int i = 0; i < end; i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        s.append('\\').append(c);
      } else if (c == '\t') {
        s.append("\\t");
      } else if (c == '\n') {
        s.append("\\n");
      } else if (c == '\r') {
        s.append("\\r");
      } else if (needsEscape(value, i, c)) {
        s.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        s.append(c);
      }
    }
    s.append('"');
    if (value.length() > end) {
      s.append("... (").append(value.length()).append(" characters)");
    }
    return s.toString();
  }

  private static boolean needsEscape(CharSequence value, int i, char c) {
    if (c == ' ') {
      return false;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(value.charAt(i - 1));
    }
    return isControl(c) || isInvisible(c);
  }

  private static boolean isInvisible(int c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || Character.isISOControl(c)
        || Character.getType(c) == Character.FORMAT
        || c == 0x115F
        || c == 0x1160
        || c == 0x3164
        || c == 0xFFA0;
  }

  private static boolean isBidiControl(int c) {
    return c == 0x061C
        || c == 0x200E
        || c == 0x200F
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }
}
