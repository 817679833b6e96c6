package org.attune.model;

import org.jspecify.annotations.Nullable;

/**
 * The rules of ids as {@link Ids} documents them, written out again for the fuzz tests, so that they
 * check the model's factories (and {@link Ids} itself) against the documentation rather than
 * against the code under test.
 */
final class IdRules {

  private IdRules() {}

  /**
   * {@return the rule an id (or a dimension name) breaks, as the refusal's message states it:
   * {@code "a non-blank string"} or {@code "free of control characters"}; null if it is valid}
   *
   * @param id the id
   */
  static @Nullable String violated(String id) {
    if (id.codePoints().allMatch(IdRules::isInvisible)) {
      return "a non-blank string";
    }
    if (id.chars().anyMatch(IdRules::isControl)) {
      return "free of control characters";
    }
    return null;
  }

  /** Blank: white space, a space separator, a format character, a control or a Hangul filler. */
  private static boolean isInvisible(int c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || Character.getType(c) == Character.FORMAT
        || Character.isISOControl(c)
        || c == 0x115F
        || c == 0x1160
        || c == 0x3164
        || c == 0xFFA0;
  }

  /** Control: C0, DEL, C1, the line and paragraph separators and the bidirectional controls. */
  private static boolean isControl(int c) {
    return c <= 0x1F
        || (c >= 0x7F && c <= 0x9F)
        || c == 0x2028
        || c == 0x2029
        || c == 0x061C
        || c == 0x200E
        || c == 0x200F
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }
}
