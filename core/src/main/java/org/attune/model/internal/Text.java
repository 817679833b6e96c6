package org.attune.model.internal;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * The character rules behind {@link org.attune.model.Ids} (blank text, control characters) and the
 * safe quoting of a value in a message; {@code Ids} documents them and is the public entry point.
 *
 * <p>Stateless and thread-safe.
 */
public final class Text {

  /** How many characters of a value {@link #quote} shows before it abbreviates. */
  public static final int QUOTE_LIMIT = 200;

  private Text() {}

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
   * {@return {@code value} in double quotes, safe to put in a message or a log line}, as {@link
   * org.attune.model.Ids#quote} describes
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
