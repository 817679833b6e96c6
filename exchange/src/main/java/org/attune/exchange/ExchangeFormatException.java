package org.attune.exchange;

/**
 * Thrown when a document in an Attune exchange format cannot be read: the message names where (line,
 * column and JSON path, or row and column of a table), what was found and what was expected. Nothing
 * half-read is returned.
 */
public final class ExchangeFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message where the input went wrong, what was found and what was expected
   */
  public ExchangeFormatException(String message) {
    super(message);
  }

  /**
   * Creates the exception with the error that caused it.
   *
   * @param message where the input went wrong, what was found and what was expected
   * @param cause the underlying error, such as a JSON syntax error
   */
  public ExchangeFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
