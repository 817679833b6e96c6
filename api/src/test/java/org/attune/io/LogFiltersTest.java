package org.attune.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.regex.Pattern;
import org.attune.model.Touchpoint;
import org.junit.jupiter.api.Test;

/** The activity filters of {@link LogMapping}: include or exclude activities by name or pattern. */
class LogFiltersTest {

  /** Two loan applications, each with work items (W_) among the customer-facing steps (A_, O_). */
  static final String LOG = "case,activity,timestamp\n"
      + "1,A_SUBMITTED,2012-01-01T10:00:00Z\n"
      + "1,W_Completeren aanvraag,2012-01-01T10:05:00Z\n"
      + "1,O_SENT,2012-01-01T11:00:00Z\n"
      + "2,A_SUBMITTED,2012-01-02T10:00:00Z\n"
      + "2,W_Nabellen offertes,2012-01-02T10:30:00Z\n"
      + "1,A_APPROVED,2012-01-03T09:00:00Z\n"
      + "3,W_Valideren aanvraag,2012-01-04T09:00:00Z\n";

  @Test
  void excluding_a_pattern_leaves_out_the_work_items_and_counts_them_as_filtered()
      throws IOException {
    // given
    LogMapping customerFacing = LogMapping.defaults().excludingActivities(Pattern.compile("W_.*"));
    // when
    EventLog log = CsvImportTest.read(LOG, CsvColumns.defaults(), customerFacing);
    // then: 7 rows, 3 of them W_; case 3 holds only a work item, so no journey
    ImportReport r = log.report();
    assertThat(log.touchpoints()).extracting(Touchpoint::id)
        .containsExactly("A_SUBMITTED", "O_SENT", "A_APPROVED");
    assertThat(r.eventsRead()).isEqualTo(7);
    assertThat(r.eventsImported()).isEqualTo(4);
    assertThat(r.skipped(SkipReason.ACTIVITY_FILTERED)).isEqualTo(3);
    assertThat(r.tracesImported()).isEqualTo(2);
    assertThat(r.skipped(SkipReason.NO_EVENT_IMPORTED)).isEqualTo(1);
    assertThat(r.isClean()).isTrue();
    XesImportTest.assertBalanced(r);
  }

  @Test
  void a_pattern_must_match_the_whole_name() throws IOException {
    // given: "W_" alone matches no whole name; "A_" does not match "O_SENT"
    LogMapping mapping = LogMapping.defaults().excludingActivities(Pattern.compile("W_"))
        .includingActivities(Pattern.compile("A_.*|W_.*"));
    // when
    EventLog log = CsvImportTest.read(LOG, CsvColumns.defaults(), mapping);
    // then
    assertThat(log.touchpoints()).extracting(Touchpoint::id).containsExactly(
        "A_SUBMITTED", "W_Completeren aanvraag", "W_Nabellen offertes", "A_APPROVED",
        "W_Valideren aanvraag");
    assertThat(log.report().skipped(SkipReason.ACTIVITY_FILTERED)).isEqualTo(1); // O_SENT
  }

  @Test
  void including_names_keeps_only_those_and_exclusion_wins() throws IOException {
    // given
    LogMapping mapping = LogMapping.builder()
        .includeActivities("A_SUBMITTED", "A_APPROVED", "O_SENT")
        .excludeActivities("O_SENT")
        .build();
    // when
    EventLog log = CsvImportTest.read(LOG, CsvColumns.defaults(), mapping);
    // then
    assertThat(log.touchpoints()).extracting(Touchpoint::id)
        .containsExactly("A_SUBMITTED", "A_APPROVED");
    assertThat(log.report().skipped(SkipReason.ACTIVITY_FILTERED)).isEqualTo(4);
    assertThat(mapping.keepsActivity("A_SUBMITTED")).isTrue();
    assertThat(mapping.keepsActivity("O_SENT")).isFalse();
    assertThat(mapping.keepsActivity("a_submitted")).isFalse(); // names are compared exactly
  }

  @Test
  void a_filtered_event_is_never_malformed_but_a_blank_activity_still_is() {
    // given: the filtered W_ event has no timestamp; then a blank activity
    String filteredWithoutTime = "case,activity,timestamp\n1,A,2020-01-01T00:00:00Z\n1,W_x,\n";
    String blank = "case,activity,timestamp\n1,A,2020-01-01T00:00:00Z\n1, ,2020-01-01T00:00:00Z\n";
    LogMapping mapping = LogMapping.defaults().excludingActivities(Pattern.compile("W_.*"));
    // when / then: under FAIL the first is read, the second refused
    assertThat(assertReads(filteredWithoutTime, mapping).report().skipped(
        SkipReason.ACTIVITY_FILTERED)).isEqualTo(1);
    assertThatThrownBy(() -> CsvImportTest.read(blank, CsvColumns.defaults(),
            LogMapping.defaults().excludingActivities(" ")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CsvImportTest.read(blank, CsvColumns.defaults(), mapping))
        .isInstanceOfSatisfying(LogFormatException.class,
            e -> assertThat(e.reason()).isEqualTo(SkipReason.BLANK_ACTIVITY));
  }

  private static EventLog assertReads(String csv, LogMapping mapping) {
    try {
      return CsvImportTest.read(csv, CsvColumns.defaults(), mapping);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void the_same_filter_applies_to_xes() throws IOException {
    // given
    String xes = "<log><trace><string key=\"concept:name\" value=\"c\"/>"
        + "<event><string key=\"concept:name\" value=\"A\"/>"
        + "<date key=\"time:timestamp\" value=\"2020-01-01T00:00:00Z\"/></event>"
        + "<event><string key=\"concept:name\" value=\"W_B\"/>"
        + "<date key=\"time:timestamp\" value=\"2020-01-01T00:01:00Z\"/></event>"
        + "</trace></log>";
    // when
    EventLog log = XesImportTest.read(xes,
        LogMapping.defaults().excludingActivities(Pattern.compile("W_.*")));
    // then
    assertThat(log.touchpoints()).extracting(Touchpoint::id).containsExactly("A");
    assertThat(log.report().skipped(SkipReason.ACTIVITY_FILTERED)).isEqualTo(1);
  }

  @Test
  void the_filter_is_kept_by_to_builder_and_shown_by_to_string_and_can_be_cleared() {
    // given
    LogMapping mapping = LogMapping.defaults().includingActivities("A", "B")
        .includingActivities(Pattern.compile("C.*")).excludingActivities(Pattern.compile("W_.*"));
    // when
    LogMapping copy = mapping.toBuilder().build();
    LogMapping cleared = mapping.toBuilder().anyActivity().build();
    // then
    assertThat(copy.keepsActivity("C1")).isTrue();
    assertThat(copy.keepsActivity("D")).isFalse();
    assertThat(mapping.toString())
        .contains("activities=include [A, B] and /C.*/, exclude /W_.*/");
    assertThat(cleared.filtersActivities()).isFalse();
    assertThat(cleared.keepsActivity("D")).isTrue();
    assertThat(LogMapping.defaults().filtersActivities()).isFalse();
    assertThat(LogMapping.defaults().toString()).doesNotContain("activities=");
  }

  @Test
  void an_empty_list_of_names_is_refused() {
    assertThatThrownBy(() -> LogMapping.builder().includeActivities())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("includeActivities must name at least one activity, but was empty");
    assertThatThrownBy(() -> LogMapping.builder().excludeActivities((Pattern) null))
        .isInstanceOf(NullPointerException.class);
  }
}
