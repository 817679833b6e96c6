package org.attune.io;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.MissingResourceException;
import java.util.zip.ZipException;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.attune.model.Ids;
import org.jspecify.annotations.Nullable;

/**
 * Reads XES as a stream with StAX: attributes directly under a trace or an event are read, everything
 * else (globals, classifiers, extensions, log attributes, nested attributes) is passed over. DTDs and
 * external entities are off. The parser reads characters through an {@link XmlGuard}, which decodes
 * them, holds every item to the mapping's {@link LogMapping#maxValueLength()} and refuses entities
 * that DTDs would have to declare.
 */
final class XesReader {

  private XesReader() {}

  /** {@return a StAX factory with DTDs, external entities and external access off} */
  static XMLInputFactory secureFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    setIfSupported(f, XMLConstants.ACCESS_EXTERNAL_DTD, "");
    setIfSupported(f, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return f;
  }

  private static void setIfSupported(XMLInputFactory f, String property, Object value) {
    if (f.isPropertySupported(property)) {
      f.setProperty(property, value);
    }
  }

  /** {@return the 1-based line of {@code at}, or -1 if the parser does not know it} */
  private static int line(@Nullable Location at) {
    int line = at == null ? -1 : at.getLineNumber();
    return line >= 1 ? line : -1;
  }

  /**
   * {@return the 1-based column of {@code at}, or -1 if the parser does not know it}: the JDK's
   * parser counts a column below 1 after bare carriage returns in an attribute value
   */
  private static int column(@Nullable Location at) {
    int column = at == null || line(at) < 0 ? -1 : at.getColumnNumber();
    return column >= 1 ? column : -1;
  }

  private static boolean isAttribute(String name) {
    return switch (name) {
      case "string", "date", "int", "float", "boolean", "id", "list", "container" -> true;
      default -> false;
    };
  }

