package org.attune.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.attune.model.Actor;
import org.junit.jupiter.api.Test;

/**
 * Ids derived from imported text (customers from case ids, touchpoints from activities, counterparts
 * from resources, value propositions from products) are never made of control characters or only of
 * invisible characters: such a trace or event is refused, saying why, and the text is never altered.
 */
class ImportedIdsTest {

  private static final LogMapping SKIP =
      LogMapping.builder().onMalformed(MalformedInputPolicy.SKIP).build();

  /** An XML 1.1 log whose first case id is SOH, ESC, "[31m": a terminal colour escape. */
  private static final String XES_11 = """
      <?xml version="1.1" encoding="UTF-8"?>
      <log xes.version="1.0">
        <trace>
          <string key="concept:name" value="&#1;&#x1b;[31m"/>
          <event>
            <string key="concept:name" value="A"/>
            <date key="time:timestamp" value="2011-10-01T10:00:00.000+00:00"/>
          </event>
        </trace>
        <trace>
          <string key="concept:name" value="c2"/>
          <event>
            <string key="concept:name" value="B&#x1b;[0m"/>
            <date key="time:timestamp" value="2011-10-01T10:00:00.000+00:00"/>
          </event>
          <event>
            <string key="concept:name" value="C"/>
            <date key="time:timestamp" value="2011-10-01T11:00:00.000+00:00"/>
          </event>
        </trace>
      </log>
      """;

  private static boolean hasNoControlCharacter(String s) {
    return s.chars().noneMatch(Character::isISOControl);
  }

  @Test
  void should_refuse_a_case_id_with_control_characters_from_an_xml_11_log() {
    assertThatThrownBy(() -> XesImportTest.read(XES_11, LogMapping.defaults()))
        .isInstanceOfSatisfying(LogFormatException.class, e -> {
          assertThat(e.reason()).isEqualTo(SkipReason.CONTROL_CHARACTER_IN_TRACE);
          assertThat(hasNoControlCharacter(e.getMessage())).isTrue();
        })
        .hasMessageContaining("\"\\u0001\\u001b[31m\"")
        .hasMessageContaining("control character");
  }

  @Test
  void should_skip_and_count_control_characters_in_an_xml_11_log_under_skip() throws IOException {
    // when
    EventLog log = XesImportTest.read(XES_11, SKIP);
    // then: trace 1 is refused for its case id, event B of trace 2 for its activity
    ImportReport r = log.report();
    assertThat(r.skipped(SkipReason.CONTROL_CHARACTER_IN_TRACE)).isEqualTo(1);
    assertThat(r.skipped(SkipReason.CONTROL_CHARACTER_IN_EVENT)).isEqualTo(1);
    assertThat(log.customers()).extracting(Actor::id).containsExactly("c2");
    assertThat(log.journeys()).singleElement()
        .satisfies(j -> assertThat(j.touchpoints()).extracting(t -> t.id()).containsExactly("C"));
    assertThat(r.problems()).hasSize(2).allSatisfy(p ->
        assertThat(hasNoControlCharacter(p.message())).isTrue());
    assertThat(r.problems().get(1).message()).contains("\"B\\u001b[0m\"");
    assertThat(hasNoControlCharacter(r.render().replace("\n", ""))).isTrue();
    XesImportTest.assertBalanced(r);
  }

