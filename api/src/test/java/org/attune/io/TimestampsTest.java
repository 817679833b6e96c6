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
  })
  void reads_the_timestamps_seen_in_the_wild(String text, String expected) {
    assertThat(Timestamps.parse(text, ZoneOffset.UTC)).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"yesterday", "", "2011-13-01T00:00:00Z", "2011-02-30T00:00:00+01:00",
      "2011-10-01T25:00:00Z", "2011-10-01T00:00:00+25:00", "1317422324546", "01/10/2011 00:38"})
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
  void a_configured_format_is_used_as_given() {
    DateTimeFormatter f = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    assertThat(Timestamps.parse("01-10-2011 00:38", f, ZoneOffset.UTC))
        .isEqualTo(Instant.parse("2011-10-01T00:38:00Z"));
  }
}
