package org.attune.exchange;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Locale;
import java.util.stream.Collectors;
import org.attune.model.Ids;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;

/**
 * A JSON document read token by token, with errors that say where: every {@link
 * ExchangeFormatException} made here begins {@code line L, column C, $.json.path: }, then says what
 * was expected and what was found. A syntax error of the parser is wrapped the same way.
 *
 * <p>Mutable and not thread-safe: one reader, one document.
 */
final class JsonInput {

  /** The fields whose values are never shown in a message: names can be personal data. */
  private static final String NAME_FIELD = "name";

  private final JsonParser parser;
  private @Nullable JsonToken token;

  JsonInput(JsonParser parser) {
    this.parser = parser;
  }

  /** {@return the next token, null at the end of the input} */
  @Nullable JsonToken next() throws IOException {
    try {
      token = parser.nextToken();
      return token;
    } catch (JacksonIOException e) {
      throw e.getCause();
    } catch (JacksonException e) {
      throw syntax(e);
    }
  }

  /** {@return the current token, null before the first or after the last} */
  @Nullable JsonToken token() {
    return token;
  }

  /**
   * Moves to the next token, which must start an object.
   *
   * @param what what the object is, for the message, such as {@code "a relation"}
   */
  void startObject(String what) throws IOException {
    if (next() != JsonToken.START_OBJECT) {
      throw error("expected " + what + " (an object), found " + found());
    }
  }

  /**
   * Moves to the next token, which must start an array.
   *
   * @param what what the array is, for the message
   */
  void startArray(String what) throws IOException {
    if (next() != JsonToken.START_ARRAY) {
      throw error("expected " + what + " (an array), found " + found());
    }
  }

  /**
   * {@return the name of the next field of the current object, or null at its end}
   */
  @Nullable String nextField() throws IOException {
    JsonToken t = next();
    if (t == JsonToken.PROPERTY_NAME) {
      return parser.currentName();
    }
    if (t == JsonToken.END_OBJECT) {
      return null;
    }
    throw error("expected a field or the end of the object, found " + found());
  }

  /**
   * {@return whether the next token starts an item of the current array (an object), false at its
   * end}
   *
   * @param what what an item is, for the message
   */
  boolean nextItem(String what) throws IOException {
    JsonToken t = next();
    if (t == JsonToken.START_OBJECT) {
      return true;
    }
    if (t == JsonToken.END_ARRAY) {
      return false;
    }
    throw error("expected " + what + " (an object) or the end of the array, found " + found());
  }

  /**
   * {@return the next string of the current array, or null at its end}
   *
   * @param what what an item is, for the message
   */
  @Nullable String nextStringItem(String what) throws IOException {
    JsonToken t = next();
    if (t == JsonToken.VALUE_STRING) {
      return parser.getString();
    }
    if (t == JsonToken.END_ARRAY) {
      return null;
    }
    throw error("expected " + what + " (a string) or the end of the array, found " + found());
  }

  /**
   * {@return the string value of the field just named}
   *
   * @param what what it is, for the message, such as {@code "an id"}
   */
  String string(String what) throws IOException {
    if (next() != JsonToken.VALUE_STRING) {
      throw error("expected " + what + " (a string), found " + found());
    }
    return parser.getString();
  }

  /**
   * {@return the string value of the field just named}; as {@link #string(String)}, the message
   * made of two parts only if there is an error, so that no text is made for the many values that
   * are right
   *
   * @param what what it is, for the message, such as {@code "the source of the relation"}
   * @param kind what kind of string it is, for the message, such as {@code "an element id"}
   */
  String string(String what, String kind) throws IOException {
    if (next() != JsonToken.VALUE_STRING) {
      throw error("expected " + what + " (" + kind + "), found " + found());
    }
    return parser.getString();
  }

  /** {@return whether the current string token is {@code text}}, without making a string of it */
  boolean currentIs(String text) throws IOException {
    return IdIndex.same(text, parser.getStringCharacters(), parser.getStringOffset(),
        parser.getStringLength());
  }

  /** {@return the element of {@code index} named by the current string token, or null} */
  ItemReader.@Nullable Known currentIn(IdIndex index) throws IOException {
    return index.get(parser.getStringCharacters(), parser.getStringOffset(),
        parser.getStringLength());
  }

  /** {@return the value of the current token, a string} */
  String currentString() throws IOException {
    return parser.getString();
  }

  /**
   * {@return the number value of the field just named}, in {@code [min, max]}, or in {@code (min,
   * max]} if {@code openBelow}
   *
   * @param what what it is, for the message
   */
  double number(String what, double min, double max, boolean openBelow) throws IOException {
    JsonToken t = next();
    if (t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_NUMBER_INT) {
      throw error("expected " + what + " (a number in " + range(min, max, openBelow) + "), found "
          + found());
    }
    double value = parser.getDoubleValue();
    boolean above = openBelow ? value > min : value >= min;
    if (!(above && value <= max)) {
      throw error("expected " + what + " in " + range(min, max, openBelow) + ", found "
          + parser.getString());
    }
    return value;
  }

  /**
   * {@return a finite, non-negative number value of the field just named}
   *
   * @param what what it is, for the message
   */
  double nonNegative(String what) throws IOException {
    JsonToken t = next();
    if (t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_NUMBER_INT) {
      throw error("expected " + what + " (a finite number >= 0), found " + found());
    }
    double value = parser.getDoubleValue();
    if (!(value >= 0 && Double.isFinite(value))) {
      throw error("expected " + what + " as a finite number >= 0, found " + parser.getString());
    }
    return value;
  }

