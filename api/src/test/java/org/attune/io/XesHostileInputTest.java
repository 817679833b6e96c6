package org.attune.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attune.io.XesImportTest.assertBalanced;
import static org.attune.io.XesImportTest.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.attune.model.Actor;
import org.junit.jupiter.api.Test;

/** Input an attacker or a broken export would give the XES reader. */
class XesHostileInputTest {

  static final LogMapping SKIP =
      LogMapping.builder().onMalformed(MalformedInputPolicy.SKIP).build();

  static final String EVENT = "<event><string key=\"concept:name\" value=\"A\"/>"
      + "<date key=\"time:timestamp\" value=\"2020-01-01T00:00:00Z\"/></event>";

  /** {@return a log of one trace, {@code c1}, of one event} */
  static String oneTrace() {
    return "<log>\n<trace><string key=\"concept:name\" value=\"c1\"/>\n" + EVENT + "\n</trace>\n</log>";
  }

  /**
   * {@return a gzip stream of a log whose second line holds an attribute (of a key nobody reads)
   * with a value of {@code length} characters; compressed by another thread as it is read, so that
   * the test holds neither the text nor its compressed bytes}
   */
  static InputStream gzipWithLongValue(long length) throws IOException {
    PipedInputStream in = new PipedInputStream(1 << 16);
    PipedOutputStream out = new PipedOutputStream(in);
    Thread writer = new Thread(() -> {
      try (GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16)) {
        gz.write("<log>\n<trace><string key=\"unused\" value=\"".getBytes(StandardCharsets.UTF_8));
        byte[] chunk = new byte[1 << 16];
        Arrays.fill(chunk, (byte) 'x');
        for (long written = 0; written < length; written += chunk.length) {
          gz.write(chunk, 0, (int) Math.min(chunk.length, length - written));
        }
        gz.write(("\"/>" + EVENT + "</trace></log>").getBytes(StandardCharsets.UTF_8));
      } catch (IOException readerStopped) {
        // the reader refused the log and closed its end: nothing more to write
      }
    }, "gzip-writer");
    writer.setDaemon(true);
    writer.start();
    return in;
  }

  static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  static EventLog readBytes(byte[] bytes, LogMapping mapping) throws IOException {
    return EventLogs.readXes(new ByteArrayInputStream(bytes), mapping);
  }

  // ---- the size limit

  @Test
  void a_200_mb_value_in_a_small_gzip_is_refused_naming_the_limit() throws IOException {
    // given: 200,000,000 characters of one value, about 200 KB compressed
    try (InputStream in = gzipWithLongValue(200_000_000L)) {
      // when / then: refused once the tag passes 1,000,000 characters, not held whole
      assertThatThrownBy(() -> EventLogs.readXes(in, LogMapping.defaults()))
          .isInstanceOfSatisfying(LogFormatException.class, e -> {
            assertThat(e.reason()).isEqualTo(SkipReason.MALFORMED_SYNTAX);
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(8); // the '<' of <string after "<trace>"
          })
          .hasMessageContaining("1,000,000 characters")
          .hasMessageContaining("maxValueLength");
    }
  }

  @Test
  void the_default_limit_is_a_million_characters_and_a_builder_keeps_it() {
    assertThat(LogMapping.DEFAULT_MAX_VALUE_LENGTH).isEqualTo(1_000_000);
    assertThat(LogMapping.defaults().maxValueLength()).isEqualTo(1_000_000);
    LogMapping small = LogMapping.builder().maxValueLength(100).build();
    assertThat(small.maxValueLength()).isEqualTo(100);
    assertThat(small.toBuilder().build().maxValueLength()).isEqualTo(100);
  }

  @Test
  void a_limit_below_one_is_rejected_naming_the_value() {
    assertThatThrownBy(() -> LogMapping.builder().maxValueLength(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxValueLength must be at least 1, but was 0");
  }

  @Test
  void a_tag_of_exactly_the_limit_is_read_and_one_character_more_is_refused() throws IOException {
    // given: <string key="k" value=""/> is 26 characters, so a value of 74 makes a tag of 100
    LogMapping limit100 = LogMapping.builder().maxValueLength(100).build();
    String fits = "<log><trace><string key=\"k\" value=\"" + "v".repeat(74) + "\"/>"
        + "<string key=\"concept:name\" value=\"c1\"/>" + EVENT + "</trace></log>";
    String over = fits.replace("v".repeat(74), "v".repeat(75));
    // when
    EventLog log = read(fits, limit100);
    // then
    assertThat(log.journeys()).hasSize(1);
    assertThatThrownBy(() -> read(over, limit100))
        .isInstanceOf(LogFormatException.class)
        .hasMessageContaining("a start tag with its attribute values")
        .hasMessageContaining("more than 100 characters");
  }

  @Test
  void the_limit_is_refused_whatever_the_policy() {
    LogMapping skipWithLimit = SKIP.toBuilder().maxValueLength(50).build();
    String xes = "<log><trace><string key=\"concept:name\" value=\"" + "c".repeat(60) + "\"/>"
        + EVENT + "</trace></log>";
    assertThatThrownBy(() -> read(xes, skipWithLimit))
        .isInstanceOf(LogFormatException.class)
        .hasMessageContaining("more than 50 characters");
  }

  @Test
  void a_long_text_a_comment_and_a_cdata_section_are_each_held_to_the_limit() {
    LogMapping limit100 = LogMapping.builder().maxValueLength(100).build();
    String text = "<log>\n<trace>" + "t".repeat(101) + "</trace></log>";
    String comment = "<log><!--" + "-c".repeat(50) + "--></log>";
    String cdata = "<log><![CDATA[" + "]".repeat(100) + "]]></log>";
    assertThatThrownBy(() -> read(text, limit100))
        .isInstanceOfSatisfying(LogFormatException.class, e -> assertThat(e.line()).isEqualTo(2))
        .hasMessageContaining("a text holds more than 100 characters");
    assertThatThrownBy(() -> read(comment, limit100))
        .isInstanceOf(LogFormatException.class)
        .hasMessageContaining("a comment holds more than 100 characters");
    assertThatThrownBy(() -> read(cdata, limit100))
        .isInstanceOf(LogFormatException.class)
        .hasMessageContaining("a CDATA section holds more than 100 characters");
  }

  @Test
  void each_item_is_measured_on_its_own_so_a_long_log_of_short_items_is_read() throws IOException {
    // given: a DOCTYPE whose internal subset holds a comment, a processing instruction and an
    //   entity value with unpaired quotes, then 200 traces: far more than 200 characters in all, none above it alone
    StringBuilder xes = new StringBuilder("<?xml version=\"1.0\"?>\n"
        + "<!DOCTYPE log [ <!-- it's \" --> <?pi ' ?> <!ENTITY y 'q\"'> ]>\n<log>\n");
    for (int i = 0; i < 200; i++) {
      xes.append("<trace><string key=\"concept:name\" value=\"c").append(i).append("\"/>")
          .append(EVENT).append("</trace><!-- ok -->\n");
    }
    xes.append("</log>");
    // when
    EventLog log = read(xes.toString(), LogMapping.builder().maxValueLength(200).build());
    // then
    assertThat(log.journeys()).hasSize(200);
    assertThat(log.report().isClean()).isTrue();
  }

  /** {@return a log whose {@code <log>} holds elements nested to {@code depth} levels in all} */
  static String nested(int depth) {
    return "<log>" + "<a>".repeat(depth - 1) + "</a>".repeat(depth - 1) + "</log>";
  }

  @Test
  void elements_may_nest_a_hundred_deep_and_no_deeper_whatever_the_policy() throws IOException {
    // given: <log> is level 1, so 99 <a> make 100 levels and 100 <a> make 101
    assertThat(read(nested(100), LogMapping.defaults()).journeys()).isEmpty();
    // when / then
    assertThatThrownBy(() -> read(nested(101), SKIP))
        .isInstanceOfSatisfying(LogFormatException.class,
            e -> assertThat(e.column()).isEqualTo(5 + 99 * 3 + 1)) // the 100th <a>
        .hasMessageContaining("nest more than 100 deep");
  }

  @Test
  void a_log_of_more_than_a_thousand_distinct_names_is_refused() throws IOException {
    // given: <log> and 999 other names make 1,000; one more makes 1,001
    StringBuilder names = new StringBuilder("<log>");
    for (int i = 1; i < 1_000; i++) {
      names.append("<n").append(i).append("/>");
    }
    String thousand = names + "</log>";
    String thousandAndOne = names + "<one-more/></log>";
    // when / then
    assertThat(read(thousand, LogMapping.defaults()).journeys()).isEmpty();
    assertThatThrownBy(() -> read(thousandAndOne, LogMapping.defaults()))
        .isInstanceOf(LogFormatException.class)
        .hasMessageContaining("more than 1,000 distinct element, attribute and");
  }

  @Test
  void namespace_declarations_are_held_to_the_limit_together() throws IOException {
    // given: two declarations of 60 characters each: 120 in all, each tag under 100
    LogMapping limit100 = LogMapping.builder().maxValueLength(100).build();
    String uri = "u".repeat(60);
    String one = "<log xmlns:a=\"" + uri + "\"></log>";
    String two = "<log><x xmlns:a=\"" + uri + "\"/><y xmlns=\"" + uri + "\"/></log>";
    // when / then
    assertThat(read(one, limit100).journeys()).isEmpty();
    assertThatThrownBy(() -> read(two, limit100))
        .isInstanceOf(LogFormatException.class)
        .hasMessageContaining("namespace declarations hold more than 100 characters together");
  }

  @Test
  void a_processing_instruction_and_a_doctype_are_held_to_the_limit() {
    LogMapping limit100 = LogMapping.builder().maxValueLength(100).build();
    String pi = "<?xml version=\"1.0\"?><?target " + "p".repeat(100) + "?><log/>";
    String doctype = "<!DOCTYPE log [ <!ENTITY e \"" + "d".repeat(100) + "\"> ]><log/>";
    assertThatThrownBy(() -> read(pi, limit100))
        .isInstanceOf(LogFormatException.class)
        .hasMessageContaining("a processing instruction holds more than 100 characters");
    assertThatThrownBy(() -> read(doctype, limit100))
        .isInstanceOf(LogFormatException.class)
        .hasMessageContaining("the document type declaration holds more than 100 characters");
  }

  // ---- entities

  static final String UNDECLARED_ENTITY = "<?xml version=\"1.0\"?>\n"
      + "<!DOCTYPE log SYSTEM \"http://example.invalid/log.dtd\">\n"
      + "<log><trace><string key=\"concept:name\" value=\"c&leak;1\"/>\n"
      + EVENT + "</trace></log>";

  @Test
  void an_undeclared_entity_in_a_value_is_refused_though_an_external_dtd_is_declared() {
    assertThatThrownBy(() -> read(UNDECLARED_ENTITY, LogMapping.defaults()))
        .isInstanceOfSatisfying(LogFormatException.class, e -> {
          assertThat(e.reason()).isEqualTo(SkipReason.MALFORMED_SYNTAX);
          assertThat(e.line()).isEqualTo(3);
          assertThat(e.column()).isEqualTo(48); // the '&'
        })
        .hasMessageContaining("&leak;")
        .hasMessageContaining("not declared");
  }

  @Test
  void an_undeclared_entity_under_skip_is_counted_and_no_customer_c1_appears() throws IOException {
    // when
    EventLog log = read(UNDECLARED_ENTITY, SKIP);
    // then
    assertThat(log.customers()).extracting(Actor::id).doesNotContain("c1");
    assertThat(log.report().isClean()).isFalse();
    assertThat(log.report().skipped(SkipReason.MALFORMED_SYNTAX)).isEqualTo(1);
    assertThat(log.report().problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("&leak;"));
    assertBalanced(log.report());
  }

  @Test
  void an_undeclared_entity_in_text_is_refused_too() {
    String xes = "<!DOCTYPE log SYSTEM \"x.dtd\"><log>&other;</log>";
    assertThatThrownBy(() -> read(xes, LogMapping.defaults()))
        .isInstanceOf(LogFormatException.class)
        .hasMessageContaining("&other;");
  }

  @Test
  void an_undeclared_entity_is_placed_by_lines_that_end_in_cr_lf_or_cr() {
    // given: line 1 ends in CR LF, line 2 in CR alone, the entity is on line 3 at column 3
    String xes = "<log>\r\n<trace>\r  &bad;</trace></log>";
    assertThatThrownBy(() -> read(xes, LogMapping.defaults()))
        .isInstanceOfSatisfying(LogFormatException.class, e -> {
          assertThat(e.line()).isEqualTo(3);
          assertThat(e.column()).isEqualTo(3);
        });
  }

  @Test
  void a_long_entity_name_is_shown_cut() {
    String xes = "<log>&" + "e".repeat(100) + ";</log>";
    assertThatThrownBy(() -> read(xes, LogMapping.defaults()))
        .isInstanceOf(LogFormatException.class)
        .hasMessageContaining("&" + "e".repeat(64) + "…;")
        .hasMessageNotContaining("e".repeat(65));
  }

  @Test
  void predefined_entities_and_character_references_are_read() throws IOException {
    // given: a&amp;b&#x41;&#66;&lt;&gt;&quot;&apos; is a&bAB<>"'
    String xes = "<log><trace><string key=\"concept:name\" value=\"c1\"/><event>"
        + "<string key=\"concept:name\" value=\"a&amp;b&#x41;&#66;&lt;&gt;&quot;&apos;\"/>"
        + "<date key=\"time:timestamp\" value=\"2020-01-01T00:00:00Z\"/></event></trace></log>";
    // when
    EventLog log = read(xes, LogMapping.defaults());
    // then
    assertThat(log.touchpoints()).extracting(t -> t.id()).containsExactly("a&bAB<>\"'");
  }

  // ---- events outside a trace

  static final String EVENT_UNDER_LOG = "<log>\n" + EVENT + "\n"
      + "<trace><string key=\"concept:name\" value=\"c1\"/>" + EVENT + "</trace>\n</log>";

  @Test
  void an_event_directly_under_the_log_fails_naming_its_line() {
    assertThatThrownBy(() -> read(EVENT_UNDER_LOG, LogMapping.defaults()))
        .isInstanceOfSatisfying(LogFormatException.class, e -> {
          assertThat(e.reason()).isEqualTo(SkipReason.EVENT_OUTSIDE_TRACE);
          assertThat(e.line()).isEqualTo(2);
        })
        .hasMessageContaining("outside any <trace>");
  }

  @Test
  void an_event_directly_under_the_log_is_counted_under_skip() throws IOException {
    // when
    EventLog log = read(EVENT_UNDER_LOG, SKIP);
    // then: 2 events read, 1 imported, 1 skipped as outside a trace
    ImportReport r = log.report();
    assertThat(r.eventsRead()).isEqualTo(2);
    assertThat(r.eventsImported()).isEqualTo(1);
    assertThat(r.skipped(SkipReason.EVENT_OUTSIDE_TRACE)).isEqualTo(1);
    assertThat(r.isClean()).isFalse();
    assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(2));
    assertBalanced(r);
  }

  // ---- gzip

  @Test
  void a_two_byte_gzip_is_refused_as_truncated() {
    byte[] magicOnly = {0x1f, (byte) 0x8b};
    assertThatThrownBy(() -> readBytes(magicOnly, SKIP))
        .isInstanceOf(LogFormatException.class)
        .hasMessageContaining("gzip stream is truncated");
  }

  @Test
  void a_gzip_cut_short_is_refused_as_truncated() throws IOException {
    // given
    byte[] whole = gzip(XesImportTest.LOG);
    byte[] cut = Arrays.copyOf(whole, whole.length / 2);
    // when / then
    assertThatThrownBy(() -> readBytes(cut, LogMapping.defaults()))
        .isInstanceOfSatisfying(LogFormatException.class,
            e -> assertThat(e.reason()).isEqualTo(SkipReason.MALFORMED_SYNTAX))
        .hasMessageContaining("gzip stream is truncated");
  }

  @Test
  void a_gzip_of_a_wrong_checksum_is_refused_as_corrupt() throws IOException {
    // given: the CRC-32 is the first four of the eight bytes of the trailer
    byte[] bytes = gzip(oneTrace());
    bytes[bytes.length - 8] ^= 0x55;
    // when / then
    assertThatThrownBy(() -> readBytes(bytes, LogMapping.defaults()))
        .isInstanceOf(LogFormatException.class)
        .hasMessageContaining("gzip stream is corrupt");
  }

  @Test
  void a_gzip_cut_short_under_skip_keeps_what_came_before_and_counts_the_cut() throws IOException {
    // given: 300 traces, cut in the middle of the compressed bytes
    StringBuilder xes = new StringBuilder("<log>\n");
    for (int i = 0; i < 300; i++) {
      xes.append("<trace><string key=\"concept:name\" value=\"c").append(i).append("\"/>")
          .append(EVENT).append("</trace>\n");
    }
    byte[] whole = gzip(xes.append("</log>").toString());
    byte[] cut = Arrays.copyOf(whole, whole.length / 2);
    // when
    EventLog log = readBytes(cut, SKIP);
    // then
    ImportReport r = log.report();
    assertThat(r.tracesImported()).isPositive().isLessThan(300);
    assertThat(r.skipped(SkipReason.MALFORMED_SYNTAX)).isEqualTo(1);
    assertThat(r.problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("gzip stream is cut short"));
    assertBalanced(r);
  }

  @Test
  void an_io_error_of_the_stream_itself_is_passed_on_as_it_is_whatever_the_policy() {
    // given: a stream that fails after the first trace
    byte[] head = ("<log><trace><string key=\"concept:name\" value=\"c1\"/>" + EVENT + "</trace>")
        .getBytes(StandardCharsets.UTF_8);
    IOException disk = new IOException("disk gone");
    InputStream failing = new java.io.SequenceInputStream(new ByteArrayInputStream(head),
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw disk;
          }
        });
    // when / then
    assertThatThrownBy(() -> EventLogs.readXes(failing, SKIP)).isSameAs(disk);
  }

  // ---- encodings and the parser's own output

  @Test
  void malformed_utf8_is_refused_naming_the_encoding_and_nothing_is_printed_to_stderr()
      throws IOException {
    // given: a byte 0xFF, which UTF-8 never uses, in line 3
    byte[] bytes = oneTrace().replace("value=\"A\"", "value=\"A?\"")
        .getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '?') {
        bytes[i] = (byte) 0xFF;
      }
    }
    PrintStream stderr = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    // when
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      assertThatThrownBy(() -> readBytes(bytes, LogMapping.defaults()))
          .isInstanceOfSatisfying(LogFormatException.class,
              e -> assertThat(e.line()).isEqualTo(3))
          .hasMessageContaining("not valid UTF-8");
    } finally {
      System.setErr(stderr);
    }
    // then
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void no_malformed_log_makes_the_parser_print_to_stderr() {
    // given: logs the JDK's parser finds fault with, each in its own way
    byte[][] logs = {
        {'<', 'l', 'o', 'g', '>', (byte) 0xff, (byte) 0xfe, '<', '/', 'l', 'o', 'g', '>'},
        "<?xml version=\"1.0\" encoding=\"NOPE\"?><log/>".getBytes(StandardCharsets.US_ASCII),
        "<?xml version=\"2.0\"?><log/>".getBytes(StandardCharsets.US_ASCII),
        "\u0000\u0001hello".getBytes(StandardCharsets.US_ASCII),
        "<log/><x/>".getBytes(StandardCharsets.US_ASCII),
        "<log a=\"&#1;\"/>".getBytes(StandardCharsets.US_ASCII),
        "<log><a></b></log>".getBytes(StandardCharsets.US_ASCII),
        "<!DOCTYPE log [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]><log>&x;</log>"
            .getBytes(StandardCharsets.US_ASCII),
        {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, '<', 'l', 'o', 'g', '>', (byte) 0xc3},
    };
    PrintStream stderr = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    // when
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      for (byte[] log : logs) {
        assertThatThrownBy(() -> readBytes(log, LogMapping.defaults()))
            .isInstanceOf(LogFormatException.class);
      }
    } finally {
      System.setErr(stderr);
    }
    // then
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void the_encoding_is_told_by_the_byte_order_mark_or_the_declaration() throws IOException {
    String log = oneTrace().replace("value=\"A\"", "value=\"Zoë\"");
    byte[] utf16 = ("\uFEFF" + log).getBytes(StandardCharsets.UTF_16LE);
    byte[] latin1 = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" + log)
        .getBytes(StandardCharsets.ISO_8859_1);
    byte[] utf8Bom = ("\uFEFF" + log).getBytes(StandardCharsets.UTF_8);
    byte[] utf16NoBom = ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + log)
        .getBytes(Charset.forName("UTF-16BE"));
    for (byte[] bytes : new byte[][] {utf16, latin1, utf8Bom, utf16NoBom}) {
      assertThat(readBytes(bytes, LogMapping.defaults()).touchpoints())
          .extracting(t -> t.id()).containsExactly("Zoë");
    }
  }

  @Test
  void utf_32_and_ebcdic_logs_are_read() throws IOException {
    String log = oneTrace().replace("value=\"A\"", "value=\"Zoë\"");
    byte[] utf32 = ("<?xml version=\"1.0\" encoding=\"UTF-32\"?>" + log)
        .getBytes(Charset.forName("UTF-32BE"));
    byte[] utf32leBom = ("\uFEFF" + log).getBytes(Charset.forName("UTF-32LE"));
    for (byte[] bytes : new byte[][] {utf32, utf32leBom}) {
      assertThat(readBytes(bytes, LogMapping.defaults()).touchpoints())
          .extracting(t -> t.id()).containsExactly("Zoë");
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(Charset.isSupported("IBM037"),
        "this Java runtime has no EBCDIC");
    byte[] ebcdic = ("<?xml version=\"1.0\" encoding=\"IBM037\"?>" + log)
        .getBytes(Charset.forName("IBM037"));
    assertThat(readBytes(ebcdic, LogMapping.defaults()).touchpoints())
        .extracting(t -> t.id()).containsExactly("Zoë");
  }

  @Test
  void a_declared_encoding_the_first_bytes_contradict_is_refused() {
    byte[] bytes = ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + oneTrace())
        .getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> readBytes(bytes, SKIP))
        .isInstanceOf(LogFormatException.class)
        .hasMessageContaining("names the encoding \"UTF-16\", but the log does not begin in it");
  }

  @Test
  void an_unknown_declared_encoding_is_refused_naming_it() {
    byte[] bytes = ("<?xml version=\"1.0\" encoding=\"NO-SUCH-CODE\"?>" + oneTrace())
        .getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> readBytes(bytes, SKIP))
        .isInstanceOf(LogFormatException.class)
        .hasMessageContaining("\"NO-SUCH-CODE\"");
  }

  // ---- characters XML forbids, and what the parser cannot say

  @Test
  void a_raw_control_character_in_a_value_is_refused_at_its_place_whatever_the_parser_says() {
    // given: a NUL in the activity on line 3; "<event><string key="concept:name" value="A" is
    // 7 + 7 + 5 + 14 + 7 + 1 + 1 = 42 characters, so the NUL is in column 43
    byte[] bytes = oneTrace().replace("value=\"A\"", "value=\"A\u0000\"")
        .getBytes(StandardCharsets.UTF_8);
    // when / then
    assertThatThrownBy(() -> readBytes(bytes, LogMapping.defaults()))
        .isInstanceOfSatisfying(LogFormatException.class, e -> {
          assertThat(e.reason()).isEqualTo(SkipReason.MALFORMED_SYNTAX);
          assertThat(e.line()).isEqualTo(3);
          assertThat(e.column()).isEqualTo(43);
        })
        .hasMessage("line 3, column 43: the log holds the character U+0000, which XML does not"
            + " allow (XML 1.1 only as a character reference, &#0;); expected text without"
            + " control characters other than tab, line feed and carriage return");
  }

  @Test
  void a_raw_control_character_under_skip_ends_the_log_there_and_is_counted() throws IOException {
    // given: two traces, an escape character in the second
    String log = "<log>\n<trace><string key=\"concept:name\" value=\"c1\"/>" + EVENT + "</trace>\n"
        + "<trace><string key=\"concept:name\" value=\"c\u001b2\"/>" + EVENT + "</trace>\n</log>";
    // when
    EventLog read = readBytes(log.getBytes(StandardCharsets.UTF_8), SKIP);
    // then: the first trace is kept, the rest is not read and is counted once
    ImportReport r = read.report();
    assertThat(read.customers()).extracting(Actor::id).containsExactly("c1");
    assertThat(r.skipped(SkipReason.MALFORMED_SYNTAX)).isEqualTo(1);
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.message()).contains("U+001B");
    });
    assertBalanced(r);
  }

  @Test
  void the_non_characters_u_fffe_and_u_ffff_are_refused_and_a_tab_is_read() throws IOException {
    // given
    byte[] fffe = oneTrace().replace("value=\"A\"", "value=\"A\uFFFE\"")
        .getBytes(StandardCharsets.UTF_8);
    byte[] ffff = ("<log>\uFFFF</log>").getBytes(StandardCharsets.UTF_8);
    byte[] tab = oneTrace().replace("value=\"A\"", "value=\"A\tB\"")
        .getBytes(StandardCharsets.UTF_8);
    // when / then: the parser normalises a tab in a value to a space
    assertThatThrownBy(() -> readBytes(fffe, LogMapping.defaults()))
        .hasMessageContaining("the character U+FFFE, which XML does not allow; expected");
    assertThatThrownBy(() -> readBytes(ffff, LogMapping.defaults()))
        .hasMessageStartingWith("line 1, column 6: the log holds the character U+FFFF");
    assertThat(readBytes(tab, LogMapping.defaults()).touchpoints())
        .extracting(t -> t.id()).containsExactly("A B");
  }

  @Test
  void a_character_xml_1_1_forbids_in_a_doctype_is_refused_with_a_log_format_exception() {
    // given: U+0080 may stand in an XML 1.0 document, but not in XML 1.1; the JDK's parser, meeting
    // it in the internal subset of a 1.1 document, looks up a message its resource bundle lacks
    byte[] xes = "<?xml version=\"1.1\"?>\n<!DOCTYPE log [\u0080]>\n<log/>\n"
        .getBytes(StandardCharsets.UTF_8);
    // when / then: "<!DOCTYPE log [" is 15 characters, so U+0080 is in column 16
    assertThatThrownBy(() -> readBytes(xes, SKIP))
        .isInstanceOfSatisfying(LogFormatException.class, e -> {
          assertThat(e.reason()).isEqualTo(SkipReason.MALFORMED_SYNTAX);
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.column()).isEqualTo(16);
        })
        .hasMessage("line 2, column 16: the log is not well-formed XML (DTDs and external entities"
            + " are not supported): the parser stopped at malformed input it has no message for"
            + " (its key \"InvalidCharInDTD\")");
  }

  @Test
  void positions_after_bare_carriage_returns_are_one_based_or_unknown() throws IOException {
    // given: bare carriage returns in a value, then a trace without a case id on the same line
    byte[] bytes = ("<log a=\"\r\r\r\r\r\r\r\r\r\r\"><trace>" + EVENT + "</trace></log>")
        .getBytes(StandardCharsets.UTF_8);
    // when
    ImportReport r = readBytes(bytes, SKIP).report();
    // then: the trace is on line 11; the parser's column there is below 1, so unknown
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.reason()).isEqualTo(SkipReason.MISSING_CASE_ID);
      assertThat(p.line()).isEqualTo(11);
      assertThat(p.column()).isEqualTo(-1);
    });
  }
}
