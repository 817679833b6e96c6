package org.attune.model;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import org.attune.model.internal.Arguments;
import org.attune.model.internal.Text;

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
  public static final int QUOTE_LIMIT = Text.QUOTE_LIMIT;

  private Ids() {}

  /**
   * {@return whether {@code text} is empty or holds only white space and invisible characters}
   *
   * @param text the text
   */
  public static boolean isBlank(CharSequence text) {
    return Text.isBlank(text);
  }

  /**
   * {@return whether {@code codePoint} is a control character, which no id may hold}
   *
   * @param codePoint the code point
   */
  public static boolean isControl(int codePoint) {
    return Text.isControl(codePoint);
  }

  /**
   * {@return the index of the first control character in {@code id}, or -1 if it holds none}
   *
   * @param id the id, or any text to be used as one
   */
  public static int indexOfControl(CharSequence id) {
    return Text.indexOfControl(id);
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
    return Arguments.freeOfControl(value, field);
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
    return Text.quote(value);
  }
}
