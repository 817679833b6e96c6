package org.attune.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

  @ParameterizedTest
  @ValueSource(strings = {"=SUM(A1)", "+1", "-1+2", "@x", "\tx", "-1", "=HYPERLINK(\"http://x\")"})
  void should_prefix_text_a_spreadsheet_would_run_as_a_formula(String formula) throws IOException {
    // given
    StringWriter out = new StringWriter();

    // when
    new CsvWriter(out, ',').text(formula).text("plain").endRow();

    // then
    assertThat(Rfc4180.parse(out.toString(), ','))
        .containsExactly(List.of("'" + formula, "plain"));
  }

  @Test
  void should_prefix_a_carriage_return_first_and_quote_it() throws IOException {
    // given
    StringWriter out = new StringWriter();

    // when
    new CsvWriter(out, ',').text("\r=1").endRow();

    // then
    assertThat(out.toString()).isEqualTo("\"'\r=1\"\r\n");
    assertThat(Rfc4180.parse(out.toString(), ',')).containsExactly(List.of("'\r=1"));
  }

  @Test
  void should_keep_a_negative_number_the_library_writes_a_number() throws IOException {
    // given
    StringWriter out = new StringWriter();

    // when
    new CsvWriter(out, ',').number(-1L).number(-0.5).text("-0.5").endRow();

    // then: only the text cell is prefixed
    assertThat(out.toString()).isEqualTo("-1,-0.5,'-0.5\r\n");
  }

  @Test
  void should_quote_the_delimiter_quotes_and_line_breaks_per_rfc_4180() throws IOException {
    // given
    String hostile = "a \"quoted\", b\nc\r\nd";
    StringWriter out = new StringWriter();

    // when
    new CsvWriter(out, ',').text(hostile).text("x;y").empty().endRow();

    // then
    assertThat(out.toString()).isEqualTo("\"a \"\"quoted\"\", b\nc\r\nd\",x;y,\r\n");
    assertThat(Rfc4180.parse(out.toString(), ',')).containsExactly(List.of(hostile, "x;y", ""));
  }

  @Test
  void should_quote_cells_holding_another_delimiter_when_that_one_is_used() throws IOException {
    // given
    StringWriter out = new StringWriter();

    // when
    new CsvWriter(out, ';').text("x;y").text("1,5").endRow();

    // then
    assertThat(out.toString()).isEqualTo("\"x;y\";1,5\r\n");
  }

  @Test
  void should_write_numbers_in_the_shortest_form_that_reads_back() throws IOException {
    // given
    StringWriter out = new StringWriter();

    // when
    new CsvWriter(out, ',').number(0.1 + 0.2).number(1e-5).number(1.0).bool(true).endRow();

    // then: 0.1 + 0.2 is 0.30000000000000004 in doubles
    assertThat(out.toString()).isEqualTo("0.30000000000000004,1.0E-5,1.0,true\r\n");
  }

  @Test
  void should_reject_a_number_that_is_not_finite() {
    // given
    CsvWriter csv = new CsvWriter(new StringWriter(), ',');

    // when / then
    assertThatThrownBy(() -> csv.number(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value must be a finite number (write an empty cell where there is none),"
            + " but was NaN");
  }

  @Test
  void should_reject_a_delimiter_that_is_not_one_of_the_four() {
    // when / then
    assertThatThrownBy(() -> new CsvWriter(new StringWriter(), '"'))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("delimiter must be one of ',', ';', '\\t', '|', but was '\"'");
    assertThatThrownBy(() -> new CsvWriter(new StringWriter(), '\n'))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("delimiter must be one of ',', ';', '\\t', '|', but was '\\u000a'");
    assertThatThrownBy(() -> ResultsCsv.standard().withDelimiter('a'))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("delimiter must be one of ',', ';', '\\t', '|', but was 'a'");
  }
}
