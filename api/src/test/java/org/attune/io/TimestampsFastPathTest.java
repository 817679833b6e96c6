package org.attune.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast path on its own: what it reads must equal what java.time reads, and what it leaves to
 * the slow path must come back as null (the slow path then either reads it or names the problem).
 */
class TimestampsFastPathTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // exactly 20 characters, the shortest the fast path takes
      "2012-10-09T14:50:17Z                | 2012-10-09T14:50:17Z",
      "2012-10-09 14:50:17z                | 2012-10-09T14:50:17Z",
      // bounds of each field: month 01 and 12, day 01, hour/minute/second 00 and 23/59/59
      "0000-01-01T00:00:00Z                | 0000-01-01T00:00:00Z",
      "1999-12-31T23:59:59Z                | 1999-12-31T23:59:59Z",
      // 29 February in a leap year, 31 in a month of 31 days
      "2012-02-29T12:00:00Z                | 2012-02-29T12:00:00Z",
      "2011-10-31T12:00:00Z                | 2011-10-31T12:00:00Z",
      // fractions: 1 digit is 100 ms; 0 and 9 as first digits; 9 digits is nanoseconds
      "2012-10-09T14:50:17.1Z              | 2012-10-09T14:50:17.100Z",
      "2012-10-09T14:50:17.05Z             | 2012-10-09T14:50:17.050Z",
      "2012-10-09T14:50:17.9Z              | 2012-10-09T14:50:17.900Z",
      "2012-10-09T14:50:17.123456789Z      | 2012-10-09T14:50:17.123456789Z",
      // offsets: 14:50:17 - 02:00 = 12:50:17; 14:50:17 + 05:30 = 20:20:17
      "2012-10-09T14:50:17+02:00           | 2012-10-09T12:50:17Z",
      "2012-10-09T14:50:17-05:30           | 2012-10-09T20:20:17Z",
      "2012-10-09T14:50:17+0230            | 2012-10-09T12:20:17Z",
      "2012-10-09T14:50:17-02              | 2012-10-09T16:50:17Z",
      // the widest offsets: 14:50:17 - 18:00 = 20:50:17 the day before; 14:50:17 + 18:00 = 08:50:17
      // the day after; minutes up to 59: 14:50:17 - 01:59 = 12:51:17
      "2012-10-09T14:50:17+18:00           | 2012-10-08T20:50:17Z",
      "2012-10-09T14:50:17-1800            | 2012-10-10T08:50:17Z",
      "2012-10-09T14:50:17+01:59           | 2012-10-09T12:51:17Z",
      // hours of 00: 14:50:17 - 00:30 = 14:20:17
      "2012-10-09T14:50:17+00:30           | 2012-10-09T14:20:17Z",
      // before 1970 the epoch second is negative: 1969-12-31T23:59:59Z is -1
      "1969-12-31T23:59:59.5Z              | 1969-12-31T23:59:59.500Z",
  })
  void reads_the_common_shapes_exactly(String text, String expected) {
    // given the text
    // when
    Instant read = Timestamps.fast(text);
    // then
    assertThat(read).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {
      // shorter than 20 characters
      "2012-10-09T14:50:1Z",
      // separators out of place
      "2012/10-09T14:50:17Z", "2012-10/09T14:50:17Z", "2012-10-09T14.50:17Z",
      "2012-10-09T14:50.17Z", "2012-10-09X14:50:17Z", "2012-10-09t14:50:17Z",
      // a field that is not digits, in each position
      "201x-10-09T14:50:17Z", "2012-1x-09T14:50:17Z", "2012-10-0xT14:50:17Z",
      "2012-10-09T1x:50:17Z", "2012-10-09T14:5x:17Z", "2012-10-09T14:50:1xZ",
      "2012-10-09T14:50:17+0x:00", "2012-10-09T14:50:17+02:0x",
      // a field out of range, just past each bound
      "2012-00-09T14:50:17Z", "2012-13-09T14:50:17Z", "2012-10-00T14:50:17Z",
      "2012-10-09T24:50:17Z", "2012-10-09T14:60:17Z", "2012-10-09T14:50:60Z",
      "2011-02-29T14:50:17Z", "2011-11-31T14:50:17Z",
      // offsets past ±18:00, or with minutes past 59
      "2012-10-09T14:50:17+19:00", "2012-10-09T14:50:17+18:01", "2012-10-09T14:50:17-1830",
      "2012-10-09T14:50:17+02:60",
      // offsets of other shapes
      "2012-10-09T14:50:17+02x00", "2012-10-09T14:50:17+020", "2012-10-09T14:50:17+0",
      "2012-10-09T14:50:17+02:000", "2012-10-09T14:50:17X", "2012-10-09T14:50:17Z0",
      // no offset: the zone decides
      "2012-10-09T14:50:17.5", "2012-10-09T14:50:17.123",
      // a point without digits, and ten digits
      "2012-10-09T14:50:17.Z", "2012-10-09T14:50:17.1234567891Z",
  })
  void leaves_every_other_shape_to_the_slow_path(String text) {
    // given the text
    // when
    Instant read = Timestamps.fast(text);
    // then
    assertThat(read).isNull();
  }
}
