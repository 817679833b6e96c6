package org.attune.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.attune.io.ImportReport;
import org.attune.io.LogFormatException;
import org.attune.io.MalformedInputPolicy;
import org.attune.io.SkipReason;
import org.attune.io.TableImport;
import org.attune.io.TableMapping;
import org.attune.io.Tables;
import org.attune.model.Actor;
import org.attune.model.JourneyStage;
import org.attune.model.Touchpoint;
import org.attune.model.TouchpointOwnership;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the table readers of {@link Tables}: any bytes, decoded as UTF-8 that reports malformed
 * input, give a {@link TableImport} whose report balances, or a {@link LogFormatException}; never
 * another exception. A table read under {@link MalformedInputPolicy#FAIL} is read the same under
 * {@link MalformedInputPolicy#SKIP}.
 *
 * <p>Every build replays the corpus in {@code TablesFuzzTestInputs}.
 */
class TablesFuzzTest {

  private static final TableMapping FAIL = TableMapping.builder()
      .elements(List.of(Actor.individual("a", "A"), Actor.organisation("b", "B"),
          Touchpoint.of("t", "T", TouchpointOwnership.BRAND_OWNED, JourneyStage.PURCHASE)))
      .build();

  private static final TableMapping SKIP =
      FAIL.toBuilder().onMalformed(MalformedInputPolicy.SKIP).build();

  @BeforeAll
  static void requireInstrumentationWhenFuzzing() {
    FuzzingMode.requireInstrumentationWhenFuzzing();
  }

  /** One of the four readers. */
  private interface Format {
    TableImport read(Reader in, TableMapping mapping) throws IOException;
  }

  private static final List<Format> FORMATS = List.of(
      Tables::readSurvey, Tables::readWideSurvey, Tables::readElements, Tables::readRelations);

  @FuzzTest(maxDuration = "30s")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void any_bytes_give_tables_or_a_log_format_exception(byte[] input) {
    if (input.length > ImportChecks.MAX_INPUT) {
      return;
    }
    for (Format format : FORMATS) {
      TableImport fail = read(input, format, FAIL);
      TableImport skip = read(input, format, SKIP);
      if (fail != null) {
        assertThat(skip).isNotNull();
        assertThat(skip.elements()).isEqualTo(fail.elements());
        assertThat(skip.relations()).isEqualTo(fail.relations());
        assertThat(skip.perspectives()).isEqualTo(fail.perspectives());
        assertThat(fail.report().isClean()).isTrue();
      }
    }
  }

  private static @Nullable TableImport read(byte[] bytes, Format format, TableMapping mapping) {
    Reader in = new InputStreamReader(
        new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.newDecoder());
    try {
      TableImport table = format.read(in, mapping);
      balanced(table.report());
      return table;
    } catch (LogFormatException e) {
      return null;
    } catch (IOException e) {
      throw new AssertionError("an IOException other than LogFormatException", e);
    }
  }

  private static void balanced(ImportReport r) {
    long traceSkips = 0;
    long eventSkips = 0;
    for (var e : r.skipped().entrySet()) {
      if (e.getKey().scope() == SkipReason.Scope.TRACE) {
        traceSkips += e.getValue();
      } else if (e.getKey().scope() == SkipReason.Scope.EVENT) {
        eventSkips += e.getValue();
      }
    }
    assertThat(r.tracesRead()).isEqualTo(r.tracesImported() + traceSkips);
    assertThat(r.eventsRead()).isEqualTo(r.eventsImported() + eventSkips);
  }
}