  /**
   * {@return the whole number value of the field just named}
   *
   * @param what what it is, for the message
   */
  long integer(String what) throws IOException {
    if (next() != JsonToken.VALUE_NUMBER_INT) {
      throw error("expected " + what + " (a whole number), found " + found());
    }
    try {
      return parser.getLongValue();
    } catch (JacksonException e) {
      throw error("expected " + what + " (a whole number), found " + parser.getString());
    }
  }

  /**
   * {@return the boolean value of the field just named}
   *
   * @param what what it is, for the message
   */
  boolean bool(String what) throws IOException {
    JsonToken t = next();
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw error("expected " + what + " (true or false), found " + found());
  }

  /**
   * {@return the instant of the field just named, an ISO-8601 string in UTC such as {@code
   * "2026-03-01T09:00:00Z"}}
   *
   * @param what what it is, for the message
   */
  Instant instant(String what) throws IOException {
    String text = string(what);
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw error("expected " + what + " as an ISO-8601 instant in UTC such as"
          + " \"2026-03-01T09:00:00Z\", found " + Ids.quote(text));
    }
  }

  /**
   * {@return the constant of {@code type} named by the string value of the field just named}
   *
   * @param type the enum
   * @param what what it is, for the message
   * @param <E> the enum
   */
  <E extends Enum<?>> E constant(Class<E> type, String what) throws IOException {
    String text = string(what);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(text)) {
        return e;
      }
    }
    throw error("expected " + what + ", one of " + names(type) + ", found " + Ids.quote(text));
  }

  /** {@return the constants of {@code type}, such as {@code ACTOR, RESOURCE}} */
  static String names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name)
        .collect(Collectors.joining(", "));
  }

  // ------------------------------------------------------------------------------------------
  // errors

  /** {@return an error at the current token} */
  ExchangeFormatException error(String message) {
    return at(parser.currentTokenLocation(), message, null);
  }

  /** {@return an error at the current token, with its cause} */
  ExchangeFormatException error(String message, Throwable cause) {
    return at(parser.currentTokenLocation(), message, cause);
  }

  /** {@return an error about the field {@code field} of the object at the current token} */
  ExchangeFormatException unknownField(String field, String expected) {
    return error("unknown field " + Ids.quote(field) + ": expected " + expected
        + " (unknown fields are errors, not ignored)");
  }

  /** {@return an error naming a field that is missing from the object just ended} */
  ExchangeFormatException missing(String field, String what) {
    return error("missing field \"" + field + "\" of " + what);
  }

  /** {@return the current token in words, for "found ..."} */
  String found() throws IOException {
    if (token == null) {
      return "the end of the input";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case END_OBJECT -> "the end of the object";
      case END_ARRAY -> "the end of the array";
      case PROPERTY_NAME -> "the field " + Ids.quote(parser.currentName());
      case VALUE_STRING -> NAME_FIELD.equals(parser.currentName())
          ? "a string (not shown: names are personal data)"
          : "the string " + Ids.quote(parser.getString());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + parser.getString();
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NULL -> "null";
      default -> token.toString();
    };
  }

  /** {@return an error at {@code location}: its message begins with the line, column and path} */
  private ExchangeFormatException at(TokenStreamLocation location, String message,
      @Nullable Throwable cause) {
    int line = location.getLineNr();
    int column = location.getColumnNr();
    String path = path();
    return new ExchangeFormatException(
        "line " + line + ", column " + column + ", " + path + ": " + message, line, column, path,
        cause);
  }

  /** {@return the JSON path of the current token, such as {@code $.relations[41].strength}} */
  String path() {
    TokenStreamContext context = parser.streamReadContext();
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      // the context is the one just opened: the value's path is its parent's
      context = context.getParent();
    }
    Deque<String> parts = new ArrayDeque<>();
    for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        if (c.getCurrentIndex() >= 0) {
          parts.push("[" + c.getCurrentIndex() + "]");
        }
      } else {
        String name = c.currentName();
        if (name != null) {
          parts.push(simple(name) ? "." + name : "[" + Ids.quote(name).replace('"', '\'') + "]");
        }
      }
    }
    return "$" + String.join("", parts);
  }

  private static boolean simple(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
        return false;
      }
    }
    return true;
  }

  private ExchangeFormatException syntax(JacksonException e) {
    TokenStreamLocation location = e.getLocation() == null
        ? parser.currentLocation() : e.getLocation();
    String message = e.getOriginalMessage();
    if (message.startsWith("Unrecognized token '") && message.contains("': ")) {
      // the parser quotes the offending token, which could be part of a name: leave it out
      message = "Unrecognized token" + message.substring(message.lastIndexOf("': ") + 1);
    }
    // where an object or array began, in the parser's words, says nothing the position does not
    message = message.replaceAll(" \\(start marker at \\[.*\\]\\)", "")
        .replaceAll("[\\r\\n]+", " ");
    return at(location, "not valid JSON: "
        + message.toLowerCase(Locale.ROOT).charAt(0) + message.substring(1), e);
  }

  private static String range(double min, double max, boolean openBelow) {
    return (openBelow ? "(" : "[") + min + ", " + max + "]";
  }
}
