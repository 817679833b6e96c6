package org.attune.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link Ids#quote} and the predicates behind the model's id and name checks. */
class QuoteTest {

  @Test
  void should_quote_plain_text_as_it_is() {
    assertThat(Ids.quote("alice smith")).isEqualTo("\"alice smith\"");
    assertThat(Ids.quote("")).isEqualTo("\"\"");
    assertThat(Ids.quote("日本 😀")).isEqualTo("\"日本 😀\"");
  }

  @Test
  void should_escape_controls_separators_invisibles_quotes_and_backslashes() {
    assertThat(Ids.quote("\u0001\u001b[31m")).isEqualTo("\"\\u0001\\u001b[31m\"");
    assertThat(Ids.quote("a\tb\nc\rd")).isEqualTo("\"a\\tb\\nc\\rd\"");
    assertThat(Ids.quote("\u00A0\u200B\u2028\u202E\uFEFF"))
        .isEqualTo("\"\\u00a0\\u200b\\u2028\\u202e\\ufeff\"");
    assertThat(Ids.quote("say \"hi\" \\")).isEqualTo("\"say \\\"hi\\\" \\\\\"");
  }

  @Test
  void should_escape_an_unpaired_surrogate_but_keep_a_pair() {
    assertThat(Ids.quote("a\uD83Db")).isEqualTo("\"a\\ud83db\"");
    assertThat(Ids.quote("a\uDE00b")).isEqualTo("\"a\\ude00b\"");
    assertThat(Ids.quote("\uD83D\uDE00")).isEqualTo("\"\uD83D\uDE00\"");
    assertThat(Ids.quote("\uD83D")).isEqualTo("\"\\ud83d\"");
  }

  @Test
  void should_cut_a_long_value_saying_how_long_it_was() {
    String s = "x".repeat(Ids.QUOTE_LIMIT + 5);
    assertThat(Ids.quote(s))
        .isEqualTo("\"" + "x".repeat(Ids.QUOTE_LIMIT) + "\"... (205 characters)");
    assertThat(Ids.quote("x".repeat(Ids.QUOTE_LIMIT))).doesNotContain("...");
  }

  @Test
  void should_tell_blank_and_control_and_valid() {
    assertThat(Ids.isBlank("")).isTrue();
    assertThat(Ids.isBlank("\u00A0\u200B\u200C\u200D\u2060\uFEFF \t")).isTrue();
    assertThat(Ids.isBlank("\u00A0x")).isFalse();
    assertThat(Ids.isBlank("😀")).isFalse();
    assertThat(Ids.isControl(0x1b)).isTrue();
    assertThat(Ids.isControl(0x9f)).isTrue();
    assertThat(Ids.isControl(0x2029)).isTrue();
    assertThat(Ids.isControl(0x2066)).isTrue();
    assertThat(Ids.isControl(0x200B)).as("zero-width space: invisible, not a control").isFalse();
    assertThat(Ids.isControl('a')).isFalse();
    assertThat(Ids.isControl(0xa0)).isFalse();
    assertThat(Ids.indexOfControl("ab\u001bc")).isEqualTo(2);
    assertThat(Ids.indexOfControl("abc")).isEqualTo(-1);
    assertThat(Ids.isValid("c1")).isTrue();
    assertThat(Ids.isValid("c\u001b1")).isFalse();
    assertThat(Ids.isValid("\u200B")).isFalse();
  }
}
