package org.attune.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an import read, imported and skipped, per reason: nothing is lost silently.
 *
 * <p>Every trace and event read is either imported or counted under exactly one {@link SkipReason}:
 *
 * <pre>{@code
 * tracesRead() == tracesImported() + Σ skipped(r) over reasons r of scope TRACE
 * eventsRead() == eventsImported() + Σ skipped(r) over reasons r of scope EVENT
 * }</pre>
 *
 * Reasons of scope {@link SkipReason.Scope#VALUE} count values dropped from traces and events that
 * were imported all the same; {@link SkipReason#MALFORMED_SYNTAX} counts the one place where the rest
 * of a file could not be read. The first {@value #MAX_PROBLEMS} malformed inputs met under {@link
 * MalformedInputPolicy#SKIP} are kept as {@link Problem}s with their line and column; their messages
 * hold no customer attributes.
 *
 * <p>For a table ({@link Tables}), events are rows (for a long survey, answers) and traces are
 * survey profiles, one per perspective; an elements or relations table reads no traces.
 *
 * <p>Immutable, null-hostile and thread-safe.
 */
public final class ImportReport {

  /** How many {@link Problem}s a report keeps at most. */
  public static final int MAX_PROBLEMS = 100;

  private final String source;
  private final String format;
  private final long tracesRead;
  private final long tracesImported;
  private final long eventsRead;
  private final long eventsImported;
  private final ImmutableMap<SkipReason, Long> skipped;
  private final ImmutableList<Problem> problems;

  ImportReport(
      String source,
      String format,
      long tracesRead,
      long tracesImported,
      long eventsRead,
      long eventsImported,
      Map<SkipReason, Long> skipped,
      List<Problem> problems) {
    this.source = requireNonNull(source, "source");
    this.format = requireNonNull(format, "format");
    this.tracesRead = tracesRead;
    this.tracesImported = tracesImported;
    this.eventsRead = eventsRead;
    this.eventsImported = eventsImported;
    EnumMap<SkipReason, Long> sorted = new EnumMap<>(SkipReason.class);
    skipped.forEach(
        (reason, count) -> {
          if (count > 0) {
            sorted.put(reason, count);
          }
        });
    this.skipped = ImmutableMap.copyOf(sorted);
    this.problems = ImmutableList.copyOf(problems);
  }

  /** {@return where the log came from: a file name, or a description of the stream} */
  public String source() {
    return source;
  }

  /**
   * {@return the format read: {@code "XES"} or {@code "CSV"} for an event log; for a table ({@link
   * Tables}), {@code "CSV survey"}, {@code "CSV wide survey"}, {@code "CSV elements"} or {@code
   * "CSV relations"}}
   */
  public String format() {
    return format;
  }

  /** {@return how many traces (cases) were read} */
  public long tracesRead() {
    return tracesRead;
  }

  /** {@return how many traces became journeys} */
  public long tracesImported() {
    return tracesImported;
  }

  /** {@return how many traces were skipped: the sum over reasons of {@link SkipReason.Scope#TRACE} scope} */
  public long tracesSkipped() {
    return sum(SkipReason.Scope.TRACE);
  }

  /** {@return how many events (for CSV: rows) were read} */
  public long eventsRead() {
    return eventsRead;
  }

  /** {@return how many events became episodes} */
  public long eventsImported() {
    return eventsImported;
  }

  /** {@return how many events were skipped: the sum over reasons of {@link SkipReason.Scope#EVENT} scope} */
  public long eventsSkipped() {
    return sum(SkipReason.Scope.EVENT);
  }

  /**
   * {@return the count of each reason that occurred, in the order of {@link SkipReason}}; reasons
   * that did not occur are left out
   */
  public Map<SkipReason, Long> skipped() {
    return skipped;
  }

  /**
   * {@return how often {@code reason} occurred; 0 if never}
   *
   * @param reason the reason
   */
  public long skipped(SkipReason reason) {
    return skipped.getOrDefault(requireNonNull(reason, "reason"), 0L);
  }

  /** {@return the first {@value #MAX_PROBLEMS} malformed inputs skipped, in the order met} */
  public List<Problem> problems() {
    return problems;
  }

  /** {@return whether nothing was skipped for being malformed} */
  public boolean isClean() {
    return skipped.keySet().stream().noneMatch(SkipReason::isMalformed);
  }

  private long sum(SkipReason.Scope scope) {
    long n = 0;
    for (Map.Entry<SkipReason, Long> e : skipped.entrySet()) {
      if (e.getKey().scope() == scope) {
        n += e.getValue();
      }
    }
    return n;
  }

  /**
   * {@return a few lines a person can read: counts read, imported and skipped per reason} An event
   * log's counts are of traces and events; a table's of rows (a long survey's rows are answers) and,
   * for a survey, of the profiles they make.
   */
  public String render() {
    StringBuilder sb = new StringBuilder();
    sb.append("Import of ").append(source).append(" (").append(format).append(")\n");
    // a table speaks of its rows (a long survey's are answers) and, for a survey, of the profiles
    // they make; an event log of its traces and events
    boolean survey = format.endsWith("survey");
    boolean table = survey || format.startsWith("CSV ");
    if (!table || survey) {
      sb.append(String.format(Locale.ROOT, "  %s: %,d read, %,d imported, %,d skipped%n",
          table ? "profiles" : "traces", tracesRead, tracesImported, tracesSkipped()));
    }
    sb.append(String.format(Locale.ROOT, "  %s: %,d read, %,d imported, %,d skipped%n",
        !table ? "events" : format.equals("CSV survey") ? "answers" : "rows",
        eventsRead, eventsImported, eventsSkipped()));
    for (Map.Entry<SkipReason, Long> e : skipped.entrySet()) {
      sb.append(String.format(Locale.ROOT, "  %-26s %,10d  %s%n",
          e.getKey().name(), e.getValue(), e.getKey().description()));
    }
    for (Problem p : problems) {
      sb.append("  problem at line ").append(p.line()).append(", column ").append(p.column())
          .append(": ").append(p.message()).append('\n');
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return render();
  }

  /**
   * One malformed input skipped under {@link MalformedInputPolicy#SKIP}.
   *
   * <p>Immutable, null-hostile and thread-safe.
   *
   * @param reason what was wrong
   * @param line the 1-based line, or -1 if unknown
   * @param column the 1-based column (for CSV, the 1-based field), or -1 if unknown
   * @param message what was wrong and what was expected, without customer attributes
   */
  public record Problem(SkipReason reason, int line, int column, String message) {

    /**
     * Validates the components.
     *
     * @param reason what was wrong
     * @param line the 1-based line, or -1 if unknown
     * @param column the 1-based column (for CSV, the 1-based field), or -1 if unknown
     * @param message what was wrong and what was expected, without customer attributes
     * @throws NullPointerException if {@code reason} or {@code message} is null
     */
    public Problem {
      requireNonNull(reason, "reason");
      requireNonNull(message, "message");
    }
  }
}
