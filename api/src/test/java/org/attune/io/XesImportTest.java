package org.attune.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.attune.model.Actor;
import org.attune.model.Episode;
import org.attune.model.Journey;
import org.attune.model.JourneyStage;
import org.attune.model.TouchpointOwnership;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XesImportTest {

  /** Two traces in the IEEE 1849-2016 namespace, with the noise real logs carry. */
  static final String LOG = """
      <?xml version="1.0" encoding="UTF-8"?>
      <log xes.version="1849-2016" xmlns="http://www.xes-standard.org/">
        <extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>
        <global scope="event">
          <string key="concept:name" value="GLOBAL-DEFAULT"/>
          <date key="time:timestamp" value="1970-01-01T00:00:00.000+01:00"/>
        </global>
        <classifier name="Activity" keys="concept:name"/>
        <string key="concept:name" value="log-name-not-a-case"/>
        <float key="meta" value="1.0">
          <float key="nested" value="2.0"/>
        </float>
        <trace>
          <string key="concept:name" value="c1"/>
          <string key="product" value="loan"/>
          <event>
            <string key="concept:name" value="A"/>
            <string key="lifecycle:transition" value="COMPLETE"/>
            <string key="org:resource" value="r1"/>
            <date key="time:timestamp" value="2011-10-01T00:38:44.546+02:00"/>
          </event>
          <event>
            <string key="concept:name" value="B"/>
            <string key="lifecycle:transition" value="start"/>
            <date key="time:timestamp" value="2011-10-01T01:00:00+02:00"/>
          </event>
          <event>
            <string key="concept:name" value="B"/>
            <string key="lifecycle:transition" value="complete"/>
            <string key="org:resource" value="r1"/>
            <date key="time:timestamp" value="2011-10-01T01:30:00Z"/>
            <list key="nested-list">
              <values><string key="concept:name" value="NOT-AN-ACTIVITY"/></values>
            </list>
          </event>
        </trace>
        <trace>
          <event>
            <date key="time:timestamp" value="2011-10-02T10:00:00.000+00:00"/>
            <string key="concept:name" value="A"/>
          </event>
          <string key="concept:name" value="c2"/>
        </trace>
      </log>
      """;

  static EventLog read(String xes, LogMapping mapping) throws IOException {
    return EventLogs.readXes(stream(xes), mapping);
  }

  static InputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  static void assertBalanced(ImportReport r) {
    long traceSkips = r.skipped().entrySet().stream()
        .filter(e -> e.getKey().scope() == SkipReason.Scope.TRACE)
        .mapToLong(e -> e.getValue()).sum();
    long eventSkips = r.skipped().entrySet().stream()
        .filter(e -> e.getKey().scope() == SkipReason.Scope.EVENT)
        .mapToLong(e -> e.getValue()).sum();
    assertThat(r.tracesImported() + traceSkips).isEqualTo(r.tracesRead());
    assertThat(r.eventsImported() + eventSkips).isEqualTo(r.eventsRead());
  }

  @Test
  void default_mapping_turns_cases_into_customers_and_complete_events_into_episodes()
      throws IOException {
    // when
    EventLog log = read(LOG, LogMapping.defaults());
    // then
    assertThat(log.journeys()).hasSize(2);
    Journey first = log.journeys().get(0);
    assertThat(first.customer()).isEqualTo(Actor.individual("c1", "c1"));
    assertThat(first.proposition()).hasValueSatisfying(p -> assertThat(p.id()).isEqualTo("loan"));
    assertThat(first.touchpoints()).extracting(t -> t.id()).containsExactly("A", "B");
    // 00:38:44.546+02:00 is 22:38:44.546Z the day before
    assertThat(first.start()).isEqualTo(Instant.parse("2011-09-30T22:38:44.546Z"));
    assertThat(first.end()).isEqualTo(Instant.parse("2011-10-01T01:30:00Z"));
    assertThat(first.touchpoints().get(0).ownership()).isEqualTo(TouchpointOwnership.BRAND_OWNED);
    assertThat(first.touchpoints().get(0).stage()).isEqualTo(JourneyStage.POSTPURCHASE);
    // the case id may come after the events
    Journey second = log.journeys().get(1);
    assertThat(second.customer().id()).isEqualTo("c2");
    assertThat(second.proposition()).isEmpty();
    assertThat(second.episodes().get(0).counterpart()).isEmpty();
  }

  @Test
  void resources_become_provider_side_counterparts_shared_as_one_object() throws IOException {
    EventLog log = read(LOG, LogMapping.defaults());
    Episode a = log.journeys().get(0).episodes().get(0);
    Episode b = log.journeys().get(0).episodes().get(1);
    assertThat(a.counterpart()).contains(Actor.individual("r1", "r1"));
    assertThat(a.counterpart().get()).isSameAs(b.counterpart().get());
    assertThat(a.touchpoint()).isSameAs(log.journeys().get(1).episodes().get(0).touchpoint());
    assertThat(log.resources()).containsExactly(Actor.individual("r1", "r1"));
    assertThat(log.customers()).extracting(Actor::id).containsExactly("c1", "c2");
    assertThat(log.touchpoints()).extracting(t -> t.id()).containsExactly("A", "B");
    assertThat(log.propositions()).extracting(p -> p.id()).containsExactly("loan");
    assertThat(log.provider()).isEqualTo(LogMapping.DEFAULT_PROVIDER);
    assertThat(log.episodes()).hasSize(3);
    assertThat(log.idClashes()).isEmpty();
  }

  @Test
  void report_counts_the_start_event_as_filtered_and_balances() throws IOException {
    ImportReport r = read(LOG, LogMapping.defaults()).report();
    assertThat(r.tracesRead()).isEqualTo(2);
    assertThat(r.tracesImported()).isEqualTo(2);
    assertThat(r.eventsRead()).isEqualTo(4);
    assertThat(r.eventsImported()).isEqualTo(3);
    assertThat(r.skipped()).containsOnlyKeys(SkipReason.LIFECYCLE_FILTERED);
    assertThat(r.skipped(SkipReason.LIFECYCLE_FILTERED)).isEqualTo(1);
    assertThat(r.isClean()).isTrue();
    assertThat(r.format()).isEqualTo("XES");
    assertThat(r.render()).contains("LIFECYCLE_FILTERED");
    assertBalanced(r);
  }

  @Test
  void any_lifecycle_keeps_every_event() throws IOException {
    EventLog log = read(LOG, LogMapping.builder().anyLifecycle().build());
    assertThat(log.journeys().get(0).touchpoints()).extracting(t -> t.id())
        .containsExactly("A", "B", "B");
  }

  @Test
  void stage_and_ownership_come_from_the_mapping() throws IOException {
    LogMapping m = LogMapping.builder()
        .stageBy(a -> a.equals("A") ? JourneyStage.PURCHASE : JourneyStage.PREPURCHASE)
        .touchpoint("B", TouchpointOwnership.PARTNER_OWNED, JourneyStage.POSTPURCHASE)
        .build();
    EventLog log = read(LOG, m);
    assertThat(log.touchpoints()).extracting(t -> t.stage())
        .containsExactly(JourneyStage.PURCHASE, JourneyStage.POSTPURCHASE);
    assertThat(log.touchpoints()).extracting(t -> t.ownership())
        .containsExactly(TouchpointOwnership.BRAND_OWNED, TouchpointOwnership.PARTNER_OWNED);
  }

  @Test
  void gzip_is_told_by_its_magic_bytes_not_its_name(@TempDir Path dir) throws IOException {
    // given
    Path file = dir.resolve("log.xes"); // no .gz: the bytes decide
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(LOG.getBytes(StandardCharsets.UTF_8));
    }
    Files.write(file, bytes.toByteArray());
    // when
    EventLog log = EventLogs.readXes(file, LogMapping.defaults());
    // then
    assertThat(log.journeys()).hasSize(2);
    assertThat(log.report().source()).isEqualTo("log.xes");
  }

  @Test
  void old_xes_1_0_without_namespace_and_without_lifecycle_reads_every_event() throws IOException {
    String xes = """
        <?xml version='1.0' encoding='UTF-8'?>
        <log xes.version="1.0">
          <trace><string key="concept:name" value="3"/>
            <event><string key="concept:name" value="register request"/>
              <string key="org:resource" value="Pete"/>
              <date key="time:timestamp" value="2010-12-30T14:32:00.000+01:00"/></event>
            <event><string key="concept:name" value="decide"/>
              <date key="time:timestamp" value="2010-12-30T15:06:00.000+01:00"/></event>
          </trace>
        </log>
        """;
    EventLog log = read(xes, LogMapping.defaults());
    assertThat(log.report().eventsImported()).isEqualTo(2);
    assertThat(log.journeys().get(0).touchpoints()).extracting(t -> t.name())
        .containsExactly("register request", "decide");
  }

  @Test
  void events_out_of_time_order_are_sorted_stably() throws IOException {
    String xes = """
        <log><trace><string key="concept:name" value="c"/>
          <event><string key="concept:name" value="late"/><date key="time:timestamp" value="2020-01-02T00:00:00Z"/></event>
          <event><string key="concept:name" value="tie1"/><date key="time:timestamp" value="2020-01-01T00:00:00Z"/></event>
          <event><string key="concept:name" value="tie2"/><date key="time:timestamp" value="2020-01-01T00:00:00Z"/></event>
        </trace></log>
        """;
    assertThat(read(xes, LogMapping.defaults()).journeys().get(0).touchpoints())
        .extracting(t -> t.id()).containsExactly("tie1", "tie2", "late");
  }

  static final String BAD_TIMESTAMP = """
      <log>
      <trace><string key="concept:name" value="c1"/>
      <event><string key="concept:name" value="A"/><date key="time:timestamp" value="yesterday"/></event>
      <event><string key="concept:name" value="B"/><date key="time:timestamp" value="2020-01-01T00:00:00Z"/></event>
      </trace>
      </log>
      """;

  @Test
  void an_unparseable_timestamp_fails_naming_line_column_field_and_value() {
    assertThatThrownBy(() -> read(BAD_TIMESTAMP, LogMapping.defaults()))
        .isInstanceOfSatisfying(LogFormatException.class, e -> {
          assertThat(e.reason()).isEqualTo(SkipReason.UNPARSEABLE_TIMESTAMP);
          assertThat(e.line()).isEqualTo(3);
          assertThat(e.column()).isPositive();
        })
        .hasMessageContaining("line 3, column")
        .hasMessageContaining("time:timestamp")
        .hasMessageContaining("\"yesterday\"")
        .hasMessageContaining("ISO-8601");
  }

  @Test
  void an_unparseable_timestamp_is_a_counted_skip_under_skip() throws IOException {
    LogMapping skip = LogMapping.builder().onMalformed(MalformedInputPolicy.SKIP).build();
    EventLog log = read(BAD_TIMESTAMP, skip);
    assertThat(log.journeys().get(0).touchpoints()).extracting(t -> t.id()).containsExactly("B");
    ImportReport r = log.report();
    assertThat(r.skipped(SkipReason.UNPARSEABLE_TIMESTAMP)).isEqualTo(1);
    assertThat(r.isClean()).isFalse();
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.reason()).isEqualTo(SkipReason.UNPARSEABLE_TIMESTAMP);
      assertThat(p.line()).isEqualTo(3);
    });
    assertBalanced(r);
  }

  @Test
  void malformed_traces_and_events_are_each_counted_under_their_reason() throws IOException {
    // given: every kind of malformed trace and event once
    String xes = """
        <log>
          <trace><event><string key="concept:name" value="A"/><date key="time:timestamp" value="2020-01-01T00:00:00Z"/></event></trace>
          <trace><string key="concept:name" value="  "/><event><string key="concept:name" value="A"/><date key="time:timestamp" value="2020-01-01T00:00:00Z"/></event></trace>
          <trace><string key="concept:name" value="empty"/></trace>
          <trace><string key="concept:name" value="ok"/>
            <event><date key="time:timestamp" value="2020-01-01T00:00:00Z"/></event>
            <event><string key="concept:name" value=""/><date key="time:timestamp" value="2020-01-01T00:00:00Z"/></event>
            <event><string key="concept:name" value="A"/></event>
            <event><string key="concept:name" value="A"/><string key="org:resource" value=" "/><date key="time:timestamp" value="2020-01-01T00:00:00Z"/></event>
          </trace>
          <trace><string key="concept:name" value="filtered"/>
            <event><string key="concept:name" value="A"/><string key="lifecycle:transition" value="start"/><date key="time:timestamp" value="2020-01-01T00:00:00Z"/></event>
          </trace>
          <trace><string key="concept:name" value="blank-product"/><string key="product" value=""/>
            <event><string key="concept:name" value="A"/><date key="time:timestamp" value="2020-01-01T00:00:00Z"/></event>
          </trace>
        </log>
        """;
    // when
    EventLog log = read(xes, LogMapping.builder().onMalformed(MalformedInputPolicy.SKIP).build());
    // then
    ImportReport r = log.report();
    assertThat(r.tracesRead()).isEqualTo(6);
    assertThat(r.tracesImported()).isEqualTo(2); // "ok" and "blank-product"
    assertThat(r.eventsRead()).isEqualTo(8);
    assertThat(r.eventsImported()).isEqualTo(2);
    assertThat(r.skipped()).containsExactly(
        java.util.Map.entry(SkipReason.MISSING_CASE_ID, 1L),
        java.util.Map.entry(SkipReason.BLANK_CASE_ID, 1L),
        java.util.Map.entry(SkipReason.EMPTY_TRACE, 1L),
        java.util.Map.entry(SkipReason.NO_EVENT_IMPORTED, 1L),
        java.util.Map.entry(SkipReason.LIFECYCLE_FILTERED, 1L),
        java.util.Map.entry(SkipReason.MISSING_ACTIVITY, 1L),
        java.util.Map.entry(SkipReason.BLANK_ACTIVITY, 1L),
        java.util.Map.entry(SkipReason.MISSING_TIMESTAMP, 1L),
        java.util.Map.entry(SkipReason.IN_SKIPPED_TRACE, 2L),
        java.util.Map.entry(SkipReason.BLANK_RESOURCE, 1L),
        java.util.Map.entry(SkipReason.BLANK_PRODUCT, 1L));
    assertThat(r.tracesSkipped()).isEqualTo(4);
    assertThat(r.eventsSkipped()).isEqualTo(6);
    assertBalanced(r);
    Journey ok = log.journeys().get(0);
    assertThat(ok.episodes()).singleElement().satisfies(e -> assertThat(e.counterpart()).isEmpty());
    assertThat(log.journeys().get(1).proposition()).isEmpty();
  }

  @Test
  void an_empty_trace_fails_under_fail_naming_its_line() {
    String xes = "<log>\n<trace>\n<string key=\"concept:name\" value=\"x\"/>\n</trace>\n</log>";
    assertThatThrownBy(() -> read(xes, LogMapping.defaults()))
        .isInstanceOfSatisfying(LogFormatException.class, e -> {
          assertThat(e.reason()).isEqualTo(SkipReason.EMPTY_TRACE);
          assertThat(e.line()).isEqualTo(2);
        });
  }

  static final String BROKEN_XML = """
      <log>
      <trace><string key="concept:name" value="c1"/>
      <event><string key="concept:name" value="A"/><date key="time:timestamp" value="2020-01-01T00:00:00Z"/></event>
      </trace>
      <trace><string key="concept:name" value="c2"/>
      <event><string key="concept:name" value="A"/><date key="time:timestamp" value="2020-01-01T00:00:00Z"/></event>
      <event><string key="concept:name" value="B" <date/></event>
      </trace>
      </log>
      """;

  @Test
  void bad_xml_fails_naming_line_and_column() {
    assertThatThrownBy(() -> read(BROKEN_XML, LogMapping.defaults()))
        .isInstanceOfSatisfying(LogFormatException.class, e -> {
          assertThat(e.reason()).isEqualTo(SkipReason.MALFORMED_SYNTAX);
          assertThat(e.line()).isEqualTo(7);
          assertThat(e.column()).isPositive();
        })
        .hasMessageStartingWith("line 7, column ")
        .hasMessageContaining("not well-formed XML");
  }

  @Test
  void bad_xml_under_skip_keeps_what_came_before_and_counts_the_cut() throws IOException {
    EventLog log = read(BROKEN_XML, LogMapping.builder().onMalformed(MalformedInputPolicy.SKIP)
        .build());
    assertThat(log.journeys()).extracting(j -> j.customer().id()).containsExactly("c1");
    ImportReport r = log.report();
    assertThat(r.skipped(SkipReason.MALFORMED_SYNTAX)).isEqualTo(1);
    assertThat(r.skipped(SkipReason.TRUNCATED_TRACE)).isEqualTo(1);
    assertThat(r.skipped(SkipReason.IN_SKIPPED_TRACE)).isEqualTo(1);
    assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(7));
    assertBalanced(r);
  }

  @Test
  void a_document_that_is_not_xes_fails_whatever_the_policy() {
    LogMapping skip = LogMapping.builder().onMalformed(MalformedInputPolicy.SKIP).build();
    assertThatThrownBy(() -> read("<html><body/></html>", skip))
        .isInstanceOf(LogFormatException.class)
        .hasMessageContaining("root element must be <log>")
        .hasMessageContaining("<html>");
    assertThatThrownBy(() -> read("", skip)).isInstanceOf(LogFormatException.class);
  }

  @Test
  void an_external_entity_cannot_make_the_reader_read_a_local_file(@TempDir Path dir)
      throws IOException {
    // given: a secret on disk and a log that tries to pull it into a case id
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT");
    String xes = "<?xml version=\"1.0\"?>\n"
        + "<!DOCTYPE log [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
        + "<log><trace><string key=\"concept:name\" value=\"&xxe;\"/>"
        + "<event><string key=\"concept:name\" value=\"&xxe;\"/>"
        + "<date key=\"time:timestamp\" value=\"2020-01-01T00:00:00Z\"/></event></trace></log>";
    // when / then: under FAIL it is an error, and no message carries the secret
    assertThatThrownBy(() -> read(xes, LogMapping.defaults()))
        .isInstanceOf(LogFormatException.class)
        .hasMessageContaining("xxe")
        .hasMessageNotContaining("TOP-SECRET");
    // and under SKIP nothing of the file reaches the model
    EventLog log = read(xes, LogMapping.builder().onMalformed(MalformedInputPolicy.SKIP).build());
    assertThat(log.journeys()).isEmpty();
    assertThat(log.report().render()).doesNotContain("TOP-SECRET");
  }

  @Test
  void an_external_dtd_is_not_fetched(@TempDir Path dir) throws IOException {
    // given: a DTD that, if read, would declare an entity and fail the parse on purpose
    Path dtd = dir.resolve("evil.dtd");
    Files.writeString(dtd, "<!ENTITY % broken \"this is not a valid DTD");
    String xes = "<?xml version=\"1.0\"?>\n<!DOCTYPE log SYSTEM \"" + dtd.toUri() + "\">\n"
        + "<log><trace><string key=\"concept:name\" value=\"c\"/>"
        + "<event><string key=\"concept:name\" value=\"A\"/>"
        + "<date key=\"time:timestamp\" value=\"2020-01-01T00:00:00Z\"/></event></trace></log>";
    // when: the DOCTYPE is passed over unread, so the broken DTD does no harm
    EventLog log = read(xes, LogMapping.defaults());
    // then
    assertThat(log.journeys()).hasSize(1);
  }

  @Test
  void internal_entities_are_not_expanded_so_a_billion_laughs_cannot_grow() {
    String xes = "<?xml version=\"1.0\"?>\n<!DOCTYPE log [\n"
        + " <!ENTITY lol \"lol\">\n"
        + " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
        + " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
        + "]>\n<log><trace><string key=\"concept:name\" value=\"&lol2;\"/></trace></log>";
    assertThatThrownBy(() -> read(xes, LogMapping.defaults()))
        .isInstanceOfSatisfying(LogFormatException.class,
            e -> assertThat(e.reason()).isEqualTo(SkipReason.MALFORMED_SYNTAX))
        .hasMessageContaining("lol2");
  }

  @Test
  void customer_attribute_joins_several_cases_of_one_customer() throws IOException {
    String xes = """
        <log>
          <trace><string key="concept:name" value="t1"/>
            <event><string key="concept:name" value="A"/><string key="customer" value="ann"/>
              <string key="product" value="savings"/><date key="time:timestamp" value="2020-01-01T00:00:00Z"/></event></trace>
          <trace><string key="concept:name" value="t2"/><string key="customer" value="ann"/>
            <string key="product" value="mortgage"/>
            <event><string key="concept:name" value="B"/><date key="time:timestamp" value="2020-02-01T00:00:00Z"/></event></trace>
          <trace><string key="concept:name" value="t3"/>
            <event><string key="concept:name" value="B"/><date key="time:timestamp" value="2020-02-01T00:00:00Z"/></event></trace>
        </log>
        """;
    LogMapping m = LogMapping.builder().customerAttribute("customer")
        .onMalformed(MalformedInputPolicy.SKIP).build();
    EventLog log = read(xes, m);
    assertThat(log.journeys()).hasSize(2);
    assertThat(log.journeys().get(0).customer()).isSameAs(log.journeys().get(1).customer());
    assertThat(log.customers()).extracting(Actor::id).containsExactly("ann");
    assertThat(log.propositions()).extracting(p -> p.id()).containsExactly("savings", "mortgage");
    assertThat(log.report().skipped(SkipReason.MISSING_CUSTOMER)).isEqualTo(1);
  }

  @Test
  void emotion_attributes_become_the_customers_emotion() throws IOException {
    String xes = """
        <log><trace><string key="concept:name" value="c"/>
          <event><string key="concept:name" value="A"/><float key="p" value="-0.5"/><float key="a" value="0.25"/>
            <date key="time:timestamp" value="2020-01-01T00:00:00Z"/></event>
          <event><string key="concept:name" value="B"/><float key="p" value="1.5"/>
            <date key="time:timestamp" value="2020-01-02T00:00:00Z"/></event>
          <event><string key="concept:name" value="C"/>
            <date key="time:timestamp" value="2020-01-03T00:00:00Z"/></event>
        </trace></log>
        """;
    LogMapping m = LogMapping.builder().emotionAttributes("p", "a", "d")
        .onMalformed(MalformedInputPolicy.SKIP).build();
    EventLog log = read(xes, m);
    assertThat(log.journeys().get(0).episodes()).extracting(Episode::customerEmotion)
        .containsExactly(java.util.Optional.of(org.attune.model.Emotion.of(-0.5, 0.25, 0)),
            java.util.Optional.empty());
    assertThat(log.report().skipped(SkipReason.UNPARSEABLE_EMOTION)).isEqualTo(1);
  }

  @Test
  void id_prefixes_keep_ids_of_different_kinds_apart() throws IOException {
    String xes = """
        <log><trace><string key="concept:name" value="Value 1"/><string key="product" value="Value 1"/>
          <event><string key="concept:name" value="A"/><string key="org:resource" value="Value 1"/>
            <date key="time:timestamp" value="2020-01-01T00:00:00Z"/></event></trace></log>
        """;
    assertThat(read(xes, LogMapping.defaults()).idClashes()).containsExactly("Value 1");
    EventLog prefixed = read(xes, LogMapping.builder()
        .idPrefixes("customer:", "", "staff:", "product:").build());
    assertThat(prefixed.idClashes()).isEmpty();
    assertThat(prefixed.resources()).extracting(Actor::id).containsExactly("staff:Value 1");
    assertThat(prefixed.resources()).extracting(Actor::name).containsExactly("Value 1");
  }

  @Test
  void nested_attributes_keyless_attributes_and_unknown_elements_are_passed_over()
      throws IOException {
    // given: in the event, a list and an unknown element hold a concept:name each, and a keyless
    //   attribute stands before the event's own name; the trace's name holds a nested one
    String xes = "<log><trace><string key=\"concept:name\" value=\"c1\">"
        + "<string key=\"concept:name\" value=\"c2\"/></string>"
        + "<event><list key=\"items\"><values><string key=\"concept:name\" value=\"B\"/></values>"
        + "</list><foo><event><string key=\"concept:name\" value=\"C\"/></event></foo>"
        + "<string value=\"D\"/>"
        + "<string key=\"concept:name\" value=\"A\"/>"
        + "<date key=\"time:timestamp\" value=\"2020-01-01T00:00:00Z\"/></event>"
        + "<event><string key=\"concept:name\" value=\"E\"/>"
        + "<date key=\"time:timestamp\" value=\"2020-01-02T00:00:00Z\"/></event>"
        + "</trace></log>";
    // when
    EventLog log = read(xes, LogMapping.defaults());
    // then
    assertThat(log.journeys()).singleElement()
        .satisfies(j -> assertThat(j.touchpoints()).extracting(t -> t.id())
            .containsExactly("A", "E"));
    assertThat(log.report().isClean()).isTrue();
  }
}
