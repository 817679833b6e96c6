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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads the records of a CSV text (RFC 4180) one by one, for every CSV format of this package: event
 * logs and tables. A field may be quoted with {@code "}, a quote inside it doubled, and a quoted
 * field may span lines; lines end with LF, CR LF or a lone CR. Line numbers are kept: {@link
 * #recordLine()} is the line a record began on.
 *
 * <p>A byte order mark at the very start is skipped. Read from bytes, the text must be UTF-8: a
 * record holding a malformed byte sequence is read all the same, with the sequence replaced, and
 * {@link #badLine()}, {@link #badField()} and {@link #badMessage} name the first one, for the caller
 * to skip the record or fail. Read from characters, a decoding error of the caller's reader cannot
 * be passed over: it ends the text with a {@link LogFormatException} of {@link
 * SkipReason#MALFORMED_SYNTAX}.
 *
 * <p>No field may hold more than the value limit's characters, counted as the field holds them (a
 * doubled quote counts one), and no record more than the field limit's fields: a longer one is
 * refused with a {@link LogFormatException} naming the limit ({@link #limitPassed()} then holds),
 * and the text is not read on, so that memory stays bounded.
 *
 * <p>Mutable and not thread-safe: one reader per text.
 */
final class CsvRecordReader {

  private static final int BUFFER = 1 << 16;

  private final @Nullable Reader in;
  private final @Nullable InputStream bytesIn;
  private final @Nullable CharsetDecoder decoder;
  private final @Nullable ByteBuffer bytes;
  private final String source;
  private final char delimiter;
  /** The most characters one field may hold. */
  private final int limit;
  /** The most fields one record may hold. */
  private final int maxFields;
  /** Where the limits are set, for messages: {@code "LogMapping"} or {@code "TableMapping"}. */
  private final String limitOwner;
  /** What the file is, for messages: {@code "log"} or {@code "table"}. */
  private final String what;
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

  private CsvRecordReader(@Nullable Reader in, @Nullable InputStream bytesIn, String source,
      char delimiter, int limit, int maxFields, String limitOwner, String what) {
    this.in = in;
    this.bytesIn = bytesIn;
    this.source = source;
    this.delimiter = delimiter;
    this.limit = limit;
    this.maxFields = maxFields;
    this.limitOwner = limitOwner;
    this.what = what;
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

  /**
   * {@return a reader of the CSV text {@code in}}
   *
   * @param in the text
   * @param source the file name or a description of the stream, for messages
   * @param delimiter the field delimiter
   * @param maxValueLength the most characters a field may hold
   * @param maxFieldCount the most fields a record may hold
   * @param limitOwner where the limits are set, for messages, such as {@code "LogMapping"}
   * @param what what the text is, for messages, such as {@code "log"}
   */
  static CsvRecordReader of(Reader in, String source, char delimiter, int maxValueLength,
      int maxFieldCount, String limitOwner, String what) {
    return new CsvRecordReader(in, null, source, delimiter, maxValueLength, maxFieldCount,
        limitOwner, what);
  }

  /**
   * {@return a reader of the UTF-8 CSV bytes {@code in}}
   *
   * @param in the bytes
   * @param source the file name or a description of the stream, for messages
   * @param delimiter the field delimiter
   * @param maxValueLength the most characters a field may hold
   * @param maxFieldCount the most fields a record may hold
   * @param limitOwner where the limits are set, for messages, such as {@code "LogMapping"}
   * @param what what the text is, for messages, such as {@code "log"}
   */
  static CsvRecordReader of(InputStream in, String source, char delimiter, int maxValueLength,
      int maxFieldCount, String limitOwner, String what) {
    return new CsvRecordReader(null, in, source, delimiter, maxValueLength, maxFieldCount,
        limitOwner, what);
  }

  /** Whether a field or a record passed a limit: refused whatever the policy. */
  private boolean limitPassed;

  /** {@return whether a field or a record passed a limit, which is refused whatever the policy} */
  boolean limitPassed() {
    return limitPassed;
  }

  /** {@return the line the record just read began on} */
  int recordLine() {
    return recordLine;
  }

  /** {@return the line of the first malformed byte sequence of the record just read, or -1} */
  int badLine() {
    return badLine;
  }

  /** {@return the 1-based field of the first malformed byte sequence of the record just read} */
  int badField() {
    return badField;
  }

  /**
   * Reads the next record into {@code fields}. {@return false at the end of input}
   *
   * @throws LogFormatException if a quoted field is not terminated, or a field or the record holds
   *     more than its limit
   */
  boolean record(List<String> fields) throws IOException {
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
        addField(fields, field);
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
        addField(fields, field);
        field.setLength(0);
        afterQuote = false;
        fieldNo++;
        fieldLine = line;
      } else if (c == '\n' || c == '\r') {
        line++;
        pendingCr = c == '\r';
        addField(fields, field);
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
   * Adds the field to the record, if it holds fewer than the limit's fields.
   *
   * @throws LogFormatException if the record would hold more
   */
  private void addField(List<String> fields, StringBuilder field) throws LogFormatException {
    if (fields.size() >= maxFields) {
      limitPassed = true;
      eof = true; // not read on
      pos = len;
      throw new LogFormatException(SkipReason.MALFORMED_SYNTAX, recordLine, maxFields + 1, source
          + ": the row holds more than " + String.format(Locale.ROOT, "%,d", maxFields)
          + " fields, the limit of " + limitOwner + ".maxFieldCount(); the " + what + " was not"
          + " read on, so that memory stays bounded. Raise the limit (" + limitOwner
          + ".Builder.maxFieldCount) only for a " + what + " you trust");
    }
    fields.add(field.toString());
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
          + " characters, the limit of " + limitOwner + ".maxValueLength(); the " + what + " was not"
          + " read on, so that memory stays bounded. Raise the limit (" + limitOwner
          + ".Builder.maxValueLength) only for a " + what + " you trust");
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

  /**
   * {@return the message for the first malformed byte sequence of the record just read}
   *
   * @param column how to name the field's column, such as {@code "column 'case'"}
   */
  String badMessage(String column) {
    return source + ": field " + badField + " (" + column + ") holds bytes that are not UTF-8 ("
        + badDetail + "); expected a UTF-8 file";
  }
}
