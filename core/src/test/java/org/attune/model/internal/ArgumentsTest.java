package org.attune.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class ArgumentsTest {

  @Test
  void should_reject_null_in_every_public_static_method() {
    new NullPointerTester().testAllPublicStaticMethods(Arguments.class);
    new NullPointerTester().testAllPublicStaticMethods(Text.class);
  }

  @Test
  void should_return_a_valid_value_unchanged() {
    assertThat(Arguments.nonBlank(" a ", "f")).isEqualTo(" a ");
    assertThat(Arguments.id("a-1", "f")).isEqualTo("a-1");
    assertThat(Arguments.name("Ann\tLee", "f")).isEqualTo("Ann\tLee");
    assertThat(Arguments.freeOfControl("", "f")).isEmpty();
    assertThat(Arguments.inClosedRange(-1, -1, 1, "f")).isEqualTo(-1);
    assertThat(Arguments.positiveAtMostOne(1, "f")).isEqualTo(1);
    assertThat(Arguments.nonNegativeFinite(0, "f")).isEqualTo(0);
  }

  @Test
  void should_name_the_field_the_value_and_the_rule() {
    assertThatThrownBy(() -> Arguments.nonBlank("\u200b", "id"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id must be a non-blank string, but was \"\\u200b\"");
    assertThatThrownBy(() -> Arguments.id("a\u0007", "id"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id must be free of control characters, but was \"a\\u0007\" (U+0007 at index 1)");
    assertThatThrownBy(() -> Arguments.name("Ann\u0007", "name"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "name must be free of control characters other than the tab and the line breaks,"
                + " but held U+0007 at index 3 (the name is not shown: names are personal data)");
    assertThatThrownBy(() -> Arguments.inClosedRange(Double.NaN, -1, 1, "valence"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("valence must be a finite number in [-1.0, 1.0], but was NaN");
    assertThatThrownBy(() -> Arguments.positiveAtMostOne(0, "strength"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("strength must be a finite number in (0, 1], but was 0.0");
    assertThatThrownBy(() -> Arguments.nonNegativeFinite(Double.POSITIVE_INFINITY, "weight"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight must be a finite number >= 0, but was Infinity");
  }
}
