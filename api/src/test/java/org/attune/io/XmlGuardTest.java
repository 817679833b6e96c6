package org.attune.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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

  static final String LIMIT_TAIL = ", the limit of LogMapping.maxValueLength(); the log was not"
      + " read on, so that memory stays bounded. Raise the limit (LogMapping.Builder.maxValueLength)"
      + " only for a log you trust";

  /** {@return the characters {@code g} hands over before its end or its first problem} */
  static String drain(XmlGuard g) {
    StringBuilder read = new StringBuilder();
    char[] buffer = new char[64];
    try {
      for (int n; (n = g.read(buffer, 0, buffer.length)) >= 0; ) {
        read.append(buffer, 0, n);
      }
    } catch (IOException expected) {
      assertThat(expected).hasCauseInstanceOf(LogFormatException.class);
    }
    return read.toString();
  }

  /** {@return the problem {@code text} gives under {@code limit}, asserting there is one} */
  static LogFormatException problemOf(String text, int limit) throws IOException {
    XmlGuard g = guard(text, limit);
    var unused = drain(g);
    LogFormatException problem = g.problem();
    assertThat(problem).as("a problem in %s", text).isNotNull();
    assertThat(problem.getMessage()).contains(g.problemDetail());
    return problem;
  }

  static void assertClean(String text, int limit) throws IOException {
    XmlGuard g = guard(text, limit);
    assertThat(drain(g)).isEqualTo(text);
    assertThat(g.problem()).as("no problem in %s", text).isNull();
    assertThat(g.problemDetail()).isEmpty();
  }

  static void assertLimit(String text, int limit, String kind, int line, int column)
      throws IOException {
    XmlGuard g = guard(text, limit);
    var unused = drain(g);
    LogFormatException problem = g.problem();
    assertThat(problem).as("a problem in %s", text).isNotNull();
    assertThat(g.problemKind()).isEqualTo(XmlGuard.Kind.LIMIT);
    assertThat(g.problemDetail())
        .isEqualTo(kind + " holds more than " + limit + " characters" + LIMIT_TAIL);
    assertThat(problem.reason()).isEqualTo(SkipReason.MALFORMED_SYNTAX);
    assertThat(problem.line()).as("line").isEqualTo(line);
    assertThat(problem.column()).as("column").isEqualTo(column);
  }

  @Test
  void each_kind_of_item_is_named_and_placed_at_its_first_character() throws IOException {
    // text from column 4 (after "<a>"): 6 characters under a limit of 5
    assertLimit("<a>xxxxxx</a>", 5, "a text", 1, 4);
    assertClean("<a>xxxxx</a>", 5);
    // a start tag from column 1: "<a bbbb" is 7 characters, under a limit of 6
    assertLimit("<a bbbb/>", 6, "a start tag with its attribute values", 1, 1);
    // an end tag from column 4: "</abcd" is 6 characters
    assertLimit("<a></abcd>", 5, "a start tag with its attribute values", 1, 4);
    // a comment from column 4: "<!--xxx" is 7 characters
    assertLimit("<a><!--xxx--></a>", 6, "a comment", 1, 4);
    assertClean("<a><!--xx--></a>", 9); // "<!--xx-->" is 9 characters
    // a CDATA section from column 4: "<![CDATA[xx" is 11 characters
    assertLimit("<a><![CDATA[xx]]></a>", 10, "a CDATA section", 1, 4);
    assertClean("<a><![CDATA[x]]></a>", 13); // "<![CDATA[x]]>" is 13 characters
    // a processing instruction from line 2, column 1: "<?pi xx" is 7 characters
    assertLimit("<a>\n<?pi xx?></a>", 6, "a processing instruction", 2, 1);
    assertClean("<a>\n<?pi x?></a>", 8); // "<?pi x?>" is 8 characters
    // a document type declaration: "<!DOCTYPE" is 9 characters
    assertLimit("<!DOCTYPE a><a/>", 8, "the document type declaration", 1, 1);
    assertClean("<!DOCTYPE a><a/>", 12);
  }

  @Test
  void a_limit_is_written_with_a_thousands_separator() throws IOException {
    // given: a text of 1,235 characters under a limit of 1,234
    String text = "<a>" + "x".repeat(1_235) + "</a>";
    // when
    XmlGuard g = guard(text, 1_234);
    var unused = drain(g);
    // then
    assertThat(g.problemDetail()).startsWith("a text holds more than 1,234 characters, the limit");
  }

  @Test
  void an_item_ends_where_its_closing_delimiter_is_and_the_next_is_measured_anew()
      throws IOException {
    // given: items of 9 characters or fewer, each under a limit of 9, but more than 9 together
    assertClean("<a><!--x--><!----></a>", 9);
    assertClean("<a><!-- - --></a>", 10);
    assertClean("<a><![CDATA[]]><![CDATA[]]></a>", 12);
    assertClean("<?p x?><?p y?><a/>", 9);
    assertClean("<a></a><b/><c/>", 4);
    // then: a "-->" or "]]>" or "?>" cut by another character ends nothing
    assertLimit("<a><!-- -x-> --></a>", 12, "a comment", 1, 4);
    assertLimit("<a><!-- --x> --></a>", 12, "a comment", 1, 4);
    assertLimit("<a><![CDATA[ ]x]> ]]></a>", 16, "a CDATA section", 1, 4);
    assertLimit("<a><![CDATA[ ]]x> ]]></a>", 16, "a CDATA section", 1, 4);
    assertLimit("<?p ?x> xxxx?><a/>", 10, "a processing instruction", 1, 1);
    assertLimit("<?p x > xxxx?><a/>", 10, "a processing instruction", 1, 1);
  }

  @Test
  void a_greater_than_sign_in_a_value_or_in_the_doctype_subset_ends_nothing() throws IOException {
    // given: a start tag of 21 characters whose value holds a '>' at its 8th, under a limit of 19
    assertLimit("<a b=\"x>xxxxxxxxxx\"/>", 19, "a start tag with its attribute values", 1, 1);
    assertLimit("<a b='x>xxxxxxxxxx'/>", 19, "a start tag with its attribute values", 1, 1);
    // DOCTYPEs of more than 30 characters whose '>' before the 30th are quoted, in a comment, in
    // a processing instruction or in the internal subset
    String pad = "y".repeat(20);
    String[] doctypes = {
        "<!DOCTYPE a SYSTEM \"x>" + pad + "\">",
        "<!DOCTYPE a SYSTEM 'x>" + pad + "'>",
        "<!DOCTYPE a [<!-- > " + pad + "-->]>",
        "<!DOCTYPE a [<!-- --x> " + pad + "-->]>",
        "<!DOCTYPE a [<?p > " + pad + "?>]>",
        "<!DOCTYPE a [<?p ?x> " + pad + "?>]>",
        "<!DOCTYPE a [[]<!x> " + pad + "]>"};
    for (String doctype : doctypes) {
      assertLimit(doctype + "<a/>", 30, "the document type declaration", 1, 1);
      // and each ends where it should: the text after it is measured on its own
      assertClean(doctype + "<a>xx</a>", doctype.length());
    }
    // a ']' too many does not keep the DOCTYPE open
    assertClean("<!DOCTYPE a ]]><a>xx</a>", 15);
  }

  @Test
  void a_cr_lf_counts_as_one_line_break_and_a_lone_cr_as_one() throws IOException {
    // given: the text on line 3 begins in column 4
    assertLimit("<a>\r\n\r<b>xxxxxx</b></a>", 5, "a text", 3, 4);
    assertLimit("<a>\r\r\n<b>xxxxxx</b></a>", 5, "a text", 3, 4);
    assertLimit("<a>\n\n<b>xxxxxx</b></a>", 5, "a text", 3, 4);
    assertLimit("<a>\r\r<b>xxxxxx</b></a>", 5, "a text", 3, 4);
  }

  @Test
  void the_guard_tells_the_line_and_column_of_the_last_character_handed_over()
      throws IOException {
    // given
    XmlGuard g = guard("<a>\r\nxy\rz</a>", 100);
    char[] buffer = new char[7];
    // when: "<a>", CR LF, "xy" handed over
    int n = g.read(buffer, 0, buffer.length);
    // then
    assertThat(n).isEqualTo(7);
    assertThat(g.line()).isEqualTo(2);
    assertThat(g.column()).isEqualTo(2);
    assertThat(g.read(buffer, 0, 0)).isZero();
    // when: CR "z</a>"
    assertThat(g.read(buffer, 0, buffer.length)).isEqualTo(6);
    assertThat(g.line()).isEqualTo(3);
    assertThat(g.column()).isEqualTo(5);
    assertThat(g.read(buffer, 0, buffer.length)).isEqualTo(-1);
    assertThat(g.read(buffer, 0, 1)).isEqualTo(-1);
  }

  @Test
  void a_forbidden_character_is_named_in_hex_at_its_place() throws IOException {
    // given: U+0001 at line 2, column 3
    XmlGuard g = guard("<a>\nxx\u0001</a>", 100);
    // when
    String read = drain(g);
    // then
    assertThat(read).isEqualTo("<a>\nxx");
    assertThat(g.problemKind()).isEqualTo(XmlGuard.Kind.MALFORMED);
    assertThat(g.problemDetail()).isEqualTo("the log holds the character U+0001, which XML does not"
        + " allow (XML 1.1 only as a character reference, &#1;); expected text without control"
        + " characters other than tab, line feed and carriage return");
    LogFormatException problem = g.problem();
    assertThat(problem).isNotNull();
    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.column()).isEqualTo(3);
  }

  @Test
  void the_non_character_u_ffff_is_named_without_a_character_reference() throws IOException {
    // given: U+FFFF in a value at column 7, U+001F at column 4 of a tag
    XmlGuard g = guard("<a b='\uFFFF'/>", 100);
    var unused = drain(g);
    assertThat(g.problemDetail()).isEqualTo("the log holds the character U+FFFF, which XML does not"
        + " allow; expected text without control characters other than tab, line feed and"
        + " carriage return");
    assertThat(requireProblem(g).column()).isEqualTo(7);
    assertThat(problemOf("<a\u001F/>", 100).column()).isEqualTo(3);
    assertThat(problemOf("<a>\uFFFE</a>", 100).column()).isEqualTo(4);
    assertThat(problemOf("<a>\u0000</a>", 100).getMessage()).contains("U+0000", "&#0;");
    assertThat(problemOf("<a>\u0008</a>", 100).getMessage()).contains("U+0008", "&#8;");
    assertThat(problemOf("<a>\u000B</a>", 100).getMessage()).contains("U+000B", "&#11;");
    assertThat(problemOf("<a>\u000C</a>", 100).getMessage()).contains("U+000C", "&#12;");
    assertThat(problemOf("<a>\u000E</a>", 100).getMessage()).contains("U+000E", "&#14;");
    assertClean("<a>\t\uFFFD\u0020\uD7FF</a>", 100);
  }

  static LogFormatException requireProblem(XmlGuard g) {
    LogFormatException problem = g.problem();
    assertThat(problem).isNotNull();
    return problem;
  }

  @Test
  void an_undeclared_entity_is_named_and_placed_at_its_ampersand() throws IOException {
    // given: "&x;" at column 7 of line 2, in a value
    XmlGuard g = guard("<a>\n<b c='&x;'/></a>", 100);
    var unused = drain(g);
    LogFormatException problem = requireProblem(g);
    assertThat(g.problemKind()).isEqualTo(XmlGuard.Kind.MALFORMED);
    assertThat(g.problemDetail()).isEqualTo("the entity &x; is not declared (DTDs are not read, so"
        + " only &lt; &gt; &amp; &apos; &quot; and character references such as &#233; may stand"
        + " in a value or text); expected the character itself");
    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.column()).isEqualTo(7);
    // a name of 63 characters is shown whole, one of 64 or more cut at 64
    String name63 = "n".repeat(63);
    assertThat(problemOf("<a>&" + name63 + ";</a>", 100).getMessage())
        .contains("&" + name63 + "; is not");
    assertThat(problemOf("<a>&" + name63 + "m;</a>", 100).getMessage())
        .contains("&" + name63 + "m…; is not");
    assertThat(problemOf("<a>&" + name63 + "mo;</a>", 100).getMessage())
        .contains("&" + name63 + "m…; is not");
  }

  @Test
  void predefined_entities_character_references_and_bare_ampersands_pass() throws IOException {
    assertClean("<a b='&lt;&gt;&amp;&apos;&quot;&#233;&#x41;'>&lt;&gt;&amp;&apos;&quot;</a>", 100);
    // not references: the parser says what is wrong with them
    for (String after : new String[] {" ", "\t", "\n", "\r", "<", ">", "&", "\"", "'", "/", "="}) {
      String text = "<a>&" + after + "</a>";
      XmlGuard g = guard(text, 100);
      assertThat(drain(g)).as("after &%s", after).isEqualTo(text);
      assertThat(g.problem()).isNull();
    }
    // and a reference counts in its item: "<a>" then "&amp;xx" is 7 characters
    assertLimit("<a>&amp;xx</a>", 6, "a text", 1, 4);
    assertLimit("<a>&amp </a>", 4, "a text", 1, 4);
  }

  @Test
  void a_bare_ampersand_returns_to_where_it_was() throws IOException {
    // given: after "& " in a value the quote still closes it, so that the '>' ends the tag
    assertClean("<a b='& '>xxxx</a>", 10);
    // an undeclared entity in a value: the value goes on after it
    assertThat(problemOf("<a b='x&e;'/>", 100).column()).isEqualTo(8);
  }

  static XmlGuard guard(byte[] bytes, int limit) throws IOException {
    return XmlGuard.open(new ByteArrayInputStream(bytes), limit);
  }

  static byte[] concat(byte[] head, byte[] tail) {
    byte[] all = Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }

  @Test
  void each_byte_order_mark_and_each_first_four_bytes_of_appendix_f_tell_the_encoding()
      throws IOException {
    // given: a log holding a character outside Latin-1, so that a wrong decoding shows
    String log = "<a>Zoë \u20AC</a>";
    String declared = "<?xml version=\"1.0\"?>" + log;
    Charset utf32be = Charset.forName("UTF-32BE");
    Charset utf32le = Charset.forName("UTF-32LE");
    Object[][] cases = {
        {"\uFEFF" + log, StandardCharsets.UTF_8, log},
        {"\uFEFF" + log, utf32be, log},
        {"\uFEFF" + log, utf32le, log},
        {"\uFEFF" + log, StandardCharsets.UTF_16BE, log},
        {"\uFEFF" + log, StandardCharsets.UTF_16LE, log},
        {declared, utf32be, declared},
        {declared, utf32le, declared},
        {declared, StandardCharsets.UTF_16BE, declared},
        {declared, StandardCharsets.UTF_16LE, declared},
        {log, StandardCharsets.UTF_8, log},
        {"<", StandardCharsets.UTF_8, "<"},
        {"", StandardCharsets.UTF_8, ""}};
    for (Object[] c : cases) {
      Charset charset = (Charset) c[1];
      // when
      XmlGuard g = guard(((String) c[0]).getBytes(charset), 100);
      // then: the byte order mark passed over
      assertThat(drain(g)).as("%s", charset).isEqualTo(c[2]);
      assertThat(g.problem()).isNull();
    }
  }

  @Test
  void a_declared_encoding_is_read_in_either_quotes_with_spaces_about_the_equals_sign()
      throws IOException {
    for (String declaration : new String[] {
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>",
        "<?xml version='1.0' encoding = 'ISO-8859-1' ?>",
        "<?xml version='1.0'\tencoding\t=\t\"ISO-8859-1\"?>"}) {
      String text = declaration + "<a>Zoë</a>";
      XmlGuard g = guard(text.getBytes(StandardCharsets.ISO_8859_1), 100);
      assertThat(drain(g)).as(declaration).isEqualTo(text);
    }
  }

  @Test
  void a_declaration_not_at_the_start_or_without_its_end_in_the_first_bytes_names_nothing()
      throws IOException {
    // given: an encoding the bytes contradict, named where it does not count
    String late = " <?xml version='1.0' encoding='UTF-16'?><a>Zoë</a>";
    String endless = "<?xml version='1.0' encoding='UTF-16' " + "x".repeat(2_100) + "?><a/>";
    String unquoted = "<?xml version='1.0' encoding=UTF-16 ?><a>Zoë</a>";
    String unnamed = "<?xml version='1.0' myencoding='UTF-16'?><a>Zoë</a>";
    for (String text : new String[] {late, endless, unquoted, unnamed}) {
      // when: read as UTF-8
      XmlGuard g = guard(text.getBytes(StandardCharsets.UTF_8), 10_000);
      // then
      assertThat(drain(g)).isEqualTo(text);
    }
  }

  @Test
  void a_declared_encoding_after_a_byte_order_mark_of_another_family_is_not_followed()
      throws IOException {
    // given: UTF-16 with a byte order mark, whose declaration names UTF-8
    String text = "<?xml version='1.0' encoding='UTF-8'?><a>Zoë</a>";
    XmlGuard g = guard(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE), 100);
    // when / then
    assertThat(drain(g)).isEqualTo(text);
    // and a UTF-8 byte order mark with a declaration of UTF-16 is read as UTF-8
    XmlGuard bom = guard(("\uFEFF<?xml version='1.0' encoding='UTF-16'?><a>Zoë</a>")
        .getBytes(StandardCharsets.UTF_8), 100);
    assertThat(drain(bom)).isEqualTo("<?xml version='1.0' encoding='UTF-16'?><a>Zoë</a>");
  }

  @Test
  void an_encoding_problem_at_the_start_is_told_at_line_1_column_1() {
    byte[] contradicted = "<?xml version='1.0' encoding='UTF-16'?><a/>"
        .getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> guard(contradicted, 100))
        .isInstanceOfSatisfying(LogFormatException.class, e -> {
          assertThat(e.line()).isEqualTo(1);
          assertThat(e.column()).isEqualTo(1);
          assertThat(e.reason()).isEqualTo(SkipReason.MALFORMED_SYNTAX);
        })
        .hasMessageContaining("the XML declaration names the encoding \"UTF-16\", but the log"
            + " does not begin in it");
    byte[] unknown = "<?xml version='1.0' encoding='NO-SUCH'?><a/>"
        .getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> guard(unknown, 100))
        .isInstanceOfSatisfying(LogFormatException.class, e -> {
          assertThat(e.line()).isEqualTo(1);
          assertThat(e.column()).isEqualTo(1);
        })
        .hasMessageContaining("the log's encoding \"NO-SUCH\" is not one this Java runtime"
            + " supports; expected UTF-8, UTF-16 or another encoding the runtime knows");
    byte[] illegal = "<?xml version='1.0' encoding='no such'?><a/>"
        .getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> guard(illegal, 100))
        .isInstanceOf(LogFormatException.class)
        .hasMessageContaining("the log's encoding \"no such\" is not one");
  }

  @Test
  void a_malformed_byte_is_named_with_its_length_where_it_stands() throws IOException {
    // given: a byte 0xFF at column 6, after "<a>xy"
    byte[] bytes = concat("<a>xy".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xff});
    XmlGuard g = guard(bytes, 100);
    // when
    String read = drain(g);
    // then
    assertThat(read).isEqualTo("<a>xy");
    assertThat(g.problemKind()).isEqualTo(XmlGuard.Kind.MALFORMED);
    assertThat(g.problemDetail()).isEqualTo("the log is not valid UTF-8: a malformed byte"
        + " sequence of 1 byte; expected text in the encoding its XML declaration names (default"
        + " UTF-8)");
    assertThat(requireProblem(g).column()).isEqualTo(6);
    // and a sequence cut at the end is as long as what is left of it
    byte[] cut = concat("<a>".getBytes(StandardCharsets.UTF_8),
        new byte[] {(byte) 0xe2, (byte) 0x82});
    XmlGuard g2 = guard(cut, 100);
    assertThat(drain(g2)).isEqualTo("<a>");
    assertThat(g2.problemDetail()).startsWith(
        "the log is not valid UTF-8: a malformed byte sequence of 2 bytes;");
  }

  @Test
  void a_byte_the_declared_encoding_cannot_map_is_named_so() throws IOException {
    // given: windows-1252 maps no character to the byte 0x81
    org.junit.jupiter.api.Assumptions.assumeTrue(Charset.isSupported("windows-1252"));
    byte[] bytes = concat("<?xml version='1.0' encoding='windows-1252'?><a>"
        .getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0x81});
    XmlGuard g = guard(bytes, 100);
    // when
    var unused = drain(g);
    // then
    assertThat(g.problemDetail()).startsWith(
        "the log is not valid windows-1252: a character it cannot map of 1 byte;");
    assertThat(g.problemKind()).isEqualTo(XmlGuard.Kind.MALFORMED);
  }

  static final String NAMES_DETAIL = "the log uses more than 1,000 distinct element, attribute"
      + " and processing-instruction names, the limit; expected the few names of XES";

  @Test
  void names_of_the_same_hash_are_told_apart_and_names_beyond_1000_characters_are_cut()
      throws IOException {
    // given: "Aa" and "BB" share a hash (31 * 65 + 97 = 31 * 66 + 66 = 2112); with <log> and 997
    //   others they make 1,000 names
    StringBuilder names = new StringBuilder("<log>");
    for (int i = 1; i <= 997; i++) {
      names.append("<n").append(i).append("/>");
    }
    names.append("<Aa/><BB/><Aa/>");
    // when / then
    assertClean(names + "</log>", 10_000);
    XmlGuard g = guard(names + "<one-more/></log>", 10_000);
    var unused = drain(g);
    assertThat(g.problemDetail()).isEqualTo(NAMES_DETAIL);
    assertThat(g.problemKind()).isEqualTo(XmlGuard.Kind.LIMIT);
    assertThat(requireProblem(g).column()).isEqualTo(names.length() + 1);
  }

  @Test
  void names_alike_in_their_first_1000_characters_are_one() throws IOException {
    // given: <log>, 998 others and two names of 1,001 characters alike in the first 1,000: 1,000
    StringBuilder names = new StringBuilder("<log>");
    for (int i = 1; i <= 998; i++) {
      names.append("<n").append(i).append("/>");
    }
    String longName = "x".repeat(1_000);
    names.append("<").append(longName).append("a/><").append(longName).append("b/>");
    // when / then
    assertClean(names + "</log>", 10_000);
    XmlGuard g = guard(names + "<one-more/></log>", 10_000);
    var unused = drain(g);
    assertThat(g.problemDetail()).isEqualTo(NAMES_DETAIL);
  }

  @Test
  void attribute_and_processing_instruction_names_count_among_the_names() throws IOException {
    // given: <log> and 998 attribute names and one target make 1,000; a second target 1,001
    StringBuilder text = new StringBuilder("<?t0 x?><log");
    for (int i = 1; i <= 998; i++) {
      text.append(" a").append(i).append("='v'");
    }
    text.append("/>");
    // when / then
    assertClean(text.toString(), 100_000);
    XmlGuard g = guard(text + "<?t1?>", 100_000);
    var unused = drain(g);
    assertThat(g.problemDetail()).isEqualTo(NAMES_DETAIL);
  }

  @Test
  void namespace_declarations_count_together_and_other_attributes_do_not() throws IOException {
    // given: two tags of 40 and 38 characters, under a limit of 40, whose values are 25 each
    String u = "u".repeat(25);
    String counted = "<a xmlns:p=\"" + u + "\"/><b xmlns=\"" + u + "\"/>";
    // when
    XmlGuard g = guard(counted, 40);
    var unused = drain(g);
    // then: 50 characters in all; placed at the second tag
    assertThat(g.problemKind()).isEqualTo(XmlGuard.Kind.LIMIT);
    assertThat(g.problemDetail()).isEqualTo("the namespace declarations hold more than 40 characters"
        + " together, the limit of LogMapping.maxValueLength(); expected a few short namespace"
        + " names");
    assertThat(requireProblem(g).column()).isEqualTo(41);
    // and 40 characters in all are within the limit
    String v = "u".repeat(20);
    assertClean("<a xmlns:p=\"" + v + "\"/><b xmlns=\"" + v + "\"/>", 40);
    // and names that only look like a declaration are not counted
    for (String pair : new String[] {"xmlnsx xmlnsy", "xmln xmln", "ymlns ymlns", "x:xmlns b"}) {
      String[] n = pair.split(" ");
      assertClean("<a " + n[0] + "=\"" + u + "\"/><b " + n[1] + "='" + u + "'/>", 45);
    }
  }

  @Test
  void only_start_tags_that_are_not_empty_nest() throws IOException {
    // given: 100 levels, with empty elements and end tags between
    String deep = "<a>".repeat(99) + "<b/><c></c>".repeat(200) + "<d>" + "</d>" + "</a>".repeat(99);
    assertClean(deep, 100);
    // a stray end tag at the top does not make room for more
    XmlGuard g = guard("</x></x>" + "<a>".repeat(101), 100);
    var unused = drain(g);
    assertThat(g.problemDetail()).isEqualTo("elements nest more than 100 deep, the limit;"
        + " expected the few levels of XES (log, trace, event, attribute)");
    assertThat(requireProblem(g).column()).isEqualTo(8 + 100 * 3 + 1);
  }
}
