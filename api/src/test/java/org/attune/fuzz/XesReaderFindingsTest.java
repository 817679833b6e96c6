package org.attune.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.attune.io.EventLogs;
import org.attune.io.LogFormatException;
import org.attune.io.LogMapping;
import org.attune.io.SkipReason;
import org.junit.jupiter.api.Test;

/** Defects of the XES reader that fuzzing found, each reduced to its smallest input. */
class XesReaderFindingsTest {

  @Test
  void should_refuse_an_invalid_character_in_a_doctype_with_a_log_format_exception() {
    // given: U+0001 is not an XML 1.0 character; the JDK's StAX parser, skipping the internal
    // subset because DTDs are off, looked up the message key InvalidCharInDTD, which its resource
    // bundle lacks, and threw java.util.MissingResourceException
    byte[] xes = "<?xml version=\"1.0\"?>\n<!DOCTYPE log [\u0001]>\n<log/>\n"
        .getBytes(StandardCharsets.UTF_8);
    // when
    Throwable thrown = catchThrowable(
        () -> EventLogs.readXes(new ByteArrayInputStream(xes), LogMapping.defaults()));
    // then: refused before the parser sees it, at its place: "<!DOCTYPE log [" is 15 characters
    assertThat(thrown).isInstanceOf(LogFormatException.class);
    LogFormatException e = (LogFormatException) thrown;
    assertThat(e.reason()).isEqualTo(SkipReason.MALFORMED_SYNTAX);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(16);
    assertThat(e).hasMessageStartingWith("line 2, column 16: the log holds the character U+0001,"
        + " which XML does not allow");
  }

  @Test
  void should_report_a_syntax_error_after_carriage_returns_at_a_documented_position() {
    // given: bare carriage returns in an attribute value, then a syntax error; the JDK's StAX
    // parser reports it at line 11, column -8
    byte[] xes = "<log a=\"\r\r\r\r\r\r\r\r\r\r\"<".getBytes(StandardCharsets.UTF_8);
    // when
    Throwable thrown = catchThrowable(
        () -> EventLogs.readXes(new ByteArrayInputStream(xes), LogMapping.defaults()));
    // then: LogFormatException documents 1-based positions, or -1 if unknown; ten line breaks
    // before the error put it on line 11, and its column is unknown
    assertThat(thrown).isInstanceOf(LogFormatException.class);
    LogFormatException e = (LogFormatException) thrown;
    assertThat(e.line()).isEqualTo(11);
    assertThat(e.column()).isEqualTo(-1);
    assertThat(e).hasMessageStartingWith("line 11: the log is not well-formed XML");
  }
}
