package org.attune.report;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;

/**
 * A small SVG writer: elements, attributes and text, escaped for XML, numbers in {@link
 * Locale#ROOT} with two decimals. Not thread-safe: one writer draws one picture.
 */
final class Svg {

  private final StringBuilder out = new StringBuilder(4096);
  private final Deque<String> open = new ArrayDeque<>();
  private boolean inStartTag;

  /**
   * Starts a document of the given size, with a title for screen readers and a white background.
   */
  Svg(double width, double height, String title) {
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    start("svg")
        .attr("xmlns", "http://www.w3.org/2000/svg")
        .attr("width", width)
        .attr("height", height)
        .attr("viewBox", "0 0 " + number(width) + " " + number(height))
        .attr("font-family", "sans-serif")
        .attr("font-size", 12)
        .attr("role", "img");
    start("title").text(title).end();
    start("rect").attr("width", width).attr("height", height).attr("fill", "#ffffff").end();
  }

  /** Opens an element; attributes may follow until content or {@link #end()}. */
  Svg start(String name) {
    closeStartTag();
    out.append('<').append(name);
    open.push(name);
    inStartTag = true;
    return this;
  }

  /** Adds an attribute to the element just opened, its value escaped. */
  Svg attr(String name, String value) {
    if (!inStartTag) {
      throw new IllegalStateException("attribute " + name + " outside a start tag");
    }
    out.append(' ').append(name).append("=\"");
    escape(requireNonNull(value, name), true);
    out.append('"');
    return this;
  }

  /** Adds a numeric attribute, in {@link Locale#ROOT} with two decimals. */
  Svg attr(String name, double value) {
    return attr(name, number(value));
  }

  /** Writes text content, escaped. */
  Svg text(String text) {
    closeStartTag();
    escape(text, false);
    return this;
  }

  /** Closes the innermost open element. */
  Svg end() {
    String name = open.pop();
    if (inStartTag) {
      out.append("/>");
      inStartTag = false;
    } else {
      out.append("</").append(name).append('>');
    }
    if (open.size() <= 1) {
      out.append('\n');
    }
    return this;
  }

  /**
   * Defines the arrow head that lines end with ({@code marker-end="url(#arrow)"}): a triangle of
   * the given fill, 9 px long, turned along the line.
   */
  void arrowHead(String fill) {
    start("defs");
    start("marker")
        .attr("id", "arrow")
        .attr("viewBox", "0 0 10 10")
        .attr("refX", 10)
        .attr("refY", 5)
        .attr("markerUnits", "userSpaceOnUse")
        .attr("markerWidth", 9)
        .attr("markerHeight", 9)
        .attr("orient", "auto-start-reverse");
    start("path").attr("d", "M 0 0 L 10 5 L 0 10 z").attr("fill", fill).end();
    end().end();
  }

  /** {@return the document, every element closed} */
  String finish() {
    while (!open.isEmpty()) {
      end();
    }
    return out.toString();
  }

  /** {@return {@code value} in {@link Locale#ROOT} with two decimals; -0.00 written as 0.00} */
  static String number(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("a coordinate must be finite, but was " + value);
    }
    String s = String.format(Locale.ROOT, "%.2f", value);
    return s.equals("-0.00") ? "0.00" : s;
  }

  /** {@return {@code value} in {@link Locale#ROOT} with {@code decimals} decimals} */
  static String number(double value, int decimals) {
    String s = String.format(Locale.ROOT, "%." + decimals + "f", value);
    return s.matches("-0\\.?0*") ? s.substring(1) : s;
  }

  /** {@return the value {@code map} holds for {@code key}, which it must hold} */
  static <K, V> V lookup(Map<K, V> map, K key) {
    return requireNonNull(map.get(key), "no entry for a key the picture placed");
  }

  private void closeStartTag() {
    if (inStartTag) {
      out.append('>');
      inStartTag = false;
    }
  }

  /**
   * Escapes {@code s} for XML text or a double-quoted attribute; a character XML 1.0 cannot hold (a
   * control character, a lone surrogate) becomes U+FFFD.
   */
  private void escape(String s, boolean attribute) {
    escape(out, s, attribute);
  }

  /**
   * Appends {@code s} to {@code out}, escaped for XML text or a double-quoted attribute; a character
   * XML 1.0 cannot hold (a control character, a lone surrogate) becomes U+FFFD.
   */
  static void escape(StringBuilder out, String s, boolean attribute) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case '\'' -> out.append(attribute ? "&apos;" : "'");
        case '\n' -> out.append(attribute ? "&#10;" : "\n");
        case '\t' -> out.append(attribute ? "&#9;" : "\t");
        case '\r' -> out.append("&#13;");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
  }
}
