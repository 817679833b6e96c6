package org.attune.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.attune.model.Actor;
import org.junit.jupiter.api.Test;

/**
 * Input an attacker or a broken export would give the CSV reader: the size limit of a field and the
 * limit on the fields of a row.
 */
class CsvHostileInputTest {

  static final String HEADER = "case,activity,timestamp,note\n";

  /**
   * A CSV of one row whose last field, quoted, holds {@code length} characters, made as it is read,
   * so that the test holds neither the text nor a copy of it; counts what the reader took.
   */
  static final class LongFieldCsv extends Reader {
    private final char[] head = (HEADER + "c1,A,2020-01-01T00:00:00Z,\"").toCharArray();
    private final char[] tail = "\"\n".toCharArray();
    private final long length;
    private long served;

    LongFieldCsv(long length) {
      this.length = length;
    }

    long served() {
      return served;
    }

    @Override
    public int read(char[] cbuf, int off, int len) {
      long total = head.length + length + tail.length;
      if (served >= total) {
        return -1;
      }
      int n = (int) Math.min(len, total - served);
      for (int i = 0; i < n; i++) {
        long at = served + i;
        cbuf[off + i] = at < head.length ? head[(int) at]
            : at < head.length + length ? 'x'
            : tail[(int) (at - head.length - length)];
      }
      served += n;
      return n;
    }

    @Override
    public void close() {}
  }

  static LogMapping limit(int max, MalformedInputPolicy policy) {
    return LogMapping.builder().maxValueLength(max).onMalformed(policy).build();
  }

