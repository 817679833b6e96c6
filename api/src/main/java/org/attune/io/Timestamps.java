package org.attune.io;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Parses timestamps as event logs write them: ISO-8601 date-times with or without a fraction of up
 * to nine digits, with {@code Z}, {@code ±hh:mm}, {@code ±hhmm} or {@code ±hh}, or without an offset
 * (read in a given zone), with {@code T} or a space between date and time; a date alone is its start
 * of day. The common shapes take a fast path without java.time's parser.
 */
final class Timestamps {

  private static final DateTimeFormatter LENIENT_ISO =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendLiteral('T')
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH", "Z")
          .optionalEnd()
          .optionalStart()
          .appendLiteral('[')
          .parseCaseSensitive()
          .appendZoneRegionId()
          .appendLiteral(']')
          .optionalEnd()
          .optionalEnd()
          .toFormatter(Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  private Timestamps() {}

  /**
   * {@return the instant {@code text} denotes}
   *
   * @throws DateTimeException if it is not a date-time of the shapes above
   */
  static Instant parse(String text, ZoneId zone) {
    Instant fast = fast(text);
    if (fast != null) {
      return fast;
    }
    String t = text.strip();
    if (t.length() > 10 && t.charAt(10) == ' ') {
      t = t.substring(0, 10) + 'T' + t.substring(11);
    }
    return toInstant(
        LENIENT_ISO.parseBest(t, ZonedDateTime::from, LocalDateTime::from, LocalDate::from), zone);
  }

  /**
   * {@return the instant {@code text} denotes in {@code format}}
   *
   * @throws DateTimeException if it is not
   */
  static Instant parse(String text, DateTimeFormatter format, ZoneId zone) {
    return toInstant(
        format.parseBest(text.strip(), ZonedDateTime::from, LocalDateTime::from, LocalDate::from),
        zone);
  }

  /** A parsed offset is a zone too, so whatever has an offset is a {@link ZonedDateTime}. */
  private static Instant toInstant(TemporalAccessor t, ZoneId zone) {
    if (t instanceof ZonedDateTime z) {
      return z.toInstant();
    }
    if (t instanceof LocalDateTime l) {
      return l.atZone(zone).toInstant();
    }
    return ((LocalDate) t).atStartOfDay(zone).toInstant();
  }

  /**
   * The fast path: {@code yyyy-MM-dd[T ]HH:mm:ss[.f{1,9}](Z|±HH:MM|±HHMM|±HH)}, else null;
   * package-private for tests.
   */
  static @Nullable Instant fast(String s) {
    int n = s.length();
    if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(13) != ':'
        || s.charAt(16) != ':') {
      return null;
    }
    char sep = s.charAt(10);
    if (sep != 'T' && sep != ' ') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0
        || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    int i = 19;
    int nanos = 0;
    if (s.charAt(i) == '.') { // n >= 20 > i
      i++;
      int start = i;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        if (i - start < 9) {
          nanos = nanos * 10 + (s.charAt(i) - '0');
        } else {
          return null;
        }
        i++;
      }
      int len = i - start;
      if (len == 0) {
        return null;
      }
      for (int k = len; k < 9; k++) {
        nanos *= 10;
      }
    }
    if (i >= n) {
      return null; // no offset: the zone decides, on the slow path
    }
    int offsetSeconds;
    char c = s.charAt(i);
    if ((c == 'Z' || c == 'z') && i + 1 == n) {
      offsetSeconds = 0;
    } else if (c == '+' || c == '-') {
      int rest = n - i - 1;
      int oh;
      int om;
      if (rest == 5 && s.charAt(i + 3) == ':') {
        oh = digits(s, i + 1, 2);
        om = digits(s, i + 4, 2);
      } else if (rest == 4) {
        oh = digits(s, i + 1, 2);
        om = digits(s, i + 3, 2);
      } else if (rest == 2) {
        oh = digits(s, i + 1, 2);
        om = 0;
      } else {
        return null;
      }
      if (oh < 0 || om < 0 || om > 59) {
        return null;
      }
      int size = oh * 3600 + om * 60;
      if (size > 18 * 3600) {
        return null; // past java.time's bound of ±18:00: let the slow path name it
      }
      offsetSeconds = c == '-' ? -size : size;
    } else {
      return null;
    }
    if (day > Month.of(month).length(Year.isLeap(year))) {
      return null; // let the slow path name the invalid date
    }
    long epochDay = LocalDate.of(year, month, day).toEpochDay();
    long epochSecond = epochDay * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
    return Instant.ofEpochSecond(epochSecond, nanos);
  }

  /** {@return the non-negative number of {@code len} ASCII digits at {@code from}, or -1} */
  private static int digits(String s, int from, int len) {
    int v = 0;
    for (int i = from; i < from + len; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
