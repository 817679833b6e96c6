package org.attune.exchange;

import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a document in an Attune exchange format cannot be read: the message names where (line,
 * column and JSON path, or row and column of a table), what was found and what was expected. Nothing
 * half-read is returned.
 *
 * <p>Where the reader knew the place, it is also given apart from the message: {@link #line()},
 * {@link #column()} (both counted from 1) and {@link #path()}, such as {@code
 * $.relations[41].strength}, so that a caller can point at the place without parsing the message.
 */
public final class ExchangeFormatException extends RuntimeException {

  private static final long serialVersionUID = 2L;

  /** The line, from 1; 0 where unknown. */
  private final int line;

  /** The column, from 1; 0 where unknown. */
  private final int column;

  /** The path in the document, such as {@code $.relations[41].strength}; null where unknown. */
  private final @Nullable String path;

  /**
   * Creates the exception, its place unknown.
   *
   * @param message where the input went wrong, what was found and what was expected
   */
  public ExchangeFormatException(String message) {
    super(message);
    this.line = 0;
    this.column = 0;
    this.path = null;
  }

  /**
   * Creates the exception with the error that caused it, its place unknown.
   *
   * @param message where the input went wrong, what was found and what was expected
   * @param cause the underlying error, such as a JSON syntax error
   */
  public ExchangeFormatException(String message, Throwable cause) {
    super(message, cause);
    this.line = 0;
    this.column = 0;
    this.path = null;
  }

  /**
   * Creates the exception at a place in a JSON document.
   *
   * @param message the whole message, place included
   * @param line the line, from 1; less than 1 where unknown
   * @param column the column, from 1; less than 1 where unknown
   * @param path the JSON path, such as {@code $.relations[41].strength}
   * @param cause the underlying error, or null
   */
  ExchangeFormatException(String message, int line, int column, String path,
      @Nullable Throwable cause) {
    super(message, cause);
    this.line = Math.max(line, 0);
    this.column = Math.max(column, 0);
    this.path = path;
  }

  /** {@return the line of the document where the error lies, counted from 1, if known} */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /** {@return the column of the line where the error lies, counted from 1, if known} */
  public OptionalInt column() {
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }

  /**
   * {@return the JSON path of the value where the error lies, such as {@code
   * $.relations[41].strength} or {@code $} for the document itself, if known}
   */
  public Optional<String> path() {
    return Optional.ofNullable(path);
  }
}
