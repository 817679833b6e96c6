package org.attune.io;

import java.io.IOException;
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
 */
final class CsvReader {

  private final Reader in;
  private final char delimiter;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int len;
  private int line = 1;
  private int recordLine = 1;
  private boolean eof;
  private boolean pendingCr;

  private CsvReader(Reader in, char delimiter) {
    this.in = in;
    this.delimiter = delimiter;
  }

  static EventLog read(Reader in, CsvColumns columns, LogMapping mapping, String source)
      throws IOException {
    CsvReader csv = new CsvReader(in, columns.delimiter());
    Assembler assembler = new Assembler(mapping, source, "CSV",
        columns.timestampFormat().orElse(null), "column '" + columns.caseColumn() + "'",
        "column '" + columns.activityColumn() + "'", "column '" + columns.timestampColumn() + "'");
    List<String> header = new ArrayList<>();
    if (!csv.record(header)) {
      throw new LogFormatException(SkipReason.MALFORMED_SYNTAX, 1, 1,
          "the CSV is empty; expected a header row naming the columns");
    }
    if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
      header.set(0, header.get(0).substring(1));
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
        if (row.size() == 1 && row.get(0).isEmpty()) {
          continue; // a blank line
        }
        if (row.size() != header.size()) {
          assembler.rejectEvent(SkipReason.WRONG_FIELD_COUNT, csv.recordLine,
              Math.min(row.size(), header.size()) + 1,
              "row has " + row.size() + " fields; expected " + header.size()
                  + ", one per header column");
          continue;
        }
        String caseId = row.get(caseCol);
        Assembler.Trace trace = traces.get(caseId);
        if (trace == null) {
          trace = assembler.startTrace(csv.recordLine, caseCol + 1);
          trace.caseId = caseId;
          traces.put(caseId, trace);
        }
        f.clear();
        f.line = csv.recordLine;
        f.column = timeCol + 1;
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
      if (e.reason() != SkipReason.MALFORMED_SYNTAX
          || mapping.malformedInputPolicy() == MalformedInputPolicy.FAIL) {
        throw e;
      }
      assembler.truncated(null, e.line(), e.column(), e.getMessage());
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

  /**
   * Reads the next record into {@code fields}. {@return false at the end of input}
   *
   * @throws LogFormatException if a quoted field is not terminated
   */
  private boolean record(List<String> fields) throws IOException {
    fields.clear();
    if (!fill()) {
      return false;
    }
    recordLine = line;
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean afterQuote = false;
    int quoteLine = line;
    int fieldNo = 1;
    while (true) {
      if (!fill()) {
        if (quoted) {
          throw new LogFormatException(SkipReason.MALFORMED_SYNTAX, quoteLine, fieldNo,
              "a quoted field opened here is never closed; expected a closing \"");
        }
        fields.add(field.toString());
        return true;
      }
      char c = buf[pos++];
      if (pendingCr) {
        pendingCr = false;
        if (c == '\n') {
          continue; // the \n of \r\n, already counted
        }
      }
      if (quoted) {
        if (c == '"') {
          if (fill() && buf[pos] == '"') {
            pos++;
            field.append('"');
          } else {
            quoted = false;
            afterQuote = true;
          }
        } else {
          if (c == '\n') {
            line++;
          } else if (c == '\r') {
            line++;
            pendingCr = true;
          }
          field.append(c);
        }
        continue;
      }
      if (c == delimiter) {
        fields.add(field.toString());
        field.setLength(0);
        afterQuote = false;
        fieldNo++;
      } else if (c == '\n' || c == '\r') {
        line++;
        pendingCr = c == '\r';
        fields.add(field.toString());
        return true;
      } else if (c == '"' && field.length() == 0 && !afterQuote) {
        quoted = true;
        quoteLine = line;
      } else {
        field.append(c);
      }
    }
  }

  private boolean fill() throws IOException {
    while (pos >= len) {
      if (eof) {
        return false;
      }
      len = in.read(buf, 0, buf.length);
      pos = 0;
      if (len < 0) {
        len = 0;
        eof = true;
        return false;
      }
    }
    return true;
  }
}
