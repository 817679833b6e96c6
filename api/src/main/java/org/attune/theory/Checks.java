package org.attune.theory;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import org.attune.model.Ids;
import org.attune.model.internal.Arguments;

/** Argument checks of this package; every message names the field, the value and the rule. */
final class Checks {

  private Checks() {}

  /** {@return {@code id}} if it is not null, not blank and holds no white space or control character. */
  @CanIgnoreReturnValue
  static String ruleId(String id, String field) {
    Arguments.nonBlank(id, field);
    if (id.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))
        || Ids.indexOfControl(id) >= 0) {
      // not checkArgument: the message quotes the value, work done only on failure
      throw new IllegalArgumentException(
          field
              + " must hold no white space or control character, such as"
              + " \"sdl.service-for-service\", but was "
              + Ids.quote(id));
    }
    return id;
  }
}
