package org.attune.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.attune.model.Actor;
import org.attune.model.Journey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImportTest {

  static EventLog read(String csv, CsvColumns columns, LogMapping mapping) throws IOException {
    return EventLogs.readCsv(new StringReader(csv), columns, mapping);
  }

  @Test
  void rows_are_grouped_by_case_in_the_order_of_each_cases_first_row() throws IOException {
    // given: interleaved cases, a quoted activity holding the delimiter and a quote, a quoted note
    // holding a line break (an activity may not: it becomes an id)
    String csv = "case,activity,timestamp,resource,product,note\n"
        + "c1,apply,2020-01-01T09:00:00Z,ann,loan,\n"
        + "c2,apply,2020-01-01T10:00:00+01:00,bob,card,\n"
        + "c1,\"call, \"\"urgent\"\"\",2020-01-02 09:00:00,ann,loan,\"call\nback\"\r\n"
        + "c2,sign,2020-01-03T09:00:00Z,,card,\n"
        + "c2,close,2020-01-04T09:00:00Z, ,card,\n"
        + "\n";
    CsvColumns columns = CsvColumns.defaults().withResource("resource");
    // when
    EventLog log = read(csv, columns, LogMapping.defaults());
    // then
    assertThat(log.journeys()).extracting(j -> j.customer().id()).containsExactly("c1", "c2");
    Journey c1 = log.journeys().get(0);
    assertThat(c1.touchpoints()).extracting(t -> t.id())
        .containsExactly("apply", "call, \"urgent\"");
    assertThat(c1.end()).isEqualTo(Instant.parse("2020-01-02T09:00:00Z"));
    assertThat(c1.proposition()).hasValueSatisfying(p -> assertThat(p.id()).isEqualTo("loan"));
    Journey c2 = log.journeys().get(1);
    assertThat(c2.start()).isEqualTo(Instant.parse("2020-01-01T09:00:00Z"));
    assertThat(c2.episodes().get(0).counterpart()).contains(Actor.individual("bob", "bob"));
    assertThat(c2.episodes().get(1).counterpart()).isEmpty();
    ImportReport r = log.report();
    assertThat(r.format()).isEqualTo("CSV");
    assertThat(r.eventsRead()).isEqualTo(5);
    assertThat(r.eventsImported()).isEqualTo(5);
    // an empty CSV field is absent; one of spaces is blank, dropped and counted
    assertThat(r.skipped()).containsOnlyKeys(SkipReason.BLANK_RESOURCE);
    assertThat(r.skipped(SkipReason.BLANK_RESOURCE)).isEqualTo(1);
    XesImportTest.assertBalanced(r);
  }

  @Test
  void a_lifecycle_column_filters_like_xes() throws IOException {
    String csv = "id;step;at;life\n"
        + "1;A;2020-01-01T00:00:00Z;start\n"
        + "1;A;2020-01-01T01:00:00Z;complete\n"
        + "1;B;2020-01-01T02:00:00Z;\n";
    CsvColumns columns = CsvColumns.of("id", "step", "at").withDelimiter(';').withLifecycle("life");
    EventLog log = read(csv, columns, LogMapping.defaults());
    assertThat(log.journeys().get(0).touchpoints()).extracting(t -> t.id())
        .containsExactly("A", "B");
    assertThat(log.report().skipped(SkipReason.LIFECYCLE_FILTERED)).isEqualTo(1);
  }

  @Test
  void a_configured_timestamp_format_is_used() throws IOException {
    String csv = "case,activity,timestamp\nc,A,01-10-2011 00:38\n";
    CsvColumns columns =
        CsvColumns.defaults().withTimestampFormat(DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm"));
    assertThat(read(csv, columns, LogMapping.defaults()).journeys().get(0).start())
        .isEqualTo(Instant.parse("2011-10-01T00:38:00Z"));
  }

  @Test
  void a_row_of_the_wrong_width_fails_naming_its_line() {
    String csv = "case,activity,timestamp\nc,A,2020-01-01T00:00:00Z\nc,B\n";
    assertThatThrownBy(() -> read(csv, CsvColumns.defaults(), LogMapping.defaults()))
        .isInstanceOfSatisfying(LogFormatException.class, e -> {
          assertThat(e.reason()).isEqualTo(SkipReason.WRONG_FIELD_COUNT);
          assertThat(e.line()).isEqualTo(3);
          assertThat(e.column()).isEqualTo(3);
        })
        .hasMessageContaining("row has 2 fields; expected 3");
  }

  @Test
  void malformed_rows_are_counted_under_skip() throws IOException {
    // given
    String csv = "case,activity,timestamp\n"
        + "c,A,2020-01-01T00:00:00Z\n"
        + "c,B\n"                          // wrong width
        + "c,C,not a time\n"               // unparseable timestamp
        + "c,,2020-01-01T00:00:00Z\n"      // blank activity
        + "c,D,\n"                         // missing timestamp
        + ",A,2020-01-01T00:00:00Z\n";     // blank case id: its own skipped trace
    LogMapping skip = LogMapping.builder().onMalformed(MalformedInputPolicy.SKIP).build();
    // when
    ImportReport r = read(csv, CsvColumns.defaults(), skip).report();
    // then
    assertThat(r.eventsRead()).isEqualTo(6);
    assertThat(r.eventsImported()).isEqualTo(1);
    assertThat(r.tracesRead()).isEqualTo(2);
    assertThat(r.tracesImported()).isEqualTo(1);
    assertThat(r.skipped(SkipReason.WRONG_FIELD_COUNT)).isEqualTo(1);
    assertThat(r.skipped(SkipReason.UNPARSEABLE_TIMESTAMP)).isEqualTo(1);
    assertThat(r.skipped(SkipReason.BLANK_ACTIVITY)).isEqualTo(1);
    assertThat(r.skipped(SkipReason.MISSING_TIMESTAMP)).isEqualTo(1);
    assertThat(r.skipped(SkipReason.BLANK_CASE_ID)).isEqualTo(1);
    assertThat(r.skipped(SkipReason.IN_SKIPPED_TRACE)).isEqualTo(1);
    assertThat(r.problems()).extracting(ImportReport.Problem::line)
        .containsExactly(3, 4, 5, 6, 7);
    XesImportTest.assertBalanced(r);
  }

  @Test
  void an_unterminated_quote_fails_or_cuts_the_file_short() throws IOException {
    String csv = "case,activity,timestamp\nc,A,2020-01-01T00:00:00Z\nc,\"B,2020-01-01T00:00:00Z\n";
    assertThatThrownBy(() -> read(csv, CsvColumns.defaults(), LogMapping.defaults()))
        .isInstanceOfSatisfying(LogFormatException.class, e -> {
          assertThat(e.reason()).isEqualTo(SkipReason.MALFORMED_SYNTAX);
          assertThat(e.line()).isEqualTo(3);
        })
        .hasMessageContaining("never closed");
    LogMapping skip = LogMapping.builder().onMalformed(MalformedInputPolicy.SKIP).build();
    EventLog log = read(csv, CsvColumns.defaults(), skip);
    assertThat(log.report().eventsImported()).isEqualTo(1);
    assertThat(log.report().skipped(SkipReason.MALFORMED_SYNTAX)).isEqualTo(1);
  }

  @Test
  void a_missing_column_fails_listing_the_header() {
    String csv = "case,activity,time\nc,A,2020-01-01T00:00:00Z\n";
    assertThatThrownBy(() -> read(csv, CsvColumns.defaults(), LogMapping.defaults()))
        .isInstanceOf(LogFormatException.class)
        .hasMessageContaining("timestamp column 'timestamp'")
        .hasMessageContaining("[case, activity, time]");
    assertThatThrownBy(() -> read("", CsvColumns.defaults(), LogMapping.defaults()))
        .isInstanceOf(LogFormatException.class)
        .hasMessageContaining("header");
  }

  @Test
  void customer_and_emotion_columns_are_read_as_attributes(@TempDir Path dir) throws IOException {
    // given
    Path file = dir.resolve("crm.csv");
    Files.writeString(file, "\uFEFFticket,customer,activity,timestamp,pleasure,channel\n"
        + "t1,ann,call,2020-01-01T00:00:00Z,-0.4,phone\n"
        + "t2,ann,chat,2020-02-01T00:00:00Z,0.6,web\n");
    LogMapping m = LogMapping.builder().customerAttribute("customer").pleasureAttribute("pleasure")
        .build();
    // when
    EventLog log = EventLogs.readCsv(file, CsvColumns.of("ticket", "activity", "timestamp"), m);
    // then
    assertThat(log.journeys()).hasSize(2);
    assertThat(log.customers()).extracting(Actor::id).containsExactly("ann");
    assertThat(log.journeys().get(0).episodes().get(0).customerEmotion())
        .hasValueSatisfying(e -> assertThat(e.pleasure()).isEqualTo(-0.4));
    assertThat(log.report().source()).isEqualTo("crm.csv");
  }
}
