package org.attune.io;

import static java.util.Objects.requireNonNull;

/** Argument checks whose messages name the field, the value and the rule. */
final class Args {

  private Args() {}

  /** {@return {@code value}} if it is not null and not blank. */
  static String nonBlank(String value, String field) {
    requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(
          field + " must be a non-blank string, but was \"" + value + "\"");
    }
    return value;
  }
}