  @Test
  void should_refuse_a_csv_case_id_with_a_terminal_escape() {
    // given: the case id SOH, ESC, "[31m" on line 2, the trace starting at field 1
    String csv = "case,activity,timestamp,resource,product\n"
        + "\u0001\u001b[31m,A,2020-01-01T00:00:00Z,ann,loan\n";
    // when / then
    assertThatThrownBy(() -> read(csv, LogMapping.defaults()))
        .isInstanceOfSatisfying(LogFormatException.class, e -> {
          assertThat(e.reason()).isEqualTo(SkipReason.CONTROL_CHARACTER_IN_TRACE);
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.column()).isEqualTo(1);
        })
        .hasMessage("line 2, column 1: trace's case id (column 'case') must be free of control"
            + " characters to become a customer id, but was \"\\u0001\\u001b[31m\""
            + " (U+0001 at index 0)");
  }

  @Test
  void should_refuse_a_customer_attribute_with_a_control_character_without_showing_it() {
    // given
    String csv = "case,activity,timestamp,customer\n"
        + "t1,A,2020-01-01T00:00:00Z,Jane\u001bDoe\n";
    LogMapping byCustomer = LogMapping.builder().customerAttribute("customer").build();
    // when / then
    assertThatThrownBy(() -> CsvImportTest.read(csv, CsvColumns.defaults(), byCustomer))
        .isInstanceOfSatisfying(LogFormatException.class,
            e -> assertThat(e.reason()).isEqualTo(SkipReason.CONTROL_CHARACTER_IN_TRACE))
        .hasMessageContaining("customer attribute 'customer'")
        .hasMessageContaining("U+001B at index 4")
        .hasMessageNotContaining("Jane");
  }

  @Test
  void should_refuse_control_characters_in_csv_ids_under_fail() {
    String csv = "case,activity,timestamp,resource,product\n"
        + "c1,A\u001b,2020-01-01T00:00:00Z,ann,loan\n";
    assertThatThrownBy(() -> read(csv, LogMapping.defaults()))
        .isInstanceOfSatisfying(LogFormatException.class, e -> {
          assertThat(e.reason()).isEqualTo(SkipReason.CONTROL_CHARACTER_IN_EVENT);
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.column()).isEqualTo(2);
        })
        .hasMessage("line 2, column 2: event's activity (column 'activity') must be free of control"
            + " characters to become a touchpoint id, but was \"A\\u001b\" (U+001B at index 1)");
  }

  @Test
  void should_skip_and_count_control_characters_in_csv_ids_under_skip() throws IOException {
    // given
    String csv = "case,activity,timestamp,resource,product\n"
        + "c1,A,2020-01-01T00:00:00Z,ann,loan\n"
        + "c\u00002,A,2020-01-01T00:00:00Z,ann,loan\n"     // case id with NUL
        + "c3,A,2020-01-01T00:00:00Z,Jane\u001bDoe,loan\n"  // resource with ESC
        + "c4,A,2020-01-01T00:00:00Z,ann,lo\u0007an\n"      // product with BEL
        + "c5,A\r\nB,2020-01-01T00:00:00Z,ann,loan\n".replace("A\r\nB", "\"A\r\nB\"");
    // when
    EventLog log = read(csv, SKIP);
    // then
    ImportReport r = log.report();
    assertThat(log.customers()).extracting(Actor::id).containsExactly("c1");
    assertThat(r.skipped(SkipReason.CONTROL_CHARACTER_IN_TRACE)).isEqualTo(2); // c\u00002, c4
    assertThat(r.skipped(SkipReason.CONTROL_CHARACTER_IN_EVENT)).isEqualTo(2); // c3, c5
    assertThat(r.skipped(SkipReason.NO_EVENT_IMPORTED)).isEqualTo(2); // c3, c5: nothing left
    assertThat(r.problems()).extracting(ImportReport.Problem::line)
        .containsExactly(4, 6, 3, 5);
    assertThat(r.problems()).allSatisfy(p -> {
      assertThat(hasNoControlCharacter(p.message())).isTrue();
      assertThat(p.message()).doesNotContain("Jane");
    });
    assertThat(r.problems().get(0).message()).contains("resource").contains("U+001B at index 4");
    assertThat(r.problems().get(1).message()).contains("\"A\\r\\nB\"");
    XesImportTest.assertBalanced(r);
  }

  @Test
  void should_treat_ids_of_unicode_white_space_or_invisible_characters_as_blank()
      throws IOException {
    // given: a case id of a no-break space, an activity of a zero-width space, a resource of a
    // narrow no-break space and a product of a byte order mark
    String csv = "case,activity,timestamp,resource,product\n"
        + "\u00A0,A,2020-01-01T00:00:00Z,ann,loan\n"
        + "c2,\u200B,2020-01-01T00:00:00Z,ann,\n"
        + "c2,A,2020-01-01T00:00:00Z,\u202F,\uFEFF\n";
    // when
    EventLog log = read(csv, SKIP);
    // then
    ImportReport r = log.report();
    assertThat(r.skipped(SkipReason.BLANK_CASE_ID)).isEqualTo(1);
    assertThat(r.skipped(SkipReason.BLANK_ACTIVITY)).isEqualTo(1);
    assertThat(r.skipped(SkipReason.BLANK_RESOURCE)).isEqualTo(1);
    assertThat(r.skipped(SkipReason.BLANK_PRODUCT)).isEqualTo(1);
    assertThat(log.journeys()).singleElement().satisfies(j -> {
      assertThat(j.customer().id()).isEqualTo("c2");
      assertThat(j.proposition()).isEmpty();
      assertThat(j.episodes().get(0).counterpart()).isEmpty();
    });
    XesImportTest.assertBalanced(r);
  }

  @Test
  void should_escape_an_unparseable_timestamp_in_the_message() {
    String csv = "case,activity,timestamp,resource,product\nc1,A,2020\u001b[2J,,\n";
    assertThatThrownBy(() -> read(csv, LogMapping.defaults()))
        .isInstanceOf(LogFormatException.class)
        .hasMessageContaining("but was \"2020\\u001b[2J\"")
        .satisfies(e -> assertThat(hasNoControlCharacter(e.getMessage())).isTrue());
  }

  private static EventLog read(String csv, LogMapping mapping) throws IOException {
    return CsvImportTest.read(csv, CsvColumns.defaults().withResource("resource"),
        mapping.toBuilder().productAttribute("product").build());
  }
}
