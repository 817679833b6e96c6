package org.attune.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CSV event log (RFC 4180) row by row; rows are grouped into traces by case id, in the order
 * of each case's first row. Only the events that pass the mapping's checks are kept, so memory stays
 * bounded by the output. An empty field of an optional column (resource, lifecycle, customer, product,
 * emotion) is absent, as CSV has no other way to say so; a field of only spaces is blank.
 *
 * <p>A byte order mark at the very start is skipped. Read from bytes, the text must be UTF-8: a row
 * holding a malformed byte sequence is malformed input ({@link SkipReason#MALFORMED_ENCODING}),
 * named by line and field, and under SKIP the reader goes on with the next row. Read from characters,
 * a decoding error of the caller's reader cannot be passed over: it ends the file ({@link
 * SkipReason#MALFORMED_SYNTAX}).
 *
 * <p>No field (the header's too) may hold more than {@link LogMapping#maxValueLength()} characters,
 * counted as the field holds them (a doubled quote counts one): a longer one is refused with a
 * {@link LogFormatException} naming the limit, whatever the policy, and the file is not read on, so
 * that memory stays bounded; nor may a row hold more than {@link LogMapping#maxFieldCount()} fields.
 * The records are read by {@link CsvRecordReader}, the one CSV parser of this package.
 */
final class CsvReader {

  private CsvReader() {}

  /** {@return the event log in the CSV text {@code in}} */
  static EventLog read(Reader in, CsvColumns columns, LogMapping mapping, String source)
      throws IOException {
    return read(CsvRecordReader.of(in, source, columns.delimiter(), mapping.maxValueLength(),
        mapping.maxFieldCount(), "LogMapping", "log"), columns, mapping, source);
  }

  /**
   * {@return the event log in the UTF-8 CSV bytes {@code in}}; a row holding bytes that are not
   * UTF-8 is malformed input, named by line and field, and skipped under SKIP
   */
  static EventLog read(InputStream in, CsvColumns columns, LogMapping mapping, String source)
      throws IOException {
    return read(CsvRecordReader.of(in, source, columns.delimiter(), mapping.maxValueLength(),
        mapping.maxFieldCount(), "LogMapping", "log"), columns, mapping, source);
  }

  /** {@return every record of the CSV text {@code in}, as lists of fields}; for tests */
  static List<List<String>> records(Reader in, char delimiter) throws IOException {
    CsvRecordReader csv = CsvRecordReader.of(in, "<test>", delimiter, Integer.MAX_VALUE,
        Integer.MAX_VALUE, "LogMapping", "log");
    List<List<String>> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    while (csv.record(fields)) {
      records.add(List.copyOf(fields));
    }
    return records;
  }

  private static EventLog read(CsvRecordReader csv, CsvColumns columns, LogMapping mapping,
      String source) throws IOException {
    Assembler assembler = new Assembler(mapping, source, "CSV",
        columns.timestampFormat().orElse(null), "column '" + columns.caseColumn() + "'",
        "column '" + columns.activityColumn() + "'", "column '" + columns.timestampColumn() + "'");
    List<String> header = new ArrayList<>();
    if (!csv.record(header)) {
      throw new LogFormatException(SkipReason.MALFORMED_SYNTAX, 1, 1,
          "the CSV is empty; expected a header row naming the columns");
    }
    if (csv.badLine() >= 0) {
      throw new LogFormatException(SkipReason.MALFORMED_ENCODING, csv.badLine(), csv.badField(),
          csv.badMessage("header"));
    }
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      index.putIfAbsent(header.get(i).strip(), i);
    }
    int caseCol = required(index, header, columns.caseColumn(), "case");
    int activityCol = required(index, header, columns.activityColumn(), "activity");
    int timeCol = required(index, header, columns.timestampColumn(), "timestamp");
    int resourceCol = optional(index, header, columns.resourceColumn(), "resource", true);
    int lifecycleCol = optional(index, header, columns.lifecycleColumn(), "lifecycle", true);
    int customerCol = optional(index, header, mapping.customerAttribute(), "customer", true);
    int productCol = optional(index, header, mapping.productAttribute(), "product", false);
    int pleasureCol = optional(index, header, mapping.pleasureAttribute(), "pleasure", true);
    int arousalCol = optional(index, header, mapping.arousalAttribute(), "arousal", true);
    int dominanceCol = optional(index, header, mapping.dominanceAttribute(), "dominance", true);

    Map<String, Assembler.Trace> traces = new LinkedHashMap<>();
    Assembler.EventFields f = new Assembler.EventFields();
    List<String> row = new ArrayList<>(header.size());
    try {
      while (csv.record(row)) {
        if (csv.badLine() >= 0) {
          assembler.rejectEvent(SkipReason.MALFORMED_ENCODING, csv.badLine(), csv.badField(),
              csv.badMessage(csv.badField() <= header.size()
                  ? "column '" + header.get(csv.badField() - 1) + "'"
                  : "beyond the header"));
          continue;
        }
        if (row.size() == 1 && row.get(0).isEmpty()) {
          continue; // a blank line
        }
        if (row.size() != header.size()) {
          assembler.rejectEvent(SkipReason.WRONG_FIELD_COUNT, csv.recordLine(),
              Math.min(row.size(), header.size()) + 1,
              "row has " + row.size() + " fields; expected " + header.size()
                  + ", one per header column");
          continue;
        }
        String caseId = row.get(caseCol);
        Assembler.Trace trace = traces.get(caseId);
        if (trace == null) {
          trace = assembler.startTrace(csv.recordLine(), caseCol + 1);
          trace.caseId = caseId;
          traces.put(caseId, trace);
        }
        f.clear();
        f.line = csv.recordLine();
        f.column = timeCol + 1;
        f.activityColumn = activityCol + 1;
        f.resourceColumn = resourceCol + 1;
        f.activity = row.get(activityCol);
        f.timestamp = row.get(timeCol);
        f.resource = get(row, resourceCol);
        f.lifecycle = get(row, lifecycleCol);
        f.customer = get(row, customerCol);
        f.product = get(row, productCol);
        f.pleasure = get(row, pleasureCol);
        f.arousal = get(row, arousalCol);
        f.dominance = get(row, dominanceCol);
        if (f.timestamp.isBlank()) {
          f.timestamp = null;
        }
        assembler.event(trace, f);
      }
    } catch (LogFormatException e) {
      if (e.reason() != SkipReason.MALFORMED_SYNTAX || csv.limitPassed()
          || mapping.malformedInputPolicy() == MalformedInputPolicy.FAIL) {
        throw e; // a field longer than the limit too, whatever the policy
      }
      assembler.truncated(null, e.line(), e.column(), String.valueOf(e.getMessage()));
    }
    for (Assembler.Trace trace : traces.values()) {
      assembler.endTrace(trace);
    }
    return assembler.finish();
  }

  /** {@return the field, or null if there is no such column or the field is empty (absent)} */
  private static @Nullable String get(List<String> row, int col) {
    if (col < 0) {
      return null;
    }
    String v = row.get(col);
    return v.isEmpty() ? null : v;
  }

  private static int required(Map<String, Integer> index, List<String> header, String name,
      String what) throws LogFormatException {
    Integer i = index.get(name);
    if (i == null) {
      throw new LogFormatException(SkipReason.MALFORMED_SYNTAX, 1, 1,
          "the header has no " + what + " column '" + name + "'; its columns are " + header);
    }
    return i;
  }

  private static int optional(Map<String, Integer> index, List<String> header,
      Optional<String> name, String what, boolean mustExist) throws LogFormatException {
    if (name.isEmpty()) {
      return -1;
    }
    Integer i = index.get(name.get());
    if (i == null) {
      if (mustExist) {
        return required(index, header, name.get(), what);
      }
      return -1;
    }
    return i;
  }
}
