package org.attune.io;

import static com.google.common.base.Preconditions.checkState;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.attune.model.Ids;
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
 * that memory stays bounded.
 */
final class CsvReader {

  private static final int BUFFER = 1 << 16;

  private final @Nullable Reader in;
  private final @Nullable InputStream bytesIn;
  private final @Nullable CharsetDecoder decoder;
  private final @Nullable ByteBuffer bytes;
  private final String source;
  private final char delimiter;
  /** The most characters one field may hold: {@link LogMapping#maxValueLength()}. */
  private final int limit;
  private final char[] buf = new char[BUFFER];
  private int pos;
  private int len;
  private int line = 1;
  private int recordLine = 1;
  /** The line the field being read began on. */
  private int fieldLine = 1;
  private boolean eof;
  private boolean bytesEof;
  private boolean started;
  private boolean pendingCr;

  /** The bytes read before {@link #bytes} starts. */
  private long bytesBefore;

  /** Where in {@link #buf} the decoder put a replacement for a malformed sequence, and what it was. */
  private int[] badAt = new int[8];
  private String[] badWhat = new String[8];
  private int badCount;
  private int nextBad;

  /** The first malformed byte sequence of the record just read: its line, field and description. */
  private int badLine = -1;
  private int badField = -1;
  private @Nullable String badDetail;

  private CsvReader(@Nullable Reader in, @Nullable InputStream bytesIn, String source,
      char delimiter, int limit) {
    this.in = in;
    this.bytesIn = bytesIn;
    this.source = source;
    this.delimiter = delimiter;
    this.limit = limit;
    if (bytesIn != null) {
      this.decoder = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      this.bytes = ByteBuffer.allocate(BUFFER);
      this.bytes.flip();
    } else {
      this.decoder = null;
      this.bytes = null;
    }
  }

  /** {@return the event log in the CSV text {@code in}} */
  static EventLog read(Reader in, CsvColumns columns, LogMapping mapping, String source)
      throws IOException {
    return read(new CsvReader(in, null, source, columns.delimiter(), mapping.maxValueLength()),
        columns, mapping, source);
  }

  /**
   * {@return the event log in the UTF-8 CSV bytes {@code in}}; a row holding bytes that are not
   * UTF-8 is malformed input, named by line and field, and skipped under SKIP
   */
  static EventLog read(InputStream in, CsvColumns columns, LogMapping mapping, String source)
      throws IOException {
    return read(new CsvReader(null, in, source, columns.delimiter(), mapping.maxValueLength()),
        columns, mapping, source);
  }

  /** {@return every record of the CSV text {@code in}, as lists of fields}; for tests */
  static List<List<String>> records(Reader in, char delimiter) throws IOException {
    CsvReader csv = new CsvReader(in, null, "<test>", delimiter, Integer.MAX_VALUE);
    List<List<String>> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    while (csv.record(fields)) {
      records.add(List.copyOf(fields));
    }
    return records;
  }

