package org.attune.fuzz;

import static org.attune.fuzz.ImportChecks.FAIL;
import static org.attune.fuzz.ImportChecks.MAX_INPUT;
import static org.attune.fuzz.ImportChecks.SKIP;
import static org.attune.fuzz.ImportChecks.SKIP_ALL_FIELDS;
import static org.attune.fuzz.ImportChecks.SKIP_SMALL_LIMIT;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.attune.io.EventLogs;
import org.attune.io.LogMapping;
import org.attune.io.MalformedInputPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the XES reader, {@link EventLogs#readXes(java.io.InputStream, LogMapping)}: any bytes, plain
 * or gzip, give an event log that satisfies {@link ImportChecks#check} or a {@link
 * org.attune.io.LogFormatException} (a corrupt gzip stream too); never another exception, a hang or
 * unbounded memory. A log read under {@link
 * MalformedInputPolicy#FAIL} is read the same under {@link MalformedInputPolicy#SKIP}.
 *
 * <p>Every build replays the corpus in {@code XesReaderFuzzTestInputs}; {@code docs/QUALITY.md} says
 * how to fuzz for longer.
 */
class XesReaderFuzzTest {

  @BeforeAll
  static void requireInstrumentationWhenFuzzing() {
    FuzzingMode.requireInstrumentationWhenFuzzing();
  }

  @FuzzTest(maxDuration = "30s")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void any_bytes_give_an_event_log_or_a_log_format_exception(byte[] input) {
    if (input.length <= MAX_INPUT) {
      readAll(input);
    }
  }

  @FuzzTest(maxDuration = "30s")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void any_gzip_compressed_bytes_give_an_event_log_or_a_log_format_exception(byte[] input) {
    if (input.length <= MAX_INPUT) {
      readAll(gzip(input));
    }
  }

  private static void readAll(byte[] bytes) {
    ImportChecks.Outcome fail = read(bytes, FAIL);
    ImportChecks.Outcome skip = read(bytes, SKIP);
    ImportChecks.sameUnderSkip(fail, skip);
    read(bytes, SKIP_ALL_FIELDS);
    read(bytes, SKIP_SMALL_LIMIT);
  }

  private static ImportChecks.Outcome read(byte[] bytes, LogMapping mapping) {
    return ImportChecks.run(
        () -> EventLogs.readXes(new ByteArrayInputStream(bytes), mapping),
        mapping.malformedInputPolicy());
  }

  private static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
