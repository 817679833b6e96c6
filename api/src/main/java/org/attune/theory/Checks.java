package org.attune.theory;

import static java.util.Objects.requireNonNull;

/** Argument checks of this package; every message names the field, the value and the rule. */
final class Checks {

  private Checks() {}

  /** {@return {@code value}} if it is not null and not blank. */
  static String nonBlank(String value, String field) {
    requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(
          field + " must be a non-blank string, but was \"" + value + "\"");
    }
    return value;
  }

  /** {@return {@code id}} if it is not null, not blank and holds no whitespace. */
  static String ruleId(String id, String field) {
    nonBlank(id, field);
    if (id.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(
          field + " must hold no whitespace, such as \"sdl.service-for-service\", but was \""
              + id + "\"");
    }
    return id;
  }
}
