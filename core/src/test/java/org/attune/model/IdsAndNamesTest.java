package org.attune.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ids and names refuse control characters (log and terminal injection) and count Unicode white space
 * and invisible characters as blank (look-alike ids); messages show the bad value escaped.
 */
class IdsAndNamesTest {

  /** A case id as an XML 1.1 log can carry it, as the character references of U+0001 and U+001B. */
  private static final String INJECTION = "\u0001\u001b[31m";

  static Stream<Arguments> factories() {
    Map<String, BiFunction<String, String, Object>> f = new LinkedHashMap<>();
    f.put("Actor.individual", Actor::individual);
    f.put("Actor.collective", Actor::collective);
    f.put("Actor.organisation", Actor::organisation);
    f.put("Resource.operant", Resource::operant);
    f.put("Resource.operand", Resource::operand);
    f.put("Institution.of", (id, name) -> Institution.of(id, name, InstitutionKind.NORM));
    f.put("Activity.of", Activity::of);
    f.put("Touchpoint.of",
        (id, name) -> Touchpoint.of(id, name, TouchpointOwnership.BRAND_OWNED, JourneyStage.PURCHASE));
    f.put("ValueProposition.of", ValueProposition::of);
    return f.entrySet().stream().map(e -> Arguments.of(Named.of(e.getKey(), e.getValue())));
  }

  @ParameterizedTest
  @MethodSource("factories")
  void should_reject_a_control_character_in_an_id(BiFunction<String, String, Object> make) {
    // given an id carrying SOH and ESC, as from &#1;&#x1b;[31m
    // when / then
    assertThatThrownBy(() -> make.apply(INJECTION, "N"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("id must be free of control characters, but was \"\\u0001\\u001b[31m\""
            + " (U+0001 at index 0)");
    assertThatThrownBy(() -> make.apply("a\u0000b", "N")).hasMessageContaining("\\u0000");
    assertThatThrownBy(() -> make.apply("a\tb", "N")).hasMessageContaining("\"a\\tb\"");
    assertThatThrownBy(() -> make.apply("a\nb", "N")).hasMessageContaining("\"a\\nb\"");
    assertThatThrownBy(() -> make.apply("a\u007fb", "N")).hasMessageContaining("\\u007f");
    assertThatThrownBy(() -> make.apply("a\u0085b", "N")).hasMessageContaining("\\u0085");
    assertThatThrownBy(() -> make.apply("a\u2028b", "N")).hasMessageContaining("\\u2028");
    assertThatThrownBy(() -> make.apply("abc\u202Egpj.exe", "N"))
        .as("a right-to-left override makes one id look like another")
        .hasMessageContaining("\\u202e");
  }

  @ParameterizedTest
  @MethodSource("factories")
  void should_reject_a_control_character_in_a_name_but_tab_and_line_breaks(
      BiFunction<String, String, Object> make) {
    assertThatThrownBy(() -> make.apply("x", "Jane" + INJECTION))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("name must be free of control characters")
        .hasMessageContaining("U+0001 at index 4")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Jane"));
    assertThatThrownBy(() -> make.apply("x", "a\u0000")).hasMessageContaining("U+0000");
    assertThatCode(() -> make.apply("x", "Street 1\r\nTown\tNorth\u2028Shire"))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> make.apply("x", "a\u0085b")).hasMessageContaining("U+0085");
    assertThatThrownBy(() -> make.apply("x", "a\u202Eb")).hasMessageContaining("U+202E");
  }

  @ParameterizedTest
  @MethodSource("factories")
  void should_treat_an_id_of_unicode_white_space_or_invisible_characters_as_blank(
      BiFunction<String, String, Object> make) {
    for (String blank : new String[] {"\u00A0", "\u200B", "\u200C\u200D", "\u2060", "\uFEFF",
        "\u3000", "\u2007", "\u202F", "\u180E", "\u3164", " \u00A0\u200B "}) {
      assertThatThrownBy(() -> make.apply(blank, "N"))
          .as("id of U+%04X...", (int) blank.charAt(0))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("id must be a non-blank string, but was \"")
          .satisfies(e -> assertThat(e.getMessage().chars()
              .noneMatch(c -> c != ' ' && blank.indexOf(c) >= 0)).isTrue());
      assertThatThrownBy(() -> make.apply("x", blank))
          .hasMessageStartingWith("name must be a non-blank string");
    }
  }

  @Test
  void should_show_a_no_break_space_id_escaped() {
    assertThatThrownBy(() -> Actor.individual("\u00A0\u200B", "N"))
        .hasMessage("id must be a non-blank string, but was \"\\u00a0\\u200b\"");
  }

  @Test
  void should_accept_ids_and_names_of_any_script() {
    assertThatCode(() -> Actor.individual("müller-åsa-日本", "Ünal Çelik")).doesNotThrowAnyException();
    assertThatCode(() -> Activity.of("a\u00A0b", "Wait\u200Bing")).doesNotThrowAnyException();
    assertThatCode(() -> Actor.individual("😀", "Emoji")).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"CARES\u001bFOR", "CARES\tFOR", "\u200B", "\u00A0"})
  void should_reject_a_relation_type_or_dimension_name_with_control_or_only_invisible_characters(
      String name) {
    assertThatThrownBy(() -> RelationType.actorToActor(name))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("name must be")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(name));
    assertThatThrownBy(() ->
            RelationType.of(name, EnumSet.of(ElementKind.ACTOR), EnumSet.of(ElementKind.RESOURCE)))
        .isExactlyInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Dimension.of(name))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("name must be");
  }

  @Test
  void should_never_put_a_raw_control_character_in_a_message() {
    for (int c = 0; c < 0x100; c++) {
      if (Character.isISOControl(c)) {
        String id = "a" + (char) c + "b";
        assertThatThrownBy(() -> ValueProposition.of(id, "N"))
            .satisfies(e -> assertThat(e.getMessage().chars().noneMatch(Character::isISOControl))
                .as("message for U+%04X", id.codePointAt(1)).isTrue());
      }
    }
  }
}
