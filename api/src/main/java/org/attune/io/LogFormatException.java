package org.attune.io;

import static java.util.Objects.requireNonNull;

import java.io.IOException;

/**
 * Malformed input in an event log, under {@link MalformedInputPolicy#FAIL} (or always, where the
 * input cannot be read at all, such as XML whose root is not {@code <log>}, or must not be, such as
 * a value longer than {@link LogMapping#maxValueLength()}). The message names the
 * line and column (where known: a message begins {@code "line L, column C: "}, {@code "line L: "} or,
 * for a gzip stream cut short in its header, with no position), the field, the value where it is not
 * a customer attribute, and what was expected.
 *
 * <p>Immutable and thread-safe.
 */
public final class LogFormatException extends IOException {

  private static final long serialVersionUID = 1L;

  /** What was wrong. */
  private final SkipReason reason;

  /** The 1-based line, or -1 if unknown. */
  private final int line;

  /** The 1-based column (for CSV, the 1-based field), or -1 if unknown. */
  private final int column;

  /**
   * Creates an exception. A line or column below 1 is taken as unknown, and so is the column of an
   * unknown line: {@link #line()} and {@link #column()} then give -1.
   *
   * @param reason what was wrong
   * @param line the 1-based line, or -1 if unknown
   * @param column the 1-based column (for CSV, the 1-based field), or -1 if unknown
   * @param detail the field, the value and what was expected
   * @throws NullPointerException if {@code reason} or {@code detail} is null
   */
  public LogFormatException(SkipReason reason, int line, int column, String detail) {
    super(position(line, column) + requireNonNull(detail, "detail"));
    this.reason = requireNonNull(reason, "reason");
    this.line = line >= 1 ? line : -1;
    this.column = line >= 1 && column >= 1 ? column : -1;
  }

  /**
   * Creates an exception with a cause.
   *
   * @param reason what was wrong
   * @param line the 1-based line, or -1 if unknown
   * @param column the 1-based column (for CSV, the 1-based field), or -1 if unknown
   * @param detail the field, the value and what was expected
   * @param cause the parser's exception
   * @throws NullPointerException if an argument is null
   */
  public LogFormatException(
      SkipReason reason, int line, int column, String detail, Throwable cause) {
    this(reason, line, column, detail);
    initCause(requireNonNull(cause, "cause"));
  }

  /** {@return "line L, column C: ", "line L: " or nothing, as far as the position is known} */
  private static String position(int line, int column) {
    if (line < 1) {
      return "";
    }
    return column < 1 ? "line " + line + ": " : "line " + line + ", column " + column + ": ";
  }

  /** {@return what was wrong} */
  public SkipReason reason() {
    return reason;
  }

  /** {@return the 1-based line of the malformed input, or -1 if the parser could not tell} */
  public int line() {
    return line;
  }

  /**
   * {@return the 1-based column of the malformed input (for CSV, the 1-based field), or -1 if the
   * parser could not tell}
   */
  public int column() {
    return column;
  }
}
