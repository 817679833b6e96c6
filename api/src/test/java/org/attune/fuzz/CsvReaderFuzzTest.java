package org.attune.fuzz;

import static org.attune.fuzz.ImportChecks.FAIL;
import static org.attune.fuzz.ImportChecks.MAX_INPUT;
import static org.attune.fuzz.ImportChecks.SKIP;
import static org.attune.fuzz.ImportChecks.SKIP_ALL_FIELDS;
import static org.attune.fuzz.ImportChecks.SKIP_SMALL_LIMIT;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.attune.io.CsvColumns;
import org.attune.io.EventLogs;
import org.attune.io.LogMapping;
import org.attune.io.MalformedInputPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the CSV reader, {@link EventLogs#readCsv(Reader, CsvColumns, LogMapping)}: any bytes,
 * decoded as UTF-8 that reports malformed input (as {@link EventLogs#readCsv(java.nio.file.Path,
 * CsvColumns, LogMapping)} decodes a file), give an event log that satisfies {@link
 * ImportChecks#check} or a {@link org.attune.io.LogFormatException}; never another exception, a hang
 * or unbounded memory. A log read under {@link MalformedInputPolicy#FAIL} is read the same under
 * {@link MalformedInputPolicy#SKIP}.
 *
 * <p>Every build replays the corpus in {@code CsvReaderFuzzTestInputs}; {@code docs/QUALITY.md} says
 * how to fuzz for longer.
 */
class CsvReaderFuzzTest {

  private static final CsvColumns COLUMNS = CsvColumns.defaults();

  /** Also resources and lifecycles, semicolon-separated. */
  private static final CsvColumns MORE_COLUMNS =
      CsvColumns.defaults().withResource("resource").withLifecycle("lifecycle").withDelimiter(';');

  @BeforeAll
  static void requireInstrumentationWhenFuzzing() {
    FuzzingMode.requireInstrumentationWhenFuzzing();
  }

  @FuzzTest(maxDuration = "30s")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void any_bytes_give_an_event_log_or_a_log_format_exception(byte[] input) {
    if (input.length > MAX_INPUT) {
      return;
    }
    ImportChecks.Outcome fail = read(input, COLUMNS, FAIL);
    ImportChecks.Outcome skip = read(input, COLUMNS, SKIP);
    ImportChecks.sameUnderSkip(fail, skip);
    ImportChecks.Outcome moreFail = read(input, MORE_COLUMNS, FAIL);
    ImportChecks.Outcome moreSkip = read(input, MORE_COLUMNS, SKIP);
    ImportChecks.sameUnderSkip(moreFail, moreSkip);
    read(input, COLUMNS, SKIP_ALL_FIELDS);
    read(input, COLUMNS, SKIP_SMALL_LIMIT);
  }

  private static ImportChecks.Outcome read(byte[] bytes, CsvColumns columns, LogMapping mapping) {
    return ImportChecks.run(
        () -> {
          Reader in = new InputStreamReader(
              new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.newDecoder());
          return EventLogs.readCsv(in, columns, mapping);
        },
        mapping.malformedInputPolicy());
  }
}
