package org.attune.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV reader's handling of line breaks, byte order marks and bytes that are not UTF-8. */
class CsvRecordsTest {

  private static final LogMapping SKIP =
      LogMapping.builder().onMalformed(MalformedInputPolicy.SKIP).build();

  @Test
  void should_keep_a_quoted_crlf_whole() throws IOException {
    // given: a quoted field holding CR LF, another holding a lone CR, then LF
    String csv = "a,b\r\n\"x\r\ny\",\"p\rq\nr\"\r\nlast,row\n";
    // when
    List<List<String>> records = CsvReader.records(new StringReader(csv), ',');
    // then
    assertThat(records).containsExactly(
        List.of("a", "b"), List.of("x\r\ny", "p\rq\nr"), List.of("last", "row"));
  }

  @Test
  void should_count_lines_of_a_quoted_crlf_once() {
    // given: the quoted CR LF spans lines 2 and 3; the short row is on line 4
    String csv = "case,activity,timestamp,note\n"
        + "c,A,2020-01-01T00:00:00Z,\"x\r\ny\"\r\n"
        + "c,B\n";
    // when / then
    assertThatThrownBy(() -> CsvImportTest.read(csv, CsvColumns.defaults(), LogMapping.defaults()))
        .isInstanceOfSatisfying(LogFormatException.class,
            e -> assertThat(e.line()).isEqualTo(4));
  }

  @Test
  void should_read_a_quoted_first_header_after_a_byte_order_mark() throws IOException {
    // given
    String csv = "\uFEFF\"case\",\"activity\",timestamp\nc1,A,2020-01-01T00:00:00Z\n";
    // when
    EventLog log = CsvImportTest.read(csv, CsvColumns.defaults(), LogMapping.defaults());
    // then
    assertThat(log.journeys()).hasSize(1);
    assertThat(log.customers()).extracting(a -> a.id()).containsExactly("c1");
  }

  @Test
  void should_read_a_byte_order_mark_only_at_the_start() throws IOException {
    assertThat(CsvReader.records(new StringReader("\uFEFF\"a\",b\n\uFEFFc,d\n"), ','))
        .containsExactly(List.of("a", "b"), List.of("\uFEFFc", "d"));
  }

  /** {@return a CSV whose third line holds the byte 0xE9 (Latin-1 é) in its second field} */
  private static byte[] latin1Row() {
    byte[] head = ("case,activity,timestamp\n"
        + "c1,A,2020-01-01T00:00:00Z\n"
        + "c1,caf").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ",2020-01-02T00:00:00Z\nc1,B,2020-01-03T00:00:00Z\n"
        .getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    all[head.length] = (byte) 0xE9;
    System.arraycopy(tail, 0, all, head.length + 1, tail.length);
    return all;
  }

  @Test
  void should_fail_on_bytes_that_are_not_utf8_naming_source_line_and_field() {
    // given
    ByteArrayInputStream in = new ByteArrayInputStream(latin1Row());
    // when / then
    assertThatThrownBy(() ->
            CsvReader.read(in, CsvColumns.defaults(), LogMapping.defaults(), "crm.csv"))
        .isInstanceOfSatisfying(LogFormatException.class, e -> {
          assertThat(e.reason()).isEqualTo(SkipReason.MALFORMED_ENCODING);
          assertThat(e.line()).isEqualTo(3);
          assertThat(e.column()).isEqualTo(2);
        })
        .hasMessage("line 3, column 2: crm.csv: field 2 (column 'activity') holds bytes that are"
            + " not UTF-8 (0xe9 at byte 56); expected a UTF-8 file");
  }

