package org.attune.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // as BPIC 2012 writes them: millis and an offset
      "2011-10-01T00:38:44.546+02:00 | 2011-09-30T22:38:44.546Z",
      // helpdesk: no millis
      "2012-10-09T14:50:17+00:00     | 2012-10-09T14:50:17Z",
      "2012-10-09T14:50:17Z          | 2012-10-09T14:50:17Z",
      "2012-10-09T14:50:17.1z        | 2012-10-09T14:50:17.100Z",
      "2012-10-09T14:50:17.123456789-05:30 | 2012-10-09T20:20:17.123456789Z",
      "2012-10-09T14:50:17+0200      | 2012-10-09T12:50:17Z",
      "2012-10-09T14:50:17+02        | 2012-10-09T12:50:17Z",
      "2012-10-09 14:50:17+02:00     | 2012-10-09T12:50:17Z",
      // without an offset: read in the zone (UTC here)
      "2012-10-09T14:50:17           | 2012-10-09T14:50:17Z",
      "2012-10-09 14:50              | 2012-10-09T14:50:00Z",
      "2012-10-09T14:50:17.5         | 2012-10-09T14:50:17.500Z",
      "2012-10-09                    | 2012-10-09T00:00:00Z",
      "2012-02-29T23:59:59+00:00     | 2012-02-29T23:59:59Z",
      "2012-10-09T14:50:17+02:00[Europe/Amsterdam] | 2012-10-09T12:50:17Z",
      // spaces around are dropped, on both paths
      "'  2012-10-09T14:50:17Z '       | 2012-10-09T14:50:17Z",
      "' 2012-10-09 14:50:17'          | 2012-10-09T14:50:17Z",
      // a lower-case t is left to java.time, which reads it
      "2012-10-09t14:50:17z            | 2012-10-09T14:50:17Z",
      // the widest offset: 14:50:17 - 18:00 = 20:50:17 the day before
      "2012-10-09T14:50:17+18:00       | 2012-10-08T20:50:17Z",
  })
  void reads_the_timestamps_seen_in_the_wild(String text, String expected) {
    assertThat(Timestamps.parse(text, ZoneOffset.UTC)).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"yesterday", "", "2011-13-01T00:00:00Z", "2011-02-30T00:00:00+01:00",
      "2011-10-01T25:00:00Z", "2011-10-01T00:00:00+25:00", "1317422324546", "01/10/2011 00:38",
      // no day 31 in November; ten digits of fraction; a separator other than T or space
      "2011-11-31T00:00:00Z", "2011-10-01T00:00:00.1234567891Z", "2011-10-01X00:00:00",
      "2011-10-01X00:00:00Z", "2011-10-01T00:00:00+02x00", "2011-10-01T00:00:00Z0",
      // java.time allows offsets up to 18:00 only
      "2011-10-01T00:00:00+18:30", "2011-10-01T00:00:00-1801"})
  void rejects_what_is_not_a_date_time(String text) {
    assertThatThrownBy(() -> Timestamps.parse(text, ZoneOffset.UTC))
        .isInstanceOf(DateTimeException.class);
  }

  @org.junit.jupiter.api.Test
  void a_time_without_offset_is_read_in_the_given_zone() {
    assertThat(Timestamps.parse("2012-07-01T12:00:00", ZoneId.of("Europe/Amsterdam")))
        .isEqualTo(Instant.parse("2012-07-01T10:00:00Z")); // CEST is UTC+2
  }

  @org.junit.jupiter.api.Test
  void a_date_alone_is_the_start_of_its_day_in_the_given_zone() {
    // given midnight of 1 July 2012 in Amsterdam, CEST = UTC+2
    // when
    Instant read = Timestamps.parse("2012-07-01", ZoneId.of("Europe/Amsterdam"));
    // then 00:00 - 02:00 = 22:00 on 30 June
    assertThat(read).isEqualTo(Instant.parse("2012-06-30T22:00:00Z"));
  }

  @org.junit.jupiter.api.Test
  void a_time_with_an_offset_ignores_the_given_zone() {
    // given an explicit +02:00 and a zone of -05:00
    // when
    Instant read = Timestamps.parse("2012-07-01T12:00:00.5+02:00", ZoneOffset.ofHours(-5));
    // then 12:00:00.5 - 02:00 = 10:00:00.5
    assertThat(read).isEqualTo(Instant.parse("2012-07-01T10:00:00.500Z"));
  }

  @org.junit.jupiter.api.Test
  void a_configured_format_with_an_offset_ignores_the_given_zone() {
    // given
    DateTimeFormatter f = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm XXX");
    // when
    Instant read = Timestamps.parse(" 01-10-2011 00:38 +02:00 ", f, ZoneOffset.ofHours(-5));
    // then 00:38 - 02:00 = 22:38 the day before
    assertThat(read).isEqualTo(Instant.parse("2011-09-30T22:38:00Z"));
  }

  @org.junit.jupiter.api.Test
  void a_configured_format_with_a_region_uses_the_region() {
    // given
    DateTimeFormatter f = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm VV");
    // when
    Instant read = Timestamps.parse("01-07-2011 12:00 Europe/Amsterdam", f, ZoneOffset.UTC);
    // then CEST = UTC+2: 12:00 - 02:00 = 10:00
    assertThat(read).isEqualTo(Instant.parse("2011-07-01T10:00:00Z"));
  }

  @org.junit.jupiter.api.Test
  void a_configured_date_format_is_the_start_of_the_day_in_the_given_zone() {
    // given
    DateTimeFormatter f = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    // when
    Instant read = Timestamps.parse("01-07-2011", f, ZoneId.of("Europe/Amsterdam"));
    // then 00:00 CEST - 02:00 = 22:00 on 30 June
    assertThat(read).isEqualTo(Instant.parse("2011-06-30T22:00:00Z"));
  }

  @org.junit.jupiter.api.Test
  void a_configured_format_is_used_as_given() {
    DateTimeFormatter f = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    assertThat(Timestamps.parse("01-10-2011 00:38", f, ZoneOffset.UTC))
        .isEqualTo(Instant.parse("2011-10-01T00:38:00Z"));
  }
}
