package org.attune.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Set;
import java.util.stream.Stream;
import org.attune.ecosystem.EcosystemException;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.io.EventLog;
import org.attune.io.ImportReport;
import org.attune.io.LogFormatException;
import org.attune.io.LogMapping;
import org.attune.io.MalformedInputPolicy;
import org.attune.io.SkipReason;
import org.attune.journey.DirectlyFollowsGraph;
import org.attune.model.Element;
import org.attune.model.Episode;
import org.attune.model.Ids;
import org.attune.model.Journey;
import org.jspecify.annotations.Nullable;

/**
 * The checks the reader fuzz tests share: what an imported {@link EventLog} must satisfy, whatever
 * the input, and which exceptions an import may throw.
 */
final class ImportChecks {

  /** Inputs beyond this many bytes are passed over, so that a run stays fast and small. */
  static final int MAX_INPUT = 1 << 14;

  /** The default mapping: malformed input fails the read. */
  static final LogMapping FAIL = LogMapping.defaults();

  /** The default mapping, but malformed input is skipped and counted. */
  static final LogMapping SKIP =
      LogMapping.builder().onMalformed(MalformedInputPolicy.SKIP).build();

  /** Reads more of a log: any lifecycle, customers and emotions from their fields, prefixed ids. */
  static final LogMapping SKIP_ALL_FIELDS =
      LogMapping.builder()
          .onMalformed(MalformedInputPolicy.SKIP)
          .anyLifecycle()
          .customerAttribute("customer")
          .emotionAttributes("pleasure", "arousal", "dominance")
          .idPrefixes("c-", "t-", "r-", "p-")
          .build();

  /** A limit of 64 characters, so that inputs pass it (refused whatever the policy). */
  static final LogMapping SKIP_SMALL_LIMIT =
      LogMapping.builder().onMalformed(MalformedInputPolicy.SKIP).maxValueLength(64).build();

  private ImportChecks() {}

  /** One import: the log read, or the documented exception it threw. */
  record Outcome(@Nullable EventLog log, @Nullable LogFormatException failure) {}

  /** An import that may throw an {@link IOException}. */
  interface Import {
    EventLog run() throws IOException;
  }

  /**
   * Runs an import and checks what it gives: a log satisfying {@link #check}, or a {@link
   * LogFormatException} at a documented position. The sources of the fuzz tests are in memory and
   * cannot fail, so any other exception, an {@link IOException} from the gzip layer too, escapes and
   * fails the fuzz test.
   */
  static Outcome run(Import read, MalformedInputPolicy policy) {
    EventLog log;
    try {
      log = read.run();
    } catch (LogFormatException e) {
      assertThat(e.getMessage()).isNotBlank();
      assertThat(e.reason()).isNotNull();
      // documented: 1-based, or -1 if unknown; a column only with a line
      assertThat(e.line()).as("line of %s", e).matches(ImportChecks::isPosition);
      assertThat(e.column()).as("column of %s", e).matches(ImportChecks::isPosition);
      if (e.line() == -1) {
        assertThat(e.column()).as("column without a line: %s", e).isEqualTo(-1);
      }
      if (policy == MalformedInputPolicy.SKIP) {
        // under SKIP only what cannot be a log at all is an error
        assertThat(e.reason()).isEqualTo(SkipReason.MALFORMED_SYNTAX);
      }
      return new Outcome(null, e);
    } catch (IOException e) {
      throw new AssertionError("an import from memory may throw only a LogFormatException, but"
          + " threw " + e, e);
    }
    check(log, policy);
    return new Outcome(log, null);
  }

  /** {@return whether a line or column is as documented: 1-based, or -1 if unknown} */
  private static boolean isPosition(int lineOrColumn) {
    return lineOrColumn == -1 || lineOrColumn >= 1;
  }

  /** Checks the invariants every imported log satisfies. */
  static void check(EventLog log, MalformedInputPolicy policy) {
    ImportReport report = log.report();
    assertThat(report.tracesRead()).isEqualTo(report.tracesImported() + report.tracesSkipped());
    assertThat(report.eventsRead()).isEqualTo(report.eventsImported() + report.eventsSkipped());
    assertThat(report.problems()).hasSizeLessThanOrEqualTo(ImportReport.MAX_PROBLEMS);
    for (ImportReport.Problem p : report.problems()) {
      // documented: 1-based, or -1 if unknown
      assertThat(p.line()).as("line of %s", p).matches(ImportChecks::isPosition);
      assertThat(p.column()).as("column of %s", p).matches(ImportChecks::isPosition);
    }
    assertThat(report.render()).isNotBlank();
    if (policy == MalformedInputPolicy.FAIL) {
      assertThat(report.isClean()).as(report.render()).isTrue();
      assertThat(report.problems()).isEmpty();
    }
    assertThat(log.journeys()).hasSize(Math.toIntExact(report.tracesImported()));
    // ids derived from imported text are valid ids: non-blank, free of control characters
    Stream.<Set<? extends Element>>of(log.customers(), log.touchpoints(), log.resources(), log.propositions(),
            Set.of(log.provider()))
        .flatMap(Set::stream)
        .forEach(e -> assertThat(Ids.isValid(e.id())).as("id %s", Ids.quote(e.id())).isTrue());
    long episodes = 0;
    for (Journey journey : log.journeys()) {
      assertThat(journey.episodes()).isNotEmpty();
      assertThat(log.customers()).contains(journey.customer());
      journey.proposition().ifPresent(p -> assertThat(log.propositions()).contains(p));
      Episode previous = null;
      for (Episode e : journey.episodes()) {
        assertThat(e.customer()).isEqualTo(journey.customer());
        assertThat(log.touchpoints()).contains(e.touchpoint());
        e.counterpart().ifPresent(a -> assertThat(log.resources()).contains(a));
        if (previous != null) {
          assertThat(e.time()).isAfterOrEqualTo(previous.time());
        }
        previous = e;
        episodes++;
      }
    }
    assertThat(episodes).isEqualTo(report.eventsImported());
    assertThat(log.episodes()).hasSize(Math.toIntExact(episodes));
    assertThat(log.toString()).isNotBlank();

    if (log.idClashes().isEmpty()) {
      ServiceEcosystem eco = log.toEcosystem();
      assertThat(eco.episodes()).hasSize(Math.toIntExact(episodes));
      assertThat(eco.elements()).containsAll(log.customers()).containsAll(log.touchpoints());
    } else {
      assertThatThrownBy(log::toEcosystem).isInstanceOf(EcosystemException.class);
    }
    assertThat(DirectlyFollowsGraph.of(log.journeys())).isNotNull();
  }

  /** Checks that a log read under FAIL is read the same under SKIP. */
  static void sameUnderSkip(Outcome fail, Outcome skip) {
    if (fail.log() != null) {
      assertThat(skip.log()).as("SKIP failed where FAIL read a log: %s", skip.failure()).isNotNull();
      assertThat(skip.log().journeys()).isEqualTo(fail.log().journeys());
      assertThat(skip.log().report().isClean()).isTrue();
      assertThat(skip.log().report().eventsRead()).isEqualTo(fail.log().report().eventsRead());
      assertThat(skip.log().report().tracesRead()).isEqualTo(fail.log().report().tracesRead());
    }
    if (skip.log() == null) {
      assertThat(fail.log()).as("FAIL read a log where SKIP failed").isNull();
    }
  }
}
