package org.attune.exchange;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Writes a table as CSV (RFC 4180), one cell at a time, straight to a {@link Writer}: nothing is
 * held back but the current cell, so a table of any size streams.
 *
 * <ul>
 *   <li><b>Quoting</b> (RFC 4180): a cell that holds the delimiter, a double quote, a carriage
 *       return or a line feed is enclosed in double quotes, its double quotes doubled. Rows end with
 *       CRLF.
 *   <li><b>Formula injection</b> (OWASP, "CSV Injection"): a spreadsheet runs a cell that starts with
 *       {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return as a formula. A text
 *       cell ({@link #text(String)}) starting with one of them is prefixed with a single quote
 *       ({@code =SUM(A1)} is written {@code '=SUM(A1)}), which spreadsheets show as text. A number
 *       ({@link #number(double)}, {@link #number(long)}) is written as the number it is, so that a
 *       negative number the library writes ({@code -1}) stays a number; the same characters given
 *       as text ({@code "-1"}) are prefixed, since only the writer knows which cells are its own
 *       numbers.
 *   <li><b>Numbers</b>: a {@code double} in the shortest form that reads back to the same bits
 *       ({@link Double#toString(double)}, such as {@code 0.75} or {@code 1.0E-5}); a {@code long} in
 *       decimal. A cell that is neither is empty ({@link #empty()}).
 * </ul>
 *
 * <p>Not thread-safe: one writer per table. It never closes the {@link Writer} it writes to.
 *
 * <pre>{@code
 * CsvWriter csv = new CsvWriter(out, ',');
 * csv.text("customer").text("value").endRow();
 * csv.text("=SUM(A1)").number(-0.5).endRow();   // '=SUM(A1),-0.5
 * }</pre>
 */
public final class CsvWriter {

  /** The delimiters a table may use: comma, semicolon, tab and vertical bar. */
  private static final String DELIMITERS = ",;\t|";

  private final Writer out;
  private final char delimiter;
  private boolean rowStarted;

  /**
   * Creates a writer.
   *
   * @param out where the table goes; never closed by this writer
   * @param delimiter the cell delimiter: {@code ','}, {@code ';'}, {@code '\t'} or {@code '|'}
   * @throws NullPointerException if {@code out} is null
   * @throws IllegalArgumentException if {@code delimiter} is none of those
   */
  public CsvWriter(Writer out, char delimiter) {
    this.out = requireNonNull(out, "out");
    this.delimiter = checkDelimiter(delimiter);
  }

  /**
   * {@return {@code delimiter}, if it is one a table may use}
   *
   * @param delimiter the delimiter to check
   * @throws IllegalArgumentException if it is not {@code ','}, {@code ';'}, {@code '\t'} or {@code
   *     '|'}
   */
  static char checkDelimiter(char delimiter) {
    if (DELIMITERS.indexOf(delimiter) < 0) {
      throw new IllegalArgumentException(
          "delimiter must be one of ',', ';', '\\t', '|', but was '"
              + (Character.isISOControl(delimiter)
                  ? String.format(Locale.ROOT, "\\u%04x", (int) delimiter)
                  : String.valueOf(delimiter))
              + "'");
    }
    return delimiter;
  }

  /**
   * Writes a text cell: prefixed with a single quote if a spreadsheet would run it as a formula,
   * quoted if it holds the delimiter, a double quote or a line break.
   *
   * @param value the text; may be empty
   * @return this writer
   * @throws NullPointerException if {@code value} is null
   * @throws IOException if the underlying writer fails
   */
  @CanIgnoreReturnValue
  public CsvWriter text(String value) throws IOException {
    requireNonNull(value, "value");
    separate();
    out.write(escape(value, delimiter));
    return this;
  }

  /**
   * Writes a number cell, never prefixed nor quoted.
   *
   * @param value a finite number
   * @return this writer
   * @throws IllegalArgumentException if {@code value} is NaN or infinite: write {@link #empty()} for
   *     a value that is not there
   * @throws IOException if the underlying writer fails
   */
  @CanIgnoreReturnValue
  public CsvWriter number(double value) throws IOException {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          "value must be a finite number (write an empty cell where there is none), but was "
              + value);
    }
    separate();
    out.write(Double.toString(value));
    return this;
  }

  /**
   * Writes a whole number cell, never prefixed nor quoted.
   *
   * @param value the number
   * @return this writer
   * @throws IOException if the underlying writer fails
   */
  @CanIgnoreReturnValue
  public CsvWriter number(long value) throws IOException {
    separate();
    out.write(Long.toString(value));
    return this;
  }

  /**
   * Writes a boolean cell: {@code true} or {@code false}.
   *
   * @param value the value
   * @return this writer
   * @throws IOException if the underlying writer fails
   */
  @CanIgnoreReturnValue
  public CsvWriter bool(boolean value) throws IOException {
    separate();
    out.write(value ? "true" : "false");
    return this;
  }

  /**
   * Writes an empty cell, for a value that is not there.
   *
   * @return this writer
   * @throws IOException if the underlying writer fails
   */
  @CanIgnoreReturnValue
  public CsvWriter empty() throws IOException {
    separate();
    return this;
  }

  /**
   * Ends the row with CRLF.
   *
   * @return this writer
   * @throws IOException if the underlying writer fails
   */
  @CanIgnoreReturnValue
  public CsvWriter endRow() throws IOException {
    out.write("\r\n");
    rowStarted = false;
    return this;
  }

  /**
   * Flushes the underlying writer.
   *
   * @throws IOException if the underlying writer fails
   */
  public void flush() throws IOException {
    out.flush();
  }

  private void separate() throws IOException {
    if (rowStarted) {
      out.write(delimiter);
    }
    rowStarted = true;
  }

  /**
   * {@return {@code value} as one CSV text cell}: prefixed with {@code '} if it starts with {@code
   * =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return, then enclosed in double quotes
   * (its own doubled) if it holds {@code delimiter}, a double quote, a carriage return or a line feed
   *
   * @param value the text
   * @param delimiter the cell delimiter
   */
  static String escape(String value, char delimiter) {
    String cell = isFormulaStart(value) ? "'" + value : value;
    boolean quote = false;
    for (int i = 0; i < cell.length() && !quote; i++) {
      char c = cell.charAt(i);
      quote = c == delimiter || c == '"' || c == '\r' || c == '\n';
    }
    return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }

  private static boolean isFormulaStart(String value) {
    if (value.isEmpty()) {
      return false;
    }
    char first = value.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
        || first == '\r';
  }
}
