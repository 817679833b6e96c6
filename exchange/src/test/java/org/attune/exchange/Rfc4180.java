package org.attune.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for the tests, independent of the writer: rows end with CRLF, a quoted
 * field may hold the delimiter, CR, LF and doubled quotes; anything else is an error.
 */
final class Rfc4180 {

  private Rfc4180() {}

  /** {@return the rows of {@code text}, each a list of fields} */
  static List<List<String>> parse(String text, char delimiter) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '"' && field.length() == 0) {
        i++;
        while (true) {
          if (i >= n) {
            throw new IllegalArgumentException("unterminated quoted field at " + i);
          }
          char q = text.charAt(i);
          if (q == '"') {
            if (i + 1 < n && text.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
            } else {
              i++;
              break;
            }
          } else {
            field.append(q);
            i++;
          }
        }
        if (i < n && text.charAt(i) != delimiter && text.charAt(i) != '\r') {
          throw new IllegalArgumentException("text after a closing quote at " + i);
        }
      } else if (c == delimiter) {
        row.add(field.toString());
        field.setLength(0);
        i++;
      } else if (c == '\r') {
        if (i + 1 >= n || text.charAt(i + 1) != '\n') {
          throw new IllegalArgumentException("bare CR at " + i);
        }
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i += 2;
      } else if (c == '\n' || c == '"') {
        throw new IllegalArgumentException("unquoted " + (c == '"' ? "quote" : "LF") + " at " + i);
      } else {
        field.append(c);
        i++;
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      throw new IllegalArgumentException("last row does not end with CRLF");
    }
    return rows;
  }
}
