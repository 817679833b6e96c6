package org.attune.theory;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import org.attune.model.Ids;

/** Argument checks of this package; every message names the field, the value and the rule. */
final class Checks {

  private Checks() {}

  /**
   * {@return {@code value}} if it is not null and not blank (white space and invisible characters
   * do not count, see {@link Ids#isBlank}); the value is quoted with {@link Ids#quote} in messages.
   */
  @CanIgnoreReturnValue
  static String nonBlank(String value, String field) {
    requireNonNull(value, field);
    if (Ids.isBlank(value)) {
      throw new IllegalArgumentException(
          field + " must be a non-blank string, but was " + Ids.quote(value));
    }
    return value;
  }

  /** {@return {@code id}} if it is not null, not blank and holds no white space or control character. */
  @CanIgnoreReturnValue
  static String ruleId(String id, String field) {
    nonBlank(id, field);
    if (id.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))
        || Ids.indexOfControl(id) >= 0) {
      throw new IllegalArgumentException(
          field
              + " must hold no white space or control character, such as"
              + " \"sdl.service-for-service\", but was "
              + Ids.quote(id));
    }
    return id;
  }
}
