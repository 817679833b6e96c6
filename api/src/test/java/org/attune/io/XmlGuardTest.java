package org.attune.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XmlGuardTest {

  static XmlGuard guard(String text, int limit) throws IOException {
    return XmlGuard.open(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), limit);
  }

  @Test
  void read_one_char_at_a_time_it_hands_over_surrogate_pairs_whole() throws IOException {
    // given: U+1F600 is the two chars \uD83D\uDE00
    String text = "<log a=\"\uD83D\uDE00b\"/>";
    XmlGuard g = guard(text, 100);
    // when
    StringBuilder read = new StringBuilder();
    char[] one = new char[1];
    for (int n; (n = g.read(one, 0, 1)) > 0; ) {
      read.append(one, 0, n);
    }
    // then
    assertThat(read.toString()).isEqualTo(text);
    assertThat(g.problem()).isNull();
  }

  @Test
  void the_characters_before_a_problem_are_handed_over_and_the_next_read_fails()
      throws IOException {
    // given: the reference is refused at its ';', the 11th character
    XmlGuard g = guard("<log>&bad;</log>", 100);
    char[] buffer = new char[64];
    // when
    int n = g.read(buffer, 0, buffer.length);
    // then
    assertThat(new String(buffer, 0, n)).isEqualTo("<log>&bad");
    assertThatThrownBy(() -> g.read(buffer, 0, buffer.length))
        .isInstanceOf(IOException.class)
        .hasCauseInstanceOf(LogFormatException.class)
        .hasMessageContaining("&bad;");
    assertThat(g.problemKind()).isEqualTo(XmlGuard.Kind.MALFORMED);
    assertThat(g.problemDetail()).startsWith("the entity &bad; is not declared");
  }

  @Test
  void a_limit_passed_is_a_limit_problem_at_the_start_of_its_item() throws IOException {
    // given: a text of 6 characters from line 2, column 5 (after "<a/>"), under a limit of 5
    XmlGuard g = guard("<log>\n<a/>xxxxxx</log>", 5);
    char[] buffer = new char[64];
    // when
    int n = g.read(buffer, 0, buffer.length);
    // then: handed over up to the fifth x
    assertThat(new String(buffer, 0, n)).isEqualTo("<log>\n<a/>xxxxx");
    assertThatThrownBy(() -> g.read(buffer, 0, buffer.length)).isInstanceOf(IOException.class);
    assertThat(g.problemKind()).isEqualTo(XmlGuard.Kind.LIMIT);
    LogFormatException problem = g.problem();
    assertThat(problem).isNotNull();
    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.column()).isEqualTo(5);
  }
}
