package org.attune.io;

import static java.util.Objects.requireNonNull;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.attune.model.Ids;
import org.attune.model.internal.Arguments;

/**
 * Which columns of a CSV event log hold the case id, the activity, the timestamp and, optionally, the
 * resource and the lifecycle transition; the field delimiter; and the timestamp format. The first row
 * is the header; columns are found by name. Every other column is kept as an attribute of the row's
 * event, under its header name, for the {@link LogMapping} to read (its customer, product and emotion
 * attributes name CSV columns). An empty field of an optional column is absent; a field of only
 * spaces is blank (see {@link SkipReason#BLANK_RESOURCE}).
 *
 * <p>Fields follow RFC 4180: a field may be quoted with {@code "}, a quote inside it doubled, and a
 * quoted field may span lines. Timestamps are ISO-8601 (with {@code T} or a space between date and
 * time) unless a {@linkplain #withTimestampFormat format} is set.
 *
 * <p>Immutable, null-hostile and thread-safe; the {@code with…} methods return new values.
 *
 * <pre>{@code
 * CsvColumns columns = CsvColumns.of("case", "activity", "timestamp").withResource("resource");
 * EventLog log = EventLogs.readCsv(path, columns, LogMapping.defaults());
 * }</pre>
 */
public final class CsvColumns {

  private static final CsvColumns DEFAULTS = new CsvColumns(
      "case", "activity", "timestamp", Optional.empty(), Optional.empty(), ',', Optional.empty());

  private final String caseColumn;
  private final String activityColumn;
  private final String timestampColumn;
  private final Optional<String> resourceColumn;
  private final Optional<String> lifecycleColumn;
  private final char delimiter;
  private final Optional<DateTimeFormatter> timestampFormat;

  private CsvColumns(
      String caseColumn,
      String activityColumn,
      String timestampColumn,
      Optional<String> resourceColumn,
      Optional<String> lifecycleColumn,
      char delimiter,
      Optional<DateTimeFormatter> timestampFormat) {
    this.caseColumn = Arguments.nonBlank(caseColumn, "caseColumn");
    this.activityColumn = Arguments.nonBlank(activityColumn, "activityColumn");
    this.timestampColumn = Arguments.nonBlank(timestampColumn, "timestampColumn");
    this.resourceColumn = requireNonNull(resourceColumn, "resourceColumn");
    this.lifecycleColumn = requireNonNull(lifecycleColumn, "lifecycleColumn");
    if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
      // not checkArgument: the message quotes the value, work done only on failure
      throw new IllegalArgumentException(
          "delimiter must not be a quote or a line break, but was "
              + Ids.quote(String.valueOf(delimiter)));
    }
    this.delimiter = delimiter;
    this.timestampFormat = requireNonNull(timestampFormat, "timestampFormat");
  }

  /**
   * {@return the default columns: {@code case}, {@code activity}, {@code timestamp}, no resource, no
   * lifecycle, comma-separated, ISO-8601 timestamps}
   */
  public static CsvColumns defaults() {
    return DEFAULTS;
  }

  /**
   * {@return columns of the given names, with no resource and no lifecycle column, comma-separated}
   *
   * @param caseColumn the column of the case id: non-blank
   * @param activityColumn the column of the activity: non-blank
   * @param timestampColumn the column of the timestamp: non-blank
   * @throws IllegalArgumentException if a name is blank
   */
  public static CsvColumns of(String caseColumn, String activityColumn, String timestampColumn) {
    return new CsvColumns(
        caseColumn, activityColumn, timestampColumn, Optional.empty(), Optional.empty(), ',',
        Optional.empty());
  }

  /**
   * {@return these columns with a resource column}
   *
   * @param column the column of the resource: non-blank
   */
  public CsvColumns withResource(String column) {
    return new CsvColumns(
        caseColumn, activityColumn, timestampColumn,
        Optional.of(Arguments.nonBlank(column, "resourceColumn")), lifecycleColumn, delimiter,
        timestampFormat);
  }

  /**
   * {@return these columns with a lifecycle-transition column, filtered as the {@link LogMapping} says}
   *
   * @param column the column of the lifecycle transition: non-blank
   */
  public CsvColumns withLifecycle(String column) {
    return new CsvColumns(
        caseColumn, activityColumn, timestampColumn, resourceColumn,
        Optional.of(Arguments.nonBlank(column, "lifecycleColumn")), delimiter, timestampFormat);
  }

  /**
   * {@return these columns with another field delimiter}
   *
   * @param delimiter the delimiter, such as {@code ';'} or {@code '\t'}: not a quote or line break
   * @throws IllegalArgumentException if {@code delimiter} is a quote or a line break
   */
  public CsvColumns withDelimiter(char delimiter) {
    return new CsvColumns(
        caseColumn, activityColumn, timestampColumn, resourceColumn, lifecycleColumn, delimiter,
        timestampFormat);
  }

  /**
   * {@return these columns with timestamps in the given format}; a format without an offset or zone
   * reads times in the mapping's {@linkplain LogMapping#zone() zone}
   *
   * @param format the format, such as {@code DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")}
   */
  public CsvColumns withTimestampFormat(DateTimeFormatter format) {
    return new CsvColumns(
        caseColumn, activityColumn, timestampColumn, resourceColumn, lifecycleColumn, delimiter,
        Optional.of(requireNonNull(format, "format")));
  }

  /** {@return the column of the case id} */
  public String caseColumn() {
    return caseColumn;
  }

  /** {@return the column of the activity} */
  public String activityColumn() {
    return activityColumn;
  }

  /** {@return the column of the timestamp} */
  public String timestampColumn() {
    return timestampColumn;
  }

  /** {@return the column of the resource, if any} */
  public Optional<String> resourceColumn() {
    return resourceColumn;
  }

  /** {@return the column of the lifecycle transition, if any; without one every row is kept} */
  public Optional<String> lifecycleColumn() {
    return lifecycleColumn;
  }

  /** {@return the field delimiter} */
  public char delimiter() {
    return delimiter;
  }

  /** {@return the timestamp format, if not ISO-8601} */
  public Optional<DateTimeFormatter> timestampFormat() {
    return timestampFormat;
  }

  @Override
  public String toString() {
    return "CsvColumns[case="
        + caseColumn
        + ", activity="
        + activityColumn
        + ", timestamp="
        + timestampColumn
        + ", resource="
        + resourceColumn.orElse("none")
        + ", lifecycle="
        + lifecycleColumn.orElse("none")
        + ", delimiter="
        + Ids.quote(String.valueOf(delimiter))
        + "]";
  }
}