  /**
   * {@return the log in {@code in}}
   *
   * @param in the XML bytes (decompressed already if the file was gzip)
   * @param mapping how the log becomes the model
   * @param source where the log came from, for the report
   * @param gzip whether {@code in} decompresses gzip, so that its end-of-file and format errors
   *     mean a truncated or corrupt file
   * @throws LogFormatException if the log is malformed under FAIL, is not XES, or passes a limit
   * @throws IOException if the bytes cannot be read
   */
  static EventLog read(InputStream in, LogMapping mapping, String source, boolean gzip)
      throws IOException {
    Assembler assembler = new Assembler(mapping, source, "XES", null,
        mapping.caseIdAttribute(), mapping.activityAttribute(), mapping.timestampAttribute());
    String caseKey = mapping.caseIdAttribute();
    String activityKey = mapping.activityAttribute();
    String timestampKey = mapping.timestampAttribute();
    String lifecycleKey = mapping.lifecycleAttribute();
    String resourceKey = mapping.resourceAttribute().orElse(null);
    String customerKey = mapping.customerAttribute().orElse(null);
    String productKey = mapping.productAttribute().orElse(null);
    String pleasureKey = mapping.pleasureAttribute().orElse(null);
    String arousalKey = mapping.arousalAttribute().orElse(null);
    String dominanceKey = mapping.dominanceAttribute().orElse(null);

    XmlGuard guard;
    try {
      guard = XmlGuard.open(
          in.markSupported() ? in : new BufferedInputStream(in, 1 << 16), mapping.maxValueLength());
    } catch (LogFormatException e) {
      throw e;
    } catch (IOException e) {
      throw sourceProblem(e, gzip, -1, -1);
    }
    XMLStreamReader r;
    try {
      r = secureFactory().createXMLStreamReader(guard);
    } catch (XMLStreamException | MissingResourceException e) {
      throw failure(e, null, guard, gzip);
    }
    Assembler.EventFields f = new Assembler.EventFields();
    Assembler.@Nullable Trace trace = null;
    boolean inEvent = false;
    boolean sawRoot = false;
    int skipDepth = 0;
    try {
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          if (skipDepth > 0) {
            skipDepth++;
            continue;
          }
          String name = r.getLocalName();
          if (!sawRoot) {
            if (!name.equals("log")) {
              Location at = r.getLocation();
              throw new LogFormatException(SkipReason.MALFORMED_SYNTAX, line(at), column(at),
                  "the root element must be <log> (XES), but was <" + name + ">");
            }
            sawRoot = true;
            continue;
          }
          if (inEvent || trace != null) {
            if (isAttribute(name)) {
              String key = r.getAttributeValue(null, "key");
              skipDepth = 1; // nested attributes are not read
              if (key == null) {
                continue;
              }
              if (inEvent) {
                if (key.equals(activityKey)) {
                  f.activity = r.getAttributeValue(null, "value");
                } else if (key.equals(timestampKey)) {
                  f.timestamp = r.getAttributeValue(null, "value");
                } else if (key.equals(lifecycleKey)) {
                  f.lifecycle = r.getAttributeValue(null, "value");
                } else if (key.equals(resourceKey)) {
                  f.resource = r.getAttributeValue(null, "value");
                } else if (key.equals(productKey)) {
                  f.product = r.getAttributeValue(null, "value");
                } else if (key.equals(customerKey)) {
                  f.customer = r.getAttributeValue(null, "value");
                } else if (key.equals(pleasureKey)) {
                  f.pleasure = r.getAttributeValue(null, "value");
                } else if (key.equals(arousalKey)) {
                  f.arousal = r.getAttributeValue(null, "value");
                } else if (key.equals(dominanceKey)) {
                  f.dominance = r.getAttributeValue(null, "value");
                }
              } else if (trace != null) {
                if (key.equals(caseKey)) {
                  trace.caseId = r.getAttributeValue(null, "value");
                } else if (key.equals(productKey)) {
                  trace.product = r.getAttributeValue(null, "value");
                } else if (key.equals(customerKey)) {
                  trace.customer = r.getAttributeValue(null, "value");
                }
              }
              continue;
            }
            if (!inEvent && name.equals("event")) {
              inEvent = true;
              f.clear();
              Location at = r.getLocation();
              f.line = line(at);
              f.column = column(at);
              continue;
            }
            skipDepth = 1;
            continue;
          }
          if (name.equals("trace")) {
            Location at = r.getLocation();
            trace = assembler.startTrace(line(at), column(at));
            continue;
          }
          if (name.equals("event")) {
            Location at = r.getLocation();
            skipDepth = 1;
            assembler.rejectEvent(SkipReason.EVENT_OUTSIDE_TRACE, line(at), column(at),
                "an <event> stands directly under <log>, outside any <trace>,"
                    + " so it belongs to no case; expected every event inside a trace");
            continue;
          }
          skipDepth = 1; // globals, classifiers, extensions, log attributes, unknown elements
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          if (skipDepth > 0) {
            skipDepth--;
            continue;
          }
          if (inEvent) {
            inEvent = false;
            if (trace != null) {
              assembler.event(trace, f);
            }
          } else if (trace != null) {
            Assembler.Trace done = trace;
            trace = null;
            assembler.endTrace(done);
          }
        }
      }
      if (!sawRoot) {
        throw new LogFormatException(SkipReason.MALFORMED_SYNTAX, 1, 1,
            "the input holds no XML element; expected an XES <log>");
      }
    } catch (XMLStreamException | MissingResourceException e) {
      // MissingResourceException: the JDK's parser, meeting some malformed input (such as a
      // character XML 1.1 forbids in a DOCTYPE), looks up a message its resource bundle lacks
      LogFormatException failure = failure(e, r, guard, gzip);
      if (!sawRoot || mapping.malformedInputPolicy() == MalformedInputPolicy.FAIL) {
        throw failure;
      }
      String detail = guard.problem() != null
          ? guard.problemDetail() + "; the rest was not read"
          : guard.sourceFailure() != null
              ? "the gzip stream is cut short or corrupt here and the rest was not read"
              : "the log is not well-formed XML from here on and the rest was not read";
      assembler.truncated(trace, failure.line(), failure.column(), detail);
    } finally {
      try {
        r.close();
      } catch (XMLStreamException ignored) {
        // closing a reader over a stream the caller owns: nothing to release
      }
    }
    return assembler.finish();
  }

  /**
   * {@return why the parser stopped}: a problem the guard found, a gzip stream cut short or corrupt,
   * or XML that is not well formed
   *
   * @throws LogFormatException if a limit was passed: refused whatever the policy
   * @throws IOException if the byte stream failed for another reason than gzip data
   */
  private static LogFormatException failure(Exception e, @Nullable XMLStreamReader r,
      XmlGuard guard, boolean gzip) throws IOException {
    LogFormatException found = guard.problem();
    if (found != null) {
      if (guard.problemKind() == XmlGuard.Kind.LIMIT) {
        throw found;
      }
      return found;
    }
    IOException source = guard.sourceFailure();
    if (source != null) {
      IOException problem = sourceProblem(source, gzip, guard.line(), guard.column() + 1);
      if (problem instanceof LogFormatException format) {
        return format;
      }
      throw problem;
    }
    return syntax(e, r);
  }

  /**
   * {@return what to throw for a failure of the byte stream}: a {@link LogFormatException} if it is
   * gzip data cut short or corrupt, else the failure itself
   */
  static IOException sourceProblem(IOException e, boolean gzip, int line, int column) {
    if (gzip && e instanceof EOFException) {
      return new LogFormatException(SkipReason.MALFORMED_SYNTAX, line, column,
          "the gzip stream is truncated: it ends before its end-of-stream marker, so the log was"
              + " cut short" + (line > 0 ? " here" : "") + "; expected a complete gzip file", e);
    }
    if (gzip && e instanceof ZipException) {
      return new LogFormatException(SkipReason.MALFORMED_SYNTAX, line, column,
          "the gzip stream is corrupt (" + e.getMessage() + "); expected a valid gzip file", e);
    }
    return e;
  }

  /**
   * {@return the parser's exception {@code e} as malformed syntax}: an {@link XMLStreamException},
   * or a {@link MissingResourceException} that the JDK's parser throws for some malformed input
   * instead of a message
   */
  private static LogFormatException syntax(Exception e, @Nullable XMLStreamReader r) {
    Location at = e instanceof XMLStreamException x ? x.getLocation() : null;
    if (at == null && r != null) {
      at = r.getLocation();
    }
    String message;
    if (e instanceof MissingResourceException missing) {
      message = "the parser stopped at malformed input it has no message for (its key "
          + Ids.quote(missing.getKey()) + ")";
    } else {
      message = String.valueOf(e.getMessage());
      int m = message.indexOf("Message: ");
      if (m >= 0) {
        message = message.substring(m + "Message: ".length());
      }
    }
    return new LogFormatException(SkipReason.MALFORMED_SYNTAX, line(at), column(at),
        "the log is not well-formed XML (DTDs and external entities are not supported): "
            + message.strip(), e);
  }
}
