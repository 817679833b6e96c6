package org.attune.io;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import org.attune.model.Ids;

/** Argument checks whose messages name the field, the value and the rule. */
final class Args {

  private Args() {}

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
}