  @Test
  void should_skip_and_count_a_row_with_bytes_that_are_not_utf8_under_skip() throws IOException {
    // given
    ByteArrayInputStream in = new ByteArrayInputStream(latin1Row());
    // when
    EventLog log = CsvReader.read(in, CsvColumns.defaults(), SKIP, "crm.csv");
    // then: rows 2 and 4 are imported, row 3 is skipped and counted
    ImportReport r = log.report();
    assertThat(r.eventsRead()).isEqualTo(3);
    assertThat(r.eventsImported()).isEqualTo(2);
    assertThat(r.skipped()).containsExactly(java.util.Map.entry(SkipReason.MALFORMED_ENCODING, 1L));
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.column()).isEqualTo(2);
      assertThat(p.message()).contains("crm.csv").contains("not UTF-8");
    });
    assertThat(log.journeys().get(0).touchpoints()).extracting(t -> t.id())
        .containsExactly("A", "B");
    XesImportTest.assertBalanced(r);
  }

  @Test
  void should_refuse_a_header_with_bytes_that_are_not_utf8_whatever_the_policy() {
    byte[] csv = "case,activit\u00e9,timestamp\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> CsvReader.read(new ByteArrayInputStream(csv), CsvColumns.defaults(),
            SKIP, "crm.csv"))
        .isInstanceOfSatisfying(LogFormatException.class, e -> {
          assertThat(e.reason()).isEqualTo(SkipReason.MALFORMED_ENCODING);
          assertThat(e.line()).isEqualTo(1);
          assertThat(e.column()).isEqualTo(2);
        });
  }

  @Test
  void should_find_bytes_that_are_not_utf8_beyond_the_first_buffer() throws IOException {
    // given: 5,000 good rows (about 150 kB), then a row with a truncated UTF-8 sequence at the end
    StringBuilder s = new StringBuilder("case,activity,timestamp\n");
    for (int i = 0; i < 5000; i++) {
      s.append("case-").append(i).append(",A,2020-01-01T00:00:00Z\n");
    }
    byte[] good = s.toString().getBytes(StandardCharsets.UTF_8);
    byte[] all = java.util.Arrays.copyOf(good, good.length + 4);
    all[good.length] = 'x';
    all[good.length + 1] = ',';
    all[good.length + 2] = 'B';
    all[good.length + 3] = (byte) 0xC3; // the first byte of a two-byte sequence, then the end
    // when / then
    assertThatThrownBy(() -> CsvReader.read(new ByteArrayInputStream(all), CsvColumns.defaults(),
            LogMapping.defaults(), "big.csv"))
        .isInstanceOfSatisfying(LogFormatException.class, e -> {
          assertThat(e.line()).isEqualTo(5002);
          assertThat(e.column()).isEqualTo(2);
        });
    EventLog log = CsvReader.read(new ByteArrayInputStream(all), CsvColumns.defaults(), SKIP,
        "big.csv");
    assertThat(log.report().eventsImported()).isEqualTo(5000);
    assertThat(log.report().skipped(SkipReason.MALFORMED_ENCODING)).isEqualTo(1);
  }

  @Test
  void should_turn_a_decoding_error_of_a_file_into_a_log_format_exception(@TempDir Path dir)
      throws IOException {
    // given
    Path file = dir.resolve("crm.csv");
    Files.write(file, latin1Row());
    // when / then: FAIL names the file, the line, the field and the encoding expected
    assertThatThrownBy(() ->
            EventLogs.readCsv(file, CsvColumns.defaults(), LogMapping.defaults()))
        .isInstanceOfSatisfying(LogFormatException.class,
            e -> assertThat(e.reason()).isEqualTo(SkipReason.MALFORMED_ENCODING))
        .hasMessageContaining("crm.csv")
        .hasMessageContaining("field ")
        .hasMessageContaining("UTF-8");
  }

  @Test
  void should_skip_only_the_row_of_a_decoding_error_of_a_file_under_skip(@TempDir Path dir)
      throws IOException {
    // given: 5,000 good rows (about 150 kB), then a byte that is not UTF-8
    StringBuilder s = new StringBuilder("case,activity,timestamp\n");
    for (int i = 0; i < 5000; i++) {
      s.append("case-").append(i).append(",A,2020-01-01T00:00:00Z\n");
    }
    byte[] good = s.toString().getBytes(StandardCharsets.UTF_8);
    byte[] all = java.util.Arrays.copyOf(good, good.length + 3);
    all[good.length] = 'x';
    all[good.length + 1] = ',';
    all[good.length + 2] = (byte) 0xE9;
    Path file = dir.resolve("big.csv");
    Files.write(file, all);
    // when
    ImportReport r = EventLogs.readCsv(file, CsvColumns.defaults(), SKIP).report();
    // then: a file is read as bytes, so only the row holding the bad byte is skipped
    assertThat(r.eventsImported()).isEqualTo(5000);
    assertThat(r.skipped(SkipReason.MALFORMED_ENCODING)).isEqualTo(1);
    assertThat(r.skipped(SkipReason.MALFORMED_SYNTAX)).isZero();
    assertThat(r.problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("big.csv").contains("UTF-8"));
    XesImportTest.assertBalanced(r);
  }

  @Test
  void should_name_a_refused_delimiter_escaped() {
    assertThatThrownBy(() -> CsvColumns.defaults().withDelimiter('\r'))
        .hasMessage("delimiter must not be a quote or a line break, but was \"\\r\"");
    assertThatThrownBy(() -> CsvColumns.defaults().withDelimiter('"'))
        .hasMessage("delimiter must not be a quote or a line break, but was \"\\\"\"");
    assertThat(CsvColumns.defaults().withDelimiter('\t').toString())
        .endsWith("delimiter=\"\\t\"]");
  }

  @Test
  void should_end_a_record_at_lf_cr_lf_or_a_lone_cr() throws IOException {
    // given
    String csv = "a,b\r\nc,d\ne,f\rg,h";
    // when
    List<List<String>> records = CsvReader.records(new StringReader(csv), ',');
    // then
    assertThat(records).containsExactly(
        List.of("a", "b"), List.of("c", "d"), List.of("e", "f"), List.of("g", "h"));
  }

  @Test
  void should_read_doubled_quotes_quoted_delimiters_and_text_after_a_closing_quote()
      throws IOException {
    // given
    String csv = "\"x\"\"y\",\"p,q\"\n\"a\"b\"c,d\n\"\",e\n,\n\n\"\"\"\",f\"g";
    // when
    List<List<String>> records = CsvReader.records(new StringReader(csv), ',');
    // then
    assertThat(records).containsExactly(
        List.of("x\"y", "p,q"), List.of("ab\"c", "d"), List.of("", "e"), List.of("", ""),
        List.of(""), List.of("\"", "f\"g"));
  }

  @Test
  void should_split_at_the_delimiter_it_is_given_only() throws IOException {
    assertThat(CsvReader.records(new StringReader("a;b,c\tx\n"), ';'))
        .containsExactly(List.of("a", "b,c\tx"));
    assertThat(CsvReader.records(new StringReader("a;b,c\tx\n"), '\t'))
        .containsExactly(List.of("a;b,c", "x"));
  }

  @Test
  void should_name_the_line_and_field_where_a_quote_that_never_closes_opened() {
    // given: the quote opens field 2 of line 2 and runs to the end
    String csv = "a,b\nc,\"d\ne,f\n";
    // when / then
    assertThatThrownBy(() -> CsvReader.records(new StringReader(csv), ','))
        .isInstanceOfSatisfying(LogFormatException.class, e -> {
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.column()).isEqualTo(2);
          assertThat(e.reason()).isEqualTo(SkipReason.MALFORMED_SYNTAX);
        })
        .hasMessage("line 2, column 2: a quoted field opened here is never closed; expected a"
            + " closing \"");
  }

  @Test
  void should_refuse_an_empty_csv_or_a_byte_order_mark_alone_asking_for_a_header() {
    for (String csv : new String[] {"", "\uFEFF"}) {
      assertThatThrownBy(() -> CsvImportTest.read(csv, CsvColumns.defaults(),
          LogMapping.defaults()))
          .isInstanceOf(LogFormatException.class)
          .hasMessage("line 1, column 1: the CSV is empty; expected a header row naming the"
              + " columns");
    }
  }

  @Test
  void should_name_a_missing_column_and_the_columns_the_header_has() {
    // given: header names are stripped, so " case " is found
    String csv = " case ,activity,when\nc,A,2020-01-01T00:00:00Z\n";
    // when / then
    assertThatThrownBy(() -> CsvImportTest.read(csv, CsvColumns.defaults(),
        LogMapping.defaults()))
        .isInstanceOf(LogFormatException.class)
        .hasMessage("line 1, column 1: the header has no timestamp column 'timestamp'; its"
            + " columns are [ case , activity, when]");
  }
}