  private static EventLog read(CsvReader csv, CsvColumns columns, LogMapping mapping,
      String source) throws IOException {
    Assembler assembler = new Assembler(mapping, source, "CSV",
        columns.timestampFormat().orElse(null), "column '" + columns.caseColumn() + "'",
        "column '" + columns.activityColumn() + "'", "column '" + columns.timestampColumn() + "'");
    List<String> header = new ArrayList<>();
    if (!csv.record(header)) {
      throw new LogFormatException(SkipReason.MALFORMED_SYNTAX, 1, 1,
          "the CSV is empty; expected a header row naming the columns");
    }
    if (csv.badLine >= 0) {
      throw new LogFormatException(SkipReason.MALFORMED_ENCODING, csv.badLine, csv.badField,
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
        if (csv.badLine >= 0) {
          assembler.rejectEvent(SkipReason.MALFORMED_ENCODING, csv.badLine, csv.badField,
              csv.badMessage(csv.badField <= header.size()
                  ? "column '" + header.get(csv.badField - 1) + "'"
                  : "beyond the header"));
          continue;
        }
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
      if (e.reason() != SkipReason.MALFORMED_SYNTAX || csv.limitPassed
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

  /** Whether a field passed the limit: refused whatever the policy. */
  private boolean limitPassed;

  /**
   * Reads the next record into {@code fields}. {@return false at the end of input}
   *
   * @throws LogFormatException if a quoted field is not terminated or a field holds more than the
   *     limit
   */
  private boolean record(List<String> fields) throws IOException {
    fields.clear();
    badLine = -1;
    badField = -1;
    badDetail = null;
    if (!fill()) {
      return false;
    }
    if (!started) {
      started = true;
      if (buf[pos] == '\uFEFF') {
        pos++; // a byte order mark, not part of the first field
        if (!fill()) {
          return false;
        }
      }
    }
    recordLine = line;
    fieldLine = line;
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
      if (c == '\uFFFD' && badLine < 0) {
        noteBad(pos - 1, fieldNo);
      }
      if (pendingCr) {
        pendingCr = false;
        if (c == '\n') {
          if (quoted) {
            append(field, c, fieldNo); // the \n of a quoted \r\n: kept, the line already counted
          }
          continue; // the \n of \r\n, already counted
        }
      }
      if (quoted) {
        if (c == '"') {
          if (fill() && buf[pos] == '"') {
            pos++;
            append(field, '"', fieldNo);
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
          append(field, c, fieldNo);
        }
        continue;
      }
      if (c == delimiter) {
        fields.add(field.toString());
        field.setLength(0);
        afterQuote = false;
        fieldNo++;
        fieldLine = line;
      } else if (c == '\n' || c == '\r') {
        line++;
        pendingCr = c == '\r';
        fields.add(field.toString());
        return true;
      } else if (c == '"' && field.length() == 0 && !afterQuote) {
        quoted = true;
        quoteLine = line;
      } else {
        append(field, c, fieldNo);
      }
    }
  }

  /**
   * Appends {@code c} to the field, if it holds fewer than the limit's characters.
   *
   * @throws LogFormatException if the field would hold more
   */
  private void append(StringBuilder field, char c, int fieldNo) throws LogFormatException {
    if (field.length() >= limit) {
      limitPassed = true;
      eof = true; // not read on
      pos = len;
      throw new LogFormatException(SkipReason.MALFORMED_SYNTAX, fieldLine, fieldNo, source
          + ": field " + fieldNo + " holds more than " + String.format(Locale.ROOT, "%,d", limit)
          + " characters, the limit of LogMapping.maxValueLength(); the log was not read on, so"
          + " that memory stays bounded. Raise the limit (LogMapping.Builder.maxValueLength) only"
          + " for a log you trust");
    }
    field.append(c);
  }

  private boolean fill() throws IOException {
    while (pos >= len) {
      if (eof) {
        return false;
      }
      pos = 0;
      badCount = 0;
      nextBad = 0;
      if (bytesIn != null) {
        len = decode();
      } else {
        try {
          len = requireReader().read(buf, 0, buf.length);
        } catch (CharacterCodingException e) {
          len = 0;
          eof = true;
          throw new LogFormatException(SkipReason.MALFORMED_SYNTAX, line, -1,
              source + ": the text cannot be decoded at or after this line (" + e
                  + "); expected UTF-8; the rest of the file was not read", e);
        }
      }
      if (len < 0) {
        len = 0;
        eof = true;
        return false;
      }
    }
    return true;
  }

  private Reader requireReader() {
    Reader r = in;
    checkState(r != null, "no reader");
    return r;
  }

  /**
   * Decodes UTF-8 into {@link #buf}, replacing each malformed sequence with U+FFFD and noting
   * where. {@return the number of characters decoded, or -1 at the end of the input}
   */
  private int decode() throws IOException {
    InputStream raw = bytesIn;
    CharsetDecoder d = decoder;
    ByteBuffer b = bytes;
    checkState(raw != null && d != null && b != null, "no byte input");
    CharBuffer out = CharBuffer.wrap(buf);
    while (out.hasRemaining()) {
      CoderResult r = d.decode(b, out, bytesEof);
      if (r.isError()) {
        StringBuilder what = new StringBuilder();
        for (int i = 0; i < r.length(); i++) {
          what.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02x",
              b.get(b.position() + i) & 0xff));
        }
        what.append(" at byte ").append(bytesBefore + b.position());
        noteReplacement(out.position(), what.toString());
        out.put('\uFFFD');
        b.position(b.position() + r.length());
      } else if (r.isOverflow()) {
        break;
      } else if (bytesEof) {
        break;
      } else {
        bytesBefore += b.position();
        b.compact();
        int n = raw.read(b.array(), b.arrayOffset() + b.position(), b.remaining());
        if (n < 0) {
          bytesEof = true;
        } else {
          b.position(b.position() + n);
        }
        b.flip();
      }
    }
    return out.position() == 0 && bytesEof && !b.hasRemaining() ? -1 : out.position();
  }

  private void noteReplacement(int at, String what) {
    if (badCount == badAt.length) {
      badAt = Arrays.copyOf(badAt, badCount * 2);
      badWhat = Arrays.copyOf(badWhat, badCount * 2);
    }
    badAt[badCount] = at;
    badWhat[badCount] = what;
    badCount++;
  }

  /** Notes, if {@code at} holds a replacement of a malformed sequence, where the record has it. */
  private void noteBad(int at, int fieldNo) {
    while (nextBad < badCount && badAt[nextBad] < at) {
      nextBad++;
    }
    if (nextBad < badCount && badAt[nextBad] == at) {
      badLine = line;
      badField = fieldNo;
      badDetail = badWhat[nextBad];
    }
  }

  private String badMessage(String column) {
    return source + ": field " + badField + " (" + column + ") holds bytes that are not UTF-8 ("
        + badDetail + "); expected a UTF-8 file";
  }
}