  @Test
  void a_200_mb_field_is_refused_naming_the_limit_and_the_rest_is_not_read() {
    // given: a field of 200,000,000 characters, under the default limit of 1,000,000
    LongFieldCsv csv = new LongFieldCsv(200_000_000L);
    // when / then: refused under SKIP too, after little more than the limit was read
    assertThatThrownBy(() -> EventLogs.readCsv(csv, CsvColumns.defaults(), XesHostileInputTest.SKIP))
        .isInstanceOfSatisfying(LogFormatException.class, e -> {
          assertThat(e.reason()).isEqualTo(SkipReason.MALFORMED_SYNTAX);
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.column()).isEqualTo(4);
        })
        .hasMessage("line 2, column 4: <character stream>: field 4 holds more than 1,000,000"
            + " characters, the limit of LogMapping.maxValueLength(); the log was not read on, so"
            + " that memory stays bounded. Raise the limit (LogMapping.Builder.maxValueLength) only"
            + " for a log you trust");
    assertThat(csv.served()).isLessThan(2_000_000L);
  }

  @Test
  void a_field_of_exactly_the_limit_is_read_and_one_character_more_is_refused() throws IOException {
    // given: a limit of 25 (the timestamps hold 20 characters); an activity of 25 and one of 26
    String atLimit = HEADER + "c1," + "a".repeat(25) + ",2020-01-01T00:00:00Z,\n";
    String over = HEADER + "c1," + "a".repeat(26) + ",2020-01-01T00:00:00Z,\n";
    // when
    EventLog log = EventLogs.readCsv(new StringReader(atLimit), CsvColumns.defaults(),
        limit(25, MalformedInputPolicy.FAIL));
    // then
    assertThat(log.touchpoints()).extracting(t -> t.id()).containsExactly("a".repeat(25));
    assertThatThrownBy(() -> EventLogs.readCsv(new StringReader(over), CsvColumns.defaults(),
            limit(25, MalformedInputPolicy.SKIP)))
        .isInstanceOfSatisfying(LogFormatException.class, e -> {
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.column()).isEqualTo(2);
        })
        .hasMessageContaining("field 2 holds more than 25 characters, the limit of"
            + " LogMapping.maxValueLength()");
  }

  @Test
  void a_quoted_field_is_measured_unquoted_and_from_the_line_it_begins_on() throws IOException {
    // given: a limit of 25; "a..a""b..b" holds 12 + 1 + 12 = 25 characters (28 as written), and
    // "a<LF>b<LF>c..c" holds 2 + 2 + 22 = 26 over lines 2 to 4
    String quoted = HEADER + "c1,\"" + "a".repeat(12) + "\"\"" + "b".repeat(12)
        + "\",2020-01-01T00:00:00Z,\n";
    String lines = HEADER + "c1,A,2020-01-01T00:00:00Z,\"a\nb\n" + "c".repeat(22) + "\"\n";
    // when
    EventLog log = EventLogs.readCsv(new StringReader(quoted), CsvColumns.defaults(),
        limit(25, MalformedInputPolicy.FAIL));
    // then
    assertThat(log.touchpoints()).extracting(t -> t.id())
        .containsExactly("a".repeat(12) + "\"" + "b".repeat(12));
    assertThatThrownBy(() -> EventLogs.readCsv(new StringReader(lines), CsvColumns.defaults(),
            limit(25, MalformedInputPolicy.FAIL)))
        .isInstanceOfSatisfying(LogFormatException.class, e -> {
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.column()).isEqualTo(4);
        });
  }

  @Test
  void the_header_and_a_file_of_bytes_are_held_to_the_limit_too() {
    // given: a header field of 26 characters; a file's row with a field of 26 characters
    String longHeader = "case,activity,timestamp," + "n".repeat(26) + "\n";
    byte[] bytes = (HEADER + "c1,A,2020-01-01T00:00:00Z," + "n".repeat(26) + "\n")
        .getBytes(StandardCharsets.UTF_8);
    // when / then
    assertThatThrownBy(() -> EventLogs.readCsv(new StringReader(longHeader),
            CsvColumns.defaults(), limit(25, MalformedInputPolicy.SKIP)))
        .isInstanceOfSatisfying(LogFormatException.class, e -> assertThat(e.line()).isEqualTo(1))
        .hasMessageContaining("field 4 holds more than 25 characters");
    assertThatThrownBy(() -> CsvReader.read(new ByteArrayInputStream(bytes), CsvColumns.defaults(),
            limit(25, MalformedInputPolicy.SKIP), "log.csv"))
        .isInstanceOf(LogFormatException.class)
        .hasMessageStartingWith("line 2, column 4: log.csv: field 4 holds more than 25");
  }

  @Test
  void rows_of_short_fields_are_read_however_long_the_file() throws IOException {
    // given: 2,000 rows under a limit of 30, each row longer than 30 characters in all
    String fill = "n".repeat(20);
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < 2_000; i++) {
      csv.append('c').append(i).append(",A,2020-01-01T00:00:00Z,").append(fill).append('\n');
    }
    // when
    EventLog log = EventLogs.readCsv(new StringReader(csv.toString()), CsvColumns.defaults(),
        limit(30, MalformedInputPolicy.FAIL));
    // then
    assertThat(log.customers()).hasSize(2_000).extracting(Actor::id).contains("c0", "c1999");
  }

  /**
   * A CSV of one row of {@code fields} one-character fields, made as it is read; counts what the
   * reader took.
   */
  static final class WideRowCsv extends Reader {
    private final char[] head = HEADER.toCharArray();
    private final long total;
    private long served;

    WideRowCsv(long fields) {
      this.total = head.length + 2 * fields; // "x," per field, the last comma a line break
    }

    long served() {
      return served;
    }

    @Override
    public int read(char[] cbuf, int off, int len) {
      if (served >= total) {
        return -1;
      }
      int n = (int) Math.min(len, total - served);
      for (int i = 0; i < n; i++) {
        long at = served + i;
        cbuf[off + i] = at < head.length ? head[(int) at]
            : at == total - 1 ? '\n'
            : (at - head.length) % 2 == 0 ? 'x' : ',';
      }
      served += n;
      return n;
    }

    @Override
    public void close() {}
  }

  @Test
  void a_row_of_millions_of_short_fields_is_refused_naming_the_limit_and_the_rest_is_not_read() {
    // given: a row of 50,000,000 fields of one character each (100,000,000 characters), no field
    // near the value limit, under the default limit of 10,000 fields per row
    WideRowCsv csv = new WideRowCsv(50_000_000L);
    // when / then: refused under SKIP too, after little more than the limit was read
    assertThatThrownBy(() -> EventLogs.readCsv(csv, CsvColumns.defaults(), XesHostileInputTest.SKIP))
        .isInstanceOfSatisfying(LogFormatException.class, e -> {
          assertThat(e.reason()).isEqualTo(SkipReason.MALFORMED_SYNTAX);
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.column()).isEqualTo(10_001);
        })
        .hasMessage("line 2, column 10001: <character stream>: the row holds more than 10,000"
            + " fields, the limit of LogMapping.maxFieldCount(); the log was not read on, so that"
            + " memory stays bounded. Raise the limit (LogMapping.Builder.maxFieldCount) only for a"
            + " log you trust");
    assertThat(csv.served()).isLessThan(1_000_000L);
  }

  @Test
  void a_row_of_exactly_the_field_limit_is_read_and_one_field_more_is_refused() throws IOException {
    // given: a limit of 4 fields; the header and the row hold 4, then a row of 5
    String atLimit = HEADER + "c1,A,2020-01-01T00:00:00Z,n\n";
    String over = atLimit + "c1,B,2020-01-01T00:00:01Z,n,extra\n";
    LogMapping four = LogMapping.builder().maxFieldCount(4).onMalformed(MalformedInputPolicy.SKIP)
        .build();
    // when
    EventLog log = EventLogs.readCsv(new StringReader(atLimit), CsvColumns.defaults(), four);
    // then: under SKIP the row of 5 is refused all the same, not counted as a wrong field count
    assertThat(log.touchpoints()).extracting(t -> t.id()).containsExactly("A");
    assertThatThrownBy(() -> EventLogs.readCsv(new StringReader(over), CsvColumns.defaults(), four))
        .isInstanceOfSatisfying(LogFormatException.class, e -> {
          assertThat(e.line()).isEqualTo(3);
          assertThat(e.column()).isEqualTo(5);
        })
        .hasMessageContaining("the row holds more than 4 fields, the limit of"
            + " LogMapping.maxFieldCount()");
  }
}
